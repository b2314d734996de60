package extract

import (
	"math"

	"figs/model"
)

// compare links the facts of the current segment that a cue ties together
// ("von 20 auf 35 Prozent", "35 Mrd., verglichen mit 20 Mrd.", "up from")
// and appends facts (with their final IDs) and comparisons to the running
// results.
func (p *parser) compare(all *[]model.Fact, comps *[]model.Comparison) {
	fs := p.facts
	base := len(*all)
	// von 20 auf 35 Prozent: the first number takes the unit of the second
	for k := 0; k+1 < len(fs); k++ {
		a, b := &fs[k], &fs[k+1]
		if a.Kind != model.KindNumber || !b.Kind.IsQuantity() || a.Max != nil {
			continue
		}
		// von 1,2 auf 2,4 Millionen: a plain number takes only the scale
		if b.Kind == model.KindNumber && (a.scale > 1 || b.scale <= 1) {
			continue
		}
		if a.next+1 != b.first || !p.lex.toSet[p.toks[a.next].lower] || a.first == 0 || !p.lex.fromSet[p.toks[a.first-1].lower] {
			continue
		}
		a.Kind, a.Unit, a.Noun = b.Kind, b.Unit, b.Noun
		if a.scale <= 1 && b.scale > 1 {
			a.Value *= b.scale
			a.scale = b.scale
		}
		a.bare = false
		a.Label = b.Label
		a.Display = display(a.Fact)
	}
	// 1,6 beziehungsweise 1,5 Prozent; 20 or 30 km: a bare number joined to a
	// figure by a conjunction takes its unit
	for k := len(fs) - 2; k >= 0; k-- {
		a, b := &fs[k], &fs[k+1]
		if a.Kind != model.KindNumber || !a.bare || !b.Kind.IsQuantity() || b.Kind == model.KindNumber || b.Kind == model.KindCount || a.Max != nil {
			continue
		}
		if p.ratioBefore(a.first) {
			continue // "one in four, or 40%": the percentage restates the ratio
		}
		j := a.next
		if j < b.first && p.isPunct(j, ",") {
			j++
		}
		if j+1 == b.first && p.lex.orSet[p.toks[j].lower] || j+2 == b.first && p.toks[j].lower == "bzw" && p.isPunct(j+1, ".") ||
			j == b.first && j == a.next+1 && b.Kind == model.KindPercent {
			a.Kind, a.Unit = b.Kind, b.Unit
			if a.scale <= 1 && b.scale > 1 {
				a.Value *= b.scale
				a.scale = b.scale
			}
			a.bare = false
			a.Label = b.Label
			a.Display = display(a.Fact)
		}
	}
	// 77m euros, up from 38m: the value compared with takes the unit
	for k := 1; k < len(fs); k++ {
		b := &fs[k]
		if b.Kind != model.KindNumber || !b.bare || b.Max != nil {
			continue
		}
		// the nearest figure before, passing over conversions in brackets
		ai := k - 1
		for ai > 0 && p.inBrackets(&fs[ai]) && fs[ai].first-fs[ai-1].next < 4 {
			ai--
		}
		a := &fs[ai]
		if !a.Kind.IsQuantity() || a.Kind == model.KindNumber || a.Max != nil {
			continue
		}
		if a.Kind == model.KindPercent && a.first > 0 && p.lex.changeBySet[p.toks[a.first-1].lower] {
			continue // "fell by 13% from 36,185": the change, not a value to compare
		}
		if b.first-a.next > 14 || p.sentenceBreak(a.next, b.first) || !p.cue(a.next, b.first) {
			continue
		}
		b.Kind, b.Unit, b.Noun = a.Kind, a.Unit, a.Noun
		if b.scale <= 1 && a.scale > 1 && b.Value*a.scale <= a.Value*1000 {
			b.Value *= a.scale
			b.scale = a.scale
		}
		b.bare = false
		b.Display = display(b.Fact)
	}
	used := p.used[:0]
	for range fs {
		used = append(used, false)
	}
	p.used = used
	for k := 0; k < len(fs); k++ {
		if used[k] {
			continue
		}
		for m := k + 1; m < len(fs) && m <= k+3; m++ {
			if p.sentenceBreak(fs[k].next, fs[m].first) {
				break
			}
			a, b := &fs[k], &fs[m]
			if !a.Kind.IsQuantity() || a.Kind != b.Kind || a.Unit != b.Unit || a.Noun != b.Noun || a.Max != nil || b.Max != nil {
				continue
			}
			fromTo := a.first > 0 && p.lex.fromSet[p.toks[a.first-1].lower] && p.has(a.next, b.first, p.lex.toSet)
			if a.Kind == model.KindNumber && !fromTo {
				continue // plain numbers compare only in "from 157,000 to 133,000"
			}
			if b.first-a.next > 14 {
				break
			}
			ai, bi := -1, -1
			switch {
			case fromTo:
				ai, bi = m, k // von X auf Y: Y is the newer value
			case p.cue(a.next, b.first):
				ai, bi = k, m
			}
			if ai < 0 {
				continue
			}
			va, vb := fs[ai].Value, fs[bi].Value
			if vb == 0 || math.IsNaN(va/vb) || math.IsInf(va/vb, 0) {
				continue
			}
			unit := fs[ai].Unit
			if fs[ai].Noun != "" {
				unit = fs[ai].Noun
			}
			if !fromTo {
				// the value compared with measures what the subject does
				fs[bi].Label = fs[ai].Label
			}
			*comps = append(*comps, model.Comparison{
				A: base + ai, B: base + bi,
				Ratio:   va / vb,
				Delta:   va - vb,
				Display: model.FormatComparison(va, vb, unit),
			})
			used[m] = true
			break
		}
	}
	for k := range fs {
		fs[k].ID = base + k
		*all = append(*all, fs[k].Fact)
	}
}

