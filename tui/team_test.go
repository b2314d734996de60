package tui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"figs/articles/store"
	"figs/articles/store/storetest"
	"figs/model"
)

// startLive opens a on a 120 x 40 screen with st as its store and live
// store. The test takes the pushed changes itself (await), and selections
// and retries are told at once, with no timers.
func startLive(t *testing.T, a model.Article, st *store.Store, opts Options) App {
	t.Helper()
	opts.Store, opts.Live = st, st
	m := New(a, opts)
	m.pos.delay = 0
	m.team.manual, m.team.delay = true, 0
	m.review.unsaved.manual = true
	m = run(t, m, m.Init())
	m = send(t, m, resizeMsg(120, 40))
	if m.team.changes == nil {
		t.Fatalf("the reader does not watch the article: status %q", m.status)
	}
	return m
}

// await hands m the changes its store pushes until ok holds, failing after
// a while (the stores push within a second on loopback).
func await(t *testing.T, m App, what string, ok func(App) bool) App {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for !ok(m) {
		select {
		case c, open := <-m.team.changes:
			if !open {
				t.Fatalf("waiting for %s: the watch ended", what)
			}
			m = send(t, m, liveMsg{gen: m.doc.gen, change: c})
		case <-deadline:
			t.Fatalf("waiting for %s: not seen; status %q\n%s", what, m.status, ansi.Strip(m.render()))
		}
	}
	return m
}

// openShared opens the SQLite store at path, as one host would.
func openShared(t *testing.T, path string) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// TestLiveMarksShowWithoutKey: a verdict saved by one reviewer shows in the
// other's reader, on another store of the same database, without a key,
// with who gave it in the status line and the detail box.
func TestLiveMarksShowWithoutKey(t *testing.T) {
	db := filepath.Join(t.TempDir(), "figs.db")
	a := defaultArticle(t)
	ana := startLive(t, a, openShared(t, db), Options{Reviewer: model.Reviewer{Name: "ana"}})
	ben := startLive(t, a, openShared(t, db), Options{Reviewer: model.Reviewer{Name: "ben", Fingerprint: "SHA256:benkey123"}})

	ben = press(t, ben, "x")
	if ben.review.progress.Disputed != 1 {
		t.Fatalf("ben's own verdict is not shown: %q", ben.status)
	}
	ana = await(t, ana, "ben's verdict", func(m App) bool { return m.review.progress.Disputed == 1 })
	if !strings.HasPrefix(ana.status, "ben ✗ ") {
		t.Errorf("status %q, want it to say ben disputed a figure", ana.status)
	}
	frame := ansi.Strip(ana.render())
	if !strings.Contains(frame, "1/8 checked, 1 disputed") || !strings.Contains(frame, "✗ disputed by ben (benkey)") {
		t.Errorf("ana's screen lacks ben's verdict or its author:\n%s", frame)
	}

	// a note of ana's keeps ben's verdict, and comes back to ben
	ana = press(t, ana, "a")
	ana = typeText(t, ana, "checked the source")
	ana = press(t, ana, "enter")
	ben = await(t, ben, "ana's note", func(m App) bool { return m.review.noteOf(m.side.selected) == "checked the source" })
	if ben.review.progress.Disputed != 1 {
		t.Errorf("ana's note undid ben's verdict: %s", ben.review.progressText())
	}
}

