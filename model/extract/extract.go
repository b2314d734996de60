// Package extract finds the figures in German and English news text: money,
// percentages, distances, areas, volumes, masses, temperatures, speeds,
// durations, counts, dates, ordinals and plain numbers.
//
// The engine is a hand-written tokenizer and a set of shared rules driven by
// one lexicon per language (lang_de.go, lang_en.go). A new language is a new
// lexicon file. Everything here is deterministic, does no I/O and keeps no
// state between calls, so it is safe for concurrent use.
package extract

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"figs/model"
)

// Options tune extraction. The zero value detects the language.
type Options struct {
	Lang string // "de", "en", or "" / "auto" to detect
}

// The compiled lexicons are the package's only package-level values besides
// constants. Each is built on its first use, not at package init: a program
// that never extracts (or extracts one language) does not pay for the tables
// at start-up. sync.OnceValue builds each once, safely for concurrent
// callers, and the lexicon is only read afterwards, like a compiled regexp.
var (
	germanLexicon  = sync.OnceValue(func() *lexicon { return newLexicon(german()) })
	englishLexicon = sync.OnceValue(func() *lexicon { return newLexicon(english()) })
)

// lexiconOf returns the compiled lexicon of lang, or nil for a language
// without one.
func lexiconOf(lang string) *lexicon {
	switch lang {
	case "de":
		return germanLexicon()
	case "en":
		return englishLexicon()
	}
	return nil
}

// segment is the size of text tokenized at once: the token buffer is reused
// from one segment to the next, so memory does not grow with the input.
const segment = 4 << 10

// parser holds the state of one extraction.
type parser struct {
	text  string
	lex   *lexicon
	toks  []token
	facts []fact
	depth int // nesting of look-ahead parses, kept at one level
	// buffers reused from one segment to the next (see lowerNear)
	arena   []byte
	lowered []lowered
	used    []bool // facts of the segment already compared (see compare)
	// exhaustive turns the anchor filter off (see extract)
	exhaustive bool
}

// Extract finds the figures in text. Facts come sorted by offset, never
// overlap, and have IDs equal to their index; offsets are bytes into text.
// Rules look no further than the sentence, so extracting a run of whole
// paragraphs finds the same figures there as extracting the whole text
// (pass Options.Lang to keep the language the same). Invalid UTF-8 bytes are
// read as separators and never panic.
func Extract(text string, opts Options) model.Facts {
	return extract(text, opts, false)
}

// extract is Extract; exhaustive tries every opening word, anchored or not
// (a test checks that the anchor filter changes no result).
func extract(text string, opts Options, exhaustive bool) model.Facts {
	lang := opts.Lang
	lex := lexiconOf(lang)
	if lex == nil {
		lang = DetectLang(text)
		lex = lexiconOf(lang)
	}
	p := &parser{text: text, lex: lex, exhaustive: exhaustive}
	if n := min(len(text), segment+segment/2); n > 0 {
		// sized for a segment where most words lie near figures, so they
		// rarely grow
		p.arena = make([]byte, 0, n/2)
		p.lowered = make([]lowered, 0, n/12)
	}
	// news text has about one figure per 200 bytes
	all := make([]model.Fact, 0, len(text)/200+4)
	comps := []model.Comparison{}
	buf := make([]token, 0, min(len(text), segment+segment/2)/5+16) // about one token per five bytes
	for from := 0; from < len(text); {
		to := segmentEnd(text, from)
		buf = slices.Grow(buf[:0], (to-from)/5+16) // one step, not a doubling chain
		buf = tokenizer{text: text[:to], lex: p.lex}.tokenizeFrom(buf, from)
		p.toks = buf
		p.lowerNear()
		p.facts = p.facts[:0]
		p.scan()
		p.mergeCompounds()
		p.compare(&all, &comps)
		from = to
	}
	return model.Facts{Lang: lang, Facts: all, Comparisons: comps}
}

// segmentEnd returns where the segment starting at from ends: at a blank
// line after segment bytes, or at the end of the text.
func segmentEnd(text string, from int) int {
	if len(text)-from <= segment {
		return len(text)
	}
	if k := strings.Index(text[from+segment:], "\n\n"); k >= 0 {
		return from + segment + k + 2
	}
	// one huge paragraph: cut after a sentence, else at a line break or a space
	for _, sep := range []string{". ", "\n", " "} {
		if k := strings.Index(text[from+segment:], sep); k >= 0 && k < 4*segment {
			return from + segment + k + len(sep)
		}
	}
	return len(text)
}

