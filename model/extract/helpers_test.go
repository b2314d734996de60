package extract

import (
	"math"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"figs/model"
	"figs/model/testkit"
)

// checkInvariants reports every broken promise of Extract on text: spans in
// bounds and on rune boundaries, Text equal to the span, values finite,
// facts sorted and not overlapping, IDs equal to indexes, comparisons
// pointing at facts.
func checkInvariants(t *testing.T, name, text string, fs model.Facts) {
	t.Helper()
	prevEnd := 0
	for i, f := range fs.Facts {
		if f.ID != i {
			t.Errorf("%s: fact %d has ID %d", name, i, f.ID)
		}
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
			t.Fatalf("%s: fact %d span [%d,%d) out of bounds (len %d)", name, i, f.Start, f.End, len(text))
		}
		if f.Start < prevEnd {
			t.Errorf("%s: fact %d [%d,%d) overlaps or precedes the previous one ending at %d", name, i, f.Start, f.End, prevEnd)
		}
		prevEnd = f.End
		if text[f.Start:f.End] != f.Text {
			t.Errorf("%s: fact %d text %q != span %q", name, i, f.Text, text[f.Start:f.End])
		}
		if utf8.ValidString(text) && (!utf8.RuneStart(text[f.Start]) || (f.End < len(text) && !utf8.RuneStart(text[f.End]))) {
			t.Errorf("%s: fact %d [%d,%d) splits a rune", name, i, f.Start, f.End)
		}
		if math.IsNaN(f.Value) || math.IsInf(f.Value, 0) {
			t.Errorf("%s: fact %d %q has value %v", name, i, f.Text, f.Value)
		}
		if f.Max != nil && (math.IsNaN(*f.Max) || math.IsInf(*f.Max, 0)) {
			t.Errorf("%s: fact %d %q has max %v", name, i, f.Text, *f.Max)
		}
		if f.Kind == "" || f.Display == "" {
			t.Errorf("%s: fact %d %q has kind %q display %q", name, i, f.Text, f.Kind, f.Display)
		}
	}
	for _, c := range fs.Comparisons {
		if c.A < 0 || c.A >= len(fs.Facts) || c.B < 0 || c.B >= len(fs.Facts) || c.A == c.B {
			t.Errorf("%s: comparison %+v points outside the facts", name, c)
			continue
		}
		if math.IsNaN(c.Ratio) || math.IsInf(c.Ratio, 0) || math.IsNaN(c.Delta) || math.IsInf(c.Delta, 0) {
			t.Errorf("%s: comparison %+v is not finite", name, c)
		}
	}
}

// readDefault returns the project's default article, as stored in the repo.
func readDefault(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(testkit.ModuleRoot(t), "articles", "default.txt"))
	if err != nil {
		t.Fatalf("read the default article: %v", err)
	}
	return string(b)
}

// corpusFiles returns the text files of the shared corpora, or skips.
func corpusFiles(t testing.TB) []string {
	t.Helper()
	root := testkit.Corpora(t)
	var files []string
	for _, pat := range []string{"de-news/*.txt", "en-bbc/*.txt", "html/*/source.html"} {
		m, _ := filepath.Glob(filepath.Join(root, pat))
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skipf("no corpora at %s: the corpus tests need ../shared/corpora beside the project", root)
	}
	return files
}
