package store

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"figs/model"
)

// article builds an article of text from source with facts for each
// occurrence, in order, of the given figures.
func article(t testing.TB, source, text string, figures ...string) (model.Article, []model.Fact) {
	t.Helper()
	a := model.Article{Source: source, Title: strings.SplitN(text, "\n", 2)[0], Text: text}
	var facts []model.Fact
	from := 0
	for _, fig := range figures {
		i := strings.Index(text[from:], fig)
		if i < 0 {
			t.Fatalf("figure %q not in text", fig)
		}
		start := from + i
		facts = append(facts, model.Fact{ID: len(facts), Kind: model.KindNumber, Text: fig, Display: fig, Start: start, End: start + len(fig)})
		from = start + len(fig)
	}
	return a, facts
}

func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "data", "figs.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var ana = model.Reviewer{Name: "ana"}

const bridge = "The bridge\n\nThe bridge is 12 km long. It cost 35 million euros and took 4 years.\n\nTraffic grew by 20 percent."

func bridgeArticle(t testing.TB) (model.Article, []model.Fact) {
	return article(t, "bridge.txt", bridge, "12 km", "35 million euros", "4 years", "20 percent")
}

// figures are facts as the store is handed them, without comparisons.
func figures(facts []model.Fact) model.Facts { return model.Facts{Facts: facts} }

func mustSave(t testing.TB, s *Store, a model.Article, figs model.Facts, m model.Mark) {
	t.Helper()
	if err := s.SaveMark(context.Background(), a, figs, m); err != nil {
		t.Fatal(err)
	}
}

func mustMarks(t testing.TB, s *Store, a model.Article, figs model.Facts) []model.Mark {
	t.Helper()
	marks, err := s.Marks(context.Background(), a, figs)
	if err != nil {
		t.Fatal(err)
	}
	return marks
}

func TestOpenCreatesPrivateDirAndWAL(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	path := filepath.Join(dir, "figs.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	fi, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if perm := fi.Mode().Perm(); perm != 0o700 {
		t.Errorf("data dir mode = %o, want 700", perm)
	}
	for pragma, want := range map[string]string{"journal_mode": "wal", "foreign_keys": "1", "synchronous": "2"} {
		var got string
		if err := sqliteDB(t, s).QueryRow("PRAGMA " + pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %s, want %s", pragma, got, want)
		}
	}
	if s.Path() != path {
		t.Errorf("Path() = %q, want %q", s.Path(), path)
	}
}

func TestOpenBadPath(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := Open(ctx, ""); err == nil {
		t.Error("Open(\"\") succeeded")
	}
	if _, err := Open(ctx, dir); err == nil {
		t.Error("Open(directory) succeeded")
	}
	notDB := filepath.Join(dir, "notes.txt")
	os.WriteFile(notDB, []byte(strings.Repeat("not a database\n", 100)), 0o600)
	if _, err := Open(ctx, notDB); err == nil {
		t.Error("Open(text file) succeeded")
	}
	// A path with URI metacharacters is still just a file name.
	odd := filepath.Join(dir, "what?#x y.db")
	s, err := Open(ctx, odd)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(odd); err != nil {
		t.Errorf("database not created at %q: %v", odd, err)
	}
}

// sqliteDB is the database/sql handle of a SQLite store.
func sqliteDB(t testing.TB, s *Store) *sql.DB {
	t.Helper()
	e, ok := s.eng.(*sqliteEngine)
	if !ok {
		t.Fatalf("store is %s, not sqlite", s.Engine())
	}
	return e.db
}

// schemaVersion is the latest schema version of s's engine.
func schemaVersion(s *Store) int {
	if s.Engine() == "postgres" {
		return latestVersion(postgresMigrations())
	}
	return latestVersion(sqliteMigrations())
}

