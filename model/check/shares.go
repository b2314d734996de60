package check

import (
	"math"
	"strings"

	"figs/model"
)

// checkShares finds shares that cannot all hold: percentages of one whole
// that add up to more than 100% ("52% backed Labour, 36% the Conservatives
// and 19% the Liberal Democrats", in a poll or vote), and a share in words
// beside a percentage that says otherwise ("two thirds (58%)").
func (c *checker) checkShares(s *sentence) {
	c.sharesInWords(s.toks)
	c.sharesOver100(s.toks)
}

// sharesOver100 adds up the percentages of a sentence that speaks of one
// whole (a poll, a vote, a market) and has no wording that splits it into
// groups, times or several answers.
func (c *checker) sharesOver100(toks []token) {
	w := c.w
	n := 0
	for _, t := range toks {
		if t.kind == tFig && c.facts[t.fig].Kind == model.KindPercent {
			n++
		}
	}
	if n < 2 {
		return
	}
	if !w.whole.anyIn(toks, 0, len(toks)) || w.notWhole.anyIn(toks, 0, len(toks)) ||
		w.rise.anyIn(toks, 0, len(toks)) || w.fall.anyIn(toks, 0, len(toks)) || w.from.anyIn(toks, 0, len(toks)) {
		return
	}
	var shares []int
	lo := 0.0
	groups := map[string]bool{}
	for k, t := range toks {
		if t.kind != tFig {
			continue
		}
		f := c.facts[t.fig]
		switch {
		case f.Kind == model.KindDate:
			return // shares at two times
		case f.Kind != model.KindPercent:
			continue
		}
		if f.Unit != "%" || f.Max != nil || f.Value < 0 || f.Value > 100 {
			return
		}
		if w.by.endsAtWord(toks, k-1) {
			return
		}
		// 52% of men, 61% of women: shares of different wholes
		if k+2 < len(toks) && (toks[k+1].lower == "of" || toks[k+1].lower == "der" || toks[k+1].lower == "aller") && toks[k+2].kind == tWord {
			g := toks[k+2].lower
			if g == "the" && k+3 < len(toks) {
				g = toks[k+3].lower
			}
			groups[g] = true
		}
		hd := w.hedgeOf(f, toks, k)
		switch hd {
		case hedgeUnder:
			lo += 0
		case hedgeNearly, hedgeAbout:
			lo += widen(f.Value, c.fig(t.fig).h, hd).lo
		default:
			lo += f.Value - c.fig(t.fig).h
		}
		shares = append(shares, t.fig)
	}
	if len(shares) < 2 || len(groups) > 1 {
		return
	}
	c.tried(model.CheckShares, shares)
	if lo <= 100 {
		return
	}
	sum := 0.0
	terms := make([]string, len(shares))
	for n, i := range shares {
		sum += c.facts[i].Value
		terms[n] = fmtValue(c.facts[i].Value, "%")
	}
	c.add(model.CheckShares, shares, "shares of one whole add up to "+fmtValue(math.Round(sum*10)/10, "%")+" ("+strings.Join(terms, " + ")+")")
}

