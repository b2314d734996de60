package extract

import (
	"slices"
	"strings"

	"figs/model"
)

// unitDef is what a unit, currency or age phrase makes of the number before
// (or after) it.
type unitDef struct {
	kind   model.Kind
	unit   string
	factor float64 // the value is multiplied by it (50 Cent = 0.5 EUR)
	flags  unitFlag
}

// unitFlag refines when a unit phrase applies.
type unitFlag uint8

const (
	// needScale: only after a scale word (361 million pounds is money, 25 pounds is mass).
	needScale unitFlag = 1 << iota
	// noGap: only written straight after the digits (10k, 1.2b, 48m).
	noGap
	// attached: only after a hyphen straight after the number (66-jährige).
	attached
	// weak: a unit that is also a common word: dropped when the next word
	// says it means something else (45 degrees angle).
	weak
	// noArticle: never after the article read as one ("einen Zoll" is a
	// duty, "einen Knoten" a knot in a rope, "einen Morgen" a morning).
	noArticle
	// notOne: never after a number one ("einfach" is simple, not onefold).
	notOne
	// goods: only before the goods it measures ("fünf Pfund Mehl"), else
	// the next definition applies ("fünf Pfund" is money).
	goods
)

// langData is one language's lexicon as written in lang_xx.go: plain data.
// A third language is a new file filling this struct.
type langData struct {
	name    string
	decimal byte // '.' or ','
	// numbers
	numbers    map[string]float64 // number words: "three", "zwanzig"
	morphemes  map[string]float64 // parts of compound number words ("drei", "und", "zwanzig"); nil if none
	hundred    []string           // "hundred", "hundert"
	scales     map[string]float64 // "million", "Milliarden", "Mio." (lower case, optional final dot)
	caseScale  map[string]float64 // case-sensitive suffixes written straight after digits: "k", "M", "bn"
	fractions  map[string]float64 // "third": 1/3, "Drittel": 1/3, "half": 1/2
	one        []string           // words for "a"/"one" that count only before a scale or fraction
	and        []string           // "and", "und": joins number words
	point      []string           // "point": decimal point in words
	negative   []string           // "minus", "negative"
	ordinals   map[string]float64 // "first", "erste", ...
	ordSuffix  []string           // suffixes of digit ordinals: "st", "nd", "rd", "th"
	dotOrdinal bool               // digits and a dot are an ordinal: "der 3. Platz", "Ungarn (19.)"
	ordBefore  []string           // words after which digits and a dot are an ordinal: "der", "zum", "seinen"
	unitsFirst bool               // units before tens, joined by "and": "drei und zwanzig" is 23
	ordEnding  []string           // endings that make a number word an ordinal: "ste", "ter" (zwanzigste, dreizehnter)
	wordUnits  map[string]unitDef // endings that make a number word a figure: "jährige" (zweijährige), "fach" (dreifach)
	fracEnding []string           // endings that make a number word a fraction: "tel", "stel" (sechzehntel, zwanzigstel)
	// spellings are letters the language may write otherwise ("ä" as
	// "ae", "ß" as "ss"): every word of the lexicon is also known so written
	spellings   map[string]string
	oneUnit     bool                  // the article "one" counts before a unit: "einen Kilometer", "eine Stunde"
	massCue     []string              // words that make a unit of weight that is also money a weight: "wiegt fünf Pfund", "fünf Pfund schwer"
	every       []string              // words that make an ordinal a share: "jeder dritte" is one in three
	fracArticle []string              // articles that count before a fraction noun: "die Hälfte" is one half
	few         map[string]float64    // words after the article that count vaguely: "ein paar Wochen" is about 2 weeks
	yearWords   []string              // words after which a number in words is a year: "im Jahr neunzehnhundertneunzig"
	idioms      []string              // phrases that hold no figure: "Erste Hilfe", "in erster Linie"
	ordClash    []string              // ordinals that are also verbs ("achten"): ordinals only after an article or before a noun
	genitive    []string              // articles after a unit that make the article before it no count: "einen Tag der offenen Tür"
	ageSpan     map[string][2]float64 // "Mitte": a decade's part, "Mitte 40" is 44 to 46 years
	// units
	units       map[string][]unitDef // after a number; keys are phrases, defs tried in order
	prefixUnits map[string][]unitDef // before a number: "$", "US$", "USD"
	// qualifiers and ranges
	qualifiers   map[string]string // "more than": ">"
	rangeJoin    []string          // "to", "bis": 20 bis 30
	rangeOpen    map[string]string // "between": "and"; "zwischen": "und"
	noRangeAfter []string          // "bis zu" is a qualifier, not a range
	// dates
	months      map[string]int // month names, matched capitalized
	weekdays    []string       // capitalized
	datePrefix  []string       // words that belong to a date before a month or weekday: "im", "am", "Anfang"
	relUnits    []string       // "Jahr", "Woche", "year": the nouns of relative dates
	relWords    []string       // "letzten", "nächste", "last": modifiers of relative dates
	dayWords    []string       // "gestern", "heute", "yesterday"
	clockSuffix []string       // "Uhr", "am", "pm"
	// comparisons
	cueBetween []string // "verglichen mit", "compared with": a first, b second
	cueFromTo  [][2]string
	or         []string // "oder", "beziehungsweise", "or": 20 or 30 km
	// counts and labels
	nounCapital bool     // counted nouns are capitalized (German)
	plurals     []string // irregular plurals that count: "people"
	// counters are the words a hyphen joins to a number that make it a
	// count of a thing's parts, and the noun counted: "storey" → "storeys"
	// (a 40-storey tower), "stöckig" → "Stockwerke" (das 40-stöckige
	// Hochhaus; German adjective endings are taken off first).
	counters map[string]string
	// changeVerbs before "from … to …" make its two numbers a change, not
	// a range: "grew from 1.2 million to 2.4 million".
	changeVerbs []string
	// changeBy before a percentage makes it the size of a change, never a
	// value to compare with: "fell by 13%", "um 13 Prozent".
	changeBy  []string
	notNouns  []string        // words after a number that are not counted nouns
	stop      []string        // function words, skipped by labels
	nameWords []string        // capitalized words after which digits are names: "Artikel"
	agePrefix map[string]bool // "aged", "age", "alter von": the number after is an age
	// labels
	preps    []string // prepositions: a noun after one is not what a figure measures
	dets     []string // articles and determiners, passed over between a noun and its preposition
	adverbs  []string // adverbs and speech verbs, never a label
	labelCue []string // "auf", "to": the figure after is a new value of the sentence's subject
	more     []string // "more", "weitere": may stand between a number and its unit
}

