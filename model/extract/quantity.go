package extract

import (
	"math"
	"strings"
	"unicode/utf8"

	"figs/model"
)

// fact is a figure being built, with what the later passes need.
type fact struct {
	model.Fact
	first, next int     // token span
	numFirst    int     // first token of the number itself
	scale       float64 // scale word of the value (1e9 for Milliarden)
	bare        bool    // a number with no unit, noun or qualifier
}

// quantity reads a figure at token i: [qualifier] [currency] number [range]
// [unit | currency | counted noun].
func (p *parser) quantity(i int) (fact, bool) {
	if f, ok := p.wordUnit(i); ok {
		return f, true
	}
	if f, ok := p.decadeAge(i); ok {
		return f, true
	}
	start := i
	qual := ""
	// qualifiers, "between" and currencies are words or signs, never digits
	opens := p.toks[i].kind == tWord || p.toks[i].kind == tPunct
	if opens {
		if q, j, ok := p.lex.qualTab.match(p, i); ok && j < len(p.toks) {
			qual = q
			i = j
		}
	}
	closeWord := ""
	if opens && qual == "" && i < len(p.toks) {
		if c, ok := p.lex.rangeOpen[p.toks[i].lower]; ok {
			closeWord = c
			i++
		}
	}
	var pre []unitDef
	prefixed, money := false, false
	if i < len(p.toks) && (p.toks[i].kind == tWord || p.toks[i].kind == tPunct) {
		if defs, j, ok := p.prefix(i); ok && j < len(p.toks) {
			pre, prefixed, i = defs, true, j
			money = defs[0].kind == model.KindMoney
		}
	}
	if i > start && i < len(p.toks) && p.toks[i].kind != tWord {
		// "ab 1. Juli", "von 3:6": an opening word before a date or a code
		if _, skip := p.code(i); skip {
			return fact{}, false
		}
		if _, ok := p.date(i); ok {
			return fact{}, false
		}
	}
	n, ok := p.number(i, money)
	if !ok {
		if qual == "" && closeWord == "" && !prefixed {
			return p.articleAndAHalf(i)
		}
		return fact{}, false
	}
	if n.ord {
		if prefixed || qual != "" {
			return fact{}, false
		}
		f := fact{first: n.first, next: n.next, numFirst: n.first, scale: 1}
		f.Kind, f.Value = model.KindOrdinal, n.val
		return f, true
	}
	if n.val > 0 && n.val == float64(int64(n.val)) && n.next+2 < len(p.toks) && p.toks[n.next].lower == "out" && p.toks[n.next+1].lower == "of" && !prefixed && qual == "" && p.lex.name == "en" {
		// two out of five hundred: a proportion when the part is smaller
		if d, ok := p.unsigned(n.next+2, false); ok && d.val > n.val && d.scale == 1 {
			n.val /= d.val
			n.next = d.next
			n.plain = false
			n.words = true
		}
	}
	if (n.tok == tNum || n.val <= 10) && n.val == float64(int64(n.val)) && n.next < len(p.toks) && p.toks[n.next].lower == "over" && !prefixed && qual == "" {
		// 1 over 3, one over twenty: a fraction when nothing follows
		if d, ok := p.unsigned(n.next+1, false); ok && d.val != 0 && (d.next >= len(p.toks) || p.toks[d.next].kind == tPunct) {
			n.val /= d.val
			n.next = d.next
			n.plain = false
		}
	}
	if money && n.first > 0 && p.toks[n.first].brk {
		return fact{}, false
	}
	if closeWord == "" && qual == "" && !prefixed {
		start = n.first
	}
	f := fact{first: start, numFirst: n.first, scale: n.scale}
	f.Value = n.val
	f.Qualifier = qual
	if n.approx && qual == "" {
		f.Qualifier = "~" // ein paar Wochen
	}
	j := n.next
	if hi, k, ok := p.rangeTail(j, closeWord, money, n); ok {
		lo := n.val
		if n.scale == 1 && hi.scale > 1 && n.val*hi.scale <= hi.val {
			lo *= hi.scale
			f.scale = hi.scale
		}
		f.Value = lo
		v := hi.val
		f.Max = &v
		j = k
		n.plain = n.plain && hi.plain
	} else if closeWord != "" {
		start = n.first
		f.first = start
	}
	if prefixed {
		u := pre[0]
		f.Kind, f.Unit = u.kind, u.unit
		f.scaleBy(u.factor)
	} else if u, k, ok := p.unit(p.pastMore(j, n), n); ok {
		f.Kind, f.Unit = u.kind, u.unit
		f.scaleBy(u.factor)
		j = k
		if u.kind == model.KindDuration && f.Max == nil {
			if e := p.andAHalfTail(j); e > j {
				f.Value += 0.5 * u.factor
				j = e
			}
		}
		if u.kind == model.KindMoney && u.factor == 1 && f.Max == nil {
			j = p.moneyTail(&f, j, n)
		}
		if u.kind == model.KindDistance && (u.unit == "ft" || u.unit == "m") && f.Max == nil {
			j = p.lengthTail(&f, j)
		}
	} else if noun, k, ok := p.countNoun(j, n); ok && !(n.words && n.val == 1 && n.scale == 1) {
		f.Kind = model.KindCount
		f.Noun = noun
		j = k
	} else if k := p.ageBefore(n.first); k < n.first && qual == "" {
		f.Kind, f.Unit = model.KindDuration, "yr"
		f.first = k
	} else if p.ageInBrackets(n, qual, f.Max) {
		// Tim Hunt (72): an age after a name
		f.Kind, f.Unit = model.KindDuration, "yr"
	} else if p.weakUnit(j) {
		return fact{}, false // 45 degrees angle: not a figure
	} else {
		f.Kind = model.KindNumber
		f.bare = qual == ""
	}
	f.next = j
	if !p.keep(&f, n) {
		return fact{}, false
	}
	return f, true
}

