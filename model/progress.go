package model

// Summary is the review progress of an article, counted the way the reader's
// header counts it: by review items (see Items).
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
// FactID -1) and marks without a verdict (zero Marks) are not counted. The
// items are those of Items: a comparison is one item, verified only when both
// its figures are.
func Progress(facts []Fact, comps []Comparison, marks []Mark) Summary {
	s := Summary{Figures: len(facts)}
	verdicts := make([]Mark, len(facts))
	for _, m := range marks {
		// a zero Mark (Verdict "") says nothing, so a slice indexed by
		// figure with gaps can be passed as it is
		if m.Verdict != "" && m.FactID >= 0 && m.FactID < len(facts) {
			verdicts[m.FactID] = m
		}
	}
	items := NewItems(facts, comps)
	for i, f := range facts {
		if !f.Kind.IsQuantity() || items.Shares(i) {
			continue // the later figure of a comparison shares the item of the earlier one
		}
		s.Items++
		switch items.Verdict(i, verdicts) {
		case Verified:
			s.Verified++
		case Disputed:
			s.Disputed++
		case Unsure:
			s.Unsure++
		case Unchecked:
			s.Unchecked++
		}
	}
	return s
}
