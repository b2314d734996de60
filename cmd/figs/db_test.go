package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"figs/articles/store/storetest"
)

// postgresEnv names a PostgreSQL server the tests may create databases on.
const postgresEnv = storetest.PostgresEnv

// teamDB is a database of the test's own on that server (see
// storetest.PostgresDB).
func teamDB(t testing.TB) string { return storetest.PostgresDB(t, "figs_cmd_") }

// TestDBURLIsNeverAPath runs every command that takes --db with URLs that
// cannot be served: each fails with one line and creates nothing, where
// figs once made a directory "postgres:" with a SQLite file in it.
func TestDBURLIsNeverAPath(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("XDG_DATA_HOME", dir+"/data")
	t.Setenv("FIGS_DB", "")
	urls := map[string]string{
		"server down":  "postgres://postgres@127.0.0.1:1/figs?sslmode=disable",
		"postgresql":   "postgresql://postgres@127.0.0.1:1/figs?sslmode=disable&connect_timeout=2",
		"bad URL":      "postgres://postgres@[::1/figs",
		"other scheme": "mysql://root@127.0.0.1/figs",
	}
	commands := map[string][]string{
		"reader":        nil,
		"review list":   {"review", "list"},
		"review export": {"review", "export"},
		"serve":         {"serve", "--open", "--listen", "127.0.0.1:0"},
	}
	for un, u := range urls {
		for cn, args := range commands {
			t.Run(un+"/"+cn, func(t *testing.T) {
				_, stderr, err := runFigs(t, append([]string{"--db", u}, args...)...)
				if err == nil {
					t.Fatal("succeeded, want an error")
				}
				lines := strings.Split(strings.TrimSpace(stderr), "\n")
				last := lines[len(lines)-1]
				if !strings.HasPrefix(last, "figs: review database: ") {
					t.Errorf("stderr ends with %q, want one line about the review database", last)
				}
				if strings.Contains(un, "down") && !strings.Contains(last, "cannot connect to PostgreSQL") {
					t.Errorf("error %q does not say the server cannot be reached", last)
				}
			})
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "data" {
			t.Errorf("a URL left %q in the working directory", e.Name())
		}
	}
}

// TestReviewOnPostgres runs figs review list and export against a
// PostgreSQL server: the reviewer of each verdict is in the export, and
// --history shows a replaced verdict.
func TestReviewOnPostgres(t *testing.T) {
	db := teamDB(t)
	out, errOut, err := runFigs(t, "review", "list", "--db", db)
	if err != nil || !strings.Contains(out, "no reviews yet in postgres://") {
		t.Fatalf("list of an empty database = %q, %q, %v", out, errOut, err)
	}
	path, _ := reviewedFile(t, db)
	out, errOut, err = runFigs(t, "review", "list", "--db", db, "--json")
	if err != nil || !strings.Contains(out, `"disputed": 1`) {
		t.Fatalf("list = %q, %q, %v", out, errOut, err)
	}
	out, errOut, err = runFigs(t, "review", "export", "--db", db, "--format", "json", "--history", path)
	if err != nil {
		t.Fatalf("export: %v (%s)", err, errOut)
	}
	var doc struct {
		Figures []struct {
			Verdict, Reviewer string
		}
		History []json.RawMessage
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Figures) == 0 || doc.Figures[0].Verdict != "disputed" || doc.Figures[0].Reviewer != "ana" || doc.History == nil {
		t.Errorf("export = %s", out)
	}
	if _, _, err := runFigs(t, "review", "export", "--db", db, "--format", "csv", "--history", path); err == nil {
		t.Error("--history with csv succeeded")
	}
}