// pastMore returns where the unit of a number starts, after a word such as
// "more" or "weitere" when a unit follows it: "2 more minutes", "two
// additional hours", "zwei weitere Jahre".
func (p *parser) pastMore(j int, n numeral) int {
	if j+1 >= len(p.toks) || p.toks[j].kind != tWord || p.toks[j].brk || !p.inSet(p.lex.moreSet, j) {
		return j
	}
	if _, _, ok := p.unit(j+1, n); ok {
		return j + 1
	}
	return j
}

// andAHalfTail returns the token after "and a half" or "and half" at j
// ("one hour and a half"), or j.
func (p *parser) andAHalfTail(j int) int {
	if j+1 >= len(p.toks) || p.toks[j].brk || !p.lex.andSet[p.toks[j].lower] {
		return j
	}
	k := j + 1
	if p.lex.oneSet[p.toks[k].lower] && p.toks[k].lower != "one" && p.toks[k].lower != "eins" {
		k++
	}
	if k >= len(p.toks) || p.toks[k].brk || p.toks[k].kind != tWord || p.lex.fractions[p.toks[k].lower] != 0.5 {
		return j
	}
	if k+1 < len(p.toks) && !p.toks[k+1].brk && (p.isWordScale(k+1) || p.toks[k+1].kind == tWord && (p.content(k+1) || p.inSet(p.lex.detSet, k+1))) {
		return j // "and a half million", "and half the staff"
	}
	return k + 1
}

// articleAndAHalf reads "an hour and a half", "a month and a half": an
// article, a unit of time, and a half.
func (p *parser) articleAndAHalf(i int) (fact, bool) {
	t := &p.toks[i]
	if t.kind != tWord || !p.lex.oneSet[t.lower] {
		return fact{}, false
	}
	u, k, ok := p.unit(i+1, numeral{val: 1, scale: 1, first: i, next: i + 1, words: true, tok: tWord})
	if !ok || u.kind != model.KindDuration || p.toks[i+1].kind != tWord {
		return fact{}, false
	}
	e := p.andAHalfTail(k)
	if e == k {
		return fact{}, false
	}
	f := fact{first: i, next: e, numFirst: i, scale: 1}
	f.Kind, f.Unit, f.Value = model.KindDuration, u.unit, 1.5*u.factor
	return f, true
}

