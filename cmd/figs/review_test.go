package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"figs/articles"
	"figs/articles/store"
	"figs/model"
	"figs/model/extract"
)

// runFigs runs figs with args and returns its stdout, stderr and error.
func runFigs(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return out.String(), errOut.String(), err
}

// reviewedFile writes a small article to a file, marks its first figure in
// the database at db, and returns the file's path and the figures.
func reviewedFile(t *testing.T, db string) (string, []model.Fact) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bridge.txt")
	text := "The new bridge\n\nThe bridge is 12 km long and cost 35 million euros.\n\nIt took 4 years to build."
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	a, err := articles.Load(ctx, path, articles.Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := reviewFacts(a, "auto")
	facts := found.Facts
	if len(facts) < 2 {
		t.Fatalf("found %d figures in the test article, want at least 2", len(facts))
	}
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m := model.Mark{FactID: 0, Verdict: model.Disputed, Note: "map says 11", Reviewer: model.Reviewer{Name: "ana"}}
	if err := s.SaveMark(ctx, a, found, m); err != nil {
		t.Fatal(err)
	}
	return path, facts
}

func TestReviewExportJSON(t *testing.T) {
	db := filepath.Join(t.TempDir(), "figs.db")
	path, facts := reviewedFile(t, db)
	out, errOut, err := runFigs(t, "review", "export", "--format", "json", "--db", db, path)
	if err != nil {
		t.Fatalf("export: %v (stderr %q)", err, errOut)
	}
	var doc struct {
		Article struct{ Title, Source, Hash string }
		Figures []struct {
			ID                                                    int
			Text, Display, Kind, Verdict, Note, Reviewer, Updated string
		}
		Summary struct{ Verified, Disputed, Unsure, Unchecked int }
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("export is not JSON: %v\n%s", err, out)
	}
	if doc.Article.Title != "The new bridge" || doc.Article.Source != path || len(doc.Article.Hash) != 64 {
		t.Errorf("article = %+v", doc.Article)
	}
	if len(doc.Figures) != len(facts) {
		t.Fatalf("%d figures exported, want %d", len(doc.Figures), len(facts))
	}
	f := doc.Figures[0]
	if f.Text != facts[0].Text || f.Verdict != "disputed" || f.Note != "map says 11" || f.Reviewer != "ana" || f.Updated == "" {
		t.Errorf("figures[0] = %+v", f)
	}
	if doc.Figures[1].Verdict != "unchecked" || doc.Figures[1].Updated != "" {
		t.Errorf("figures[1] = %+v, want unchecked", doc.Figures[1])
	}
	if doc.Summary.Disputed != 1 || doc.Summary.Unchecked != len(facts)-1 {
		t.Errorf("summary = %+v", doc.Summary)
	}
}

func TestReviewExportFormats(t *testing.T) {
	db := filepath.Join(t.TempDir(), "figs.db")
	path, _ := reviewedFile(t, db)
	for format, want := range map[string]string{
		"md":          "# Review: The new bridge",
		"csv":         "id,kind,text,display,verdict,note,reviewer,fingerprint,updated,orphaned\n",
		"claimreview": `"@type": "ClaimReview"`,
	} {
		out, errOut, err := runFigs(t, "review", "export", "-f", format, "--db", db, path)
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("export %s: err %v, stderr %q, output lacks %q:\n%s", format, err, errOut, want, out)
		}
	}
}

func TestReviewExportDefaultArticle(t *testing.T) {
	db := filepath.Join(t.TempDir(), "sub", "figs.db")
	out, errOut, err := runFigs(t, "review", "export", "--db", db)
	if err != nil {
		t.Fatalf("export: %v (stderr %q)", err, errOut)
	}
	if !strings.HasPrefix(out, "# Review: ") || !strings.Contains(out, "- Source: default") {
		t.Errorf("export of the default article:\n%s", out)
	}
	if fi, err := os.Stat(filepath.Dir(db)); err != nil || fi.Mode().Perm() != 0o700 {
		t.Errorf("database directory: %v, mode %v; want created with 0700", err, fi)
	}
}

