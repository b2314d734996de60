package tui

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"figs/articles"
	"figs/model"
	"figs/model/extract"
	"figs/model/testkit"
)

// TestReaderFiguresAreFactsFigures holds the figures the reader finds, chunk
// by chunk in the background, equal to those of figs facts (extract.Article)
// on every corpus text, loaded the way figs facts loads it, and on long
// articles of many chunks: stored marks are attached by figure identity, so
// the reader, figs facts, figs review and the library must agree.
func TestReaderFiguresAreFactsFigures(t *testing.T) {
	dir := testkit.Corpora(t)
	var files []string
	for _, pat := range []string{"de-news/*.txt", "en-bbc/*.txt", "html/*/source.html"} {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		files = append(files, m...)
	}
	sort.Strings(files)
	if len(files) == 0 {
		t.Skipf("no corpus texts in %s", dir)
	}
	var long strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := articles.Parse(f, data, articles.Options{})
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		name, _ := filepath.Rel(dir, f)
		checkReaderFigures(t, name, a)
		if strings.HasSuffix(f, ".txt") {
			long.Write(data)
			long.WriteString("\n\n")
		}
	}
	// several chunks, a first chunk that ends inside the text, code blocks
	// between the chunks, and one paragraph with no blank line
	text := long.String()
	for len(text) < 3*extract.ChunkSize {
		text += text
	}
	md := "# Corpus\n\n```\ncost 12 km and 5 % in code\n```\n\n" + text[:2*extract.ChunkSize] +
		"\n\n```\n3 kg\n```\n\n" + text[2*extract.ChunkSize:]
	a, err := articles.Parse("corpus.md", []byte(md), articles.Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkReaderFigures(t, "long markdown", a)
	checkReaderFigures(t, "one paragraph", parsePlain("one", "Title\n\n"+strings.ReplaceAll(text[:extract.ChunkSize+extract.FirstChunk], "\n\n", " ")))
}

// checkReaderFigures opens a in the reader, lets it count every figure and
// compares them with extract.Article's.
func checkReaderFigures(t *testing.T, name string, a model.Article) {
	t.Helper()
	m := start(t, a, Options{}, 120, 40)
	if !m.doc.fig.complete() {
		t.Fatalf("%s: the reader has not counted every figure", name)
	}
	got, want := m.doc.fig.found(m.doc.lang), extract.Article(a, "")
	if got.Lang != want.Lang {
		t.Errorf("%s: the reader reads %q, figs facts %q", name, got.Lang, want.Lang)
	}
	if len(got.Facts) != len(want.Facts) || len(got.Comparisons) != len(want.Comparisons) {
		t.Errorf("%s: the reader found %d figures and %d comparisons, figs facts %d and %d",
			name, len(got.Facts), len(got.Comparisons), len(want.Facts), len(want.Comparisons))
	}
	for i := range min(len(got.Facts), len(want.Facts)) {
		if !reflect.DeepEqual(got.Facts[i], want.Facts[i]) {
			t.Errorf("%s: figure %d: reader %+v, figs facts %+v", name, i, got.Facts[i], want.Facts[i])
			return
		}
	}
	for i := range min(len(got.Comparisons), len(want.Comparisons)) {
		if !reflect.DeepEqual(got.Comparisons[i], want.Comparisons[i]) {
			t.Errorf("%s: comparison %d: reader %+v, figs facts %+v", name, i, got.Comparisons[i], want.Comparisons[i])
			return
		}
	}
	if len(a.Text) > extract.LangSample {
		return
	}
	// a short article is one chunk: the chunked path finds what the engine
	// finds in the whole text with its code blocks blanked out
	b := []byte(a.Text)
	for _, bl := range a.Blocks {
		if bl.Kind == model.BlockCode {
			for k := bl.Start; k < bl.End; k++ {
				if b[k] != '\n' {
					b[k] = ' '
				}
			}
		}
	}
	whole := extract.Extract(string(b), extract.Options{Lang: want.Lang})
	if len(whole.Facts) != len(want.Facts) {
		t.Errorf("%s: %d figures chunk by chunk, %d in the whole text", name, len(want.Facts), len(whole.Facts))
	}
}
