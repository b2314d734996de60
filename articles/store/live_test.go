package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"figs/model"
)

// within is how long the live tests wait for a change before failing. It
// is generous: the tests check that a change comes, the benchmark how soon.
const within = 20 * time.Second

// mustWatch watches a on s for the rest of the test.
func mustWatch(t testing.TB, s *Store, a model.Article) <-chan model.Change {
	t.Helper()
	ch, err := s.Watch(t.Context(), a)
	if err != nil {
		t.Fatal(err)
	}
	return ch
}

// next returns the next change of kind from ch, skipping others.
func next(t testing.TB, ch <-chan model.Change, kind model.ChangeKind) model.Change {
	t.Helper()
	deadline := time.After(within)
	for {
		select {
		case c, ok := <-ch:
			if !ok {
				t.Fatalf("watch closed while waiting for a change of kind %d", kind)
			}
			if c.Kind == kind {
				return c
			}
		case <-deadline:
			t.Fatalf("no change of kind %d within %s", kind, within)
		}
	}
}

// presentUntil waits for a presence list for which ok holds.
func presentUntil(t testing.TB, ch <-chan model.Change, what string, ok func([]model.Presence) bool) []model.Presence {
	t.Helper()
	deadline := time.After(within)
	for {
		select {
		case c, open := <-ch:
			if !open {
				t.Fatalf("watch closed while waiting for %s", what)
			}
			if c.Kind == model.ChangePresence && ok(c.Present) {
				return c.Present
			}
		case <-deadline:
			t.Fatalf("no presence list with %s within %s", what, within)
		}
	}
}

func hasSession(list []model.Presence, id string) (model.Presence, bool) {
	for _, p := range list {
		if p.Session == id {
			return p, true
		}
	}
	return model.Presence{}, false
}

// testWatchSeesOtherStores checks that a mark saved through one store
// reaches a watcher on another store of the same database, with who saved
// it and which figure, and that saves on other articles do not.
func testWatchSeesOtherStores(t *testing.T, e testEngine) {
	db := e.db(t)
	a, b := openDB(t, db), openDB(t, db)
	art, facts := bridgeArticle(t)
	other, ofacts := roadsArticle(t)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	ch, err := b.Watch(ctx, art)
	if err != nil {
		t.Fatal(err)
	}
	ben := model.Reviewer{Name: "ben", Fingerprint: "SHA256:ben"}
	mustSave(t, a, other, figures(ofacts), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana})
	mustSave(t, a, art, figures(facts), model.Mark{FactID: 1, Verdict: model.Disputed, Reviewer: ben})
	c := next(t, ch, model.ChangeMarks)
	if c.By != ben || c.Key != model.FigureKeys(art.Text, facts)[1] {
		t.Errorf("change = %+v, want ben's save on figure 1 (the other article's save is not this watch's)", c)
	}
	marks := mustMarks(t, b, art, figures(facts))
	if len(marks) != 1 || marks[0].Verdict != model.Disputed || marks[0].Reviewer != ben {
		t.Errorf("Marks after the change = %+v", marks)
	}
	cancel()
	for range ch { // closed once ctx ends
	}
}

// testWatchSeesOtherProcesses checks the same across processes: another
// process saves, this one is told.
func testWatchSeesOtherProcesses(t *testing.T, e testEngine) {
	db := e.db(t)
	s := openDB(t, db)
	art, _ := bridgeArticle(t)
	ch := mustWatch(t, s, art)
	cmd := child(t, "mark", db, 2)
	if out, err := cmd.Output(); err != nil {
		t.Fatalf("marking process: %v\n%s", err, out)
	}
	if c := next(t, ch, model.ChangeMarks); c.By.Name != "child" {
		t.Errorf("change = %+v, want the child's save", c)
	}
}

// childMark saves one mark on figure FIGS_STORE_TEST_INDEX of the bridge.
func childMark(t *testing.T) {
	s, err := Open(context.Background(), os.Getenv(childDB))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, facts := bridgeArticle(t)
	var i int
	fmt.Sscan(os.Getenv(childIndex), &i)
	mustSave(t, s, a, figures(facts), model.Mark{FactID: i, Verdict: model.Unsure, Reviewer: model.Reviewer{Name: "child"}})
}