// moneyTail extends an amount by what follows its currency: "75 USD
// million", "3 dollars 50 cents", "15 dollars and 50".
func (p *parser) moneyTail(f *fact, j int, n numeral) int {
	if j >= len(p.toks) || p.toks[j].brk {
		return j
	}
	if n.scale == 1 && p.isWordScale(j) {
		s := p.lex.scales[p.toks[j].lower]
		f.Value *= s
		f.scale = s
		return j + 1
	}
	if n.scale != 1 || f.Value != float64(int64(f.Value)) {
		return j
	}
	k := j
	if p.lex.andSet[p.toks[k].lower] {
		k++
	}
	c, ok := p.unsigned(k, false)
	if !ok || c.val <= 0 || c.val >= 100 || c.val != float64(int64(c.val)) || c.scale != 1 || p.toks[c.first].brk {
		return j
	}
	if u, e, ok := p.unit(c.next, c); ok && u.kind == model.KindMoney && u.factor == 0.01 {
		f.Value += c.val / 100
		return e
	}
	if _, _, cur := p.prefix(c.next); cur {
		return j
	}
	if c.next >= len(p.toks) || p.toks[c.next].kind == tPunct && p.toks[c.next].lower != "-" && p.toks[c.next].lower != "%" {
		f.Value += c.val / 100
		return c.next
	}
	return j
}

// lengthTail extends feet by inches (5 ft 2 in, 5 feet and 2 inches) and
// metres by decimetres and centimetres.
func (p *parser) lengthTail(f *fact, j int) int {
	k := j
	if k < len(p.toks) && p.lex.andSet[p.toks[k].lower] {
		k++
	}
	if k < len(p.toks) && p.isPunct(k, ",") {
		k++
	}
	c, ok := p.unsigned(k, false)
	if !ok || c.scale != 1 || c.val <= 0 || k >= len(p.toks) || p.toks[k].brk {
		return j
	}
	e := c.next
	if e >= len(p.toks) {
		return j
	}
	w := p.toks[e].lower
	if f.Unit == "ft" && (w == "in" || w == "inch" || w == "inches") && c.val < 12 {
		f.Value += c.val / 12
		return e + 1
	}
	return j
}

// decadeAge reads an age given by the part of a decade: "Mitte 40" is
// about 44 to 46 years, "Anfang zwanzig" about 20 to 23.
func (p *parser) decadeAge(i int) (fact, bool) {
	span, ok := p.lex.ageSpan[p.toks[i].lower]
	if !ok || p.toks[i].kind != tWord || i+1 >= len(p.toks) || p.toks[i+1].brk {
		return fact{}, false
	}
	n, ok := p.unsigned(i+1, false)
	if !ok || n.scale != 1 || n.val < 10 || n.val > 90 || math.Mod(n.val, 10) != 0 || n.tok == tNum && !n.plain {
		return fact{}, false
	}
	if _, _, unit := p.unit(n.next, n); unit {
		return fact{}, false
	}
	if _, _, noun := p.countNoun(n.next, n); noun || p.isPunct(n.next, ".") && p.month(n.next+1) {
		return fact{}, false
	}
	f := fact{first: i, next: n.next, numFirst: i + 1, scale: 1}
	hi := n.val + span[1]
	f.Kind, f.Unit, f.Value, f.Max, f.Qualifier = model.KindDuration, "yr", n.val+span[0], &hi, "~"
	return f, true
}

// everyNth reads a share written as "one in every n": "jeder dritte
// Deutsche" is a third, "jeder Zweite" a half, "jeder 5." a fifth.
func (p *parser) everyNth(i int) (fact, bool) {
	if !p.lex.everySet[p.toks[i].lower] || p.toks[i].kind != tWord || i+1 >= len(p.toks) || p.toks[i+1].brk {
		return fact{}, false
	}
	o, ok := p.digitOrdinal(i + 1)
	if !ok {
		o, ok = p.wordOrdinal(i + 1)
	}
	if !ok || o.Kind != model.KindOrdinal || o.Value < 2 || o.Value != math.Trunc(o.Value) {
		return fact{}, false
	}
	f := fact{first: i, next: o.next, numFirst: i + 1, scale: 1}
	f.Kind, f.Value = model.KindNumber, 1/o.Value
	return f, true
}

