package model

import "testing"

// TestItems checks the one review-item rule: a comparison is one item for
// its two figures, led by the earlier one; a figure is in the first
// comparison that names it; out-of-range comparisons are ignored; and the
// rule gives the same answer added at once or chunk by chunk.
func TestItems(t *testing.T) {
	facts := make([]Fact, 6)
	comps := []Comparison{{A: 3, B: 1}, {A: 1, B: 4}, {A: 2, B: 9}}
	tests := []struct {
		name         string
		fig          int
		lead, other  int
		partner      int
		shares, inCm bool
	}{
		{"alone", 0, 0, -1, -1, false, false},
		{"earlier of a comparison", 1, 1, 3, 3, false, true},
		{"later of a comparison", 3, 1, 3, 1, true, true},
		{"named by an out-of-range comparison only", 2, 2, -1, -1, false, false},
		{"later of a second comparison", 4, 1, 4, 1, true, true},
		{"past the end", 7, 7, -1, -1, false, false},
	}
	var chunked Items
	chunked.Add(3, comps[:0])
	chunked.Add(6, comps)
	for name, it := range map[string]Items{"at once": NewItems(facts, comps), "chunked": chunked} {
		for _, tt := range tests {
			t.Run(name+"/"+tt.name, func(t *testing.T) {
				lead, other := it.Pair(tt.fig)
				_, inCm := it.Comparison(tt.fig)
				if lead != tt.lead || other != tt.other || it.Partner(tt.fig) != tt.partner ||
					it.Shares(tt.fig) != tt.shares || inCm != tt.inCm {
					t.Errorf("figure %d: Pair %d,%d Partner %d Shares %v Comparison %v, want %d,%d %d %v %v",
						tt.fig, lead, other, it.Partner(tt.fig), it.Shares(tt.fig), inCm,
						tt.lead, tt.other, tt.partner, tt.shares, tt.inCm)
				}
			})
		}
	}
}

func TestItemVerdict(t *testing.T) {
	it := NewItems(make([]Fact, 3), []Comparison{{A: 0, B: 1}})
	tests := []struct {
		name  string
		marks []Mark
		want  Verdict
	}{
		{"no marks", nil, Unchecked},
		{"one figure verified", []Mark{{Verdict: Verified}}, Unchecked},
		{"both verified", []Mark{{Verdict: Verified}, {Verdict: Verified}}, Verified},
		{"disputed wins", []Mark{{Verdict: Unsure}, {Verdict: Disputed}}, Disputed},
		{"unknown verdict is unchecked", []Mark{{Verdict: "odd"}, {Verdict: Verified}}, Unchecked},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := it.Verdict(1, tt.marks); got != tt.want {
				t.Errorf("Verdict(1, %+v) = %q, want %q", tt.marks, got, tt.want)
			}
		})
	}
}

func TestVerdictSymbol(t *testing.T) {
	for v, want := range map[Verdict]string{Verified: "✓", Disputed: "✗", Unsure: "?", Unchecked: "·", "": "·", "odd": "·"} {
		if got := v.Symbol(); got != want {
			t.Errorf("%q.Symbol() = %q, want %q", v, got, want)
		}
	}
}
