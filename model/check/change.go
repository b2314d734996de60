package check

import (
	"math"

	"figs/model"
)

// direction is what the words around a move say of it: up or down, a
// multiple ("doubled"), or a fraction ("um ein Drittel").
type direction struct {
	sign     int     // +1 up, -1 down, 0 unknown
	word     int     // token of the word that says so, or -1
	factor   float64 // a multiple's factor, or 0
	factorHd hedge
	factorW  string
}

// clauseStop reports a token that ends the clause read backwards from a
// move: a semicolon, colon or bracket, a word like "while", or a figure
// other than a percentage (which may be the stated change).
func (c *checker) clauseStop(toks []token, k int) bool {
	t := toks[k]
	switch t.kind {
	case tPunct:
		return t.lower != ","
	case tFig:
		f := c.facts[t.fig]
		return f.Unit != "%" && f.Unit != "pp" && !isFraction(f)
	}
	return c.w.clauseBreak.at(toks, k)
}

// directionOf finds the word that says where move m goes: the nearest
// before it in its clause or, as German puts its participle last, right
// after it ("von 70 auf 85 gestiegen").
func (c *checker) directionOf(toks []token, m move) direction {
	w := c.w
	before, after := direction{word: -1}, direction{word: -1}
	read := func(k int, d *direction) bool {
		if w.over.at(toks, k) || w.under.at(toks, k) {
			return false // "more than half", "weniger als": a hedge, not a direction
		}
		if p, j, ok := w.multiple.match(toks, k); ok {
			d.word, d.factor, d.factorW = k, p.val, joinWords(toks[k:j])
			d.factorHd = w.hedgeBefore(toks, k)
			d.sign = 1
			if p.val < 1 {
				d.sign = -1
			}
			return true
		}
		if w.rise.at(toks, k) {
			d.word, d.sign = k, 1
			return true
		}
		if w.fall.at(toks, k) {
			d.word, d.sign = k, -1
			return true
		}
		return false
	}
	// the word is close: "rose 30% to", "fell sharply from", "cut its
	// workforce by 10% to"; a word further back more likely names the
	// measure. The stated change and its "by" do not count.
	for k, n := m.first-1, 0; k >= 0 && n < 4; k-- {
		t := toks[k]
		if t.kind == tWord && read(k, &before) {
			// "the rise in prices slowed from": a noun, not the verb
			if before.factor == 0 && k > 0 && (w.definite.at(toks, k-1) || w.indefinite.at(toks, k-1)) {
				before = direction{word: -1}
			}
			break
		}
		if c.clauseStop(toks, k) {
			break
		}
		if t.kind == tWord && !w.by.at(toks, k) {
			n++
		}
	}
	for k := m.last + 1; k < len(toks) && k <= m.last+4; k++ {
		if toks[k].kind != tWord {
			break
		}
		if read(k, &after) {
			break
		}
	}
	d := before
	if after.word >= 0 && (before.word < 0 || w.lang == "de" && after.word <= m.last+3) {
		d = after
	}
	if d.word < 0 {
		return d
	}
	// a negation near the verb or the move leaves its direction open
	lo, hi := min(d.word, m.first)-3, max(d.word, m.last)+3
	if w.negation.anyIn(toks, lo, hi) {
		return direction{word: -1}
	}
	return d
}

// endsAtWord reports whether a phrase of l ends at token k itself.
func (l *list) endsAtWord(toks []token, k int) bool {
	_, ok := l.endsAt(toks, k+1)
	return ok
}

func joinWords(toks []token) string {
	s := ""
	for i, t := range toks {
		if i > 0 {
			s += " "
		}
		s += t.lower
	}
	return s
}

// statedChange is a percentage said to be the change of a move: "grew 30%",
// "um 10 Prozent", "an increase of 30%".
type statedChange struct {
	tok  int
	fig  figure
	hd   hedge
	sign int // from its own wording, or 0
}