// ageBefore returns where a phrase that makes the number at token k an age
// ("aged", "im Alter von") starts, or k.
func (p *parser) ageBefore(k int) int {
	for _, words := range p.lex.agePhrases {
		j := k - len(words)
		if j < 0 {
			continue
		}
		ok := true
		for w, word := range words {
			if p.toks[j+w].lower != word || p.toks[j+w].kind != tWord {
				ok = false
				break
			}
		}
		if ok && !p.toks[k].brk {
			return j
		}
	}
	return k
}

// ageInBrackets reports an age in brackets after a name: "Tim Hunt (72)".
func (p *parser) ageInBrackets(n numeral, qual string, max *float64) bool {
	k := n.first
	if qual != "" || max != nil || !n.plain || n.val < 1 || n.val > 120 || k < 2 || !p.isPunct(k-1, "(") || !p.isPunct(n.next, ")") {
		return false
	}
	prev := &p.toks[k-2]
	return prev.kind == tWord && prev.upper && !p.lex.stopSet[prev.lower] && !p.isDateWord(k-2)
}

// hasUpper reports an upper-case ASCII letter anywhere in s: iOS, eBay.
func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}

// wordUnit reads a figure written as one word of a number and a unit's
// ending: "zweijährige", "dreifach", "fünfprozentige", "zehntägigen".
func (p *parser) wordUnit(i int) (fact, bool) {
	t := &p.toks[i]
	if t.kind != tWord || t.lower == "" {
		return fact{}, false
	}
	for _, end := range p.lex.unitEnds[t.lower[len(t.lower)-1]] {
		if stem, ok := strings.CutSuffix(t.lower, end); ok && stem != "" {
			v, isNum := p.wordValue(stem)
			if p.lex.oneSet[stem] {
				v, isNum = 1, true // einjährige
			}
			u := p.lex.wordUnits[end]
			if !isNum || v <= 0 || v == 1 && u.flags&notOne != 0 {
				return fact{}, false
			}
			f := fact{first: i, next: i + 1, numFirst: i, scale: 1}
			f.Kind, f.Value, f.Unit = u.kind, v*u.factor, u.unit
			return f, true
		}
	}
	return fact{}, false
}

// scaleBy applies a unit's factor (50 Cent = 0.5 EUR) to the value and range.
func (f *fact) scaleBy(x float64) {
	if x == 1 {
		return
	}
	f.Value *= x
	if f.Max != nil {
		v := *f.Max * x
		f.Max = &v
	}
}