// sharesInWords compares a share in words with the percentage that follows
// it in brackets or after "or": "two thirds (58%)", "die Mehrheit (45
// Prozent)", "one in four, or 40%".
func (c *checker) sharesInWords(toks []token) {
	w := c.w
	if !c.percentAfterSeparator(toks) {
		return
	}
	for k := 0; k < len(toks); k++ {
		if toks[k].kind == tPunct {
			continue
		}
		var v float64
		var bound byte
		var hd hedge
		fig := -1
		j := k + 1
		var said string
		if t := toks[k]; t.kind == tFig && isFraction(c.facts[t.fig]) {
			v, fig = c.facts[t.fig].Value, t.fig
			hd = w.hedgeOf(c.facts[t.fig], toks, k)
			said = strings.ToLower(c.facts[t.fig].Text)
		} else if p, end, ok := w.fraction.match(toks, k); ok {
			v, bound, j = p.val, p.bound, end
			said = joinWords(toks[k:end])
			hd = w.hedgeBefore(toks, k)
		} else {
			continue
		}
		// "the first half (+12%)" is a part of a year, not a share
		if k > 0 && (toks[k-1].kind == tFig && c.facts[toks[k-1].fig].Kind == model.KindOrdinal || halfOf(toks[k-1].lower)) {
			continue
		}
		// the percentage beside it: in brackets, after a dash or "or"
		sep := false
		if j < len(toks) && (toks[j].lower == "(" || toks[j].lower == "–" || toks[j].lower == "—") {
			j, sep = j+1, true
		} else if j < len(toks) && toks[j].lower == "," {
			j++
		}
		if j < len(toks) && (toks[j].lower == "or" || toks[j].lower == "oder") {
			j, sep = j+1, true
		}
		if !sep {
			continue
		}
		for j < len(toks) && toks[j].kind == tWord && w.hedgeBefore(toks, j+1) != hedgeNone {
			j++
		}
		if j >= len(toks) || toks[j].kind != tFig {
			continue
		}
		pf := c.facts[toks[j].fig]
		if pf.Unit != "%" || pf.Max != nil || strings.ContainsAny(pf.Text[:1], "+-−") {
			continue
		}
		ph := w.hedgeOf(pf, toks, j)
		pct := widen(pf.Value, c.fig(toks[j].fig).h, ph)
		allowed := shareWindow(v*100, bound, hd)
		c.tried(model.CheckShares, []int{toks[j].fig})
		if pct.overlaps(allowed) {
			continue
		}
		facts := []int{toks[j].fig}
		if fig >= 0 {
			facts = append(facts, fig)
		}
		if hd != hedgeNone && fig < 0 {
			said = joinWords(toks[w.hedgeStart(toks, k):k]) + " " + said // "more than half"
		}
		switch hd {
		case hedgeOver:
			bound = '>'
		case hedgeUnder, hedgeNearly:
			bound = '<'
		}
		c.add(model.CheckShares, facts, "says "+said+" ("+shareSaid(v*100, bound)+"), beside "+fmtValue(pf.Value, "%"))
		k = j
	}
}

// shareWindow returns the percentages a share in words allows: "a third"
// 27–40%, "more than half" from 49.5%, "nearly half" 38–50.5%, "a
// majority" from 49.5%.
func shareWindow(p float64, bound byte, hd hedge) span {
	switch {
	case bound == '>' || hd == hedgeOver:
		return span{p - 0.5, 100}
	case bound == '<' || hd == hedgeUnder:
		return span{0, p + 0.5}
	case hd == hedgeNearly:
		return span{p - 12, p + 1}
	case hd == hedgeAbout:
		return span{p - 10, p + 10}
	}
	return span{p - 6.5, p + 6.5}
}

// shareSaid writes what a share in words means: "67%", "over 50%".
func shareSaid(p float64, bound byte) string {
	s := fmtValue(math.Round(p), "%")
	switch bound {
	case '>':
		return "over " + s
	case '<':
		return "under " + s
	}
	return s
}

// halfOf reports a word before "half", "Hälfte" that makes it part of a
// period: "the first half", "in der zweiten Hälfte".
func halfOf(w string) bool {
	switch w {
	case "first", "second", "last", "this", "that", "other", "latter", "former",
		"ersten", "zweiten", "erste", "zweite", "letzten", "anderen", "andere":
		return true
	}
	return false
}

// percentAfterSeparator reports a percentage right after a bracket, a dash
// or "or": the only place sharesInWords looks, so most sentences are done
// without trying a share in words at every token.
func (c *checker) percentAfterSeparator(toks []token) bool {
	for k, t := range toks {
		switch t.lower {
		case "(", "–", "—", "or", "oder":
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if toks[j].kind == tFig && c.facts[toks[j].fig].Unit == "%" {
					return true
				}
			}
		}
	}
	return false
}