// changeFrom is the first token where the stated change of move m may
// stand: the word of direction before the move ("rose 30% to"), a few
// words before it in German, whose participle comes last ("ist um 10
// Prozent gesunken, von 60 auf 45"); without one, 8 tokens back.
func (c *checker) changeFrom(toks []token, m move, d direction) int {
	if d.word < 0 || d.word >= m.first {
		return max(m.first-8, 0)
	}
	lo := d.word
	if c.w.lang == "de" {
		for k := d.word - 1; k >= 0 && k >= d.word-4 && !c.clauseStop(toks, k); k-- {
			lo = k
		}
	}
	return lo
}

// statedChangeOf finds the percentage that states the change of move m
// near its clause, or ok false.
func (c *checker) statedChangeOf(toks []token, m move, d direction) (statedChange, bool) {
	w := c.w
	lo := c.changeFrom(toks, m, d)
	try := func(k int) (statedChange, bool) {
		t := toks[k]
		if t.kind != tFig {
			return statedChange{}, false
		}
		f := c.facts[t.fig]
		if f.Unit != "%" && f.Unit != "pp" || f.Max != nil || f.Value < 0 {
			return statedChange{}, false
		}
		for _, i := range m.facts {
			if i == t.fig {
				return statedChange{}, false
			}
		}
		sc := statedChange{tok: k, fig: c.fig(t.fig), hd: w.hedgeOf(f, toks, k)}
		start := k
		if sc.hd != hedgeNone && f.Qualifier == model.QualNone {
			for start > 0 && toks[start-1].kind == tWord && w.hedgeBefore(toks, start) != hedgeNone {
				start--
			}
		}
		marked := false
		switch {
		case w.by.endsAtWord(toks, start-1):
			marked = true
		case w.rise.endsAtWord(toks, start-1):
			marked, sc.sign = true, 1
		case w.fall.endsAtWord(toks, start-1):
			marked, sc.sign = true, -1
		case start >= 2 && (toks[start-1].lower == "of" || toks[start-1].lower == "von" || toks[start-1].lower == "um") && w.rise.endsAtWord(toks, start-2):
			marked, sc.sign = true, 1
		case start >= 2 && (toks[start-1].lower == "of" || toks[start-1].lower == "von" || toks[start-1].lower == "um") && w.fall.endsAtWord(toks, start-2):
			marked, sc.sign = true, -1
		case w.rise.at(toks, k+1):
			marked, sc.sign = true, 1
		case w.fall.at(toks, k+1):
			marked, sc.sign = true, -1
		}
		if !marked {
			return statedChange{}, false
		}
		// a rate per year or an average is not the change between the values
		if _, j, ok := w.rate.match(toks, k+1); ok && (j >= len(toks) || toks[j].kind != tFig) {
			return statedChange{}, false // "5% a year", not "im Jahr 2003"
		}
		if endsAt(&w.rate, toks, start) || w.rate.endsAtWord(toks, start-2) {
			return statedChange{}, false
		}
		if sc.sign == 0 {
			sc.sign = d.sign
		}
		return sc, sc.sign != 0
	}
	if m.stated > 0 {
		return try(m.stated)
	}
	for k := m.first - 1; k >= 0 && k >= lo; k-- {
		if sc, ok := try(k); ok {
			return sc, true
		}
		if k < m.first-1 && c.clauseStop(toks, k) {
			break
		}
	}
	// after the values only a phrase that names the change: ", a rise of
	// 30%", ", ein Plus von 10 Prozent", "(up 30%)"; "auf 3,5 oder 3,6
	// Prozent sinken" is an alternative value, not a change
	for k := m.last + 1; k < len(toks) && k <= m.last+6; k++ {
		if toks[k].kind == tFig {
			if k >= 2 && toks[k-1].kind == tWord && (w.by.at(toks, k-1) || toks[k-1].lower == "of" || toks[k-1].lower == "von" ||
				toks[k-1].lower == "up" || toks[k-1].lower == "down" || toks[k-1].lower == "plus" || toks[k-1].lower == "minus") {
				if sc, ok := try(k); ok {
					return sc, true
				}
			}
			break
		}
		if toks[k].kind == tPunct && toks[k].lower != "," && toks[k].lower != "(" {
			break
		}
	}
	return statedChange{}, false
}

