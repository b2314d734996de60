package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"figs/articles/store"
	"figs/articles/store/storetest"
	"figs/model"
	"figs/model/extract"
)

// teamRoads is an article with one distance per sentence, so that every
// reviewer can mark a figure of their own and the header counts it.
func teamRoads(n int) string {
	var b strings.Builder
	b.WriteString("Roads of the county\n\n")
	for i := range n {
		fmt.Fprintf(&b, "Road %c is %d km long. ", 'A'+i, 101+i)
	}
	return strings.TrimSpace(b.String())
}

// teamLibrary writes a library holding roads.txt of n roads.
func teamLibrary(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "roads.txt"), []byte(teamRoads(n)), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// countRows counts the rows of table in the database at db.
func countRows(t *testing.T, db, table string) int {
	t.Helper()
	c, err := pgx.Connect(t.Context(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(context.Background())
	var n int
	if err := c.QueryRow(t.Context(), "SELECT count(*) FROM "+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// teamHosts starts two SSH servers (two hosts), each on a store of its
// own on the database db, with edit applied to both configurations.
func teamHosts(tb testing.TB, db string, edit func(*sshConfig)) ([]*store.Store, []*testServer) {
	tb.Helper()
	var stores []*store.Store
	var hosts []*testServer
	for range 2 {
		st, err := store.Open(context.Background(), db)
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { st.Close() })
		stores = append(stores, st)
		hosts = append(hosts, startServer(tb, func(cfg *sshConfig) {
			cfg.store = st
			edit(cfg)
		}))
	}
	return stores, hosts
}

// TestSSHTeamConcurrentMarks serves one PostgreSQL database from two
// servers (two hosts) and marks from 20 sessions across them at once, one
// figure each: every mark is in the database, once.
func TestSSHTeamConcurrentMarks(t *testing.T) {
	const sessions = 20
	db := teamDB(t)
	_, hosts := teamHosts(t, db, withLibrary(t, teamLibrary(t, sessions)))
	terms := make([]*term, sessions)
	for i := range terms {
		terms[i] = openTerm(t, hosts[i%2].login(t, fmt.Sprintf("r%02d", i)), 120, 40, "roads.txt", nil)
	}
	for _, tm := range terms {
		tm.waitScreen(t, "the first figure selected", func(s *screen) bool { return strings.Contains(statusLine(s), "figure 1/") })
	}
	var wg sync.WaitGroup
	for i, tm := range terms {
		wg.Go(func() { tm.send(t, strings.Repeat("n", i)+"v") })
	}
	wg.Wait()
	// A session shows a mark as checked only once it is committed, and
	// every session shows every other's, on either host, without a key.
	for i, tm := range terms {
		tm.waitScreen(t, fmt.Sprintf("session %d showing all %d marks", i, sessions), func(s *screen) bool { return checked(s) == fmt.Sprint(sessions) })
	}
	if n := countRows(t, db, "marks"); n != sessions {
		t.Errorf("%d rows in marks after %d sessions marked one figure each, want %d", n, sessions, sessions)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	a, err := hosts[0].srv.cfg.library.Open(context.Background(), "roads.txt") // as the sessions opened it
	if err != nil {
		t.Fatal(err)
	}
	marks, err := st.Marks(context.Background(), a, extract.Article(a, ""))
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]int{}
	for _, m := range marks {
		if m.Verdict == model.Verified {
			by[m.Reviewer.Name] = m.FactID
		}
	}
	for i := range sessions {
		if id, ok := by[fmt.Sprintf("r%02d", i)]; !ok || id != i {
			t.Errorf("reviewer r%02d: mark on figure %d (found %v), want figure %d", i, id, ok, i)
		}
	}
	for _, tm := range terms {
		tm.send(t, "q")
	}
	for _, tm := range terms {
		tm.wait(t)
	}
}

// checkedN matches the reader's progress header, "N/M checked".
func checkedN(n int) *regexp.Regexp { return regexp.MustCompile(fmt.Sprintf(`\b%d/\d+ checked`, n)) }

// TestSSHTeamHostKilled runs two figs serve processes on one PostgreSQL
// database, marks figures through OpenSSH on host A, kills host A with
// SIGKILL, and finds every mark A's screen showed as saved on host B.
func TestSSHTeamHostKilled(t *testing.T) {
	db := teamDB(t)
	lib := teamLibrary(t, 8)
	a := newE2E(t)
	a.start(t, "--db", db, "--library", lib)
	b := &e2e{dir: a.dir, bin: a.bin, key: a.key, fp: a.fp, tmux: a.tmux, logs: &syncBuffer{}}
	b.start(t, "--db", db, "--library", lib)

	a.ssh(t, "a", "roads.txt")
	a.waitPaneMatch(t, "a", checkedN(0))
	const acked = 5
	for i := range acked {
		if i > 0 {
			a.keys(t, "a", "n")
		}
		a.keys(t, "a", "v")
		a.waitPaneMatch(t, "a", checkedN(i+1)) // committed: shown as saved
	}
	if err := a.server.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	a.server.Wait()

	b.ssh(t, "b", "roads.txt")
	b.waitPaneMatch(t, "b", checkedN(acked))
	// Host B keeps serving: its own mark, on the first figure A left
	// unmarked, is saved too.
	b.keys(t, "b", "n", "n", "n", "n", "n", "v")
	b.waitPaneMatch(t, "b", checkedN(acked+1))
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	list, err := st.List(context.Background())
	if err != nil || len(list) != 1 || list[0].Verified != acked+1 {
		t.Errorf("List = %+v, %v; want %d verified", list, err, acked+1)
	}
	b.keys(t, "b", "q")
}

// secondHost is another figs serve on e's database, its own process.
func secondHost(t *testing.T, e *e2e, args ...string) *e2e {
	t.Helper()
	b := &e2e{dir: e.dir, bin: e.bin, key: e.key, fp: e.fp, tmux: e.tmux, logs: &syncBuffer{}}
	b.start(t, args...)
	return b
}

// TestSSHTeamLiveMarks runs two figs serve processes on one PostgreSQL
// database with a reviewer on each, through OpenSSH in tmux: each sees the
// other is there, and a verdict given on host A shows on host B without a
// key, with who gave it.
func TestSSHTeamLiveMarks(t *testing.T) {
	db := teamDB(t)
	lib := teamLibrary(t, 8)
	a := newE2E(t)
	a.start(t, "--db", db, "--library", lib)
	b := secondHost(t, a, "--db", db, "--library", lib)

	a.sshAs(t, "a", "ana", "roads.txt")
	b.sshAs(t, "b", "ben", "roads.txt")
	a.waitPane(t, "a", "0/8 checked", "with ben")
	b.waitPane(t, "b", "0/8 checked", "with ana")
	a.keys(t, "a", "v")
	a.waitPaneMatch(t, "a", checkedN(1))
	b.waitPane(t, "b", "1/8 checked", "ana ✓ 101 km")
	a.keys(t, "a", "n", "n", "x")
	b.waitPane(t, "b", "2/8 checked, 1 disputed", "ana ✗ 103 km")
	// ben's note on the figure ana disputed keeps her verdict, and shows on A
	b.keys(t, "b", "n", "n", "a")
	b.waitPane(t, "b", "note on")
	b.keys(t, "b", "-l", "road register says 103")
	b.keys(t, "b", "Enter")
	b.waitPane(t, "b", "saved: note")
	a.waitPane(t, "a", "note: road register says 103", "2/8 checked, 1 disputed")
	a.keys(t, "a", "q")
	eventually(t, "ana gone from host B's header", func() bool { return !strings.Contains(b.pane(t, "b"), "with ana") })
}

// TestSSHTeamDatabaseAway serves through a proxy to PostgreSQL that the
// test cuts: the session says the database is down, keeps a verdict given
// meanwhile as unsaved (not counted as checked), and saves it once the
// database is back.
func TestSSHTeamDatabaseAway(t *testing.T) {
	db := teamDB(t)
	p, via := storetest.ProxiedURL(t, db)
	lib := teamLibrary(t, 8)
	e := newE2E(t)
	e.start(t, "--db", via, "--library", lib)
	e.sshAs(t, "a", "ana", "roads.txt")
	e.waitPane(t, "a", "0/8 checked")

	p.Cut()
	e.waitPane(t, "a", "database down")
	e.keys(t, "a", "v")
	e.waitPane(t, "a", "database down: 1 unsaved, retrying", "0/8 checked", "✓*")
	p.Restore(t)
	e.waitPaneMatch(t, "a", checkedN(1))
	eventually(t, "the alert gone", func() bool { return !strings.Contains(e.pane(t, "a"), "unsaved") })
	if n := countRows(t, db, "marks"); n != 1 {
		t.Errorf("%d rows in marks, want the one verdict", n)
	}
	e.keys(t, "a", "q")
}