// testPresence checks joining, selecting and leaving as another store's
// watcher sees them.
func testPresence(t *testing.T, e testEngine) {
	db := e.db(t)
	a, b := openDB(t, db), openDB(t, db)
	art, facts := bridgeArticle(t)
	ch := mustWatch(t, b, art)
	if c := next(t, ch, model.ChangePresence); len(c.Present) != 0 {
		t.Errorf("first presence list = %+v, want nobody", c.Present)
	}
	ben := model.Reviewer{Name: "ben", Fingerprint: "SHA256:ben"}
	id, err := a.Join(t.Context(), art, ben)
	if err != nil {
		t.Fatal(err)
	}
	list := presentUntil(t, ch, "ben", func(l []model.Presence) bool { _, ok := hasSession(l, id); return ok })
	if p, _ := hasSession(list, id); p.Reviewer != ben || p.Figure != -1 || p.Hash != model.ArticleHash(art) {
		t.Errorf("presence = %+v", p)
	}
	key := model.FigureKeys(art.Text, facts)[2]
	if err := a.Select(t.Context(), id, 2, key); err != nil {
		t.Fatal(err)
	}
	presentUntil(t, ch, "ben on figure 2", func(l []model.Presence) bool {
		p, ok := hasSession(l, id)
		return ok && p.Figure == 2 && p.Key == key
	})
	if got, err := b.Present(t.Context(), art); err != nil || len(got) != 1 || got[0].Figure != 2 {
		t.Errorf("Present = %+v, %v", got, err)
	}
	if err := a.Leave(t.Context(), id); err != nil {
		t.Fatal(err)
	}
	presentUntil(t, ch, "nobody", func(l []model.Presence) bool { return len(l) == 0 })
	// A presence ends with its context too.
	ctx, cancel := context.WithCancel(t.Context())
	id, err = a.Join(ctx, art, ana)
	if err != nil {
		t.Fatal(err)
	}
	presentUntil(t, ch, "ana", func(l []model.Presence) bool { _, ok := hasSession(l, id); return ok })
	cancel()
	presentUntil(t, ch, "nobody once ana's context ended", func(l []model.Presence) bool { return len(l) == 0 })
}

// testPresenceExpires kills a process that has an article open: with no
// heartbeat its presence drops out of the others' lists.
func testPresenceExpires(t *testing.T, e testEngine) {
	db := e.db(t)
	s := openDB(t, db)
	art, _ := bridgeArticle(t)
	ch := mustWatch(t, s, art)
	cmd := child(t, "present", db, 0)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	var id string
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "session "); ok {
			id = rest
			break
		}
	}
	if id == "" {
		t.Fatal("present process said no session")
	}
	presentUntil(t, ch, "the other process", func(l []model.Presence) bool { _, ok := hasSession(l, id); return ok })
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	presentUntil(t, ch, "nobody after the kill", func(l []model.Presence) bool { return len(l) == 0 })
}