// entry is one phrase of a phraseTable.
type entry[T any] struct {
	phrase string   // as written in the language data
	words  []string // tokens after the first: lower case, or as written when cased
	glued  []bool   // the token follows the one before with no space ("m2", "km/h")
	val    T
}

// phraseTable finds the longest phrase starting at a token. Phrases are
// tokenized like the text, so "US-Dollar" is us, -, dollar. A cased table
// compares tokens as written ("M" is million, "m" is not).
type phraseTable[T any] struct {
	m     map[string][]entry[T]
	cased bool
}

func newPhraseTable[T any](m map[string]T, cased bool, lex *lexicon) phraseTable[T] {
	pt := phraseTable[T]{m: make(map[string][]entry[T], len(m)), cased: cased}
	var buf []token // reused: one token buffer for every phrase
	for k, v := range m {
		buf = pt.add(k, v, lex, buf[:0])
	}
	// longest phrase first; equal lengths by phrase, so matching never
	// depends on the order of map iteration
	for _, es := range pt.m {
		slices.SortFunc(es, func(a, b entry[T]) int {
			if d := len(b.words) - len(a.words); d != 0 {
				return d
			}
			return strings.Compare(a.phrase, b.phrase)
		})
	}
	return pt
}

// add tokenizes phrase with the token buffer buf and adds it; it returns
// the buffer for the next phrase.
func (pt phraseTable[T]) add(phrase string, v T, lex *lexicon, buf []token) []token {
	toks := tokenizer{text: phrase, lex: lex}.tokenize(buf)
	if len(toks) == 0 {
		return toks
	}
	e := entry[T]{val: v, phrase: phrase}
	if n := len(toks) - 1; n > 0 {
		e.words = make([]string, 0, n)
		e.glued = make([]bool, 0, n)
	}
	for _, t := range toks[1:] {
		w := t.lower
		if pt.cased {
			w = phrase[t.start:t.end]
		}
		e.words = append(e.words, w)
		e.glued = append(e.glued, !t.gap)
	}
	first := toks[0].lower
	if pt.cased {
		first = phrase[toks[0].start:toks[0].end]
	}
	pt.m[first] = append(pt.m[first], e)
	return toks
}

