package articles

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"figs/model/extract"
	"figs/model/testkit"
)

// scoringPage is one saved page of the HTML corpus with its reference.
type scoringPage struct {
	name string
	lang string // "de" or "en": declared in the metadata, else detected
	src  []byte
	want string // the text of expected.html
	// bare is want without the <figcaption>s, which figs drops on purpose
	bare string
}

// scoringCorpus reads ../shared/corpora/html, or skips.
func scoringCorpus(tb testing.TB) []scoringPage {
	tb.Helper()
	root := filepath.Join(testkit.Corpora(tb), "html")
	dirs, err := os.ReadDir(root)
	if err != nil {
		tb.Skipf("no html corpus: %v", err)
	}
	var pages []scoringPage
	for _, d := range dirs {
		dir := filepath.Join(root, d.Name())
		src, err := os.ReadFile(filepath.Join(dir, "source.html"))
		if err != nil {
			continue
		}
		exp, err := os.ReadFile(filepath.Join(dir, "expected.html"))
		if err != nil {
			continue
		}
		doc, err := html.Parse(strings.NewReader(string(exp)))
		if err != nil {
			tb.Fatal(err)
		}
		p := scoringPage{name: d.Name(), src: src, want: textContent(doc)}
		removeFigcaptions(doc)
		p.bare = textContent(doc)
		var meta corpusMeta
		if raw, err := os.ReadFile(filepath.Join(dir, "expected-metadata.json")); err == nil {
			if err := json.Unmarshal(raw, &meta); err != nil {
				tb.Fatal(err)
			}
		}
		if p.lang = normalizeLang(meta.Lang); p.lang == "" {
			p.lang = extract.DetectLang(p.want)
		}
		pages = append(pages, p)
	}
	if len(pages) == 0 {
		tb.Skipf("no pages with a reference in %s: skipping", root)
	}
	return pages
}

// removeFigcaptions deletes the <figcaption> elements under n.
func removeFigcaptions(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.Data == "figcaption" {
			n.RemoveChild(c)
		} else {
			removeFigcaptions(c)
		}
		c = next
	}
}

// scoredPath is one way of getting a page's main text.
type scoredPath struct {
	name string
	text func(src []byte) string
}

// scoredPaths are the extractions TestHTMLScore compares; the first is
// figs' default, the one the floors hold. The go-trafilatura paths the
// README compares are in the history (commit 6e07a64).
var scoredPaths = []scoredPath{
	{"figs (default)", func(src []byte) string {
		a, err := Parse("page.html", src, Options{})
		if err != nil {
			return ""
		}
		return bodyText(a)
	}},
	{"go-readability alone", func(src []byte) string {
		s, _ := decodeHTML(src, "")
		return bodyText(extractHTML("page.html", s, nil, false).article())
	}},
}

// Floors of the default path's mean F on the corpus, a little under what
// it reaches (see the README), so that a change that loses text or lets
// boilerplate in fails. The references keep picture captions, which figs
// drops on purpose: that costs about 0.025 of recall.
var minMeanF = map[string]float64{"all": 0.98, "de": 0.98, "en": 0.98}

// minBareF is the floor of the default path's mean F over all pages
// against the references without their <figcaption>s.
const minBareF = 0.985

// TestHTMLScore scores every path of scoredPaths over the HTML corpus,
// per language and over all pages, and fails when the default path's mean
// F falls below its floor. Run with -v for the table.
func TestHTMLScore(t *testing.T) {
	pages := scoringCorpus(t)
	for i, p := range scoredPaths {
		byLang := map[string]*scores{"all": {}}
		bare := map[string]*scores{"all": {}}
		var worst []string
		for _, pg := range pages {
			text := p.text(pg.src)
			s := score(text, pg.want)
			byLang["all"].add(s)
			bare["all"].add(score(text, pg.bare))
			if byLang[pg.lang] == nil {
				byLang[pg.lang], bare[pg.lang] = &scores{}, &scores{}
			}
			byLang[pg.lang].add(s)
			bare[pg.lang].add(score(text, pg.bare))
			if s.F < 0.95 {
				worst = append(worst, fmt.Sprintf("%s %.3f/%.3f/%.3f", pg.name, s.P, s.R, s.F))
			}
		}
		langs := make([]string, 0, len(byLang))
		for l := range byLang {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		for _, l := range langs {
			m, b := byLang[l].mean(), bare[l].mean()
			t.Logf("%-44s %-3s %2d pages  P %.3f  R %.3f  F %.3f  (reference without figcaptions: P %.3f  R %.3f  F %.3f)",
				p.name, l, byLang[l].n, m.P, m.R, m.F, b.P, b.R, b.F)
			if floor, ok := minMeanF[l]; ok && i == 0 && m.F < floor {
				t.Errorf("%s: mean F %.3f on the %s pages, below the floor %.3f", p.name, m.F, l, floor)
			}
		}
		if b := bare["all"].mean(); i == 0 && b.F < minBareF {
			t.Errorf("%s: mean F %.3f against the references without captions, below the floor %.3f", p.name, b.F, minBareF)
		}
		if len(worst) > 0 {
			t.Logf("%-44s pages under F 0.95 (P/R/F): %s", p.name, strings.Join(worst, ", "))
		}
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name, got, want string
		p, r            float64
	}{
		{"same", "Die Brücke kostet 412 Mio.", "die brücke, kostet 412 mio", 1, 1},
		{"both empty", "", " . ", 1, 1},
		{"nothing found", "", "Zwei Wörter", 0, 0},
		{"boilerplate added", "a b c d", "a b", 0.5, 1},
		{"half lost", "a b", "a b c d", 1, 0.5},
		{"repeats count once each", "a a a b", "a b b", 0.5, 2.0 / 3},
		{"marks and underscores join a token", "e\u0301t_x", "e\u0301t_x", 1, 1},
	}
	for _, tt := range tests {
		s := score(tt.got, tt.want)
		f := 0.0
		if tt.p+tt.r > 0 {
			f = 2 * tt.p * tt.r / (tt.p + tt.r)
		}
		if math.Abs(s.P-tt.p) > 1e-9 || math.Abs(s.R-tt.r) > 1e-9 || math.Abs(s.F-f) > 1e-9 {
			t.Errorf("%s: score(%q, %q) = %+v, want P %v R %v F %v", tt.name, tt.got, tt.want, s, tt.p, tt.r, f)
		}
	}
}

// BenchmarkHTMLCorpus parses every page of the HTML corpus per op, in
// MB/s, and reports the slowest page in ms per MB of HTML (worst-ms/MB;
// the budget is 50).
func BenchmarkHTMLCorpus(b *testing.B) {
	pages := scoringCorpus(b)
	total := 0
	for _, p := range pages {
		total += len(p.src)
	}
	spent := make([]time.Duration, len(pages))
	b.ReportAllocs()
	b.SetBytes(int64(total))
	for b.Loop() {
		for i, p := range pages {
			start := time.Now()
			if _, err := Parse("page.html", p.src, Options{}); err != nil {
				b.Fatal(err)
			}
			spent[i] += time.Since(start)
		}
	}
	worst, name := 0.0, ""
	for i, p := range pages {
		msPerMB := spent[i].Seconds() * 1000 / float64(b.N) / (float64(len(p.src)) / 1e6)
		if msPerMB > worst {
			worst, name = msPerMB, p.name
		}
	}
	b.ReportMetric(worst, "worst-ms/MB")
	b.Logf("slowest page per MB: %s", name)
}
