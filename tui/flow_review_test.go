package tui_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"figs/articles"
	"figs/articles/store"
	"figs/model"
	"figs/tui"
)

// TestFlowReview runs the review as programs on a real SQLite store: mark a
// figure verified, write a note, quit; a second program on the same store
// shows the mark and the note.
func TestFlowReview(t *testing.T) {
	a, err := articles.Default()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "figs.db")
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	opts := tui.Options{Store: st, Reviewer: model.Reviewer{Name: "ana"}}

	tm := newTestModel(t, tui.New(a, opts))
	waitFor(t, tm, "50 km")
	for range 4 {
		tm.Send(key("n"))
	}
	tm.Send(key("v"))
	waitFor(t, tm, "✓") // the renderer writes only changed cells
	tm.Send(key("a"))
	tm.Type("map checked")
	tm.Send(key("enter"))
	waitFor(t, tm, "note: map checked")
	tm.Send(key("q"))
	screen := finalScreen(t, tm)
	for _, want := range []string{"✓ ↔ 50 km", "1/8 checked", "note: map checked"} {
		if !strings.Contains(screen, want) {
			t.Errorf("before quitting the screen lacks %q:\n%s", want, screen)
		}
	}

	// a second program on the same store shows the mark once it has loaded
	tm2 := newTestModel(t, tui.New(a, opts))
	waitFor(t, tm2, "✓")
	tm2.Send(key("q"))
	if screen := finalScreen(t, tm2); !strings.Contains(screen, "✓ ↔ 50 km") || !strings.Contains(screen, "1/8 checked") {
		t.Errorf("the reopened reader does not show the mark:\n%s", screen)
	}

	marks, err := st.Marks(context.Background(), a, model.Facts{})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, mk := range marks {
		if mk.Verdict == model.Verified && mk.Note == "map checked" && mk.Reviewer.Name == "ana" && strings.Contains(mk.Text, "50 Kilometer") {
			found = true
		}
	}
	if !found {
		t.Errorf("the store does not hold the verified 50 km mark with its note: %+v", marks)
	}
}
