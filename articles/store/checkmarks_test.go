package store

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"figs/model"
	"figs/model/check"
	"figs/model/extract"
)

// airport is an article whose one sentence raises a consistency check.
const airport = "Airport\n\nPassenger numbers grew 30% to 12 million, from 8 million a year earlier."

// checkedArticle is text from source with its figures and checks, as the
// reader finds them.
func checkedArticle(t testing.TB, source, text string) (model.Article, model.Facts, []model.Check) {
	t.Helper()
	a := model.Article{Source: source, Title: "Airport", Text: text}
	figs := extract.Article(a, "en")
	cs := check.Article(text, figs)
	if len(cs) != 1 {
		t.Fatalf("checks of %q = %+v, want one", text, cs)
	}
	return a, figs, cs
}

func mustSaveCheck(t testing.TB, s *Store, a model.Article, figs model.Facts, cs []model.Check, m model.CheckMark) model.CheckMark {
	t.Helper()
	got, err := s.SaveCheckMark(context.Background(), a, figs, cs, m)
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// mustCheckMarks are the check marks of a, attached to its checks cs.
func mustCheckMarks(t testing.TB, s *Store, a model.Article, figs model.Facts, cs []model.Check) []model.CheckMark {
	t.Helper()
	got, err := s.CheckMarks(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return model.AttachChecks(got, a.Text, figs.Facts, cs)
}

// testCheckMarks: a verdict and a note on a check are kept beside the
// figures' marks, each field with its author, seen by another store at
// once, carried to a new version of the text, cleared, and listed in the
// exports; the figures' marks are not touched.
func testCheckMarks(t *testing.T, e testEngine) {
	db := e.db(t)
	a, b := openDB(t, db), openDB(t, db)
	art, figs, cs := checkedArticle(t, "airport.txt", airport)
	ch := mustWatch(t, b, art)
	ben := model.Reviewer{Name: "ben", Fingerprint: "SHA256:ben"}
	at := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)

	got := mustSaveCheck(t, a, art, figs, cs, model.CheckMark{Check: 0, Verdict: model.Disputed, Reviewer: ana, Updated: at, Set: model.MarkVerdict})
	if got.Check != 0 || got.Verdict != model.Disputed || got.Reviewer != ana || got.Kind != cs[0].Kind || got.Message != cs[0].Message {
		t.Errorf("saved %+v", got)
	}
	if c := next(t, ch, model.ChangeMarks); c.By != ana || !model.IsCheckKey(c.Key) {
		t.Errorf("change = %+v, want ana's save on a check", c)
	}
	mustSaveCheck(t, a, art, figs, cs, model.CheckMark{Check: 0, Note: "the 8 million is 2019's", Reviewer: ben, Updated: at.Add(time.Hour), Set: model.MarkNote})
	cms := mustCheckMarks(t, b, art, figs, cs)
	if len(cms) != 1 || cms[0].Check != 0 || cms[0].Verdict != model.Disputed || cms[0].Reviewer != ana ||
		!cms[0].Updated.Equal(at) || cms[0].Note != "the 8 million is 2019's" {
		t.Fatalf("check marks on the other store = %+v, want ana's verdict with ben's note", cms)
	}
	if marks := mustMarks(t, b, art, figs); len(marks) != 0 {
		t.Errorf("a check's mark shows as a figure's: %+v", marks)
	}

	var js strings.Builder
	if err := b.Export(t.Context(), art, figs, ExportOptions{Format: "json"}, &js); err != nil {
		t.Fatal(err)
	}
	var exp struct {
		Checks []jsonCheck `json:"checks"`
	}
	if err := json.Unmarshal([]byte(js.String()), &exp); err != nil {
		t.Fatal(err)
	}
	if len(exp.Checks) != 1 || exp.Checks[0].Open || exp.Checks[0].Verdict != "disputed" || exp.Checks[0].Reviewer != "ana" ||
		exp.Checks[0].Note != "the 8 million is 2019's" || exp.Checks[0].Updated != "2026-12-07T09:00:00Z" {
		t.Errorf("JSON export checks = %+v", exp.Checks)
	}
	var md strings.Builder
	if err := b.Export(t.Context(), art, figs, ExportOptions{Format: "md"}, &md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "| ✗ disputed by ana, 2026-12-07 09:00 UTC | the 8 million is 2019's | closed |") {
		t.Errorf("Markdown report:\n%s", md.String())
	}

	// a new version of the text keeps the check's mark
	edited, efigs, ecs := checkedArticle(t, "airport.txt", strings.Replace(airport, "Passenger numbers", "In all, passenger numbers", 1))
	if cms := mustCheckMarks(t, b, edited, efigs, ecs); len(cms) != 1 || cms[0].Check != 0 || cms[0].Verdict != model.Disputed {
		t.Fatalf("check marks on the edited text = %+v", cms)
	}
	// cleared there, it is gone from both versions
	mustSaveCheck(t, b, edited, efigs, ecs, model.CheckMark{Check: 0, Verdict: model.Unchecked, Reviewer: ben, Set: model.MarkVerdict})
	if cms := mustCheckMarks(t, a, edited, efigs, ecs); len(cms) != 1 || cms[0].Verdict != model.Unchecked || cms[0].Note == "" || cms[0].Reviewer != ben {
		t.Fatalf("after clearing the verdict: %+v, want ben's note alone", cms)
	}
	mustSaveCheck(t, b, edited, efigs, ecs, model.CheckMark{Check: 0, Reviewer: ben, Set: model.MarkNote})
	// the history keeps what the clearing replaced, as a check's
	h, err := a.History(t.Context(), edited, efigs)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 2 || !h[0].Check || h[0].FactID != -1 || h[0].Field != "verdict" || h[0].Old != "disputed" || h[0].OldBy != ana ||
		h[1].Field != "note" || h[1].Old != "the 8 million is 2019's" || h[1].Text != cs[0].Message {
		t.Errorf("history = %+v, want the check's verdict and note replaced", h)
	}
	var hist strings.Builder
	if err := a.Export(t.Context(), edited, efigs, ExportOptions{Format: "md", History: true}, &hist); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(hist.String(), "| check | "+cs[0].Message+" | verdict | ✗ disputed | ana |") {
		t.Errorf("Markdown history:\n%s", hist.String())
	}
	for _, v := range []struct {
		a    model.Article
		figs model.Facts
		cs   []model.Check
	}{{art, figs, cs}, {edited, efigs, ecs}} {
		if cms := mustCheckMarks(t, a, v.a, v.figs, v.cs); len(cms) != 0 {
			t.Errorf("cleared check still marked on %q: %+v", v.a.Text, cms)
		}
	}
}

// testSaveCheckMarkRejectsBadInput: a check that is not one of the list,
// one naming a figure that is not there, or an unknown verdict is an error
// and writes nothing.
func testSaveCheckMarkRejectsBadInput(t *testing.T, e testEngine) {
	s := e.open(t)
	art, figs, cs := checkedArticle(t, "airport.txt", airport)
	bad := []struct {
		name string
		cs   []model.Check
		m    model.CheckMark
	}{
		{"check out of range", cs, model.CheckMark{Check: 1, Verdict: model.Verified, Reviewer: ana}},
		{"negative check", cs, model.CheckMark{Check: -1, Verdict: model.Verified, Reviewer: ana}},
		{"figure out of range", []model.Check{{Kind: model.CheckChange, Facts: []int{0, 99}}}, model.CheckMark{Check: 0, Verdict: model.Verified, Reviewer: ana}},
		{"unknown verdict", cs, model.CheckMark{Check: 0, Verdict: "maybe", Reviewer: ana}},
	}
	for _, b := range bad {
		if _, err := s.SaveCheckMark(t.Context(), art, figs, b.cs, b.m); err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %v, want a one-line error", b.name, err)
		}
	}
	if cms := mustCheckMarks(t, s, art, figs, cs); len(cms) != 0 {
		t.Errorf("bad saves wrote %+v", cms)
	}
}

