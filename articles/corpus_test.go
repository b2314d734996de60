package articles

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"figs/model"
	"figs/model/testkit"
)

type corpusMeta struct {
	Title  string `json:"title"`
	Byline string `json:"byline"`
	Lang   string `json:"lang"`
}

// TestHTMLCorpus reads every saved page of the corpora, checks the title
// against the reference metadata, and reports the score of the main text
// against the reference (see score). TestHTMLScore holds the floor.
func TestHTMLCorpus(t *testing.T) {
	root := filepath.Join(testkit.Corpora(t), "html")
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Skipf("no html corpus: %v", err)
	}
	var all, base scores
	var n, titles, bylines int
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		dir := filepath.Join(root, d.Name())
		t.Run(d.Name(), func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join(dir, "source.html"))
			if err != nil {
				t.Skip("no source.html")
			}
			a, err := Parse("page.html", src, Options{})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkArticle(t, a)
			var meta corpusMeta
			if raw, err := os.ReadFile(filepath.Join(dir, "expected-metadata.json")); err == nil {
				if err := json.Unmarshal(raw, &meta); err != nil {
					t.Fatal(err)
				}
			}
			exp, err := os.ReadFile(filepath.Join(dir, "expected.html"))
			if err != nil {
				t.Skip("no expected.html")
			}
			doc, err := html.Parse(strings.NewReader(string(exp)))
			if err != nil {
				t.Fatal(err)
			}
			want := textContent(doc)
			got := score(bodyText(a), want)
			s, _ := decodeHTML(src, "")
			raw := score(bodyText(extractHTML("page.html", s, nil, false).article()), want)
			n++
			all.add(got)
			base.add(raw)
			if inline(meta.Title) == a.Title {
				titles++
			} else {
				t.Errorf("title %q, reference %q", a.Title, meta.Title)
			}
			if inline(meta.Byline) == a.Byline {
				bylines++
			} else {
				t.Logf("byline %q, reference %q", a.Byline, meta.Byline)
			}
			t.Logf("%s: P %.3f R %.3f F %.3f (readability alone: P %.3f R %.3f F %.3f)",
				d.Name(), got.P, got.R, got.F, raw.P, raw.R, raw.F)
			if got.R < 0.5 {
				t.Errorf("kept only %.1f%% of the reference text", 100*got.R)
			}
		})
	}
	if n > 0 && bylines*5 < n*4 {
		t.Errorf("only %d of %d bylines match the reference", bylines, n)
	}
	if n > 0 {
		m, b := all.mean(), base.mean()
		t.Logf("%d pages: titles %d/%d, bylines %d/%d, mean P %.3f R %.3f F %.3f (readability alone: P %.3f R %.3f F %.3f)",
			n, titles, n, bylines, n, m.P, m.R, m.F, b.P, b.R, b.F)
	}
}

// bodyText is the text of an article after its title and meta blocks.
func bodyText(a model.Article) string {
	for _, b := range a.Blocks {
		if b.Kind != model.BlockTitle && b.Kind != model.BlockMeta {
			return a.Text[b.Start:]
		}
	}
	return ""
}

// TestTextCorpus parses every text article of the corpora: each must load,
// keep its invariants, and the English files (headline, blank line, body)
// must get their headline as title.
func TestTextCorpus(t *testing.T) {
	root := testkit.Corpora(t)
	for _, sub := range []string{"de-news", "en-bbc"} {
		files, err := filepath.Glob(filepath.Join(root, sub, "*.txt"))
		if err != nil || len(files) == 0 {
			t.Logf("no files in %s", sub)
			continue
		}
		titled := 0
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(f, data, Options{})
			if err != nil {
				t.Errorf("Parse(%s): %v", f, err)
				continue
			}
			checkArticle(t, a)
			first, _, _ := strings.Cut(strings.TrimSpace(string(data)), "\n")
			if a.Title == strings.TrimSpace(first) {
				titled++
			}
		}
		t.Logf("%s: %d files, %d titled by their first line", sub, len(files), titled)
		if sub == "en-bbc" && titled != len(files) {
			t.Errorf("en-bbc: only %d of %d files got their headline as title", titled, len(files))
		}
	}
}

// BenchmarkParse measures the formats on the corpora: a long German text
// and the longest saved page.
func BenchmarkParse(b *testing.B) {
	root := testkit.Corpora(b)
	for _, tc := range []struct{ name, glob string }{
		{"text", filepath.Join(root, "de-news", "*.txt")},
		{"html", filepath.Join(root, "html", "*", "source.html")},
	} {
		files, _ := filepath.Glob(tc.glob)
		var data []byte
		for _, f := range files {
			d, err := os.ReadFile(f)
			if err == nil && len(d) > len(data) {
				data = d
			}
		}
		if data == nil {
			b.Skipf("no files for %s", tc.glob)
		}
		name := "x.txt"
		if tc.name == "html" {
			name = "x.html"
		}
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Parse(name, data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