// checkMoves runs the checks on the moves of sentence s: stated change,
// multiple and direction, at most one per move, the most telling first.
func (c *checker) checkMoves(s *sentence, moves []move) {
	if len(moves) == 0 {
		return
	}
	adjusted := c.w.adjusted.anyIn(s.toks, 0, len(s.toks))
	for _, m := range moves {
		r, ok := m.ratio()
		if !ok {
			continue
		}
		d := c.directionOf(s.toks, m)
		if m.hint != 0 && d.factor == 0 {
			// "up from", "down from" stand nearer the values than any verb:
			// "output grew 15.7% in the year to October, down from 23%"
			d.sign = m.hint
		}
		if c.isRate(s.toks, m) {
			continue // "grew 15.7%, down from 23%": a rate of change that slowed
		}
		if !adjusted {
			if sc, ok := c.statedChangeOf(s.toks, m, d); ok {
				c.checkChange(m, r, sc)
				continue
			}
			if d.factor > 0 {
				c.checkMultiple(m, r, d)
				continue
			}
			if fr, ok := c.fractionChange(s.toks, m, d); ok {
				c.checkFraction(m, r, fr, d)
				continue
			}
		}
		if d.sign != 0 && d.factor == 0 {
			c.checkDirection(m, r, d)
		}
	}
}

// isRate reports a move whose newer value is itself a change, a
// percentage right after a word of direction ("grew 15.7%, down from 23%"):
// the verb tells of the thing measured, not of the rate.
func (c *checker) isRate(toks []token, m move) bool {
	if m.new.unit != "%" && m.new.unit != "pp" {
		return false
	}
	for k := range toks {
		if toks[k].kind == tFig && toks[k].fig == m.new.fact && k > 0 {
			start := c.w.hedgeStart(toks, k)
			return c.w.rise.endsAtWord(toks, start-1) || c.w.fall.endsAtWord(toks, start-1) || c.w.by.endsAtWord(toks, start-1)
		}
	}
	return false
}

// checkChange compares a stated change with the change its move's values
// give. A stated change in percent of values in percent may mean points;
// either reading that fits is taken.
func (c *checker) checkChange(m move, r span, sc statedChange) {
	c.tried(model.CheckChange, append(m.facts, sc.fig.fact))
	st := widen(sc.fig.v, sc.fig.h, sc.hd)
	if sc.hd == hedgeNone {
		st.hi += sc.fig.h // a change cut rather than rounded: "29%" for 29.9%
	}
	if sc.sign < 0 {
		st = span{-st.hi, -st.lo}
	}
	stated := fmtPct(float64(sc.sign) * sc.fig.v)
	if sc.fig.unit == "pp" {
		if m.old.unit != "%" {
			return
		}
		o, n := m.oldSpan(), m.newSpan()
		pts := span{n.lo - o.hi, n.hi - o.lo}
		if pts.overlaps(st) {
			return
		}
		stated = stated[:len(stated)-1] + " pp"
		got := fmtPct(m.new.v - m.old.v)
		c.add(model.CheckChange, append(m.facts, sc.fig.fact), "stated "+stated+", values give "+got[:len(got)-1]+" pp ("+m.describe()+")")
		return
	}
	rel := span{(r.lo - 1) * 100, (r.hi - 1) * 100}
	if rel.overlaps(st) {
		return
	}
	if m.old.unit == "%" && m.new.unit == "%" {
		o, n := m.oldSpan(), m.newSpan()
		if (span{n.lo - o.hi, n.hi - o.lo}).overlaps(st) {
			return // "rose 2% from 5% to 7%": points called percent
		}
	}
	c.add(model.CheckChange, append(m.facts, sc.fig.fact),
		"stated "+stated+", values give "+fmtPct((m.pointRatio()-1)*100)+" ("+m.describe()+")")
}