// lowerNear gives the lower-case form to the words near a figure's possible
// start: the only words the rules read (a figure and the label words around
// it). A possible start is a number or a word that may open a figure with an
// anchor close behind (see startKind). The rest are never lower-cased. The
// lower-case forms of a segment are written into one buffer and turned into
// one string, so lower-casing costs one allocation per segment, not one per
// word. It also records in each number and sign which figures it may open
// (the tokenizer does so for words), for scan.
func (p *parser) lowerNear() {
	for i := range p.toks {
		t := &p.toks[i]
		var can startKind
		switch t.kind {
		case tNum, tDate, tTime:
			can = startAny | anchor
		case tPunct:
			if vulgar(t.lower) > 0 {
				can = startAny | anchor
			} else {
				can = p.lex.startsFigure(t.lower)
			}
		case tWord:
			continue // classified by the tokenizer
		}
		t.can = can
	}
	p.lowered = p.lowered[:0]
	p.arena = p.arena[:0]
	done := -1 // the tokens up to done have their lower-case form
	for i := range p.toks {
		can := p.toks[i].can
		if can&startAny == 0 || can&anchor == 0 && !p.anchorNear(i) {
			continue
		}
		from, to := i-9, i+5 // a date: its words and a label before it
		if can&^(startDate|anchor|approx) != 0 {
			from, to = i-10, i+16 // a quantity: its words and a label on either side
		}
		for k := max(from, done+1, 0); k <= to && k < len(p.toks); k++ {
			if p.toks[k].lazy {
				p.lowerInto(k)
			}
		}
		done = max(done, to)
	}
	if len(p.lowered) == 0 {
		return
	}
	all := string(p.arena)
	for _, l := range p.lowered {
		t := &p.toks[l.tok]
		t.lower, t.lazy = all[l.from:l.to], false
		if t.can&approx != 0 {
			t.can = p.lex.startsFigure(t.lower) // exact now
		}
	}
}

// lowered is where token tok's lower-case form lies in the parser's arena.
type lowered struct{ tok, from, to int }

// lowerInto appends the lower-case form of token k to the arena, as
// strings.ToLower would write it (words are valid UTF-8).
func (p *parser) lowerInto(k int) {
	w := p.text[p.toks[k].start:p.toks[k].end]
	from := len(p.arena)
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			p.arena = append(p.arena, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		p.arena = utf8.AppendRune(p.arena, unicode.ToLower(r))
		i += n
	}
	p.lowered = append(p.lowered, lowered{k, from, len(p.arena)})
}

// lowerFits appends w lower-cased to b, as strings.ToLower writes it, or
// returns nil when it would not fit in cap(b): lower-casing for a lookup
// without allocating.
func lowerFits(b []byte, w string) []byte {
	if len(w) > cap(b) {
		return nil
	}
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if len(b)+utf8.UTFMax > cap(b) {
			return nil
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += n
	}
	return b
}

// scan finds the facts of the current segment's tokens.
func (p *parser) scan() {
	for i := 0; i < len(p.toks); {
		if p.toks[i].kind == tURL {
			i++
			continue
		}
		if k := p.toks[i].kind; k == tNum || k == tPunct { // only numbers and a plus sign open codes
			if next, skip := p.code(i); skip {
				i = next
				continue
			}
		}
		can := startAny
		if t := &p.toks[i]; t.kind == tWord {
			if can = t.can; can&startAny == 0 || can&anchor == 0 && !p.anchorNear(i) {
				i++
				continue
			}
		}
		if p.toks[i].can&idiom != 0 {
			if _, end, ok := p.lex.idiomTab.match(p, i); ok {
				i = end // Erste Hilfe, auf einen Schlag: no figure
				continue
			}
		}
		if f, ok := p.at(i, can); ok {
			p.finish(&f)
			p.facts = append(p.facts, f)
			i = f.next
			continue
		}
		i++
	}
}

// anchorNear reports an anchor (see startKind) after the opening word at
// token i, reached through the words that continue an opening phrase:
// further openers, the inner words of qualifiers and currencies ("more
// than", "U.S. $"), dots and hyphens. "in the city" opens nothing.
func (p *parser) anchorNear(i int) bool {
	if p.exhaustive {
		return true
	}
	for k := i + 1; k < len(p.toks) && k <= i+anchorReach; k++ {
		t := &p.toks[k]
		switch {
		case t.can&anchor != 0:
			return true
		case t.brk:
			return false
		case t.can&(startAny|chain) != 0, t.kind == tPunct && (t.lower == "." || t.lower == "-"):
		default:
			return false
		}
	}
	return false
}