func TestReviewList(t *testing.T) {
	db := filepath.Join(t.TempDir(), "figs.db")
	out, _, err := runFigs(t, "review", "list", "--db", db)
	if err != nil || !strings.HasPrefix(out, "no reviews yet") {
		t.Errorf("list of an empty database = %q, %v", out, err)
	}
	path, facts := reviewedFile(t, db)
	out, errOut, err := runFigs(t, "review", "list", "--db", db)
	if err != nil {
		t.Fatalf("list: %v (stderr %q)", err, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "PROGRESS") {
		t.Fatalf("list output:\n%s", out)
	}
	for _, want := range []string{"1/" + strconv.Itoa(len(facts)), "The new bridge", path} {
		if !strings.Contains(lines[1], want) {
			t.Errorf("list line %q lacks %q", lines[1], want)
		}
	}
}

// TestReviewListNoDatabase checks that listing where no database exists
// says there are no reviews, succeeds, and creates neither the file nor
// its directory.
func TestReviewListNoDatabase(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "figs")
	db := filepath.Join(dir, "figs.db")
	out, errOut, err := runFigs(t, "review", "list", "--db", db)
	if err != nil || !strings.HasPrefix(out, "no reviews yet") || !strings.Contains(out, db) || errOut != "" {
		t.Errorf("list without a database = %q, stderr %q, %v; want \"no reviews yet\" naming %s", out, errOut, err, db)
	}
	out, _, err = runFigs(t, "review", "list", "--json", "--db", db)
	if err != nil || strings.TrimSpace(out) != "[]" {
		t.Errorf("list --json without a database = %q, %v; want []", out, err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("list created %s (stat: %v)", dir, err)
	}
	t.Setenv("FIGS_DB", db)
	if out, _, err := runFigs(t, "review", "list"); err != nil || !strings.HasPrefix(out, "no reviews yet") {
		t.Errorf("list with FIGS_DB naming no file = %q, %v", out, err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("list created %s (stat: %v)", dir, err)
	}
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if out, _, err := runFigs(t, "review", "list"); err != nil || !strings.HasPrefix(out, "no reviews yet in "+db) {
		t.Errorf("list of an empty database = %q, %v", out, err)
	}
}

func TestReviewListJSON(t *testing.T) {
	db := filepath.Join(t.TempDir(), "figs.db")
	out, _, err := runFigs(t, "review", "list", "--json", "--db", db)
	if err != nil || strings.TrimSpace(out) != "[]" {
		t.Errorf("list --json of an empty database = %q, %v; want []", out, err)
	}
	path, facts := reviewedFile(t, db)
	out, _, err = runFigs(t, "review", "list", "--json", "--db", db)
	if err != nil {
		t.Fatal(err)
	}
	var list []store.ArticleProgress
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("list --json: %v\n%s", err, out)
	}
	if len(list) != 1 || list[0].Source != path || list[0].Disputed != 1 || list[0].Figures != len(facts) ||
		list[0].Unchecked != len(facts)-1 || list[0].Updated.IsZero() {
		t.Errorf("list --json = %+v", list)
	}
}

func TestReviewUsesFIGSDB(t *testing.T) {
	db := filepath.Join(t.TempDir(), "env.db")
	reviewedFile(t, db)
	t.Setenv("FIGS_DB", db)
	out, _, err := runFigs(t, "review", "list")
	if err != nil || !strings.Contains(out, "The new bridge") {
		t.Errorf("list with FIGS_DB = %q, %v", out, err)
	}
}

func TestReviewErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "figs.db")
	notDB := filepath.Join(dir, "junk.db")
	os.WriteFile(notDB, bytes.Repeat([]byte("not sqlite "), 200), 0o600)
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown format", []string{"review", "export", "--format", "pdf", "--db", db}, "--format"},
		{"missing source", []string{"review", "export", "--db", db, filepath.Join(dir, "nope.txt")}, "nope.txt"},
		{"database is a directory", []string{"review", "list", "--db", dir}, "directory"},
		{"database is not sqlite", []string{"review", "list", "--db", notDB}, "junk.db"},
		{"extra argument", []string{"review", "list", "--db", db, "x"}, "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := runFigs(t, tt.args...)
			if err == nil {
				t.Fatalf("succeeded with output %q", out)
			}
			if !strings.HasPrefix(errOut, "figs: ") || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, tt.want) {
				t.Errorf("stderr = %q, want one line \"figs: ...%s...\"", errOut, tt.want)
			}
		})
	}
}

