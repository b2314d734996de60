package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"figs/articles/store"
	"figs/model"
	"figs/model/extract"
)

// TestSSHVerdictAndNoteBothKept has alice dispute a figure and bob add a
// note to it, whether or not his screen showed her verdict yet (it comes
// live, within the poll). Both changes must be kept, and bob's screen must
// show alice's verdict with his note.
func TestSSHVerdictAndNoteBothKept(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "figs.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ts := startServer(t, func(cfg *sshConfig) { cfg.store = st })

	alice := openTerm(t, ts.login(t, "alice"), 120, 40, "", nil)
	bob := openTerm(t, ts.login(t, "bob"), 120, 40, "", nil)
	for _, tm := range []*term{alice, bob} {
		tm.waitScreen(t, "the first figure selected", func(s *screen) bool { return strings.Contains(statusLine(s), "figure 1/") })
	}
	alice.send(t, "x")
	alice.waitScreen(t, "alice's verdict", func(s *screen) bool { return checked(s) == "1" })
	bob.send(t, "a")
	bob.send(t, "source says 20\r")
	bob.waitScreen(t, "bob's note saved, with alice's verdict", func(s *screen) bool {
		return checked(s) == "1" && strings.Contains(s.String(), "note: source says 20")
	})

	art := ts.srv.cfg.article
	marks, err := st.Marks(context.Background(), art, extract.Article(art, ""))
	if err != nil {
		t.Fatal(err)
	}
	if len(marks) == 0 {
		t.Fatal("no marks stored")
	}
	for _, m := range marks {
		if m.Verdict != model.Disputed || m.Note != "source says 20" {
			t.Errorf("stored mark %+v, want disputed with bob's note", m)
		}
	}
	alice.send(t, "q")
	bob.send(t, "q")
	alice.wait(t)
	bob.wait(t)
}
