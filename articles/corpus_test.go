package articles

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"

	"figs/model"
	"figs/model/testkit"
)

// words splits s into lowercased words of letters and digits.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// overlap measures how much of want's words got appear in got (kept) and
// how much of got is not in want (extra), as fractions of their sizes.
func overlap(got, want []string) (kept, extra float64) {
	count := map[string]int{}
	for _, w := range want {
		count[w]++
	}
	common := 0
	for _, w := range got {
		if count[w] > 0 {
			count[w]--
			common++
		}
	}
	if len(want) > 0 {
		kept = float64(common) / float64(len(want))
	}
	if len(got) > 0 {
		extra = float64(len(got)-common) / float64(len(got))
	}
	return kept, extra
}

type corpusMeta struct {
	Title  string `json:"title"`
	Byline string `json:"byline"`
	Lang   string `json:"lang"`
}

// TestHTMLCorpus reads every saved page of the corpora, checks the title
// against the reference metadata, and reports the share of the reference
// text kept and of the output that is not in the reference (boilerplate).
func TestHTMLCorpus(t *testing.T) {
	root := filepath.Join(testkit.Corpora(t), "html")
	dirs, err := os.ReadDir(root)
	if err != nil {
		t.Skipf("no html corpus: %v", err)
	}
	var sumKept, sumExtra, sumBaseKept, sumBaseExtra float64
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
			want := words(textContent(doc))
			kept, extra := overlap(words(bodyText(a)), want)
			s, _ := decodeHTML(src, "")
			base := extractHTML("page.html", s, nil, false).article()
			baseKept, baseExtra := overlap(words(bodyText(base)), want)
			n++
			sumKept += kept
			sumExtra += extra
			sumBaseKept += baseKept
			sumBaseExtra += baseExtra
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
			t.Logf("%s: kept %.1f%% of the reference text, %.1f%% of the output not in it (readability alone: %.1f%%, %.1f%%)",
				d.Name(), 100*kept, 100*extra, 100*baseKept, 100*baseExtra)
			if kept < 0.5 {
				t.Errorf("kept only %.1f%% of the reference text", 100*kept)
			}
		})
	}
	if n > 0 && bylines*5 < n*4 {
		t.Errorf("only %d of %d bylines match the reference", bylines, n)
	}
	if n > 0 {
		t.Logf("%d pages: titles %d/%d, bylines %d/%d, mean kept %.1f%%, mean boilerplate %.1f%% (readability alone: %.1f%%, %.1f%%)",
			n, titles, n, bylines, n, 100*sumKept/float64(n), 100*sumExtra/float64(n),
			100*sumBaseKept/float64(n), 100*sumBaseExtra/float64(n))
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
