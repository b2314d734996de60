package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadBadDB checks that a review database that cannot be written stops
// the reader before it starts, with one line on stderr and an error (exit 1).
func TestReadBadDB(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	locked := filepath.Join(dir, "locked")
	if err := os.Mkdir(locked, 0o500); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, db string
		root     bool // whether the case holds for root, who may write anywhere
	}{
		{"inside a regular file", filepath.Join(file, "figs.db"), true},
		{"a directory", dir, true},
		{"in an unwritable directory", filepath.Join(locked, "figs.db"), false},
		{"below an unwritable directory", filepath.Join(locked, "sub", "figs.db"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.root && os.Geteuid() == 0 {
				t.Skip("running as root, who may write into any directory: skipping")
			}
			out, errOut, err := runWithStdin(t, "", "--db", tt.db)
			if err == nil {
				t.Fatalf("figs --db %s succeeded; stdout:\n%s", tt.db, out)
			}
			if !strings.HasPrefix(errOut, "figs: review database") || strings.Count(errOut, "\n") != 1 {
				t.Errorf("stderr = %q, want one line starting with figs: review database", errOut)
			}
			if out != "" {
				t.Errorf("the reader drew on stdout: %q", out)
			}
		})
	}
}

// TestCheckDBCreates checks that a good path passes and leaves only the
// database file behind.
func TestCheckDBCreates(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "figs")
	path := filepath.Join(dir, "figs.db")
	if err := checkDB(path); err != nil {
		t.Fatalf("checkDB(%s) = %v", path, err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Name() != "figs.db" {
		t.Errorf("checkDB left %v in %s, want figs.db only", entries, dir)
	}
}
