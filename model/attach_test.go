package model

import (
	"fmt"
	"testing"
)

// markOn returns a mark on figure i of facts in text, keyed the way the store
// keys it.
func markOn(text string, facts []Fact, i int, v Verdict) Mark {
	return Mark{FactID: i, Key: FigureKeys(text, facts)[i], Text: facts[i].Text, Verdict: v}
}

func factIDs(marks []Mark) string {
	s := ""
	for _, m := range marks {
		s += fmt.Sprintf("%s=%d ", m.Text, m.FactID)
	}
	return s
}

func TestAttach(t *testing.T) {
	oldText := "The bridge cost 35 million euros. It is 12 km long and took 4 years.\n\nTraffic grew by 20 percent."
	oldFacts := factsAt(oldText, "35 million euros", "12 km", "4 years", "20 percent")
	var marks []Mark
	for i := range oldFacts {
		marks = append(marks, markOn(oldText, oldFacts, i, Verified))
	}

	tests := []struct {
		name    string
		text    string
		figures []string
		want    string
	}{
		{"unchanged", oldText, []string{"35 million euros", "12 km", "4 years", "20 percent"},
			"35 million euros=0 12 km=1 4 years=2 20 percent=3 "},
		{"new paragraph in front shifts every offset",
			"A new opening line with 7 people.\n\n" + oldText,
			[]string{"7 people", "35 million euros", "12 km", "4 years", "20 percent"},
			"35 million euros=1 12 km=2 4 years=3 20 percent=4 "},
		{"edit next to a figure re-attaches by text and context",
			"The new bridge finally cost 35 million euros. It is 12 km long and took 4 years.\n\nTraffic grew by 20 percent.",
			[]string{"35 million euros", "12 km", "4 years", "20 percent"},
			"35 million euros=0 12 km=1 4 years=2 20 percent=3 "},
		{"changed figure is orphaned",
			"The bridge cost 35 million euros. It is 13 km long and took 4 years.\n\nTraffic grew by 20 percent.",
			[]string{"35 million euros", "13 km", "4 years", "20 percent"},
			"35 million euros=0 4 years=2 20 percent=3 12 km=-1 "},
		{"removed paragraph orphans its figure",
			"The bridge cost 35 million euros. It is 12 km long and took 4 years.",
			[]string{"35 million euros", "12 km", "4 years"},
			"35 million euros=0 12 km=1 4 years=2 20 percent=-1 "},
		{"no figures left", "Nothing here.", nil,
			"35 million euros=-1 12 km=-1 4 years=-1 20 percent=-1 "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Attach(marks, tt.text, factsAt(tt.text, tt.figures...))
			if factIDs(got) != tt.want {
				t.Errorf("Attach = %s\nwant     %s", factIDs(got), tt.want)
			}
			if len(got) != len(marks) {
				t.Errorf("Attach returned %d marks, want %d (none dropped)", len(got), len(marks))
			}
		})
	}
	if marks[0].FactID != 0 || marks[3].FactID != 3 {
		t.Error("Attach modified its input")
	}
}

func TestAttachRepeatedFigure(t *testing.T) {
	oldText := "In Bonn 5 people came. In Köln 5 people left."
	oldFacts := factsAt(oldText, "5 people", "5 people")
	marks := []Mark{markOn(oldText, oldFacts, 1, Disputed)}

	// Both sentences are edited right next to the figures: the mark must
	// follow "Köln", not jump to the first "5 people".
	newText := "In Bonn only 5 people came. In Köln just 5 people left."
	got := Attach(marks, newText, factsAt(newText, "5 people", "5 people"))
	if got[0].FactID != 1 {
		t.Errorf("mark attached to figure %d, want 1", got[0].FactID)
	}

	// A repeated figure with no shared context is ambiguous: orphaned.
	other := "Yes, 5 people!\n\nNo, 5 people!"
	got = Attach(marks, other, factsAt(other, "5 people", "5 people"))
	if got[0].FactID != -1 {
		t.Errorf("ambiguous mark attached to figure %d, want orphan", got[0].FactID)
	}
}

func TestAttachOneMarkPerFigure(t *testing.T) {
	text := "It is 12 km long."
	facts := factsAt(text, "12 km")
	a := markOn(text, facts, 0, Verified)
	b := a
	b.Key = "12 km|some other|words"
	got := Attach([]Mark{b, a}, text, facts)
	if got[0].Key != a.Key || got[0].FactID != 0 || got[1].FactID != -1 {
		t.Errorf("Attach = %+v, want the exact key attached and the other orphaned", got)
	}
}

func TestAttachEmpty(t *testing.T) {
	if got := Attach(nil, "", nil); len(got) != 0 {
		t.Errorf("Attach(nil) = %v", got)
	}
	// A mark with an empty or foreign key still falls back to its text.
	text := "a 12 km road"
	got := Attach([]Mark{{Text: "12 km"}}, text, factsAt(text, "12 km"))
	if got[0].FactID != 0 {
		t.Errorf("mark without key: FactID = %d, want 0", got[0].FactID)
	}
}

func TestAttachIdenticalFigures(t *testing.T) {
	text := "Stations\n\n5 km\n\n5 km\n\n5 km"
	facts := factsAt(text, "5 km", "5 km", "5 km")
	keys := FigureKeys(text, facts)
	if want := []string{"5 km||", "5 km|||2", "5 km|||3"}; fmt.Sprint(keys) != fmt.Sprint(want) {
		t.Fatalf("FigureKeys = %q, want %q", keys, want)
	}
	marks := []Mark{markOn(text, facts, 2, Disputed), markOn(text, facts, 0, Verified)}
	got := Attach(marks, text, facts)
	if got[0].FactID != 0 || got[0].Verdict != Verified || got[1].FactID != 2 || got[1].Verdict != Disputed {
		t.Errorf("Attach = %+v, want each mark on its own copy", got)
	}
	// The first copy is deleted: the third one's mark (key "|3") has no
	// exact match, and two copies with no words around them are
	// ambiguous, so it is kept as an orphan rather than guessed.
	shorter := "Stations\n\n5 km\n\n5 km"
	got = Attach(marks, shorter, factsAt(shorter, "5 km", "5 km"))
	if got[0].FactID != 0 || got[0].Verdict != Verified || got[1].FactID != -1 {
		t.Errorf("Attach after deleting a copy = %+v, want the first kept and the third orphaned", got)
	}
}
