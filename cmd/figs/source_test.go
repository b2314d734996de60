package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"figs/articles"
	"figs/tui"
)

// The libraries articles builds are what the reader lists.
var (
	_ tui.Library = (*articles.Folder)(nil)
	_ tui.Library = articles.Embedded()
)

func TestSourceFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte("# Alpha\n\nIt cost €4 million.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	e := env{stdin: strings.NewReader("")}
	g := globalFlags{maxSize: articles.DefaultMaxSize}
	for _, args := range [][]string{nil, {"-"}, {"https://example.org/x"}, {filepath.Join(dir, "a.md")}, {filepath.Join(dir, "none")}} {
		if lib, err := sourceFolder(e, g, args); lib != nil || err != nil {
			t.Errorf("sourceFolder(%q) = %v, %v; want no library", args, lib, err)
		}
	}
	lib, err := sourceFolder(e, g, []string{dir})
	if err != nil || lib == nil {
		t.Fatalf("sourceFolder(dir) = %v, %v", lib, err)
	}
	entries, err := lib.Entries(context.Background())
	if err != nil || len(entries) != 1 || entries[0].Title != "Alpha" {
		t.Errorf("Entries = %+v, %v", entries, err)
	}
	if _, err := lib.Open(context.Background(), "../a.md"); !errors.Is(err, articles.ErrOutsideLibrary) {
		t.Errorf("Open(../a.md) error = %v", err)
	}
}

func TestLoadSourceStdin(t *testing.T) {
	e := env{stdin: strings.NewReader("Piped Title\n\n12 km of road.\n")}
	a, err := loadSource(context.Background(), e, globalFlags{}, []string{"-"})
	if err != nil || a.Title != "Piped Title" || a.Source != "-" {
		t.Errorf("loadSource(-) = %q from %q, %v", a.Title, a.Source, err)
	}
}