// multipleWindow returns the ratios a multiple k allows under hedge hd:
// "doubled" 1.74–2.3, "more than doubled" from 1.9, "nearly doubled"
// 1.5–2.1, "halved" 0.43–0.58.
func multipleWindow(k float64, hd hedge) span {
	const tol = 1.15
	up := k > 1
	switch hd {
	case hedgeAbout:
		return span{k / 1.3, k * 1.3}
	case hedgeOver:
		if up {
			return span{k / 1.05, math.Inf(1)}
		}
		return span{0, k * 1.05}
	case hedgeNearly, hedgeUnder:
		if up {
			return span{1 + (k-1)/2, k * 1.05}
		}
		return span{k / 1.05, 1 - (1-k)/2}
	}
	return span{k / tol, k * tol}
}

// checkMultiple compares "doubled", "verdreifacht", "halved" with the ratio
// of its move's values.
func (c *checker) checkMultiple(m move, r span, d direction) {
	c.tried(model.CheckMultiple, m.facts)
	if multipleWindow(d.factor, d.factorHd).overlaps(r) {
		return
	}
	c.add(model.CheckMultiple, m.facts, "says "+d.factorW+" ("+fmtFactor(d.factor)+"), values give "+fmtFactor(m.pointRatio())+" ("+m.describe()+")")
}

// fractionChange finds "by a third", "um die Hälfte" stating the change of
// move m: the fraction and its wording.
func (c *checker) fractionChange(toks []token, m move, d direction) (statedChange, bool) {
	if d.sign == 0 {
		return statedChange{}, false
	}
	w := c.w
	for k := c.changeFrom(toks, m, d); k < m.first; k++ {
		if !w.by.at(toks, k) || k+1 >= m.first {
			continue
		}
		hd, j := w.hedgeAt(toks, k+1) // "by more than half"
		var v float64
		if t := toks[j]; t.kind == tFig && isFraction(c.facts[t.fig]) {
			v = c.facts[t.fig].Value
			if hd == hedgeNone {
				hd = w.hedgeOf(c.facts[t.fig], toks, j)
			}
		} else if p, _, ok := w.fraction.match(toks, j); ok && p.bound == 0 {
			v = p.val
		}
		if v <= 0 || v >= 1 {
			continue
		}
		g := figure{fact: -1, v: v * 100, h: 5, unit: "%"}
		if t := toks[j]; t.kind == tFig {
			g.fact = t.fig
		}
		return statedChange{tok: j, fig: g, hd: hd, sign: d.sign}, true
	}
	return statedChange{}, false
}

// checkFraction compares "fell by a third" with the change of the values.
func (c *checker) checkFraction(m move, r span, fr statedChange, d direction) {
	c.tried(model.CheckMultiple, m.facts)
	st := widen(fr.fig.v, fr.fig.h, fr.hd)
	if fr.sign < 0 {
		st = span{-st.hi, -st.lo}
	}
	rel := span{(r.lo - 1) * 100, (r.hi - 1) * 100}
	if rel.overlaps(st) {
		return
	}
	facts := m.facts
	if fr.fig.fact >= 0 {
		facts = append(facts, fr.fig.fact)
	}
	c.add(model.CheckMultiple, facts, "stated "+fmtPct(float64(fr.sign)*fr.fig.v)+", values give "+fmtPct((m.pointRatio()-1)*100)+" ("+m.describe()+")")
}

// checkDirection compares the direction a word says with the values.
func (c *checker) checkDirection(m move, r span, d direction) {
	var goes int
	switch {
	case r.lo > 1:
		goes = 1
	case r.hi < 1:
		goes = -1
	default:
		return
	}
	c.tried(model.CheckDirection, m.facts)
	if goes == d.sign {
		return
	}
	said, moved := "a fall", "rise"
	if d.sign > 0 {
		said, moved = "a rise", "fall"
	}
	c.add(model.CheckDirection, m.facts, "says "+said+", values "+moved+" "+fmtPct((m.pointRatio()-1)*100)+" ("+m.describe()+")")
}