// keep applies the traps: digits in names and codes, list markers, years.
func (p *parser) keep(f *fact, n numeral) bool {
	nt := &p.toks[n.first]
	if n.first < len(p.toks) && p.toks[n.first].kind == tWord && p.lex.negSet[nt.lower] {
		nt = &p.toks[n.first+1]
	}
	// digits glued to a word: G7, A380, Covid-19, SCP-173
	if k := n.first; nt.kind == tNum && k > 0 && !nt.gap {
		prev := &p.toks[k-1]
		if prev.kind == tWord && !p.isUnitLike(k-1) {
			return false
		}
		if prev.kind == tPunct && (prev.lower == "-" || prev.lower == "/" || prev.lower == "_" || prev.lower == "#" || prev.lower == "+" || prev.lower == "@" || prev.lower == "№") && k > 1 && (!prev.gap || prev.lower == "+" || prev.lower == "#" || prev.lower == "№") {
			if prev.lower == "+" || prev.lower == "#" || prev.lower == "№" || p.toks[k-2].kind == tWord || p.toks[k-2].kind == tNum && (prev.lower == "/" || k > 2 && p.toks[k-3].kind == tWord) {
				return false
			}
		}
	}
	// letters or digits glued after the figure: 5G, 24703L202, 173m212
	if f.next < len(p.toks) && !p.toks[f.next].gap {
		nx := &p.toks[f.next]
		if nx.kind == tWord || nx.kind == tNum {
			return false
		}
		if nx.kind == tPunct && (nx.lower == "-" || nx.lower == "/" || nx.lower == "_") && f.next+1 < len(p.toks) && !p.toks[f.next+1].gap &&
			(p.toks[f.next+1].kind == tNum || (p.toks[f.next+1].kind == tWord && f.Kind == model.KindNumber)) && f.Max == nil {
			if !(f.Kind == model.KindNumber && p.toks[f.next+1].kind == tWord && p.lex.relUnitSet[p.toks[f.next+1].lower]) {
				return false
			}
		}
	}
	// § 5, # 3, № 7: references, whatever follows them
	if k := n.first; k > 0 && f.first == n.first && p.toks[k-1].kind == tPunct && (p.toks[k-1].lower == "§" || p.toks[k-1].lower == "#" || p.toks[k-1].lower == "№") {
		return false
	}
	// codes: 0049, 030 1234567
	if nt.kind == tNum && nt.plain && nt.intDigits > 1 && p.text[nt.start] == '0' {
		return false
	}
	// a year before a noun or after a qualifier: "2016 folgende Versuche", "mehr als 2014"
	if (f.Kind == model.KindCount || f.Kind == model.KindNumber && f.Qualifier != "") && f.Max == nil && n.plain && nt.kind == tNum &&
		nt.intDigits == 4 && f.Value >= 1900 && f.Value <= 2100 && math.Mod(f.Value, 100) != 0 {
		f.Kind, f.Noun, f.Qualifier = model.KindDate, "", ""
		f.first, f.next = n.first, n.next
		return true
	}
	if !f.bare && f.Kind != model.KindNumber {
		return true
	}
	// list markers: "1." or "2)" opening a line
	if nt.kind == tNum && nt.intDigits <= 2 && (n.first == 0 || nt.brk) && (p.isPunct(f.next, ".") || p.isPunct(f.next, ")")) {
		return false
	}
	// years
	if f.bare && n.plain && nt.intDigits == 4 && f.Value >= 1000 && f.Value <= 2100 {
		f.Kind = model.KindDate
		if f.Max != nil && (*f.Max < 1000 || *f.Max > 2100) {
			f.Kind = model.KindNumber
		}
		return true
	}
	if f.Max != nil {
		return true
	}
	// the words for "one" that are also articles say nothing alone ("one",
	// "ein"); the numeral "eins" counts
	if n.words && f.Value == 1 && n.scale == 1 && (n.next-n.first != 1 || p.lex.oneSet[nt.lower]) {
		return false
	}
	// a year in words: im Jahr neunzehnhundertneunundachtzig
	if n.words && f.bare && n.first > 0 && p.lex.yearSet[p.toks[n.first-1].lower] && f.Value >= 1000 && f.Value < 2100 && f.Value == math.Trunc(f.Value) {
		f.Kind = model.KindDate
		return true
	}
	// digits after a name: Nord Stream 1, Windows 11, Artikel 5
	if f.bare && n.first > 0 && f.first == n.first {
		prev := &p.toks[n.first-1]
		if prev.kind == tWord && !prev.brk && (p.lex.nameSet[prev.lower] || (prev.upper || hasUpper(p.text[prev.start:prev.end])) && !p.sentenceStart(n.first-1) && !p.lex.stopSet[prev.lower] && !p.isDateWord(n.first-1)) {
			return false
		}
		if prev.kind == tPunct && (prev.lower == "#" || prev.lower == "№" || prev.lower == "§") {
			return false
		}
		// S. 12, Nr. 5, Abs. 3, p. 12, No. 5: a reference after an abbreviation
		if prev.kind == tPunct && prev.lower == "." && n.first >= 2 && !prev.gap && p.toks[n.first-2].kind == tWord && p.lex.nameSet[p.toks[n.first-2].lower] {
			return false
		}
	}
	return true
}

// isUnitLike reports a word that may touch digits: a currency sign or code (USD115).
func (p *parser) isUnitLike(i int) bool {
	_, _, ok := p.prefix(i)
	return ok
}

// isDateWord reports a month or weekday at token i.
func (p *parser) isDateWord(i int) bool {
	_, m := p.lex.monthSet[p.toks[i].lower]
	return m || p.lex.weekdaySet[p.toks[i].lower]
}