// inBrackets reports a figure inside round brackets: "(£53m; $100m)".
func (p *parser) inBrackets(f *fact) bool {
	for k := f.first - 1; k >= 0 && k >= f.first-12; k-- {
		t := &p.toks[k]
		if t.kind != tPunct {
			continue
		}
		switch t.lower {
		case "(", "[":
			return true
		case ")", "]", ".", "!", "?":
			return false
		}
	}
	return false
}

// sentenceBreak reports a sentence end or line break among tokens [from, to).
func (p *parser) sentenceBreak(from, to int) bool {
	for k := from; k < to && k < len(p.toks); k++ {
		t := &p.toks[k]
		if t.brk {
			return true
		}
		if t.kind == tPunct && (t.lower == "." || t.lower == "!" || t.lower == "?") {
			return true
		}
	}
	return to < len(p.toks) && p.toks[to].brk
}

// has reports a word of s among tokens [from, to).
func (p *parser) has(from, to int, s set) bool {
	for k := from; k < to && k < len(p.toks); k++ {
		if s[p.toks[k].lower] {
			return true
		}
	}
	return false
}

// cue reports a comparison cue among tokens [from, to).
func (p *parser) cue(from, to int) bool {
	for k := from; k < to && k < len(p.toks); k++ {
		if _, j, ok := p.lex.cueTab.match(p, k); ok && j <= to {
			return true
		}
	}
	return false
}

// ratioBefore reports a number and "in" or "von" just before token i, the
// first part of a ratio: "one in four", "einer von vier".
func (p *parser) ratioBefore(i int) bool {
	if i < 2 || p.toks[i-1].kind != tWord || p.toks[i-1].lower != "in" && p.toks[i-1].lower != "von" {
		return false
	}
	t := &p.toks[i-2]
	if t.kind == tNum {
		return true
	}
	if p.lex.oneSet[t.lower] { // one, einer, eine
		return true
	}
	_, ok := p.wordValue(t.lower)
	return ok
}
