package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"figs/articles"
	"figs/articles/store"
	"figs/model"
	"figs/model/check"
	"figs/model/extract"
)

// voteText raises one consistency check: 70 and 62 of 120 delegates.
const voteText = "Delegates vote\n\nOf the 120 delegates, 70 backed the plan and 62 opposed it.\n\n" +
	"The hall seats 400 people."

// TestSSHCheckVerdict: over SSH, a reviewer gives a check a verdict of its
// own (w, V); another reviewer's screen closes it without a key, and their
// note on the check (A) comes back; the store keeps both, each with its
// author.
func TestSSHCheckVerdict(t *testing.T) {
	lib := filepath.Join(t.TempDir(), "library")
	if err := os.MkdirAll(lib, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(lib, "vote.txt"), []byte(voteText), 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "figs.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	folder, err := articles.OpenFolder(lib, articles.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ts := startServer(t, func(cfg *sshConfig) { cfg.library, cfg.store = folder, st })

	header := func(want string) func(s *screen) bool {
		return func(s *screen) bool { return strings.Contains(s.row(0), want) }
	}
	alice := openTerm(t, ts.login(t, "alice"), 120, 40, "vote.txt", nil)
	bob := openTerm(t, ts.login(t, "bob"), 120, 40, "vote.txt", nil)
	alice.waitScreen(t, "the open check on alice's screen", header("1 check"))
	bob.waitScreen(t, "the open check on bob's screen", header("1 check"))

	alice.send(t, "wV")
	alice.waitScreen(t, "alice's verdict on the check", header("checks closed"))
	bob.waitScreen(t, "alice's verdict on bob's screen, without a key", header("checks closed"))
	bob.send(t, "wA")
	bob.waitFor(t, "note on check:")
	bob.send(t, "8 abstained\r")
	alice.waitFor(t, "check note: 8 abstained")
	alice.waitFor(t, "✓ check verified by alice")
	alice.send(t, "q")
	bob.send(t, "q")
	alice.wait(t)
	bob.wait(t)

	a, err := folder.Open(context.Background(), "vote.txt")
	if err != nil {
		t.Fatal(err)
	}
	figs := extract.Article(a, "")
	cms, err := st.CheckMarks(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	cms = model.AttachChecks(cms, a.Text, figs.Facts, check.Article(a.Text, figs))
	if len(cms) != 1 || cms[0].Check != 0 || cms[0].Verdict != model.Verified || cms[0].Reviewer.Name != "alice" ||
		!strings.HasPrefix(cms[0].Reviewer.Fingerprint, "SHA256:") || cms[0].Note != "8 abstained" {
		t.Errorf("stored check marks = %+v, want alice's verdict (with her key) and bob's note", cms)
	}
}