// sentenceStart reports that token i opens a sentence.
func (p *parser) sentenceStart(i int) bool {
	if i == 0 || p.toks[i].brk {
		return true
	}
	prev := p.toks[i-1].lower
	return p.toks[i-1].kind == tPunct && (prev == "." || prev == "!" || prev == "?" || prev == ":" || prev == "\"" || prev == "„" || prev == "“" || prev == "(" || prev == "»" || prev == "«" || prev == "–" || prev == "-" || prev == ";")
}

// prefix matches a currency written before an amount.
func (p *parser) prefix(i int) ([]unitDef, int, bool) {
	if i >= len(p.toks) {
		return nil, i, false
	}
	d1, j1, ok1 := p.lex.casePrefix.match(p, i)
	d2, j2, ok2 := p.lex.prefixTab.match(p, i)
	switch {
	case ok1 && (!ok2 || j1 >= j2):
		return d1, j1, true
	case ok2:
		return d2, j2, true
	}
	return nil, i, false
}

// rangeTail reads the high end of a range after the low end lo: "bis 30",
// "–30", "and 30" after "between".
func (p *parser) rangeTail(j int, closeWord string, money bool, lo numeral) (numeral, int, bool) {
	if j >= len(p.toks) || p.toks[j].brk {
		return numeral{}, j, false
	}
	t := &p.toks[j]
	dash := false
	if closeWord != "" {
		if t.lower != closeWord {
			return numeral{}, j, false
		}
	} else {
		if !p.lex.rangeSet[t.lower] {
			return numeral{}, j, false
		}
		if _, _, ok := p.lex.noRangeTab.match(p, j); ok {
			return numeral{}, j, false
		}
		if t.kind == tWord && p.changeBefore(lo.first) {
			return numeral{}, j, false // grew from 1.2 to 2.4 million: a change
		}
		dash = t.kind == tPunct
		if dash && (lo.words || (t.gap != p.toks[min(j+1, len(p.toks)-1)].gap && t.lower == "-")) {
			return numeral{}, j, false
		}
	}
	k := j + 1
	if money {
		if _, k2, ok := p.prefix(k); ok {
			if !dash && closeWord == "" {
				return numeral{}, j, false // from $20 million to $35 million: two figures
			}
			k = k2
		}
	}
	if k >= len(p.toks) || p.toks[k].brk {
		return numeral{}, j, false
	}
	if dash && p.toks[k].kind != tNum {
		return numeral{}, j, false
	}
	hi, ok := p.unsigned(k, money)
	if !ok || hi.val <= lo.val && !(hi.scale > lo.scale && lo.scale == 1) {
		return numeral{}, j, false
	}
	if yearish(lo) && !yearish(hi) && !dash && hi.val > 2100 {
		return numeral{}, j, false // "from 36,185 in 2003 to 28,041": a year, then a value
	}
	if dash && p.isPunct(hi.next, "-") && !p.toks[hi.next].gap {
		return numeral{}, j, false // 1-2-3, a code
	}
	return hi, hi.next, true
}

// yearish reports a plain four-digit number a year could be: 1800 to 2100.
func yearish(n numeral) bool {
	return n.plain && n.intDigits == 4 && n.val >= 1800 && n.val <= 2100 && n.val == float64(int64(n.val))
}

// changeBefore reports a word of change shortly before "from" just before
// token i: "grew from", "rose sharply from", "has risen from".
func (p *parser) changeBefore(i int) bool {
	if len(p.lex.changeSet) == 0 || i < 2 || !p.lex.fromSet[p.toks[i-1].lower] {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		if p.toks[k].kind != tWord || p.toks[k].brk {
			return false
		}
		if p.lex.changeSet[p.toks[k].lower] {
			return true
		}
	}
	return false
}

