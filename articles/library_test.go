package articles

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// writeFile writes a file under dir, creating folders.
func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFolder(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	outside := t.TempDir()
	writeFile(t, dir, "b-notes.md", "# Budget Notes\n\nSpending rose 4% to €12 million.\n")
	writeFile(t, dir, "a-plain.txt", "Bridge Report\n\nThe bridge is 740 m long.\n")
	writeFile(t, dir, "sub/page.html", testPage)
	writeFile(t, dir, "sub/.hidden.txt", "Hidden\n\nnot listed\n")
	writeFile(t, dir, ".git/config.txt", "Hidden\n\nnot listed\n")
	writeFile(t, dir, "image.png", "\x89PNG")
	writeFile(t, dir, "binary.txt", "\x00\x01\x02")
	secret := writeFile(t, outside, "secret.txt", "Secret\n\nThe key is 1234.\n")
	if err := os.Symlink(secret, filepath.Join(dir, "escape.txt")); err != nil {
		t.Skipf("symbolic links not available: %v", err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "escape-dir")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "a-plain.txt"), filepath.Join(dir, "inside-link.txt")); err != nil {
		t.Fatal(err)
	}

	lib, err := OpenFolder(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	entries, err := lib.Entries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name+"="+e.Title)
		if e.Size <= 0 || e.Figures < 1 {
			t.Errorf("entry %+v lacks size or figures", e)
		}
	}
	want := "a-plain.txt=Bridge Report b-notes.md=Budget Notes inside-link.txt=Bridge Report sub/page.html=Tide Tables"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("entries = %s\nwant      %s", got, want)
	}

	a, err := lib.Open(ctx, "sub/page.html")
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Tide Tables" || a.Source != filepath.Join(dir, "sub", "page.html") {
		t.Errorf("Open gave title %q source %q", a.Title, a.Source)
	}

	for _, name := range []string{
		"../" + filepath.Base(outside) + "/secret.txt", "/etc/passwd", filepath.Join(outside, "secret.txt"),
		"escape.txt", "escape-dir/secret.txt", "sub/../../x.txt", "./a-plain.txt", "", ".", `sub\page.html`,
	} {
		_, err := lib.Open(ctx, name)
		if !errors.Is(err, ErrOutsideLibrary) {
			t.Errorf("Open(%q) error = %v, want ErrOutsideLibrary", name, err)
		}
	}
	if _, err := lib.Open(ctx, "missing.txt"); err == nil || errors.Is(err, ErrOutsideLibrary) {
		t.Errorf("Open(missing) error = %v", err)
	}
}

func TestFolderCache(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	p := writeFile(t, dir, "a.txt", "First Title\n\n1 figure.\n")
	stamp := time.Unix(1_000_000_000, 0)
	if err := os.Chtimes(p, stamp, stamp); err != nil {
		t.Fatal(err)
	}
	lib, err := OpenFolder(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	title := func() string {
		t.Helper()
		e, err := lib.Entries(ctx)
		if err != nil || len(e) != 1 {
			t.Fatalf("Entries = %+v, %v", e, err)
		}
		return e[0].Title
	}
	if got := title(); got != "First Title" {
		t.Fatalf("title %q", got)
	}
	// Same size and time: the listing comes from the cache.
	if err := os.WriteFile(p, []byte("Other Title\n\n1 figure.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, stamp, stamp); err != nil {
		t.Fatal(err)
	}
	if got := title(); got != "First Title" {
		t.Errorf("unchanged size and time re-read the file: title %q", got)
	}
	// A new time: the file is read again.
	if err := os.Chtimes(p, stamp, stamp.Add(time.Minute)); err != nil {
		t.Fatal(err)
	}
	if got := title(); got != "Other Title" {
		t.Errorf("a changed file kept its old listing: title %q", got)
	}
}

func TestOpenFolderErrors(t *testing.T) {
	dir := t.TempDir()
	f := writeFile(t, dir, "a.txt", "x")
	if _, err := OpenFolder(f, Options{}); err == nil || !strings.Contains(err.Error(), "is not a folder") {
		t.Errorf("OpenFolder(file) error = %v", err)
	}
	if _, err := OpenFolder(filepath.Join(dir, "none"), Options{}); err == nil || strings.Contains(err.Error(), "\n") {
		t.Errorf("OpenFolder(missing) error = %v", err)
	}
}

func TestEmbedded(t *testing.T) {
	ctx := context.Background()
	lib := Embedded()
	entries, err := lib.Entries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) < 3 {
		t.Fatalf("embedded library has %d entries: %+v", len(entries), entries)
	}
	for _, e := range entries {
		a, err := lib.Open(ctx, e.Name)
		if err != nil {
			t.Fatalf("Open(%s): %v", e.Name, err)
		}
		checkArticle(t, a)
		if a.Title != e.Title || e.Figures == 0 {
			t.Errorf("entry %+v does not match article %q", e, a.Title)
		}
	}
	def, err := lib.Open(ctx, defaultName)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := Default()
	if def.Text != want.Text || def.Source != DefaultSource {
		t.Errorf("embedded default differs from Default(): source %q", def.Source)
	}
	if _, err := lib.Open(ctx, "../load.go"); !errors.Is(err, ErrOutsideLibrary) {
		t.Errorf("Open(../load.go) error = %v", err)
	}
}

// BenchmarkEntries lists a folder of 200 articles: "cold" reads them all,
// "cached" lists them again unchanged.
func BenchmarkEntries(b *testing.B) {
	dir := b.TempDir()
	for i := range 200 {
		p := filepath.Join(dir, fmt.Sprintf("a%03d.txt", i))
		text := fmt.Sprintf("Article %d\n\n%s", i, strings.Repeat("Costs rose 4.5% to €12 million in 2024. ", 100))
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	ctx := context.Background()
	b.Run("cold", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			lib, err := OpenFolder(dir, Options{})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := lib.Entries(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cached", func(b *testing.B) {
		lib, err := OpenFolder(dir, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := lib.Entries(ctx); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := lib.Entries(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func TestFromFS(t *testing.T) {
	ctx := context.Background()
	lib := FromFS(fstest.MapFS{
		"default.txt":  {Data: []byte("Not The Default\n\n3 km.\n")},
		"x/b.md":       {Data: []byte("# Bee\n\n12 hives.\n")},
		"x/notes.pdf":  {Data: []byte("%PDF")},
		"x/.hidden.md": {Data: []byte("# Hidden\n")},
		"y/big.txt":    {Data: []byte("Big\n\n" + strings.Repeat("1 ", 600))},
		"y/empty.txt":  {Data: nil},
		"y/escape.txt": {Data: []byte("\x1b]0;t\x07Esc Title\n\nSafe 5 m.")},
	}, Options{MaxSize: 1 << 10})
	entries, err := lib.Entries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name+"="+e.Title)
	}
	if want := "default.txt=Not The Default x/b.md=Bee y/escape.txt=Esc Title"; strings.Join(got, " ") != want {
		t.Errorf("entries %q, want %q", strings.Join(got, " "), want)
	}
	a, err := lib.Open(ctx, "default.txt")
	if err != nil || a.Source != "default.txt" {
		t.Errorf("Open(default.txt) = source %q, %v", a.Source, err)
	}
	if _, err := lib.Open(ctx, "y/big.txt"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("Open(big) error = %v, want ErrTooLarge", err)
	}
	if _, err := lib.Open(ctx, "../x"); !errors.Is(err, ErrOutsideLibrary) {
		t.Errorf("Open(../x) error = %v", err)
	}
}
