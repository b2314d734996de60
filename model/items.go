package model

// Items groups the figures of an article into review items, the one rule the
// reader's sidebar, its header, the report and figs review list count by: a
// figure that measures something is one item (dates and ordinals are not
// items), and a comparison is one item for both its figures. A figure is in
// the first comparison that names it; the later figure of that comparison
// shares the item of the earlier one (the lead), and the item's verdict is
// the worse of the two (see Worse).
//
// Items grows with the figures: the reader adds them chunk by chunk.
type Items struct {
	first []int        // per figure: its first comparison, or -1
	comps []Comparison // the comparisons added so far
}

// NewItems returns the items of facts and comps.
func NewItems(facts []Fact, comps []Comparison) Items {
	var it Items
	it.Add(len(facts), comps)
	return it
}

// Add extends the items to n figures and the comparisons comps, which are
// those given before followed by the new ones. A comparison naming a figure
// out of range is ignored.
func (it *Items) Add(n int, comps []Comparison) {
	for len(it.first) < n {
		it.first = append(it.first, -1)
	}
	for k := len(it.comps); k < len(comps); k++ {
		c := comps[k]
		if c.A < 0 || c.B < 0 || c.A >= n || c.B >= n {
			continue
		}
		if it.first[c.A] < 0 {
			it.first[c.A] = k
		}
		if it.first[c.B] < 0 {
			it.first[c.B] = k
		}
	}
	it.comps = comps[:len(comps):len(comps)]
}

// Comparison is the comparison whose item figure i is reviewed in, if any.
func (it Items) Comparison(i int) (Comparison, bool) {
	if i < 0 || i >= len(it.first) || it.first[i] < 0 {
		return Comparison{}, false
	}
	return it.comps[it.first[i]], true
}

// Pair returns the figures reviewed together with figure i, the lead (the
// earlier one) first: i and -1 for a figure alone.
func (it Items) Pair(i int) (lead, other int) {
	c, ok := it.Comparison(i)
	if !ok {
		return i, -1
	}
	return min(c.A, c.B), max(c.A, c.B)
}

// Partner is the other figure of the comparison of figure i, or -1.
func (it Items) Partner(i int) int {
	c, ok := it.Comparison(i)
	switch {
	case !ok:
		return -1
	case c.A == i:
		return c.B
	}
	return c.A
}

// Shares reports whether figure i is the later figure of its comparison,
// which is reviewed in the item of the earlier one.
func (it Items) Shares(i int) bool {
	c, ok := it.Comparison(i)
	return ok && i == max(c.A, c.B)
}

// Verdict is the verdict of the item of figure i: for a comparison, the
// worse of its two figures'. marks are indexed by figure.
func (it Items) Verdict(i int, marks []Mark) Verdict {
	lead, other := it.Pair(i)
	v := VerdictAt(marks, lead)
	if other >= 0 {
		v = Worse(v, VerdictAt(marks, other))
	}
	return v
}