// match returns the value and the index after the longest phrase starting at
// token i. Phrases do not cross line breaks.
func (pt phraseTable[T]) match(p *parser, i int) (T, int, bool) {
	var zero T
	if i >= len(p.toks) || len(pt.m) == 0 {
		return zero, i, false
	}
	es, ok := pt.m[p.word(i, pt.cased)]
	if !ok {
		return zero, i, false
	}
	for _, e := range es {
		j := i + 1
		okAll := true
		for k, w := range e.words {
			if j >= len(p.toks) || p.toks[j].brk || p.word(j, pt.cased) != w || (e.glued[k] && p.toks[j].gap && p.toks[j].kind != tPunct && p.toks[j-1].kind != tPunct) {
				okAll = false
				break
			}
			j++
		}
		if okAll {
			return e.val, j, true
		}
	}
	return zero, i, false
}

// set is a set of lower-case words.
type set map[string]bool

func newSet(words ...[]string) set {
	n := 0
	for _, ws := range words {
		n += len(ws)
	}
	s := make(set, n)
	for _, ws := range words {
		for _, w := range ws {
			s[strings.ToLower(w)] = true
		}
	}
	return s
}

// lexicon is langData compiled for matching. It is built once per language
// and only read afterwards, so one lexicon serves any number of goroutines.
type lexicon struct {
	langData
	unitTab      phraseTable[[]unitDef]
	caseUnits    phraseTable[[]unitDef] // units whose case matters: "USD", "K"
	prefixTab    phraseTable[[]unitDef]
	casePrefix   phraseTable[[]unitDef]
	qualTab      phraseTable[string]
	cueTab       phraseTable[int]
	hundredSet   set
	oneSet       set
	andSet       set
	pointSet     set
	negSet       set
	rangeSet     set
	noRangeTab   phraseTable[bool]
	monthSet     map[string]int
	weekdaySet   set
	datePre      set
	relUnitSet   set
	relWordSet   set
	daySet       set
	clockSet     set
	fromSet      set
	changeSet    set
	changeBySet  set
	toSet        set
	pluralSet    set
	notNounSet   set
	stopSet      set
	nameSet      set
	prepSet      set
	detSet       set
	adverbSet    set
	cueSet       set // labelCue
	labelStop    set // every word that is never part of a label (see content)
	moreSet      set // more
	ordSufSet    set
	orSet        set // "oder", "bzw", "or": join two values of one unit
	idiomTab     phraseTable[bool]
	yearSet      set
	everySet     set
	massCueSet   set
	fracArtSet   set
	ordBeforeSet set
	genitiveSet  set
	clashSet     set
	agePhrases   [][]string           // agePrefix split into words, longest first
	unitEnds     [256][]string        // the keys of wordUnits by their last byte, longest first
	heads        [64]uint64           // hashed first three bytes of the morphemes that open a compound number
	tails        [256][]string        // the morphemes that end one, by their last byte
	starters     map[string]startKind // lower-case first words of every figure: a word not in it starts none
	edges        [1024]uint64         // hashed shape of every starter, a cheap filter before the map
}

