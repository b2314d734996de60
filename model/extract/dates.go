package extract

import "figs/model"

// date reads a date or time at token i: "im Februar", "Anfang September",
// "am Donnerstag", "im letzten Jahr", "3. März 2022", "March 3, 2022",
// "last year", "12.03.2022", "18:30 Uhr".
func (p *parser) date(i int) (fact, bool) {
	t := &p.toks[i]
	mk := func(next int) (fact, bool) {
		f := fact{first: i, next: next, numFirst: -1}
		f.Kind = model.KindDate
		return f, true
	}
	switch t.kind {
	case tDate:
		return mk(p.clock(i + 1))
	case tTime:
		return mk(p.clock(i + 1))
	case tNum:
		if t.val <= 24 && t.val >= 0 {
			if k := p.clock(i + 1); k > i+1 {
				return mk(k)
			}
		}
	case tURL, tPunct:
		return fact{}, false
	case tWord:
		// drei Uhr, eight pm
		if v, ok := p.wordValue(t.lower); ok && v <= 24 {
			if k := p.clock(i + 1); k > i+1 && p.lex.name == "de" {
				return mk(k)
			}
		}
	}
	k := i
	for c := 0; c < 2 && k < len(p.toks) && p.toks[k].kind == tWord && p.lex.datePre[p.toks[k].lower] && !p.lex.relWordSet[p.toks[k].lower]; c++ {
		k++
	}
	// "mid-September"
	if k > i && p.isPunct(k, "-") && !p.toks[k].gap {
		k++
	}
	if k < len(p.toks) && k > i && p.toks[k].brk {
		return fact{}, false
	}
	if end, ok := p.dateCore(k); ok {
		return mk(end)
	}
	return fact{}, false
}

// dateCore reads a date without its leading words at token k.
func (p *parser) dateCore(k int) (int, bool) {
	if k >= len(p.toks) {
		return k, false
	}
	t := &p.toks[k]
	switch t.kind {
	case tNum:
		// 3. März 2022, 3 March 2022
		if t.plain && t.val >= 1 && t.val <= 31 && t.intDigits <= 2 {
			j := k + 1
			if p.isPunct(j, ".") && !p.toks[j].gap {
				j++
			} else if j < len(p.toks) && p.lex.ordSufSet[p.toks[j].lower] && !p.toks[j].gap {
				j++
			}
			if p.lex.name == "en" && j < len(p.toks) && p.toks[j].lower == "of" {
				j++
			}
			if p.month(j) {
				return p.year(j + 1), true
			}
		}
		return k, false
	case tWord:
	default:
		return k, false
	}
	w := t.lower
	if p.month(k) {
		j := k + 1
		// March 3, 2022; March 3rd
		if j < len(p.toks) && p.toks[j].kind == tNum && p.toks[j].plain && p.toks[j].val >= 1 && p.toks[j].val <= 31 && p.toks[j].intDigits <= 2 && !p.toks[j].brk {
			e := j + 1
			if e < len(p.toks) && p.lex.ordSufSet[p.toks[e].lower] && !p.toks[e].gap {
				e++
			}
			if p.isPunct(e, ",") {
				if y := p.year(e + 1); y > e+1 {
					return y, true
				}
			}
			return p.year(e), true
		}
		y := p.year(j)
		if y == j && len(w) <= 4 && w != "mai" && w != "juni" && w != "juli" && w != "june" && w != "july" && w != "may" && w != "märz" {
			// a short month name alone is too ambiguous
			if !p.isPunct(j, ".") {
				return k, false
			}
		}
		return y, true
	}
	if p.toks[k].upper && p.lex.weekdaySet[w] {
		return k + 1, true
	}
	if p.lex.daySet[w] {
		return k + 1, true
	}
	if p.lex.relWordSet[w] && k+1 < len(p.toks) && !p.toks[k+1].brk {
		n := &p.toks[k+1]
		if p.lex.relUnitSet[n.lower] && (n.upper || !p.lex.nounCapital) {
			return k + 2, true
		}
		if p.month(k+1) || (n.upper && p.lex.weekdaySet[n.lower]) {
			return k + 2, true
		}
	}
	return k, false
}

// month reports a month name at token k, capitalized as months are.
func (p *parser) month(k int) bool {
	if k >= len(p.toks) || p.toks[k].kind != tWord || !p.toks[k].upper || p.toks[k].brk {
		return false
	}
	_, ok := p.lex.monthSet[p.toks[k].lower]
	return ok
}

// year extends a date by a year at token j, returning the token after it.
func (p *parser) year(j int) int {
	if j < len(p.toks) && p.toks[j].kind == tNum && p.toks[j].plain && !p.toks[j].brk && (p.toks[j].intDigits == 4 || p.toks[j].intDigits == 2) {
		return j + 1
	}
	return j
}

// clock extends a time by "Uhr", "am", "pm" at token j.
func (p *parser) clock(j int) int {
	if j < len(p.toks) && !p.toks[j].brk && p.toks[j].kind == tWord && p.lex.clockSet[p.toks[j].lower] {
		j++
		// a.m.
		for j+1 < len(p.toks) && p.isPunct(j, ".") && !p.toks[j].gap && p.toks[j+1].kind == tWord && len(p.toks[j+1].lower) == 1 && !p.toks[j+1].gap {
			j += 2
		}
		if p.isPunct(j, ".") && !p.toks[j].gap && j > 0 && len(p.toks[j-1].lower) == 1 {
			j++
		}
	}
	return j
}