// TestLivePresence: each reader shows who else has the article open, a
// marker on the row they have selected, and drops them when they leave.
func TestLivePresence(t *testing.T) {
	db := filepath.Join(t.TempDir(), "figs.db")
	a := defaultArticle(t)
	ana := startLive(t, a, openShared(t, db), Options{Reviewer: model.Reviewer{Name: "ana"}})
	benCtx, benLeaves := context.WithCancel(context.Background())
	defer benLeaves()
	ben := startLive(t, a, openShared(t, db), Options{Reviewer: model.Reviewer{Name: "ben"}, Context: benCtx})
	ben = press(t, ben, "n", "n")
	at := ben.side.selected

	ana = await(t, ana, "ben on his figure", func(m App) bool {
		os := m.team.others
		return len(os) == 1 && m.team.figureOf(os[0], len(m.doc.fig.facts)) == at
	})
	lead, _ := ana.doc.fig.items.Pair(at)
	if n := ana.sideInput().notes[lead]; n.mark != "b" || n.tone != tonePresence {
		t.Errorf("ben's row is noted %+v, want his initial", n)
	}
	if h := ansi.Strip(drawHeader(ana.st, 120, ana.headerInput())); !strings.Contains(h, "with ben") {
		t.Errorf("header %q does not say ben is here", h)
	}
	for ana.side.selected != at {
		ana = press(t, ana, "n")
	}
	if frame := ansi.Strip(ana.render()); !strings.Contains(frame, "here too: ben") {
		t.Errorf("the detail box does not say ben is on this figure:\n%s", frame)
	}
	ben = await(t, ben, "ana on the same figure", func(m App) bool { return len(m.team.at(m.doc.fig, at)) == 1 })

	benLeaves()
	ana = await(t, ana, "ben gone", func(m App) bool { return len(m.team.others) == 0 })
	if h := ansi.Strip(drawHeader(ana.st, 120, ana.headerInput())); strings.Contains(h, "with") {
		t.Errorf("header %q still names someone", h)
	}
}

// TestUnsavedEditsKeptAndRetried: with the PostgreSQL server out of reach,
// a verdict is not shown as saved: it is kept, marked *, counted in the
// header, q asks before dropping it, and once the server answers again it
// is saved.
func TestUnsavedEditsKeptAndRetried(t *testing.T) {
	p, via := storetest.ProxiedURL(t, storetest.PostgresDB(t, "figs_tui_"))
	st, err := store.OpenConfig(context.Background(), store.Config{DB: via, ConnectTimeout: time.Second, OpTimeout: 2 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	a := defaultArticle(t)
	m := startLive(t, a, st, Options{Reviewer: model.Reviewer{Name: "ana"}})

	p.Cut()
	m = await(t, m, "the database down", func(m App) bool { return m.team.down })
	m = press(t, m, "v")
	i := m.side.selected
	if m.review.progress.Checked() != 0 || !m.review.unsaved.has(i) {
		t.Fatalf("a verdict the database did not take: checked %d, unsaved %v", m.review.progress.Checked(), m.review.unsaved.has(i))
	}
	frame := ansi.Strip(m.render())
	for _, want := range []string{"database down: 1 unsaved, retrying", "✓*", "not saved yet"} {
		if !strings.Contains(frame, want) {
			t.Errorf("screen lacks %q:\n%s", want, frame)
		}
	}
	m = press(t, m, "q")
	if !m.quitArmed || !strings.Contains(m.status, "q again drops them") {
		t.Errorf("q with an unsaved edit: status %q", m.status)
	}
	m = press(t, m, "n") // another key disarms q
	if m.quitArmed {
		t.Error("q stays armed after another key")
	}
	for m.side.selected != i {
		m = press(t, m, "N")
	}

	// a round while the server is still away keeps the edit
	m = send(t, m, retryTickMsg{gen: m.doc.gen, seq: m.review.unsaved.seq})
	if !m.review.unsaved.has(i) || m.review.unsaved.retrying {
		t.Fatalf("after a failed round: unsaved %v, retrying %v", m.review.unsaved.has(i), m.review.unsaved.retrying)
	}

	p.Restore(t)
	m = await(t, m, "the database back, the edit saved", func(m App) bool {
		return !m.team.down && m.review.unsaved.len() == 0 && m.review.progress.Checked() == 1
	})
	marks, err := st.Marks(context.Background(), a, m.doc.found())
	if err != nil || len(marks) != 1 || marks[0].Verdict != model.Verified || marks[0].Reviewer.Name != "ana" {
		t.Errorf("stored marks %+v, %v; want ana's verdict", marks, err)
	}
	if frame := ansi.Strip(m.render()); strings.Contains(frame, "database down") || strings.Contains(frame, "✓*") {
		t.Errorf("the screen still shows the edit unsaved:\n%s", frame)
	}
}