// at tries the kinds of figure that can start at token i.
func (p *parser) at(i int, can startKind) (fact, bool) {
	if f, ok := p.lookBack(i); ok {
		return f, true
	}
	if can&startDate != 0 {
		if f, ok := p.date(i); ok {
			return f, true
		}
	}
	if f, ok := p.digitOrdinal(i); ok {
		return f, true
	}
	if can&startQuantity != 0 {
		if f, ok := p.quantity(i); ok {
			return f, true
		}
	}
	if can&startOrdinal != 0 {
		return p.wordOrdinal(i)
	}
	return fact{}, false
}

// lookBack reads a figure that starts with the word before token i, a word
// too frequent to open figures itself: "die" before "Hälfte", "jeder"
// before "Dritte".
func (p *parser) lookBack(i int) (fact, bool) {
	if i == 0 || p.toks[i].brk || len(p.facts) > 0 && p.facts[len(p.facts)-1].next > i-1 {
		return fact{}, false
	}
	prev := &p.toks[i-1]
	if prev.can&chain == 0 || prev.kind != tWord || prev.lazy {
		return fact{}, false
	}
	if p.lex.everySet[prev.lower] {
		return p.everyNth(i - 1)
	}
	if p.lex.fracArtSet[prev.lower] && p.toks[i].kind == tWord && p.lex.fractions[p.toks[i].lower] > 0 {
		return p.quantity(i - 1)
	}
	return fact{}, false
}

// code skips runs of numbers glued by dots, dashes and slashes (phone
// numbers, IP addresses, references): three numbers or more, or a number
// after a plus sign.
func (p *parser) code(i int) (int, bool) {
	t := &p.toks[i]
	if t.kind != tNum && !(t.kind == tPunct && t.lower == "+" && i+1 < len(p.toks) && p.toks[i+1].kind == tNum && !p.toks[i+1].gap) {
		return i, false
	}
	j := i
	if t.kind == tPunct {
		j++
	}
	// phone numbers: 555-1234, (212) 555-1234
	if t.kind == tNum && t.plain && t.intDigits == 3 && p.isPunct(j+1, "-") && !p.toks[j+1].gap && j+2 < len(p.toks) && !p.toks[j+2].gap && p.toks[j+2].kind == tNum && p.toks[j+2].plain && p.toks[j+2].intDigits == 4 &&
		math.Mod(p.toks[j+2].val, 100) != 0 {
		if _, _, unit := p.unit(j+3, numeral{scale: 1}); !unit {
			return j + 3, true
		}
	}
	if t.kind == tNum && t.plain && t.intDigits == 3 && i > 0 && p.isPunct(i-1, "(") && p.isPunct(j+1, ")") && j+4 < len(p.toks) && p.toks[j+2].kind == tNum && p.toks[j+2].intDigits == 3 && p.isPunct(j+3, "-") {
		return j + 2, true
	}
	// phone numbers with an area code: 0171 1234567, 030 12 34 56
	if t.kind == tNum && t.plain && t.intDigits >= 3 && p.text[t.start] == '0' && j+1 < len(p.toks) && p.toks[j+1].kind == tNum && p.toks[j+1].plain && p.toks[j+1].intDigits >= 2 && !p.toks[j+1].brk {
		for j+1 < len(p.toks) && p.toks[j+1].kind == tNum && p.toks[j+1].plain && !p.toks[j+1].brk {
			j++
		}
		return j + 1, true
	}
	// a model after a maker's name: Boeing 737-800, Airbus 330-200
	if t.kind == tNum && t.plain && i > 0 && p.toks[i-1].kind == tWord && !p.toks[i-1].brk && p.lex.nameSet[p.toks[i-1].lower] &&
		p.isPunct(j+1, "-") && !p.toks[j+1].gap && j+2 < len(p.toks) && !p.toks[j+2].gap && p.toks[j+2].kind == tNum {
		return j + 3, true
	}
	// scores and ratios: 2:1, 3:0
	if t.kind == tNum && t.plain && t.intDigits <= 2 && p.isPunct(j+1, ":") && !p.toks[j+1].gap && j+2 < len(p.toks) && !p.toks[j+2].gap && p.toks[j+2].kind == tNum && p.toks[j+2].intDigits <= 2 {
		return j + 3, true
	}
	nums := 1
	for j+2 < len(p.toks) {
		s := &p.toks[j+1]
		if s.kind != tPunct || s.gap || p.toks[j+2].gap || p.toks[j+2].kind != tNum || !(s.lower == "-" || s.lower == "/" || s.lower == "." || s.lower == ")") {
			break
		}
		j += 2
		nums++
	}
	if t.kind == tPunct && p.isPhoneTail(j+1) {
		// +49 30 1234567
		for j+1 < len(p.toks) && p.toks[j+1].kind == tNum && !p.toks[j+1].brk {
			j++
		}
		return j + 1, true
	}
	if nums >= 3 {
		return j + 1, true
	}
	if t.kind == tPunct {
		return j + 1, true
	}
	return i, false
}

