package model

import "testing"

func TestProgress(t *testing.T) {
	facts := []Fact{
		{ID: 0, Kind: KindMoney},   // compared with 1
		{ID: 1, Kind: KindMoney},   // shares the item of 0
		{ID: 2, Kind: KindDate},    // not an item
		{ID: 3, Kind: KindPercent}, // compared with 4
		{ID: 4, Kind: KindPercent},
		{ID: 5, Kind: KindOrdinal}, // not an item
		{ID: 6, Kind: KindCount},
	}
	comps := []Comparison{{A: 1, B: 0}, {A: 3, B: 4}, {A: 9, B: 0}}
	mark := func(id int, v Verdict) Mark { return Mark{FactID: id, Verdict: v} }
	cases := []struct {
		name  string
		marks []Mark
		want  Summary
	}{
		{"none", nil, Summary{Items: 3, Unchecked: 3, Figures: 7}},
		{"one figure of a comparison", []Mark{mark(0, Verified)}, Summary{Items: 3, Unchecked: 3, Figures: 7}},
		{"both figures", []Mark{mark(0, Verified), mark(1, Verified)}, Summary{Items: 3, Verified: 1, Unchecked: 2, Figures: 7}},
		{"the worse verdict", []Mark{mark(3, Verified), mark(4, Disputed)}, Summary{Items: 3, Disputed: 1, Unchecked: 2, Figures: 7}},
		{"unsure over unchecked", []Mark{mark(4, Unsure)}, Summary{Items: 3, Unsure: 1, Unchecked: 2, Figures: 7}},
		{"dates and orphans do not count", []Mark{mark(2, Verified), mark(5, Disputed), mark(-1, Verified)},
			Summary{Items: 3, Unchecked: 3, Figures: 7}},
		{"empty verdict", []Mark{mark(6, "")}, Summary{Items: 3, Unchecked: 3, Figures: 7}},
		{"zero marks in a slice indexed by figure", []Mark{mark(0, Verified), mark(1, Verified), {}, {}},
			Summary{Items: 3, Verified: 1, Unchecked: 2, Figures: 7}},
		{"all", []Mark{mark(0, Verified), mark(1, Verified), mark(3, Unsure), mark(4, Unsure), mark(6, Disputed)},
			Summary{Items: 3, Verified: 1, Disputed: 1, Unsure: 1, Figures: 7}},
	}
	for _, c := range cases {
		got := Progress(facts, comps, c.marks)
		if got != c.want {
			t.Errorf("%s: Progress = %+v, want %+v", c.name, got, c.want)
		}
		if got.Checked()+got.Unchecked != got.Items {
			t.Errorf("%s: checked %d + unchecked %d != items %d", c.name, got.Checked(), got.Unchecked, got.Items)
		}
	}
}

// TestProgressFirstComparison: a figure in two comparisons belongs to the
// first; the reader lists the second as a row of its earlier figure.
func TestProgressFirstComparison(t *testing.T) {
	facts := []Fact{{Kind: KindMoney}, {Kind: KindMoney}, {Kind: KindMoney}}
	comps := []Comparison{{A: 1, B: 2}, {A: 0, B: 1}}
	got := Progress(facts, comps, []Mark{{FactID: 1, Verdict: Verified}, {FactID: 2, Verdict: Verified}})
	want := Summary{Items: 2, Verified: 1, Unchecked: 1, Figures: 3}
	if got != want {
		t.Errorf("Progress = %+v, want %+v", got, want)
	}
}
