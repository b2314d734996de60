package check

import (
	"math"
	"strings"

	"figs/model"
)

// move is a value said to have become another: "from 8 million to 12
// million", "to 12 million, from 8 million", "$30m, up from $10m".
type move struct {
	old, new figure
	oldHd    hedge
	newHd    hedge
	first    int // first token of the wording (the "from" or "to")
	last     int // last token: the later figure
	facts    []int
	unit     string
	hint     int // +1 or -1 when the wording itself says up or down
	stated   int // token of a stated change inside the wording, or 0
}

func (m move) oldSpan() span { return widen(m.old.v, m.old.h, m.oldHd) }
func (m move) newSpan() span { return widen(m.new.v, m.new.h, m.newHd) }

// ratio returns the ratios new/old that the values as written allow, and
// false when the old value may be zero or either is negative.
func (m move) ratio() (span, bool) {
	o, n := m.oldSpan(), m.newSpan()
	if o.lo <= 0 || n.lo < 0 {
		return span{}, false
	}
	return span{n.lo / o.hi, n.hi / o.lo}, true
}

// pointRatio is new/old as written.
func (m move) pointRatio() float64 { return m.new.v / m.old.v }

// describe writes the move: "8 million → 12 million".
func (m move) describe() string {
	return fmtValue(m.old.v, m.unit) + " → " + fmtValue(m.new.v, m.unit)
}

// moves finds the moves of sentence s.
func (c *checker) moves(s *sentence) []move {
	var out []move
	toks := s.toks
	w := c.w
	for i := range toks {
		if toks[i].kind != tFig {
			continue
		}
		a := toks[i].fig
		fa := c.facts[a]
		// from 4.1 to 5.3 percent: one figure, a range the extractor kept whole
		if fa.Max != nil && endsAt(&w.from, toks, i) && c.countable(fa) {
			lower := strings.ToLower(fa.Text)
			if (w.lang == "en" && strings.Contains(lower, " to ")) || (w.lang == "de" && strings.Contains(lower, " auf ")) {
				g := c.fig(a)
				old := g
				nw := g
				nw.v, nw.h = g.max, g.maxH
				if !g.hasDigits || g.h == 0 {
					continue
				}
				from, _ := w.from.endsAt(toks, i)
				out = append(out, move{old: old, new: nw, first: from, last: i, facts: []int{a}, unit: unitName(g)})
			}
			continue
		}
		// from A to B; from 36,185 in 2003 to 28,041
		if from, ok := w.from.endsAt(toks, i); ok {
			if _, j, ok := w.to.match(toks, c.pastTime(toks, perUnit(toks, i+1))); ok && j < len(toks) && toks[j].kind == tFig {
				if m, ok := c.pair(toks, i, j, from); ok {
					out = append(out, m)
					continue
				}
			}
		}
		// B, up 8.1% from A
		if m, ok := c.upFrom(toks, i); ok {
			out = append(out, m)
			continue
		}
		// to B, from A; B, up from A
		_, toOK := w.to.endsAt(toks, i)
		k := c.pastTime(toks, perUnit(toks, i+1))
		// "auf 2,4 Milliarden Euro gestiegen, nach 1,8": the verb between
		hint := 0
		if toOK {
			for n := 0; n < 2 && k+1 < len(toks) && toks[k].kind == tWord; n++ {
				switch {
				case w.rise.at(toks, k) || w.riseParticle.at(toks, k):
					hint = 1
				case w.fall.at(toks, k) || w.fallParticle.at(toks, k):
					hint = -1
				case w.multiple.at(toks, k):
				default:
					n = 2
					continue
				}
				k++
			}
		}
		if k < len(toks) && toks[k].lower == "," {
			k++
		}
		lst := &w.alone
		if toOK {
			lst = &w.since
		}
		if p, j, ok := lst.match(toks, k); ok {
			for j < len(toks) && w.filler.at(toks, j) {
				j++
			}
			for j < len(toks) && toks[j].kind == tWord && w.hedgeBefore(toks, j+1) != hedgeNone && j+1 < len(toks) && toks[j+1].kind != tWord {
				j++
			}
			if j < len(toks) && toks[j].kind == tFig {
				from := i
				if toOK {
					from, _ = w.to.endsAt(toks, i)
				}
				if m, ok := c.pair(toks, j, i, from); ok {
					m.hint = hint
					for _, word := range p.words {
						switch {
						case w.rise.at([]token{{kind: tWord, lower: word}}, 0):
							m.hint = 1
						case w.fall.at([]token{{kind: tWord, lower: word}}, 0):
							m.hint = -1
						}
					}
					out = append(out, m)
				}
			}
		}
	}
	return out
}

// countable reports a fact that may be one value of a move.
func (c *checker) countable(f model.Fact) bool {
	return f.Kind.IsQuantity()
}