func newLexicon(d langData) *lexicon {
	d = respell(d)
	l := &lexicon{langData: d}
	low, cased := make(map[string][]unitDef, len(d.units)), make(map[string][]unitDef, 64)
	for k, v := range d.units {
		if isCased(k) {
			cased[k[1:]] = v
		} else {
			low[k] = v
		}
	}
	l.unitTab = newPhraseTable(low, false, l)
	l.caseUnits = newPhraseTable(cased, true, l)
	low, cased = make(map[string][]unitDef, len(d.prefixUnits)), make(map[string][]unitDef, 64)
	for k, v := range d.prefixUnits {
		if isCased(k) {
			cased[k[1:]] = v
		} else {
			low[k] = v
		}
	}
	l.prefixTab = newPhraseTable(low, false, l)
	l.casePrefix = newPhraseTable(cased, true, l)
	l.qualTab = newPhraseTable(d.qualifiers, false, l)
	cues := map[string]int{}
	for _, c := range d.cueBetween {
		cues[c] = 1
	}
	l.cueTab = newPhraseTable(cues, false, l)
	noRange := map[string]bool{}
	for _, w := range d.noRangeAfter {
		noRange[w] = true
	}
	l.noRangeTab = newPhraseTable(noRange, false, l)
	l.hundredSet = newSet(d.hundred)
	l.oneSet = newSet(d.one)
	l.andSet = newSet(d.and)
	l.pointSet = newSet(d.point)
	l.negSet = newSet(d.negative)
	l.rangeSet = newSet(d.rangeJoin)
	l.monthSet = make(map[string]int, len(d.months))
	for k, v := range d.months {
		l.monthSet[strings.ToLower(k)] = v
	}
	l.weekdaySet = newSet(d.weekdays)
	l.datePre = newSet(d.datePrefix)
	l.relUnitSet = newSet(d.relUnits)
	l.relWordSet = newSet(d.relWords)
	l.daySet = newSet(d.dayWords)
	l.clockSet = newSet(d.clockSuffix)
	var from, to []string
	for _, ft := range d.cueFromTo {
		from = append(from, ft[0])
		to = append(to, ft[1])
	}
	l.fromSet = newSet(from)
	l.changeSet = newSet(d.changeVerbs)
	l.changeBySet = newSet(d.changeBy)
	l.toSet = newSet(to)
	l.pluralSet = newSet(d.plurals)
	l.notNounSet = newSet(d.notNouns, d.weekdays, d.relUnits)
	for k := range d.months {
		l.notNounSet[strings.ToLower(k)] = true
	}
	l.stopSet = newSet(d.stop)
	l.nameSet = newSet(d.nameWords)
	l.prepSet = newSet(d.preps)
	l.detSet = newSet(d.dets)
	l.adverbSet = newSet(d.adverbs)
	l.cueSet = newSet(d.labelCue)
	l.labelStop = l.newLabelStop()
	l.moreSet = newSet(d.more)
	l.ordSufSet = newSet(d.ordSuffix)
	l.orSet = newSet(d.or)
	idioms := map[string]bool{}
	for _, w := range d.idioms {
		idioms[w] = true
	}
	l.idiomTab = newPhraseTable(idioms, false, l)
	l.yearSet = newSet(d.yearWords)
	l.fracArtSet = newSet(d.fracArticle)
	l.everySet = newSet(d.every)
	l.massCueSet = newSet(d.massCue)
	l.ordBeforeSet = newSet(d.ordBefore)
	l.genitiveSet = newSet(d.genitive)
	l.clashSet = newSet(d.ordClash)
	for phrase := range d.agePrefix {
		l.agePhrases = append(l.agePhrases, strings.Fields(phrase))
	}
	slices.SortFunc(l.agePhrases, func(a, b []string) int {
		if d := len(b) - len(a); d != 0 {
			return d
		}
		return strings.Compare(strings.Join(a, " "), strings.Join(b, " "))
	})
	for w := range d.wordUnits {
		l.unitEnds[w[len(w)-1]] = append(l.unitEnds[w[len(w)-1]], w)
	}
	for _, ends := range l.unitEnds {
		slices.SortFunc(ends, func(a, b string) int {
			if d := len(b) - len(a); d != 0 {
				return d
			}
			return strings.Compare(a, b)
		})
	}
	for m := range d.morphemes {
		if l.andSet[m] || len(m) < 3 {
			continue
		}
		k := headKey(m)
		l.heads[k>>6] |= 1 << (k & 63)
		l.tails[m[len(m)-1]] = append(l.tails[m[len(m)-1]], m)
	}
	for _, t := range l.tails {
		slices.Sort(t)
	}
	l.starters = make(map[string]startKind, 512)
	mark := func(k startKind, words ...string) {
		for _, w := range words {
			l.starters[strings.ToLower(w)] |= k
		}
	}
	for _, m := range []map[string][]entry[[]unitDef]{l.prefixTab.m, l.casePrefix.m} {
		for k := range m {
			mark(startQuantity, k)
		}
	}
	for k := range l.qualTab.m {
		mark(startQuantity, k)
	}
	for k := range d.numbers {
		mark(startQuantity|startDate|startOrdinal|anchor, k)
	}
	for k := range d.fractions {
		mark(startQuantity|anchor, k)
	}
	for k := range d.ordinals {
		mark(startOrdinal|anchor, k)
	}
	for k := range d.scales {
		mark(anchor, k)
	}
	for k := range d.rangeOpen {
		mark(startQuantity, k)
	}
	for k := range d.agePrefix {
		mark(startQuantity, k)
	}
	for _, s := range []set{l.negSet, l.oneSet} {
		for k := range s {
			mark(startQuantity, k)
		}
	}
	for k := range d.few {
		mark(anchor, k)
	}
	// "die Hälfte", "jeder Dritte": read back from the fraction or ordinal
	// (see parser.lookBack), so these frequent words open nothing
	// themselves; they only let a qualifier reach its anchor
	for _, s := range []set{l.fracArtSet, l.everySet} {
		for k := range s {
			mark(chain, k)
		}
	}
	for k := range d.ageSpan {
		mark(startQuantity, k)
	}
	if d.oneUnit {
		// "einen Kilometer": the unit anchors the article before it
		for _, m := range []map[string][]entry[[]unitDef]{l.unitTab.m, l.caseUnits.m} {
			for k, es := range m {
				for _, e := range es {
					if len(e.val) > 0 && e.val[0].flags&noArticle == 0 {
						mark(anchor, k)
					}
				}
			}
		}
	}
	for k := range l.hundredSet {
		mark(startQuantity|anchor, k)
	}
	for k := range l.monthSet {
		mark(startDate|anchor, k)
	}
	for _, s := range []set{l.weekdaySet, l.daySet} {
		for k := range s {
			mark(startDate|anchor, k)
		}
	}
	for _, s := range []set{l.datePre, l.relWordSet} {
		for k := range s {
			mark(startDate, k)
		}
	}
	for k := range l.relUnitSet {
		mark(anchor, k)
	}
	for _, m := range []map[string][]entry[[]unitDef]{l.prefixTab.m, l.casePrefix.m} {
		for _, es := range m {
			for _, e := range es {
				mark(chain, e.words...)
			}
		}
	}
	for _, es := range l.qualTab.m {
		for _, e := range es {
			mark(chain, e.words...)
		}
	}
	// "an hour and a half": a unit of time between an article and its half
	for w, es := range l.unitTab.m {
		for _, e := range es {
			if len(e.words) == 0 && len(e.val) > 0 && e.val[0].kind == model.KindDuration {
				mark(chain, w)
			}
		}
	}
	for w := range l.andSet {
		mark(chain, w)
	}
	for w := range l.idiomTab.m {
		if l.starters[w]&startAny != 0 {
			mark(idiom, w)
		}
	}
	for w := range l.starters {
		k := edgeKey(w)
		l.edges[k>>6] |= 1 << (k & 63)
	}
	return l
}

