package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"figs/articles/store/storetest"

	"figs/model"
)

// postgresEnv names a PostgreSQL server the tests may create databases on.
const postgresEnv = storetest.PostgresEnv

// postgresDB is a database of the test's own on that server (see
// storetest.PostgresDB).
func postgresDB(t testing.TB) string { return storetest.PostgresDB(t, "figs_test_") }

// testEngine is one engine the shared cases run on.
type testEngine struct {
	name string
	// db returns a new, empty database: a file path or a URL.
	db func(t testing.TB) string
}

// engines are every engine, SQLite first.
func engines() []testEngine {
	return []testEngine{
		{"sqlite", func(t testing.TB) string { return filepath.Join(t.TempDir(), "data", "figs.db") }},
		{"postgres", postgresDB},
	}
}

// open opens a new, empty store on e, closed when the test ends.
func (e testEngine) open(t testing.TB) *Store {
	t.Helper()
	return openDB(t, e.db(t))
}

func openDB(t testing.TB, db string) *Store {
	t.Helper()
	s, err := Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// storeCase is one case of the suite every engine runs.
type storeCase struct {
	name string
	run  func(t *testing.T, e testEngine)
}

// TestStore runs the shared cases on every engine: the same rules must
// hold on a SQLite file and on a PostgreSQL server.
func TestStore(t *testing.T) {
	for _, e := range engines() {
		t.Run(e.name, func(t *testing.T) {
			if e.name == "postgres" && os.Getenv(postgresEnv) == "" {
				t.Skip("skipping: " + postgresEnv + " is not set to a PostgreSQL URL (.ci/run starts a server and sets it)")
			}
			for _, c := range storeCases() {
				t.Run(c.name, func(t *testing.T) { c.run(t, e) })
			}
		})
	}
}

// rowCount counts the rows of table.
func rowCount(t testing.TB, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.eng.reader().queryRow(context.Background(), "SELECT count(*) FROM "+table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// rawExec runs q on s's database, outside the store's rules.
func rawExec(t testing.TB, s *Store, q string, args ...any) {
	t.Helper()
	if _, err := s.eng.reader().exec(context.Background(), q, args...); err != nil {
		t.Fatalf("%s: %v", strings.TrimSpace(q), err)
	}
}

// TestWriteReportOnPostgres writes the report of an article that has no
// folder of its own (the built-in one) into the report folder, created
// when missing: a PostgreSQL store has no file to write beside.
func TestWriteReportOnPostgres(t *testing.T) {
	db := postgresDB(t)
	dir := filepath.Join(t.TempDir(), "data", "figs")
	s, err := OpenConfig(context.Background(), Config{DB: db, ReportDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, facts := article(t, "default", bridge, "12 km")
	mustSave(t, s, a, figures(facts), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana})
	path, err := s.WriteReport(context.Background(), a, figures(facts))
	if err != nil || filepath.Dir(path) != dir {
		t.Fatalf("WriteReport = %q, %v; want a report in %s", path, err, dir)
	}
	if b, err := os.ReadFile(path); err != nil || !strings.Contains(string(b), "✓ verified") {
		t.Errorf("report %s: %v\n%s", path, err, b)
	}
}