func TestDBPath(t *testing.T) {
	home := func() (string, error) { return "/home/ana", nil }
	noHome := func() (string, error) { return "", errors.New("no $HOME") }
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	tests := []struct {
		name   string
		flag   string
		getenv func(string) string
		home   func() (string, error)
		want   string
	}{
		{"flag wins", "x.db", env("FIGS_DB", "/e.db", "XDG_DATA_HOME", "/xdg"), home, "x.db"},
		{"FIGS_DB", "", env("FIGS_DB", "/e.db", "XDG_DATA_HOME", "/xdg"), home, "/e.db"},
		{"XDG_DATA_HOME", "", env("XDG_DATA_HOME", "/xdg"), home, "/xdg/figs/figs.db"},
		{"relative XDG_DATA_HOME is ignored", "", env("XDG_DATA_HOME", "xdg"), home, "/home/ana/.local/share/figs/figs.db"},
		{"home", "", env(), home, "/home/ana/.local/share/figs/figs.db"},
		{"no home", "", env(), noHome, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := dbPath(tt.flag, tt.getenv, tt.home)
			if got != tt.want || (err != nil) != (tt.want == "") {
				t.Errorf("dbPath = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestReviewListOldDatabase(t *testing.T) {
	fixture, err := os.ReadFile(filepath.Join("..", "..", "articles", "store", "testdata", "schema_v1.sql"))
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(t.TempDir(), "old.db")
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(string(fixture)); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	out, errOut, err := runFigs(t, "review", "list", "--db", db)
	if err != nil {
		t.Fatalf("list of a version 1 database: %v (stderr %q)", err, errOut)
	}
	if !strings.Contains(out, "2/?") || !strings.Contains(out, "The bridge") {
		t.Errorf("list of a version 1 database:\n%s", out)
	}
}

// TestReviewCountsItems checks that export and list count review items as
// the reader does: the date is no item, and the two compared sums are one,
// checked once both have a verdict.
func TestReviewCountsItems(t *testing.T) {
	db := filepath.Join(t.TempDir(), "figs.db")
	path := filepath.Join(t.TempDir(), "budget.txt")
	text := "The budget\n\nThe budget rose to 35 million euros on 3 March 2024, up from 20 million euros a year earlier. The bridge is 12 km long."
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	a, err := articles.Load(ctx, path, articles.Options{})
	if err != nil {
		t.Fatal(err)
	}
	found := extract.Article(a, "auto")
	want := model.Progress(found.Facts, found.Comparisons, nil)
	if len(found.Comparisons) != 1 || want.Items != 2 || want.Figures != 4 {
		t.Fatalf("test article: %d figures, %d comparisons, %d items; want 4, 1, 2", want.Figures, len(found.Comparisons), want.Items)
	}
	s, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	cmp := found.Comparisons[0]
	for _, id := range []int{cmp.A, 1} { // one figure of the comparison, and the date
		if err := s.SaveMark(ctx, a, found, model.Mark{FactID: id, Verdict: model.Verified, Reviewer: model.Reviewer{Name: "ana"}}); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	list := func() store.ArticleProgress {
		t.Helper()
		out, errOut, err := runFigs(t, "review", "list", "--json", "--db", db)
		var l []store.ArticleProgress
		if err != nil || json.Unmarshal([]byte(out), &l) != nil || len(l) != 1 {
			t.Fatalf("list --json: %v, stderr %q\n%s", err, errOut, out)
		}
		return l[0]
	}
	if p := list(); p.Items != 2 || p.Figures != 4 || p.Checked() != 0 || p.Unchecked != 2 {
		t.Errorf("list after marking one figure of the comparison and the date = %+v, want 0 of 2 items checked", p)
	}
	s, err = store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	err = s.SaveMark(ctx, a, found, model.Mark{FactID: cmp.B, Verdict: model.Verified, Reviewer: model.Reviewer{Name: "ana"}})
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	if p := list(); p.Items != 2 || p.Verified != 1 || p.Unchecked != 1 {
		t.Errorf("list after marking both figures of the comparison = %+v, want 1 of 2 items verified", p)
	}
	out, errOut, err := runFigs(t, "review", "list", "--db", db)
	if err != nil || !strings.Contains(out, "1/2 ") {
		t.Errorf("list = %q, stderr %q, %v; want progress 1/2", out, errOut, err)
	}
	out, _, err = runFigs(t, "review", "export", "--format", "json", "--db", db, path)
	var doc struct{ Summary model.Summary }
	if err != nil || json.Unmarshal([]byte(out), &doc) != nil {
		t.Fatalf("export: %v\n%s", err, out)
	}
	if w := (model.Summary{Items: 2, Verified: 1, Unchecked: 1, Figures: 4}); doc.Summary != w {
		t.Errorf("export summary = %+v, want %+v", doc.Summary, w)
	}
	out, _, err = runFigs(t, "review", "export", "--db", db, path)
	if err != nil || !strings.Contains(out, "- Progress: 1/2 checked, 0 disputed") {
		t.Errorf("Markdown export = %v\n%s", err, out)
	}
}