// startKind says which kinds of figure a word may open, and whether it
// anchors one.
type startKind uint8

const (
	startDate startKind = 1 << iota
	startQuantity
	startOrdinal
	// anchor marks what every figure holds: a number (digits or words), a
	// fraction, ordinal or scale word, a month, weekday, day or the noun of
	// a relative date. A word that opens figures without anchoring one
	// ("in", "the", "über", "a") opens none unless an anchor follows closely
	// (see anchorNear), which spares the rules most function words.
	anchor
	// approx marks a guess made before a word was lower-cased: it may open
	// any figure until its lower-case form says exactly.
	approx
	// chain marks the inner words of opening phrases: "than" in "more
	// than", "S" in "U.S. $". They let an opener reach its anchor.
	chain
	// idiom marks the first words of idioms that hold no figure ("erste"
	// of "Erste Hilfe"), so only they are looked up in the idioms.
	idiom
	startAny = startDate | startQuantity | startOrdinal
)

// anchorReach is how many tokens after an opening word its figure's anchor
// may lie: a qualifier of up to four words ("nicht weniger als", "in
// excess of"), a currency of up to five ("U . S . $"), a sign, the number.
const anchorReach = 12

// edgeKey hashes the shape of a word: length, first, second and last byte.
func edgeKey(w string) int {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := int(w[0])*131 + int(w[n-1])*17 + n*7
	if n > 1 {
		h += int(w[1]) * 7919
	}
	return h & 0xFFFF
}