// unit matches a unit, currency or percent sign after a number.
func (p *parser) unit(j int, n numeral) (unitDef, int, bool) {
	if j >= len(p.toks) || p.toks[j].brk {
		return unitDef{}, j, false
	}
	k := j
	// 5,- Euro: a price without cents
	if p.isPunct(k, ",") && !p.toks[k].gap && (p.isPunct(k+1, "-") || p.isPunct(k+1, "–")) && !p.toks[k+1].gap {
		k += 2
	}
	hyph := false
	if p.isPunct(k, "-") && !p.toks[k].gap && k+1 < len(p.toks) && !p.toks[k+1].gap {
		hyph = true
		k++
	}
	// 20 (kg), 20 [kg]
	bracket := false
	if !hyph && k+2 < len(p.toks) && (p.isPunct(k, "(") || p.isPunct(k, "[") || p.isPunct(k, "{") || p.isPunct(k, "<")) && !p.toks[k+1].gap && p.toks[k+1].kind == tWord {
		bracket = true
		k++
	}
	d1, j1, ok1 := p.lex.caseUnits.match(p, k)
	d2, j2, ok2 := p.lex.unitTab.match(p, k)
	try := func(defs []unitDef, end int) (unitDef, int, bool) {
		for _, d := range defs {
			if d.flags&noGap != 0 && (hyph || p.toks[k].gap) {
				continue
			}
			if d.flags&attached != 0 && !hyph {
				continue
			}
			if d.flags&needScale != 0 && n.scale <= 1 {
				continue
			}
			if d.flags&weak != 0 && ((end < len(p.toks) && weakBlock(p.toks[end].lower)) || (n.first > 0 && weakBlock(p.toks[n.first-1].lower))) {
				continue
			}
			if d.flags&goods != 0 && !p.goodsAt(end) && !(end < len(p.toks) && p.inSet(p.lex.massCueSet, end)) && !(n.first > 0 && p.inSet(p.lex.massCueSet, n.first-1)) {
				continue
			}
			e := end
			if bracket {
				if e < len(p.toks) && (p.isPunct(e, ")") || p.isPunct(e, "]") || p.isPunct(e, "}") || p.isPunct(e, ">")) {
					e++
				} else {
					continue
				}
			}
			return d, e, true
		}
		return unitDef{}, j, false
	}
	if ok1 && (!ok2 || j1 >= j2) {
		if d, e, ok := try(d1, j1); ok {
			return d, e, true
		}
	}
	if ok2 {
		if d, e, ok := try(d2, j2); ok {
			return d, e, true
		}
	}
	if ok1 {
		return try(d1, j1)
	}
	return unitDef{}, j, false
}

// goodsAt reports goods at token k, the noun a unit of weight measures:
// "Mehl" in "fünf Pfund Mehl", unlike "Sterling" or "Strafe".
func (p *parser) goodsAt(k int) bool {
	if k >= len(p.toks) || p.toks[k].brk || p.toks[k].kind != tWord {
		return false
	}
	t := &p.toks[k]
	if p.lex.nounCapital && !t.upper || p.lex.stopSet[t.lower] || p.lex.notNounSet[t.lower] || p.isMoneyWord(k) {
		return false
	}
	_, isNum := p.wordValue(t.lower)
	return !isNum
}

// weakUnit reports a unit at j that was refused for its neighbours.
func (p *parser) weakUnit(j int) bool {
	defs, _, ok := p.lex.unitTab.match(p, j)
	if !ok {
		defs, _, ok = p.lex.caseUnits.match(p, j)
	}
	return ok && len(defs) > 0 && defs[0].flags&weak != 0
}

// weakBlock reports a word after "degrees" that makes them an angle.
func weakBlock(w string) bool {
	switch w {
	case "angle", "angles", "winkel", "turn", "rotate", "rotated", "drehen", "dreht", "gedreht", "angled", "tilt", "tilted", "rotation", "north", "south", "east", "west", "nord", "süd", "ost", "nördlicher", "südlicher", "östlicher", "westlicher", "latitude", "longitude", "breite", "länge":
		return true
	}
	return false
}

