package store

import (
	"testing"

	"figs/model"
)

// testSaveMergesWithLatest checks that two reviewers changing different
// fields of one figure keep each other's change, whichever saves first:
// each save carries the whole mark as its reviewer last saw it.
func testSaveMergesWithLatest(t *testing.T, e testEngine) {
	ben := model.Reviewer{Name: "ben", Fingerprint: "SHA256:ben"}
	verdict := model.Mark{FactID: 1, Verdict: model.Disputed, Note: "", Reviewer: ana, Set: model.MarkVerdict}
	note := model.Mark{FactID: 1, Verdict: model.Unchecked, Note: "budget was 20 million", Reviewer: ben, Set: model.MarkNote}
	for _, tt := range []struct {
		name  string
		saves []model.Mark
	}{
		{"verdict then note", []model.Mark{verdict, note}},
		{"note then verdict", []model.Mark{note, verdict}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := e.open(t)
			a, facts := bridgeArticle(t)
			for _, m := range tt.saves {
				mustSave(t, s, a, figures(facts), m)
			}
			marks := mustMarks(t, s, a, figures(facts))
			if len(marks) != 1 || marks[0].FactID != 1 || marks[0].Verdict != model.Disputed || marks[0].Note != note.Note {
				t.Fatalf("Marks = %+v, want figure 1 disputed with the note", marks)
			}
			// The mark is the verdict's, whoever wrote the note.
			if marks[0].Reviewer != ana {
				t.Errorf("mark by %+v, want the verdict's author %+v", marks[0].Reviewer, ana)
			}
			list, err := s.List(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			if len(list) != 1 || list[0].Disputed != 1 {
				t.Errorf("List = %+v, want 1 disputed", list)
			}
		})
	}
}

func testSaveFieldsOfUnmarkedFigure(t *testing.T, e testEngine) {
	s := e.open(t)
	a, facts := bridgeArticle(t)
	// A stale screen still shows a verdict that was cleared since: a note
	// must not bring it back.
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana})
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 0, Verdict: model.Unchecked, Reviewer: ana, Set: model.MarkVerdict})
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 0, Verdict: model.Verified, Note: "see map", Reviewer: ana, Set: model.MarkNote})
	marks := mustMarks(t, s, a, figures(facts))
	if len(marks) != 1 || marks[0].Verdict != model.Unchecked || marks[0].Note != "see map" {
		t.Errorf("Marks = %+v, want figure 0 unchecked with the note", marks)
	}
	// Removing the only note of an unchecked figure clears it.
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana, Set: model.MarkNote})
	if marks := mustMarks(t, s, a, figures(facts)); len(marks) != 0 {
		t.Errorf("Marks = %+v, want none", marks)
	}
	// A zero Set changes both fields, as before.
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 0, Verdict: model.Unsure, Note: "n", Reviewer: ana})
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana})
	if marks := mustMarks(t, s, a, figures(facts)); len(marks) != 1 || marks[0].Verdict != model.Verified || marks[0].Note != "" {
		t.Errorf("Marks = %+v, want figure 0 verified without a note", marks)
	}
}
