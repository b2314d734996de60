package model

// Summary is the review progress of an article, counted the way the reader's
// header counts it: by review items. An item is one figure that measures
// something (dates and ordinals are not items), and a comparison (two
// figures tied by a Comparison) is one item for both its figures.
type Summary struct {
	Items     int `json:"items"`     // review items
	Verified  int `json:"verified"`  // items whose verdict is verified
	Disputed  int `json:"disputed"`  // items whose verdict is disputed
	Unsure    int `json:"unsure"`    // items whose verdict is unsure
	Unchecked int `json:"unchecked"` // items without a verdict
	Figures   int `json:"figures"`   // every figure found, dates and ordinals too
}

// Checked is the number of items with a verdict.
func (s Summary) Checked() int { return s.Verified + s.Disputed + s.Unsure }

// Progress counts the review items of facts and their verdicts. marks are
// attached marks: Mark.FactID is the index in facts; other marks (orphans,
// FactID -1) and marks without a verdict (zero Marks) are not counted. A figure is in the first comparison that names
// it; the later figure of that comparison shares the item of the earlier one,
// and the item's verdict is the worse of the two (disputed, then unsure, then
// unchecked, then verified), so a comparison is verified only when both its
// figures are.
func Progress(facts []Fact, comps []Comparison, marks []Mark) Summary {
	s := Summary{Figures: len(facts)}
	verdicts := make([]Verdict, len(facts))
	for _, m := range marks {
		// a zero Mark (Verdict "") says nothing, so a slice indexed by
		// figure with gaps can be passed as it is
		if m.Verdict != "" && m.FactID >= 0 && m.FactID < len(facts) {
			verdicts[m.FactID] = m.Verdict
		}
	}
	first := make([]int, len(facts)) // the first comparison naming each figure, or -1
	for i := range first {
		first[i] = -1
	}
	for k, c := range comps {
		if c.A < 0 || c.B < 0 || c.A >= len(facts) || c.B >= len(facts) {
			continue
		}
		if first[c.A] < 0 {
			first[c.A] = k
		}
		if first[c.B] < 0 {
			first[c.B] = k
		}
	}
	for i, f := range facts {
		if !f.Kind.IsQuantity() {
			continue
		}
		v := verdictOf(verdicts[i])
		if k := first[i]; k >= 0 {
			hi := max(comps[k].A, comps[k].B)
			if i == hi {
				continue // the later figure shares the item of the earlier one
			}
			v = worse(v, verdictOf(verdicts[hi]))
		}
		s.Items++
		switch v {
		case Verified:
			s.Verified++
		case Disputed:
			s.Disputed++
		case Unsure:
			s.Unsure++
		default:
			s.Unchecked++
		}
	}
	return s
}

func verdictOf(v Verdict) Verdict {
	if v == "" {
		return Unchecked
	}
	return v
}

// worse is the verdict an item of two figures shows.
func worse(a, b Verdict) Verdict {
	rank := func(v Verdict) int {
		switch v {
		case Disputed:
			return 4
		case Unsure:
			return 3
		case Verified:
			return 1
		}
		return 2
	}
	if rank(b) > rank(a) {
		return b
	}
	return a
}