func (p *parser) isPhoneTail(j int) bool { return j < len(p.toks) && p.toks[j].kind == tNum }

// digitOrdinal reads 11th, 2nd (English) or "der 3." (German) at token i.
func (p *parser) digitOrdinal(i int) (fact, bool) {
	t := &p.toks[i]
	if t.kind != tNum || !t.plain {
		return fact{}, false
	}
	j := i + 1
	if j < len(p.toks) && !p.toks[j].gap && p.lex.ordSufSet[p.toks[j].lower] {
		f := fact{first: i, next: j + 1, numFirst: i}
		f.Kind, f.Value = model.KindOrdinal, t.val
		if j+1 < len(p.toks) && !p.toks[j+1].gap && (p.toks[j+1].kind == tWord || p.toks[j+1].kind == tNum) {
			return fact{}, false
		}
		return f, true
	}
	if p.isPunct(j, ".") && !p.toks[j].gap && i > 0 && j+1 < len(p.toks) && p.toks[j+1].kind == tWord && !p.toks[j+1].brk && t.intDigits <= 3 && p.lex.ordBeforeSet[p.toks[i-1].lower] {
		f := fact{first: i, next: j + 1, numFirst: i}
		f.Kind, f.Value = model.KindOrdinal, t.val
		return f, true
	}
	// "3." alone on its line
	if p.lex.dotOrdinal && p.isPunct(j, ".") && !p.toks[j].gap && (i == 0 || t.brk) && (j+1 >= len(p.toks) || p.toks[j+1].brk) && t.intDigits <= 3 {
		f := fact{first: i, next: j + 1, numFirst: i}
		f.Kind, f.Value = model.KindOrdinal, t.val
		return f, true
	}
	// Ungarn (19.): a rank in brackets
	if p.lex.dotOrdinal && p.isPunct(j, ".") && !p.toks[j].gap && p.isPunct(j+1, ")") && i > 0 && p.isPunct(i-1, "(") && t.intDigits <= 3 {
		f := fact{first: i, next: j + 1, numFirst: i}
		f.Kind, f.Value = model.KindOrdinal, t.val
		return f, true
	}
	return fact{}, false
}

// wordOrdinal reads "first", "twenty-first", "dritten" at token i.
func (p *parser) wordOrdinal(i int) (fact, bool) {
	t := &p.toks[i]
	if t.kind != tWord {
		return fact{}, false
	}
	v, ok := p.lex.ordinals[t.lower]
	next := i + 1
	if !ok {
		// zweiundzwanzigster, hundertste, dreizehnten
		for _, end := range p.lex.ordEnding {
			if stem, cut := strings.CutSuffix(t.lower, end); cut && len(stem) >= 4 {
				if x, isNum := p.wordValue(stem); isNum && x >= 3 && (x >= 20) == strings.HasPrefix(end, "st") {
					v, ok = x, true
					break
				}
			}
		}
	}
	if !ok {
		// twenty-first
		tens, ok2 := p.lex.numbers[t.lower]
		if !ok2 || tens < 20 || i+2 >= len(p.toks) || !p.isPunct(i+1, "-") || p.toks[i+1].gap || p.toks[i+2].gap {
			return fact{}, false
		}
		u, ok3 := p.lex.ordinals[p.toks[i+2].lower]
		if !ok3 || u >= 10 {
			return fact{}, false
		}
		v, next = tens+u, i+3
	}
	// "darauf achten": a verb unless an article or a noun says otherwise
	if p.lex.clashSet[t.lower] && !(i > 0 && (p.inSet(p.lex.detSet, i-1) || p.inSet(p.lex.prepSet, i-1))) && !(next < len(p.toks) && p.toks[next].upper && p.toks[next].kind == tWord) {
		return fact{}, false
	}
	// third-party, first-hand, third party: adjectives, not positions
	if next < len(p.toks) && (p.isPunct(next, "-") && !p.toks[next].gap || p.toks[next].lower == "party" || p.toks[next].lower == "parties") {
		return fact{}, false
	}
	f := fact{first: i, next: next, numFirst: i}
	f.Kind, f.Value = model.KindOrdinal, v
	return f, true
}

// finish fills the text, offsets, label and display of a fact.
func (p *parser) finish(f *fact) {
	f.Start = p.toks[f.first].start
	f.End = p.toks[f.next-1].end
	f.Text = p.text[f.Start:f.End]
	if f.scale == 0 {
		f.scale = 1
	}
	f.Label = p.label(f)
	f.Display = display(f.Fact)
}