func versions(t testing.TB, s *Store) []int {
	t.Helper()
	rows, err := s.eng.reader().query(context.Background(), `SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []int
	for rows.Next() {
		var v int
		rows.Scan(&v)
		out = append(out, v)
	}
	return out
}

func testMigrateFromEmpty(t *testing.T, e testEngine) {
	path := e.db(t)
	for range 2 { // the second open finds nothing to do
		s, err := Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		if got := versions(t, s); len(got) != schemaVersion(s) || got[len(got)-1] != schemaVersion(s) {
			t.Errorf("schema versions = %v, want 1..%d", got, schemaVersion(s))
		}
		s.Close()
	}
}

func TestMigrateFromV1(t *testing.T) {
	fixture, err := os.ReadFile(filepath.Join("testdata", "schema_v1.sql"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "figs.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(string(fixture)); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := versions(t, s); len(got) != schemaVersion(s) {
		t.Fatalf("schema versions = %v, want 1..%d", got, schemaVersion(s))
	}
	list, err := s.List(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Title != "The bridge" || list[0].Verified != 1 || list[0].Disputed != 1 || list[0].Unsure != 0 {
		t.Errorf("List after migration = %+v, want The bridge with 1 verified, 1 disputed", list)
	}

	// The old marks re-attach to the current text of the same source.
	a, facts := article(t, "bridge.txt", "The bridge\n\nThe bridge is 12 km long. It cost 35 million euros. It took 4 years.",
		"12 km", "35 million euros", "4 years")
	marks := mustMarks(t, s, a, figures(facts))
	if len(marks) != 2 {
		t.Fatalf("Marks = %+v, want 2 (4 years was cleared)", marks)
	}
	if m := marks[0]; m.FactID != 0 || m.Verdict != model.Verified || m.Note != "council map" || m.Reviewer.Name != "ana" {
		t.Errorf("marks[0] = %+v", m)
	}
	if m := marks[1]; m.FactID != 1 || m.Verdict != model.Disputed || m.Reviewer.Name != "ben" ||
		!m.Updated.Equal(time.Date(2026, 1, 2, 10, 3, 0, 0, time.UTC)) {
		t.Errorf("marks[1] = %+v", m)
	}
	// The old position, kept before positions were per reviewer, is
	// where any reviewer starts.
	for _, r := range []model.Reviewer{ana, {Name: "ben", Fingerprint: "SHA256:ben"}, {}} {
		if off, ok, err := s.Position(context.Background(), a, r); err != nil || !ok || off != 42 {
			t.Errorf("Position for %+v = %d, %v, %v; want 42 from the old schema", r, off, ok, err)
		}
	}
	// The migrated store takes new marks with a fingerprint.
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 2, Verdict: model.Unsure, Reviewer: model.Reviewer{Name: "cy", Fingerprint: "SHA256:abc"}})
	if marks := mustMarks(t, s, a, figures(facts)); len(marks) != 3 || marks[2].Reviewer.Fingerprint != "SHA256:abc" {
		t.Errorf("Marks after a new save = %+v", marks)
	}
}

func testNewerSchemaRefused(t *testing.T, e testEngine) {
	path := e.db(t)
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	rawExec(t, s, `INSERT INTO schema_migrations (version, applied) VALUES (99, ?)`, time.Now())
	s.Close()
	if _, err := Open(context.Background(), path); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("Open of a newer schema: err = %v, want a refusal", err)
	}
}

func testSaveMarkPersistsWithHistory(t *testing.T, e testEngine) {
	ctx := context.Background()
	path := e.db(t)
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a, facts := bridgeArticle(t)
	when := time.Date(2026, 3, 4, 5, 6, 7, 8, time.FixedZone("CET", 3600))
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 1, Verdict: model.Unsure, Reviewer: ana, Updated: when})
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 1, Verdict: model.Disputed, Note: "budget says 38", Reviewer: ana, Updated: when.Add(time.Minute)})
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 3, Verdict: model.Verified, Reviewer: model.Reviewer{Name: "ben", Fingerprint: "SHA256:xyz"}})
	s.Close()

	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	marks := mustMarks(t, s, a, figures(facts))
	if len(marks) != 2 {
		t.Fatalf("Marks = %+v, want 2", marks)
	}
	m := marks[0]
	if m.FactID != 1 || m.Verdict != model.Disputed || m.Note != "budget says 38" || m.Text != "35 million euros" ||
		m.Reviewer != ana || !m.Updated.Equal(when.Add(time.Minute).Truncate(time.Microsecond)) || m.Updated.Location() != time.UTC ||
		m.Key != model.FigureKeys(a.Text, facts)[1] {
		t.Errorf("marks[0] = %+v", m)
	}
	if m := marks[1]; m.FactID != 3 || m.Reviewer.Fingerprint != "SHA256:xyz" || time.Since(m.Updated) > time.Hour {
		t.Errorf("marks[1] = %+v", m)
	}
	if rows := rowCount(t, s, "marks"); rows != 3 {
		t.Errorf("history has %d rows, want 3 (one per change)", rows)
	}
}

func testSaveMarkRejectsBadInput(t *testing.T, e testEngine) {
	s := e.open(t)
	a, facts := bridgeArticle(t)
	for _, m := range []model.Mark{
		{FactID: -1, Verdict: model.Verified},
		{FactID: len(facts), Verdict: model.Verified},
		{FactID: 0, Verdict: "probably"},
	} {
		if err := s.SaveMark(context.Background(), a, figures(facts), m); err == nil {
			t.Errorf("SaveMark(%+v) succeeded", m)
		}
	}
	if err := s.SaveMark(context.Background(), a, model.Facts{}, model.Mark{}); err == nil {
		t.Error("SaveMark with no figures succeeded")
	}
}

func testClearMark(t *testing.T, e testEngine) {
	s := e.open(t)
	a, facts := bridgeArticle(t)
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana})
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 2, Note: "note without verdict", Reviewer: ana})
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 0, Verdict: model.Unchecked, Reviewer: ana})
	marks := mustMarks(t, s, a, figures(facts))
	if len(marks) != 1 || marks[0].FactID != 2 || marks[0].Verdict != model.Unchecked || marks[0].Note != "note without verdict" {
		t.Errorf("Marks after clearing = %+v, want only the note on figure 2", marks)
	}
}

func testReattachAfterEditAndOrphans(t *testing.T, e testEngine) {
	ctx := context.Background()
	s := e.open(t)
	a, facts := bridgeArticle(t)
	for i, v := range []model.Verdict{model.Verified, model.Disputed, model.Unsure, model.Verified} {
		mustSave(t, s, a, figures(facts), model.Mark{FactID: i, Verdict: v, Note: facts[i].Text, Reviewer: ana})
	}

	// The article is edited: a new paragraph, a word changed next to
	// "35 million euros", and "4 years" corrected to "5 years".
	edited, efacts := article(t, "bridge.txt",
		"The bridge\n\nIt opened on Monday with 300 guests.\n\nThe bridge is 12 km long. It finally cost 35 million euros and took 5 years.\n\nTraffic grew by 20 percent.",
		"300 guests", "12 km", "35 million euros", "5 years", "20 percent")
	marks := mustMarks(t, s, edited, figures(efacts))
	got := map[int]string{}
	for _, m := range marks {
		got[m.FactID] += m.Note
	}
	want := map[int]string{1: "12 km", 2: "35 million euros", 4: "20 percent", -1: "4 years"}
	if len(got) != len(want) {
		t.Fatalf("Marks after edit = %v, want %v", got, want)
	}
	for id, note := range want {
		if got[id] != note {
			t.Errorf("figure %d has mark %q, want %q", id, got[id], note)
		}
	}

	// A new verdict on a re-attached figure replaces the old one for
	// good: clearing it must not bring the old mark back.
	mustSave(t, s, edited, figures(efacts), model.Mark{FactID: 2, Verdict: model.Verified, Reviewer: ana})
	mustSave(t, s, edited, figures(efacts), model.Mark{FactID: 2, Verdict: model.Unchecked, Reviewer: ana})
	for _, m := range mustMarks(t, s, edited, figures(efacts)) {
		if m.FactID == 2 || m.Text == "35 million euros" {
			t.Errorf("cleared figure came back: %+v", m)
		}
	}

	list, err := s.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 {
		t.Fatalf("List = %+v, want one article", list)
	}
	p := list[0]
	if p.Hash != model.ArticleHash(edited) || p.Figures != 5 || p.Verified != 2 || p.Unsure != 0 || p.Orphaned != 1 ||
		p.Checked() != 2 || p.Unchecked != 3 {
		t.Errorf("List = %+v, checked %d unchecked %d", p, p.Checked(), p.Unchecked)
	}
}

func testStdinArticlesAreKeptApart(t *testing.T, e testEngine) {
	s := e.open(t)
	a, fa := article(t, "-", "One\n\nIt is 12 km long.", "12 km")
	b, fb := article(t, "-", "Two\n\nIt is 12 km long.", "12 km")
	mustSave(t, s, a, figures(fa), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana})
	if marks := mustMarks(t, s, b, figures(fb)); len(marks) != 0 {
		t.Errorf("another text on stdin got marks %+v", marks)
	}
	if marks := mustMarks(t, s, a, figures(fa)); len(marks) != 1 {
		t.Errorf("same text on stdin got marks %+v, want 1", marks)
	}
}

func testPosition(t *testing.T, e testEngine) {
	ctx := context.Background()
	s := e.open(t)
	a, _ := bridgeArticle(t)
	if _, ok, err := s.Position(ctx, a, ana); ok || err != nil {
		t.Errorf("Position of a new article = %v, %v; want none", ok, err)
	}
	if err := s.SavePosition(ctx, a, ana, 30); err != nil {
		t.Fatal(err)
	}
	if off, ok, err := s.Position(ctx, a, ana); off != 30 || !ok || err != nil {
		t.Errorf("Position = %d, %v, %v; want 30", off, ok, err)
	}
	// A shorter version of the same source clamps the position.
	short, _ := article(t, "bridge.txt", "The bridge\n\nGone.")
	if off, ok, _ := s.Position(ctx, short, ana); off != len(short.Text) || !ok {
		t.Errorf("Position in shorter text = %d, %v; want %d", off, ok, len(short.Text))
	}
	// Offsets are kept on a rune boundary.
	uni, _ := article(t, "köln.txt", "Köln ist groß")
	if err := s.SavePosition(ctx, uni, ana, 2); err != nil {
		t.Fatal(err)
	}
	if off, _, _ := s.Position(ctx, uni, ana); off != 1 {
		t.Errorf("Position inside a rune = %d, want 1", off)
	}
	if err := s.SavePosition(ctx, uni, ana, -5); err != nil {
		t.Fatal(err)
	}
	if off, _, _ := s.Position(ctx, uni, ana); off != 0 {
		t.Errorf("negative position saved as %d, want 0", off)
	}
}

func testLocalPathSpellingsAreOneArticle(t *testing.T, e testEngine) {
	dir := t.TempDir()
	t.Chdir(dir)
	s := e.open(t)
	ctx := context.Background()
	a, facts := article(t, "bridge.txt", bridge, "12 km")
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana})
	if err := s.SavePosition(ctx, a, ana, 12); err != nil {
		t.Fatal(err)
	}
	for _, src := range []string{"./bridge.txt", filepath.Join(dir, "bridge.txt"), "sub/../bridge.txt"} {
		b, bfacts := article(t, src, bridge, "12 km")
		if marks := mustMarks(t, s, b, figures(bfacts)); len(marks) != 1 || marks[0].FactID != 0 {
			t.Errorf("%s: marks = %+v, want the mark made via bridge.txt", src, marks)
		}
		if off, ok, _ := s.Position(ctx, b, ana); !ok || off != 12 {
			t.Errorf("%s: position = %d, %v; want 12", src, off, ok)
		}
	}
	other, ofacts := article(t, "https://example.org/bridge.txt", bridge, "12 km")
	if marks := mustMarks(t, s, other, figures(ofacts)); len(marks) != 0 {
		t.Errorf("a URL shares marks with a local file: %+v", marks)
	}
}

func testIdenticalFiguresKeepTheirOwnMarks(t *testing.T, e testEngine) {
	s := e.open(t)
	a, facts := article(t, "list.txt", "Stations\n\n- 5 km\n\n- 5 km", "5 km", "5 km")
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana})
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 1, Verdict: model.Disputed, Reviewer: ana})
	marks := mustMarks(t, s, a, figures(facts))
	if len(marks) != 2 || marks[0].Verdict != model.Verified || marks[1].Verdict != model.Disputed {
		t.Errorf("Marks = %+v, want one per copy", marks)
	}
}

func testCancelledSaveWritesNothing(t *testing.T, e testEngine) {
	s := e.open(t)
	a, facts := bridgeArticle(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.SaveMark(ctx, a, figures(facts), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana}); err == nil {
		t.Error("SaveMark with a cancelled context succeeded")
	}
	if marks := mustMarks(t, s, a, figures(facts)); len(marks) != 0 {
		t.Errorf("cancelled save left marks %+v", marks)
	}
}

func testOpenManyAtOnce(t *testing.T, e testEngine) {
	path := e.db(t)
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			s, err := Open(context.Background(), path)
			if err == nil {
				err = s.Close()
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := versions(t, s); len(got) != schemaVersion(s) {
		t.Errorf("schema versions = %v after racing opens, want each once", got)
	}
}