// startsFigure reports which figures a word may open. Most words open none,
// and the scan skips them after a bit test and at most one lookup.
func (l *lexicon) startsFigure(w string) startKind {
	if w == "" {
		return 0
	}
	var k startKind
	if e := edgeKey(w); l.edges[e>>6]&(1<<(e&63)) != 0 {
		k = l.starters[w]
	}
	if l.morphemes == nil || len(w) < 6 || !l.compoundStart(w) {
		return k
	}
	if l.compoundEnd(w) {
		return startAny | anchor
	}
	for _, end := range l.ordEnding {
		if stem, ok := strings.CutSuffix(w, end); ok && len(stem) >= 4 && l.compoundEnd(stem) {
			return k | startOrdinal | anchor
		}
	}
	for _, end := range l.fracEnding {
		if stem, ok := strings.CutSuffix(w, end); ok && len(stem) >= 4 && l.compoundEnd(stem) {
			return k | startQuantity | anchor
		}
	}
	for _, end := range l.unitEnds[w[len(w)-1]] {
		if strings.HasSuffix(w, end) {
			return k | startQuantity | anchor
		}
	}
	return k
}

// startsFigureBytes reports which figures a lower-cased word may open; a
// nil word (too long to lower-case on the stack) may open any.
func (l *lexicon) startsFigureBytes(w []byte) startKind {
	if w == nil {
		return startAny | anchor | approx
	}
	if len(w) == 0 {
		return 0
	}
	n := len(w)
	h := int(w[0])*131 + int(w[n-1])*17 + n*7
	if n > 1 {
		h += int(w[1]) * 7919
	}
	var k startKind
	if e := h & 0xFFFF; l.edges[e>>6]&(1<<(e&63)) != 0 {
		k = l.starters[string(w)]
	}
	if l.morphemes != nil && n >= 6 && l.headOf(w[0], w[1], w[2]) {
		k = startAny | anchor | approx
	}
	return k
}

// startsFigureCased is startsFigureBytes for an ASCII word with capitals:
// it hashes the word's shape from its letters folded to lower case, and
// lower-cases the word into buf only when the shape is a starter's.
func (l *lexicon) startsFigureCased(w string, buf []byte) startKind {
	n := len(w)
	if n > cap(buf) {
		return startAny | anchor | approx
	}
	h := int(w[0]|0x20)*131 + int(w[n-1]|0x20)*17 + n*7
	if n > 1 {
		h += int(w[1]|0x20) * 7919
	}
	var k startKind
	if e := h & 0xFFFF; l.edges[e>>6]&(1<<(e&63)) != 0 {
		k = l.starters[string(lowerFits(buf, w))]
	}
	if l.morphemes != nil && n >= 6 && l.headOf(w[0]|0x20, w[1]|0x20, w[2]|0x20) {
		k = startAny | anchor | approx
	}
	return k
}

// headKey hashes the first three bytes of a word (see lexicon.heads).
func headKey(w string) int { return hashHead(w[0], w[1], w[2]) }

func hashHead(a, b, c byte) int { return (int(a)*961 + int(b)*31 + int(c)) & 4095 }

// headOf reports three bytes that may open a compound number word.
func (l *lexicon) headOf(a, b, c byte) bool {
	k := hashHead(a, b, c)
	return l.heads[k>>6]&(1<<(k&63)) != 0
}

