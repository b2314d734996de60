package store

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"figs/model"
	"figs/model/extract"
)

const budget = "The budget\n\nThe budget rose to 35 million euros on 3 March 2024, up from 20 million euros a year earlier. The bridge is 12 km long."

// budgetArticle has four figures: two compared sums, a date and a length,
// so two review items (the comparison and the length).
func budgetArticle(t *testing.T) (model.Article, model.Facts) {
	t.Helper()
	a := model.Article{Source: "budget.txt", Title: "The budget", Text: budget}
	found := extract.Article(a, "en")
	if len(found.Facts) != 4 || len(found.Comparisons) != 1 || found.Facts[1].Kind != model.KindDate {
		t.Fatalf("budget article: %+v; want 4 figures, the second a date, and 1 comparison", found)
	}
	return a, found
}

// testProgressAgrees checks that the list, the exports and model.Progress
// count the same items after each save.
func testProgressAgrees(t *testing.T, e testEngine) {
	s := e.open(t)
	ctx := context.Background()
	a, found := budgetArticle(t)
	facts, cmp := found.Facts, found.Comparisons[0]
	for _, step := range []struct {
		mark    model.Mark
		checked int
	}{
		{model.Mark{FactID: 1, Verdict: model.Verified}, 0},      // the date
		{model.Mark{FactID: cmp.A, Verdict: model.Verified}, 0},  // half the comparison
		{model.Mark{FactID: cmp.B, Verdict: model.Verified}, 1},  // all of it
		{model.Mark{FactID: 3, Verdict: model.Disputed}, 2},      // the length
		{model.Mark{FactID: cmp.B, Verdict: model.Unchecked}, 1}, // cleared again
		{model.Mark{FactID: cmp.B, Verdict: model.Unsure}, 2},    // unsure is worse than verified
		{model.Mark{FactID: cmp.A, Verdict: model.Unchecked}, 2}, // and than unchecked
		{model.Mark{FactID: cmp.B, Verdict: model.Unchecked}, 1}, // nothing on the comparison
	} {
		step.mark.Reviewer = ana
		mustSave(t, s, a, found, step.mark)
		want := model.Progress(facts, found.Comparisons, mustMarks(t, s, a, found))
		if want.Checked() != step.checked || want.Items != 2 {
			t.Fatalf("after %+v: Progress = %+v, want %d of 2 checked", step.mark, want, step.checked)
		}
		list, err := s.List(ctx)
		if err != nil || len(list) != 1 {
			t.Fatalf("List = %+v, %v", list, err)
		}
		p := list[0]
		if p.Items != want.Items || p.Figures != 4 || p.Verified != want.Verified || p.Disputed != want.Disputed ||
			p.Unsure != want.Unsure || p.Unchecked != want.Unchecked {
			t.Errorf("after %+v: List = %+v, want %+v", step.mark, p, want)
		}
		var md bytes.Buffer
		if err := s.Export(ctx, a, found, ExportOptions{Format: "md"}, &md); err != nil {
			t.Fatal(err)
		}
		if line := progress(want); !strings.Contains(md.String(), "- Progress: "+line) {
			t.Errorf("after %+v: report lacks %q:\n%s", step.mark, line, md.String())
		}
	}
}

// testMarksOnlyReads checks that loading marks writes nothing: a stale
// snapshot (one from before items were counted) stays as it is until the
// next save, which counts it again.
func testMarksOnlyReads(t *testing.T, e testEngine) {
	s := e.open(t)
	ctx := context.Background()
	a, found := budgetArticle(t)
	cmp := found.Comparisons[0]
	mustSave(t, s, a, found, model.Mark{FactID: cmp.A, Verdict: model.Verified, Reviewer: ana})
	mustSave(t, s, a, found, model.Mark{FactID: cmp.B, Verdict: model.Verified, Reviewer: ana})
	rawExec(t, s, `UPDATE articles SET items = -1, figures = 4, verified = 2`)
	list, err := s.List(ctx)
	if err != nil || len(list) != 1 || list[0].Figures != 0 || reviewKnown(list[0]) {
		t.Fatalf("List of a snapshot by figures = %+v, %v; want the item count unknown", list, err)
	}
	mustMarks(t, s, a, found)
	list, err = s.List(ctx)
	if err != nil || len(list) != 1 || reviewKnown(list[0]) {
		t.Errorf("List after Marks = %+v, %v; want the snapshot untouched", list, err)
	}
	mustSave(t, s, a, found, model.Mark{FactID: cmp.A, Note: "table 3", Reviewer: ana, Set: model.MarkNote})
	list, err = s.List(ctx)
	if err != nil || len(list) != 1 || list[0].Items != 2 || list[0].Verified != 1 || list[0].Unchecked != 1 {
		t.Errorf("List after a save = %+v, %v; want 1 of 2 items verified", list, err)
	}
}

func reviewKnown(p ArticleProgress) bool { return p.Figures > 0 }
