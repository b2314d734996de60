package model

import (
	"strings"
	"testing"
)

func FuzzFigureKey(f *testing.F) {
	f.Add("a 12 km road", 2, 7)
	f.Add("Köln\n\n5 €", 6, 9)
	f.Add("x|y|z 1", 0, 3)
	f.Add("\xff\xfe 12", 1, 4)
	f.Add("", 0, 0)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		fact := Fact{Text: "fig", Start: start, End: end}
		key := FigureKey(text, fact)
		if n := strings.Count(key, keySep); n != 2 {
			t.Fatalf("FigureKey(%q, %d, %d) = %q has %d separators, want 2", text, start, end, key, n)
		}
		k := parseFigureKey(key)
		if len(k.before) > contextWords || len(k.after) > contextWords {
			t.Fatalf("key %q has more than %d words on a side", key, contextWords)
		}
	})
}

// FuzzAttach keys the figures of one text, re-attaches them to another,
// and checks the invariants: no mark dropped, each figure takes at most one
// mark, FactIDs in range, attached marks first and in figure order.
func FuzzAttach(f *testing.F) {
	f.Add("It is 12 km long and 5 km wide.", "It is 12 km long, 6 km wide.")
	f.Add("5 people. 5 people. 5 people.", "5 people.")
	f.Add("1\n\n2\n\n3", "3\n\n2\n\n1")
	f.Add("", "9 9 9")
	f.Fuzz(func(t *testing.T, oldText, newText string) {
		old := numberFacts(oldText)
		var marks []Mark
		keys := FigureKeys(oldText, old)
		for i, fact := range old {
			marks = append(marks, Mark{FactID: i, Key: keys[i], Text: fact.Text})
		}
		facts := numberFacts(newText)
		got := Attach(marks, newText, facts)
		if len(got) != len(marks) {
			t.Fatalf("Attach returned %d marks for %d", len(got), len(marks))
		}
		seen := map[int]bool{}
		last := -1
		orphans := false
		for _, m := range got {
			if m.FactID < 0 {
				orphans = true
				continue
			}
			if orphans || m.FactID <= last || m.FactID >= len(facts) || seen[m.FactID] {
				t.Fatalf("bad FactID order or range: %+v", got)
			}
			if normFigure(facts[m.FactID].Text) != normFigure(m.Text) {
				t.Fatalf("mark on %q attached to %q", m.Text, facts[m.FactID].Text)
			}
			seen[m.FactID], last = true, m.FactID
		}
	})
}
