package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"figs/articles"
	"figs/articles/store"
	"figs/model"
	"figs/model/extract"
)

// writeLibrary makes a small library folder: two articles of our own words,
// a subfolder, and a symlink that leaves the folder.
func writeLibrary(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	lib := filepath.Join(root, "library")
	files := map[string]string{
		"bridge.txt": "Harbour crossing review\n\nThe new crossing is 12 km long and cost 480 million euros, " +
			"about 35 percent more than planned in 2019.",
		"desk/water.txt": "Water use per head\n\nEach resident used 128 litres a day, down from 140 litres ten years ago.",
	}
	for name, text := range files {
		p := filepath.Join(lib, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	secret := filepath.Join(root, "secret.txt")
	if err := os.WriteFile(secret, []byte("Outside\n\nNot for reviewers: 99 tonnes."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(secret, filepath.Join(lib, "leak.txt")); err != nil {
		t.Skipf("symlinks unavailable: %v", err)
	}
	return lib
}

// withLibrary serves the folder dir.
func withLibrary(t *testing.T, dir string) func(*sshConfig) {
	lib, err := articles.OpenFolder(dir, articles.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return func(cfg *sshConfig) { cfg.library = lib }
}

func TestSSHLibraryNamesResolveInside(t *testing.T) {
	ts := startServer(t, withLibrary(t, writeLibrary(t)))
	t.Run("named article opens", func(t *testing.T) {
		tm := openTerm(t, ts.login(t, "alice"), 100, 30, "desk/water.txt", nil)
		tm.waitFor(t, "Water use per head")
		tm.send(t, "q")
		if code := tm.wait(t); code != 0 {
			t.Errorf("exit status %d, want 0", code)
		}
	})
	for _, name := range []string{"../secret.txt", "desk/../../secret.txt", "/etc/passwd", "leak.txt", "missing.txt"} {
		t.Run("refused "+name, func(t *testing.T) {
			tm := openTerm(t, ts.login(t, "alice"), 100, 30, name, nil)
			if code := tm.wait(t); code != 1 {
				t.Errorf("exit status %d, want 1", code)
			}
			scr := tm.screen()
			if !strings.Contains(scr, "figs: cannot open") || strings.Contains(scr, "Not for reviewers") {
				t.Errorf("session showed %q, want only a refusal", scr)
			}
		})
	}
	t.Run("no name opens the picker", func(t *testing.T) {
		tm := openTerm(t, ts.login(t, "alice"), 100, 30, "", nil)
		tm.waitFor(t, "bridge.txt")
		tm.waitFor(t, "water.txt")
		if strings.Contains(tm.screen(), "leak.txt") {
			t.Logf("the picker lists the symlink leak.txt (opening it is refused)")
		}
		tm.send(t, "q")
		tm.wait(t)
	})
}

func TestSSHConcurrentMarksLandInStore(t *testing.T) {
	dbPath := filepath.Join(t.TempDir(), "figs.db")
	st, err := store.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ts := startServer(t, func(cfg *sshConfig) { cfg.store = st })

	alice := openTerm(t, ts.login(t, "alice"), 120, 40, "", nil)
	bob := openTerm(t, ts.login(t, "bob"), 120, 40, "", nil)
	// Keys sent before the figures are listed would select nothing.
	for _, tm := range []*term{alice, bob} {
		tm.waitScreen(t, "the first figure selected", func(s *screen) bool { return strings.Contains(statusLine(s), "figure 1/") })
	}
	// Different figures, marked at the same time from two sessions.
	sent := make(chan error, 1)
	go func() {
		_, err := io.WriteString(alice.in, "nv")
		sent <- err
	}()
	bob.send(t, "nnx")
	if err := <-sent; err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	art := ts.srv.cfg.article
	figs := extract.Article(art, "")
	var marks []model.Mark
	eventually(t, "both marks in the store", func() bool {
		marks, err = st.Marks(context.Background(), art, figs)
		// one row each; a comparison row is two figures, so two marks
		by := map[string]bool{}
		for _, m := range marks {
			by[m.Reviewer.Name] = true
		}
		if err == nil && len(by) == 2 {
			return true
		}
		if time.Since(start) > waitLimit-time.Second {
			t.Logf("marks %+v, err %v\nalice sees:\n%s\nbob sees:\n%s", marks, err, alice.display(), bob.display())
		}
		return false
	})
	got := map[string]model.Verdict{}
	for _, m := range marks {
		got[m.Reviewer.Name] = m.Verdict
		if m.Reviewer.Fingerprint == "" {
			t.Errorf("mark by %s has no key fingerprint", m.Reviewer.Name)
		}
	}
	if got["alice"] != model.Verified || got["bob"] != model.Disputed {
		t.Errorf("marks by reviewer = %v, want alice verified and bob disputed", got)
	}
	alice.send(t, "q")
	bob.send(t, "q")
	alice.wait(t)
	bob.wait(t)
}

// checkedCount matches the reader's progress header, "N/M checked".
var checkedCount = regexp.MustCompile(`(\d+)/\d+ checked`)

// checked returns the number of checked figures the display shows.
func checked(s *screen) string {
	m := checkedCount.FindStringSubmatch(s.row(0))
	if m == nil {
		return ""
	}
	return m[1]
}

func TestSSHReviewersSeeEachOthersMarks(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "figs.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ts := startServer(t, func(cfg *sshConfig) { cfg.store = st })

	alice := openTerm(t, ts.login(t, "alice"), 120, 40, "", nil)
	alice.waitScreen(t, "alice's reader", func(s *screen) bool { return checked(s) == "0" })
	alice.send(t, "v")
	alice.waitScreen(t, "alice's first mark", func(s *screen) bool { return checked(s) == "1" })

	bob := openTerm(t, ts.login(t, "bob"), 120, 40, "", nil)
	bob.waitScreen(t, "alice's mark when bob opens", func(s *screen) bool { return checked(s) == "1" })

	alice.send(t, "nx")
	alice.waitScreen(t, "alice's second mark", func(s *screen) bool { return checked(s) == "2" })
	bob.send(t, "R")
	bob.waitScreen(t, "alice's second mark after bob reloads", func(s *screen) bool { return checked(s) == "2" })

	alice.send(t, "q")
	bob.send(t, "q")
	alice.wait(t)
	bob.wait(t)
}
