package store

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"figs/model"
)

func testPositionPerReviewer(t *testing.T, e testEngine) {
	ctx := context.Background()
	s := e.open(t)
	a, _ := bridgeArticle(t)
	ben := model.Reviewer{Name: "ben", Fingerprint: "SHA256:ben"}
	benOtherKey := model.Reviewer{Name: "ben", Fingerprint: "SHA256:other"}
	if err := s.SavePosition(ctx, a, ana, 12); err != nil {
		t.Fatal(err)
	}
	if err := s.SavePosition(ctx, a, ben, 30); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		r    model.Reviewer
		want int
		ok   bool
	}{{ana, 12, true}, {ben, 30, true}, {benOtherKey, 0, false}, {model.Reviewer{}, 0, false}} {
		if off, ok, err := s.Position(ctx, a, tt.r); off != tt.want || ok != tt.ok || err != nil {
			t.Errorf("Position for %+v = %d, %v, %v; want %d, %v", tt.r, off, ok, err, tt.want, tt.ok)
		}
	}
	// Saving again moves only that reviewer.
	if err := s.SavePosition(ctx, a, ana, 40); err != nil {
		t.Fatal(err)
	}
	if off, _, _ := s.Position(ctx, a, ben); off != 30 {
		t.Errorf("ben's position = %d after ana moved, want 30", off)
	}
	if off, _, _ := s.Position(ctx, a, ana); off != 40 {
		t.Errorf("ana's position = %d, want 40", off)
	}
}

// TestMigrateV2Positions opens a version 2 database holding a position: it
// stays the starting point of every reviewer until they save their own.
func TestMigrateV2Positions(t *testing.T) {
	fixture, err := os.ReadFile(filepath.Join("testdata", "schema_v1.sql"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "figs.db")
	raw, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := bridgeArticle(t)
	abs, err := filepath.Abs(a.Source)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		string(fixture),
		sqliteMigrations()[1].sql,
		`INSERT INTO schema_migrations VALUES (2, '2026-02-01T00:00:00.000000000Z')`,
		`DELETE FROM positions`,
		`INSERT INTO positions VALUES ('src:` + abs + `', 'c0ffee', 30, '2026-02-01T00:00:00.000000000Z')`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("building the version 2 database: %v", err)
		}
	}
	raw.Close()

	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ben := model.Reviewer{Name: "ben", Fingerprint: "SHA256:ben"}
	for _, r := range []model.Reviewer{ana, ben} {
		if off, ok, err := s.Position(ctx, a, r); off != 30 || !ok || err != nil {
			t.Errorf("Position for %+v = %d, %v, %v; want the old 30", r, off, ok, err)
		}
	}
	if err := s.SavePosition(ctx, a, ana, 12); err != nil {
		t.Fatal(err)
	}
	if off, _, _ := s.Position(ctx, a, ana); off != 12 {
		t.Errorf("ana's own position = %d, want 12", off)
	}
	if off, _, _ := s.Position(ctx, a, ben); off != 30 {
		t.Errorf("ben's position = %d, want the old 30", off)
	}
}