// countNoun finds the noun a number counts: "20 Dörfern", "two villages",
// "20 russische Soldaten". It returns the noun as written (German dative
// plurals made nominative) and the token after it.
func (p *parser) countNoun(j int, n numeral) (string, int, bool) {
	if j >= len(p.toks) || p.toks[j].brk {
		return "", j, false
	}
	if n.val < 0 || (n.val != float64(int64(n.val)) && n.scale == 1) {
		return "", j, false
	}
	if noun, k, ok := p.hyphenCounter(j); ok {
		return noun, k, true
	}
	if p.lex.nounCapital {
		k := j
		for a := 0; a < 2 && k < len(p.toks) && p.toks[k].kind == tWord && !p.toks[k].upper && isAdjective(p.toks[k].lower) && !p.lex.stopSet[p.toks[k].lower]; a++ {
			k++
		}
		if k >= len(p.toks) || p.toks[k].brk {
			return "", j, false
		}
		t := &p.toks[k]
		// hyphenated compounds: US-Beamte, Nato-Staaten
		last := k
		for last+2 < len(p.toks) && p.isPunct(last+1, "-") && !p.toks[last+1].gap && !p.toks[last+2].gap && p.toks[last+2].kind == tWord {
			last += 2
		}
		lt := &p.toks[last]
		if t.kind != tWord || !t.upper || p.lex.notNounSet[lt.lower] || p.lex.stopSet[lt.lower] || utf8.RuneCountInString(lt.lower) < 3 || (last == k && isAllUpper(p.text[t.start:t.end])) {
			return "", j, false
		}
		if last == k && p.lex.notNounSet[t.lower] {
			return "", j, false
		}
		if _, ok := p.wordValue(lt.lower); ok {
			return "", j, false
		}
		return nominative(p.text[t.start:lt.end]), last + 1, true
	}
	k := j
	if p.pluralNoun(k) {
		return p.text[p.toks[k].start:p.toks[k].end], k + 1, true
	}
	if k+1 < len(p.toks) && p.toks[k].kind == tWord && !p.lex.stopSet[p.toks[k].lower] && !p.lex.notNounSet[p.toks[k].lower] && !p.toks[k+1].brk && p.pluralNoun(k+1) {
		if _, ok := p.wordValue(p.toks[k].lower); !ok {
			return p.text[p.toks[k+1].start:p.toks[k+1].end], k + 2, true
		}
	}
	return "", j, false
}

// hyphenCounter reads a counter joined to the number by a hyphen at j:
// "-storey" in "a 40-storey tower", "-stöckige" in "das 40-stöckige
// Hochhaus", "-Punkte" in "ein 10-Punkte-Plan". It returns the noun
// counted and the token after the counter.
func (p *parser) hyphenCounter(j int) (string, int, bool) {
	if len(p.lex.counters) == 0 || j+1 >= len(p.toks) || !p.isPunct(j, "-") || p.toks[j].gap || p.toks[j+1].gap || p.toks[j+1].kind != tWord {
		return "", j, false
	}
	w := p.toks[j+1].lower
	if noun, ok := p.lex.counters[w]; ok {
		return noun, j + 2, true
	}
	if p.lex.nounCapital && !p.toks[j+1].upper {
		for _, end := range adjectiveEndings {
			if s, ok := strings.CutSuffix(w, end); ok {
				if noun, ok := p.lex.counters[s]; ok {
					return noun, j + 2, true
				}
			}
		}
	}
	return "", j, false
}

// pluralNoun reports an English plural noun at token k.
func (p *parser) pluralNoun(k int) bool {
	if k >= len(p.toks) || p.toks[k].kind != tWord || p.toks[k].brk {
		return false
	}
	w := p.toks[k].lower
	if p.lex.pluralSet[w] {
		return true
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	if p.lex.notNounSet[w] || p.lex.stopSet[w] || isAllUpper(p.text[p.toks[k].start:p.toks[k].end]) {
		return false
	}
	if _, ok := p.lex.fractions[w]; ok {
		return false
	}
	return true
}

func isAllUpper(s string) bool {
	n := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r > 127 && strings.ToUpper(string(r)) != string(r) {
			return false
		}
		n++
	}
	return n > 1
}

// adjectiveEndings are the endings of a German adjective: russische,
// weiteren, neuer, 40-stöckiges, dem.
var adjectiveEndings = []string{"e", "en", "er", "es", "em"}

// isAdjective reports a German word with an adjective ending: russische,
// weiteren, neuer.
func isAdjective(w string) bool {
	if utf8.RuneCountInString(w) < 4 {
		return false
	}
	for _, end := range adjectiveEndings {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// nominative turns a German dative plural into the nominative: Dörfern →
// Dörfer, Kindern → Kinder. Other forms are kept as written.
func nominative(w string) string {
	if strings.HasSuffix(w, "ern") || strings.HasSuffix(w, "eln") {
		return w[:len(w)-1]
	}
	return w
}