// childPresent joins the bridge with a short TTL and waits to be killed.
func childPresent(t *testing.T) {
	s, err := OpenConfig(context.Background(), Config{DB: os.Getenv(childDB), PresenceTTL: 600 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := bridgeArticle(t)
	id, err := s.Join(context.Background(), a, model.Reviewer{Name: "child"})
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("session %s\n", id)
	os.Stdout.Sync()
	select {}
}

// testMigrationsRace starts processes that open one empty database at
// once: each migration is applied exactly once, and every process opens.
func testMigrationsRace(t *testing.T, e testEngine) {
	if testing.Short() {
		t.Skip("skipping: starts processes")
	}
	db := e.db(t)
	var cmds []*exec.Cmd
	for k := range 4 {
		cmd := child(t, "open", db, k)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for k, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("opening process %d: %v", k, err)
		}
	}
	s := openDB(t, db)
	if got := versions(t, s); len(got) != schemaVersion(s) {
		t.Errorf("schema versions = %v after racing processes, want each once", got)
	}
}

func childOpen(t *testing.T) {
	s, err := Open(context.Background(), os.Getenv(childDB))
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
}

// testAttribution checks that each field names its own author: a note
// by ben keeps ana as the author of the verdict, in the marks and in the
// JSON export.
func testAttribution(t *testing.T, e testEngine) {
	s := e.open(t)
	art, facts := bridgeArticle(t)
	ben := model.Reviewer{Name: "ben", Fingerprint: "SHA256:ben"}
	at := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	mustSave(t, s, art, figures(facts), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana, Updated: at, Set: model.MarkVerdict})
	mustSave(t, s, art, figures(facts), model.Mark{FactID: 0, Note: "map sheet 4", Reviewer: ben, Updated: at.Add(time.Hour), Set: model.MarkNote})
	mustSave(t, s, art, figures(facts), model.Mark{FactID: 2, Note: "ask the council", Reviewer: ben, Updated: at.Add(2 * time.Hour)})
	marks := mustMarks(t, s, art, figures(facts))
	if len(marks) != 2 || marks[0].Reviewer != ana || !marks[0].Updated.Equal(at) || marks[0].Note != "map sheet 4" {
		t.Fatalf("marks = %+v, want figure 0 verified by ana at %s with ben's note", marks, at)
	}
	if marks[1].Reviewer != ben {
		t.Errorf("a note-only mark by %+v, want its author ben", marks[1].Reviewer)
	}
	var buf strings.Builder
	if err := s.Export(t.Context(), art, figures(facts), ExportOptions{Format: "json"}, &buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"verdict": "verified",
      "note": "map sheet 4",
      "reviewer": "ana",`) {
		t.Errorf("JSON export does not name ana for the verdict:\n%s", buf.String())
	}
}

// testHistory checks last write wins on one field, the replaced value
// kept with who set it, and the export's history.
func testHistory(t *testing.T, e testEngine) {
	s := e.open(t)
	art, facts := bridgeArticle(t)
	ben := model.Reviewer{Name: "ben", Fingerprint: "SHA256:ben"}
	at := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	mustSave(t, s, art, figures(facts), model.Mark{FactID: 1, Verdict: model.Verified, Note: "budget p. 3", Reviewer: ana, Updated: at})
	mustSave(t, s, art, figures(facts), model.Mark{FactID: 1, Verdict: model.Disputed, Reviewer: ben, Updated: at.Add(time.Minute), Set: model.MarkVerdict})
	mustSave(t, s, art, figures(facts), model.Mark{FactID: 1, Verdict: model.Disputed, Reviewer: ben, Updated: at.Add(2 * time.Minute), Set: model.MarkVerdict})
	marks := mustMarks(t, s, art, figures(facts))
	if len(marks) != 1 || marks[0].Verdict != model.Disputed || marks[0].Reviewer != ben || marks[0].Note != "budget p. 3" {
		t.Fatalf("marks = %+v, want ben's later verdict and ana's note", marks)
	}
	h, err := s.History(t.Context(), art, figures(facts))
	if err != nil {
		t.Fatal(err)
	}
	want := HistoryEntry{FactID: 1, Text: "35 million euros", Field: "verdict", Old: "verified", OldBy: ana, OldAt: at,
		New: "disputed", NewBy: ben, NewAt: at.Add(time.Minute)}
	if len(h) != 1 || h[0] != want {
		t.Fatalf("History = %+v, want only %+v (saving the same verdict again replaces nothing)", h, want)
	}
	var md, js strings.Builder
	if err := s.Export(t.Context(), art, figures(facts), ExportOptions{Format: "md", History: true}, &md); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "| 1 | 35 million euros | verdict | ✓ verified | ana | 2026-05-01 09:00 UTC | ✗ disputed | ben (SHA256:ben) | 2026-05-01 09:01 UTC |") {
		t.Errorf("Markdown history:\n%s", md.String())
	}
	if err := s.Export(t.Context(), art, figures(facts), ExportOptions{Format: "json", History: true}, &js); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(js.String(), `"old_reviewer": "ana"`) || !strings.Contains(js.String(), `"new_reviewer": "ben (SHA256:ben)"`) {
		t.Errorf("JSON history:\n%s", js.String())
	}
	if err := s.Export(t.Context(), art, figures(facts), ExportOptions{Format: "csv", History: true}, &js); err == nil {
		t.Error("CSV export with history succeeded")
	}
}

// testHealth checks that a reachable database is healthy.
func testHealth(t *testing.T, e testEngine) {
	s := e.open(t)
	if err := s.Health(t.Context()); err != nil {
		t.Errorf("Health = %v", err)
	}
}