// pair makes the move from the figure at token io to the one at token in,
// if the two measure the same thing; first is the wording's first token.
func (c *checker) pair(toks []token, io, in, first int) (move, bool) {
	a, b := toks[io].fig, toks[in].fig
	fa, fb := c.facts[a], c.facts[b]
	ga, gb := c.fig(a), c.fig(b)
	if !fa.Kind.IsQuantity() || !fb.Kind.IsQuantity() || fa.Max != nil || fb.Max != nil {
		return move{}, false
	}
	if isFraction(fa) || isFraction(fb) {
		return move{}, false
	}
	if yearLike(fa) || yearLike(fb) {
		return move{}, false
	}
	bareA := fa.Kind == model.KindNumber && fa.Unit == ""
	bareB := fb.Kind == model.KindNumber && fb.Unit == ""
	same := fa.Kind == fb.Kind && fa.Unit == fb.Unit && stem(strings.ToLower(fa.Noun)) == stem(strings.ToLower(fb.Noun))
	if !same && !bareA && !bareB {
		return move{}, false
	}
	// von 1,2 auf 2,4 Millionen: the value without a scale word takes the other's
	if ga.hasDigits && gb.hasDigits && ga.scaled != gb.scaled {
		if !ga.scaled && ga.v != 0 && gb.v/ga.v >= 999 {
			s := scaleOf(gb, fb, c.w.lang)
			ga.v, ga.h = ga.v*s, ga.h*s
		} else if !gb.scaled && gb.v != 0 && ga.v/gb.v >= 999 {
			s := scaleOf(ga, fa, c.w.lang)
			gb.v, gb.h = gb.v*s, gb.h*s
		}
	}
	unit := unitName(ga)
	if bareA {
		unit = unitName(gb)
	}
	last := max(io, in)
	m := move{old: ga, new: gb, first: first, last: last, facts: []int{min(a, b), max(a, b)}, unit: unit}
	m.oldHd = c.w.hedgeOf(fa, toks, io)
	m.newHd = c.w.hedgeOf(fb, toks, in)
	return m, true
}

// scaleOf returns the scale word factor of a figure written with one.
func scaleOf(g figure, f model.Fact, lang string) float64 {
	dec := byte('.')
	if lang == "de" {
		dec = ','
	}
	first, _ := numbersIn(f.Text, dec)
	if first.num == 0 {
		return 1
	}
	r := g.v / first.num
	// a power of a thousand: the scale word
	return math.Pow(10, math.Round(math.Log10(r)/3)*3)
}

// yearLike reports a plain number that may be a year: "from 2019 to 2021".
func yearLike(f model.Fact) bool {
	return f.Kind == model.KindNumber && f.Unit == "" && f.Value >= 1800 && f.Value <= 2100 && f.Value == math.Trunc(f.Value) &&
		len(f.Text) == 4
}

// perUnit skips the unit of a rate after a figure ("$52 a barrel",
// "1.2 million barrels a day", "85 Euro pro Monat") and returns the token
// after it.
func perUnit(toks []token, k int) int {
	if k+1 < len(toks) && toks[k+1].kind == tWord {
		switch toks[k].lower {
		case "a", "an", "per", "each", "pro", "je", "im":
			return k + 2
		}
	}
	return k
}

// pastTime skips the time of a value after it ("36,185 in 2003", "im Jahr
// 2019") and returns the token after it: a few words ending in a date.
func (c *checker) pastTime(toks []token, k int) int {
	for j := k; j < len(toks) && j <= k+4; j++ {
		t := toks[j]
		if t.kind == tFig {
			if c.facts[t.fig].Kind == model.KindDate {
				return j + 1
			}
			return k
		}
		if t.kind != tWord {
			return k
		}
	}
	return k
}

// upFrom reads "10bn euros, up 8.1% from 9.25bn" at the newer value's
// token i: the change stated between the two values.
func (c *checker) upFrom(toks []token, i int) (move, bool) {
	w := c.w
	k := i + 1
	if k >= len(toks) || toks[k].lower != "," {
		return move{}, false
	}
	k++
	sign := 0
	switch {
	case k < len(toks) && toks[k].kind == tWord && w.rise.at(toks, k):
		sign = 1
	case k < len(toks) && toks[k].kind == tWord && w.fall.at(toks, k):
		sign = -1
	default:
		return move{}, false
	}
	p := k + 1
	if w.by.at(toks, p) {
		p++
	}
	if p+2 >= len(toks) || toks[p].kind != tFig || !w.from.at(toks, p+1) && !w.since.at(toks, p+1) {
		return move{}, false
	}
	if f := c.facts[toks[p].fig]; f.Unit != "%" && f.Unit != "pp" {
		return move{}, false
	}
	_, j, _ := w.since.match(toks, p+1)
	if j == p+1 {
		_, j, _ = w.from.match(toks, p+1)
	}
	if j >= len(toks) || toks[j].kind != tFig {
		return move{}, false
	}
	m, ok := c.pair(toks, j, i, i)
	m.hint, m.stated = sign, p
	return m, ok
}