// compoundStart reports a word starting like a compound number: with the
// first bytes of one of the language's morphemes.
func (l *lexicon) compoundStart(w string) bool {
	return len(w) >= 3 && l.headOf(w[0], w[1], w[2])
}

// compoundEnd reports a word ending like a compound number: with one of the
// language's morphemes.
func (l *lexicon) compoundEnd(w string) bool {
	if w == "" {
		return false
	}
	for _, end := range l.tails[w[len(w)-1]] {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// respell adds to every word list of d the words as written with the
// language's other spellings (see langData.spellings): "fuenf" beside
// "fünf", "dreissig" beside "dreißig", "Maerz" beside "März".
func respell(d langData) langData {
	if len(d.spellings) == 0 {
		return d
	}
	alt := func(w string) (string, bool) {
		out := w
		for from, to := range d.spellings {
			out = strings.ReplaceAll(out, from, to)
		}
		return out, out != w
	}
	list := func(ws []string) []string {
		out := slices.Clone(ws)
		for _, w := range ws {
			if a, ok := alt(w); ok && !slices.Contains(out, a) {
				out = append(out, a)
			}
		}
		return out
	}
	d.numbers = respellMap(d.numbers, alt)
	d.morphemes = respellMap(d.morphemes, alt)
	d.scales = respellMap(d.scales, alt)
	d.fractions = respellMap(d.fractions, alt)
	d.counters = respellMap(d.counters, alt)
	d.ordinals = respellMap(d.ordinals, alt)
	d.wordUnits = respellMap(d.wordUnits, alt)
	d.units = respellMap(d.units, alt)
	d.prefixUnits = respellMap(d.prefixUnits, alt)
	d.qualifiers = respellMap(d.qualifiers, alt)
	d.months = respellMap(d.months, alt)
	d.few = respellMap(d.few, alt)
	d.agePrefix = respellMap(d.agePrefix, alt)
	d.ageSpan = respellMap(d.ageSpan, alt)
	d.rangeOpen = respellMap(d.rangeOpen, alt)
	for _, ws := range []*[]string{&d.ordEnding, &d.fracEnding, &d.noRangeAfter, &d.weekdays, &d.datePrefix, &d.relUnits,
		&d.relWords, &d.dayWords, &d.cueBetween, &d.or, &d.notNouns, &d.stop, &d.nameWords, &d.preps, &d.dets,
		&d.adverbs, &d.labelCue, &d.more, &d.yearWords, &d.idioms, &d.one, &d.hundred, &d.genitive, &d.ordClash, &d.fracArticle, &d.ordBefore, &d.every, &d.massCue} {
		*ws = list(*ws)
	}
	return d
}

// respellMap returns m with every key also written as alt writes it.
func respellMap[T any](m map[string]T, alt func(string) (string, bool)) map[string]T {
	if m == nil {
		return nil
	}
	out := make(map[string]T, len(m)+len(m)/4)
	for k, v := range m {
		out[k] = v
	}
	for k, v := range m {
		if a, ok := alt(k); ok {
			if _, dup := out[a]; !dup {
				out[a] = v
			}
		}
	}
	return out
}

// isCased reports a phrase whose case matters, written with a leading "="
// in the language data ("=M" is million, "m" is metre).
func isCased(k string) bool { return strings.HasPrefix(k, "=") }

// newLabelStop gathers the words a label never shows into one set, so that
// a label word costs one lookup: function words, adverbs, prepositions,
// articles, number, fraction, ordinal and scale words, single-word
// qualifiers, units and currencies, and the words of dates.
func (l *lexicon) newLabelStop() set {
	s := newSet(l.stop, l.adverbs, l.preps, l.dets, l.weekdays, l.relUnits, l.relWords, l.dayWords, l.datePrefix)
	for _, m := range []map[string]float64{l.numbers, l.fractions, l.ordinals, l.scales} {
		for w := range m {
			s[w] = true
		}
	}
	for w := range l.qualifiers {
		if !strings.Contains(w, " ") {
			s[w] = true
		}
	}
	for w := range l.monthSet {
		s[w] = true
	}
	for w, es := range l.unitTab.m {
		for _, e := range es {
			if len(e.words) == 0 {
				s[w] = true
			}
		}
	}
	return s
}