// testProgressCountsChecks: the progress figs review list shows counts the
// checks an article raises and those still open, after a figure's save and
// after a check's.
func testProgressCountsChecks(t *testing.T, e testEngine) {
	s := e.open(t)
	art, figs, cs := checkedArticle(t, "airport.txt", airport)
	progress := func() (int, int) {
		t.Helper()
		list, err := s.List(t.Context())
		if err != nil || len(list) != 1 {
			t.Fatalf("List = %+v, %v", list, err)
		}
		return list[0].Checks, list[0].ChecksOpen
	}
	mustSave(t, s, art, figs, model.Mark{FactID: cs[0].Facts[0], Verdict: model.Verified, Reviewer: ana})
	if n, open := progress(); n != 1 || open != 1 {
		t.Errorf("after a figure's verdict: checks %d, open %d; want 1, 1", n, open)
	}
	mustSaveCheck(t, s, art, figs, cs, model.CheckMark{Check: 0, Verdict: model.Disputed, Reviewer: ana})
	if n, open := progress(); n != 1 || open != 0 {
		t.Errorf("after the check's verdict: checks %d, open %d; want 1, 0", n, open)
	}
	mustSaveCheck(t, s, art, figs, cs, model.CheckMark{Check: 0, Verdict: model.Unchecked, Reviewer: ana, Set: model.MarkVerdict})
	if n, open := progress(); n != 1 || open != 1 {
		t.Errorf("after clearing it: checks %d, open %d; want 1, 1", n, open)
	}
	for _, f := range cs[0].Facts {
		mustSave(t, s, art, figs, model.Mark{FactID: f, Verdict: model.Verified, Reviewer: ana})
	}
	if n, open := progress(); n != 1 || open != 0 {
		t.Errorf("after every figure's verdict: checks %d, open %d; want 1, 0", n, open)
	}
	plain, pfacts := bridgeArticle(t)
	mustSave(t, s, plain, figures(pfacts), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana})
	list, err := s.List(t.Context())
	if err != nil || len(list) != 2 || list[0].Checks != 0 || list[0].ChecksOpen != 0 {
		t.Errorf("an article without checks: %+v, %v", list, err)
	}
}
