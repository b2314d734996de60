package check

import (
	"math"
	"strings"

	"figs/model"
)

// checkParts finds parts of one group that add up to more than the group:
// "Of the 120 delegates, 70 backed the plan and 62 opposed it" (the parts
// after a whole that opens the clause), and "150 of the 120 delegates" (a
// part beside its whole).
func (c *checker) checkParts(s *sentence) {
	toks := s.toks
	w := c.w
	for i := range toks {
		if toks[i].kind != tFig {
			continue
		}
		// 150 of the 120 delegates
		if c.isPartValue(toks[i].fig) {
			if _, j, ok := w.partOf.match(toks, i+1); ok && j < len(toks) && toks[j].kind == tFig && c.isWhole(toks[j].fig) {
				part, whole := toks[i].fig, toks[j].fig
				if c.sameGroup(part, whole) {
					p := widen(c.fig(part).v, c.fig(part).h, w.hedgeOf(c.facts[part], toks, i))
					wh := widen(c.fig(whole).v, c.fig(whole).h, w.hedgeOf(c.facts[whole], toks, j))
					c.tried(model.CheckParts, []int{part, whole})
					if p.lo > wh.hi {
						c.add(model.CheckParts, []int{part, whole}, "part "+fmtValue(c.fig(part).v, "")+" is more than its whole of "+fmtValue(c.fig(whole).v, unitName(c.fig(whole))))
					}
				}
			}
		}
		// Of the 120 delegates, 70 ... and 62 ...
		if from, ok := w.wholeOf.endsAt(toks, i); ok && (from == 0 || toks[from-1].lower == ",") && c.isWhole(toks[i].fig) {
			c.partsAfter(toks, i)
		}
	}
}

// isWhole reports a figure that may count a group: a count or a plain
// number, not a range.
func (c *checker) isWhole(i int) bool {
	f := c.facts[i]
	return (f.Kind == model.KindCount || f.Kind == model.KindNumber && f.Unit == "") && f.Max == nil &&
		!isFraction(f) && !yearLike(f) && f.Value > 0 && f.Value == math.Trunc(f.Value)
}

// isPartValue reports a figure that may count part of a group.
func (c *checker) isPartValue(i int) bool { return c.isWhole(i) }

// sameGroup reports whether part i may count members of whole j: a plain
// number, or a count of the same noun.
func (c *checker) sameGroup(i, j int) bool {
	p, w := c.facts[i], c.facts[j]
	if p.Kind == model.KindNumber {
		return true
	}
	return p.Noun != "" && strings.EqualFold(p.Noun, w.Noun)
}

// partsAfter adds the parts that follow the whole at token wi up to the end
// of the sentence, and checks their sum. Any other figure, or a wording
// that makes the parts overlap or count something else ("of them",
// "including", "in the first round"), leaves the sentence alone.
func (c *checker) partsAfter(toks []token, wi int) {
	w := c.w
	whole := toks[wi].fig
	var parts []int
	lo := 0.0
scan:
	for k := wi + 1; k < len(toks); k++ {
		t := toks[k]
		switch t.kind {
		case tWord:
			if w.notParts.at(toks, k) {
				return
			}
			continue
		case tPunct:
			if t.lower != "," {
				if t.lower == ";" || t.lower == ":" {
					break scan
				}
				return
			}
			continue
		}
		f := c.facts[t.fig]
		if !c.isPartValue(t.fig) || !c.sameGroup(t.fig, whole) || f.Kind == model.KindCount && f.Noun == "" {
			return
		}
		hd := w.hedgeOf(f, toks, k)
		if hd == hedgeUnder || hd == hedgeNearly || hd == hedgeAbout {
			return
		}
		parts = append(parts, t.fig)
		lo += c.fig(t.fig).v - c.fig(t.fig).h
	}
	if len(parts) == 0 {
		return
	}
	wh := widen(c.fig(whole).v, c.fig(whole).h, w.hedgeOf(c.facts[whole], toks, wi))
	c.tried(model.CheckParts, append([]int{whole}, parts...))
	if lo <= wh.hi {
		return
	}
	sum := 0.0
	terms := make([]string, len(parts))
	for n, p := range parts {
		sum += c.fig(p).v
		terms[n] = model.FormatNumber(c.fig(p).v)
	}
	c.add(model.CheckParts, append([]int{whole}, parts...),
		"parts add up to "+model.FormatNumber(sum)+" ("+strings.Join(terms, " + ")+"), more than the whole of "+fmtValue(c.fig(whole).v, unitName(c.fig(whole))))
}
