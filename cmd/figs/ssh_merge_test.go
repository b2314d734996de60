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

// TestSSHVerdictAndNoteBothKept has alice dispute a figure while bob's
// screen still shows it unchecked; bob then adds a note to it. Both changes
// must be kept, and bob's screen must show alice's verdict with his note.
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
	if got := checked(bob.display()); got != "0" {
		t.Fatalf("bob sees %s checked before saving, want 0", got)
	}
	bob.send(t, "a")
	bob.send(t, "source says 20\r")
	bob.waitScreen(t, "alice's verdict on bob's screen after his note", func(s *screen) bool { return checked(s) == "1" })

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
