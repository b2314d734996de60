package articles

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"golang.org/x/net/html"

	"figs/model"
)

// TestParseGolden parses every file of testdata/formats and compares the
// article model with its golden. Run with -update to rewrite the goldens.
func TestParseGolden(t *testing.T) {
	tests := []struct {
		file string
		lang bool // the file declares its language, so Lang is part of the golden
	}{
		{"plain.txt", false},
		{"latin1.txt", false},
		{"utf16.txt", false},
		{"escapes.txt", false},
		{"notes.md", false},
		{"frontmatter.md", true},
		{"notes-noext", true},
		{"page.html", true},
		{"page-noext", true},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "formats", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(tt.file, data, Options{})
			if err != nil {
				t.Fatalf("Parse(%s): %v", tt.file, err)
			}
			checkArticle(t, a)
			if !tt.lang {
				// Detected languages depend on the extraction engine, not on this package.
				a.Lang = ""
			}
			out, err := json.MarshalIndent(struct {
				Article any      `json:"article"`
				Blocks  []string `json:"block_texts"`
			}{a, blockTexts(a)}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, append(out, '\n'))
		})
	}
}

// blockTexts lists each block as "kind: text", for goldens people can read.
func blockTexts(a model.Article) []string {
	out := make([]string, len(a.Blocks))
	for i, b := range a.Blocks {
		out[i] = string(b.Kind) + ": " + a.BlockText(b)
	}
	return out
}

// TestHTMLPages checks the pages of testdata/html, written to hold the
// furniture of German and English news sites and blogs: every line of
// NAME.want.txt must be in the article (a line "= TEXT" must be a whole
// block: a paragraph, a list item, a table row), no line of
// NAME.boiler.txt may be.
// It logs how readability alone does on the same pages.
func TestHTMLPages(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(page, src, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			want := readLines(t, strings.TrimSuffix(page, ".html")+".want.txt")
			boiler := readLines(t, strings.TrimSuffix(page, ".html")+".boiler.txt")
			blocks := map[string]bool{}
			for _, b := range a.Blocks {
				blocks[a.BlockText(b)] = true
			}
			for _, w := range want {
				if whole, ok := strings.CutPrefix(w, "= "); ok {
					if !blocks[whole] {
						t.Errorf("article lacks the block %q; blocks: %q", whole, blockTexts(a))
					}
					continue
				}
				if !strings.Contains(a.Text, w) {
					t.Errorf("article lacks %q", w)
				}
			}
			body := a.Text[a.Blocks[0].End:]
			for _, b := range boiler {
				if strings.Contains(body, b) {
					t.Errorf("boilerplate %q got through", b)
				}
			}
			s, _ := decodeHTML(src, "")
			base := extractHTML(page, s, nil, false).article()
			baseBody := base.Text[base.Blocks[0].End:]
			var baseKept, baseLeak int
			for _, w := range want {
				if strings.Contains(base.Text, strings.TrimPrefix(w, "= ")) {
					baseKept++
				}
			}
			for _, b := range boiler {
				if strings.Contains(baseBody, b) {
					baseLeak++
				}
			}
			t.Logf("readability alone keeps %d/%d reference lines and lets %d/%d boilerplate lines through",
				baseKept, len(want), baseLeak, len(boiler))
		})
	}
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for l := range strings.SplitSeq(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func TestTextTitle(t *testing.T) {
	tests := []struct {
		name, in, title, first string
	}{
		{"title line", "Short Title\n\nBody text.", "Short Title", "Body text."},
		{"title above text", "Short Title\nThe body follows on the very next line and runs long.", "Short Title", "The body follows on the very next line and runs long."},
		{"underlined", "Title\n=====\n\nBody.", "Title", "Body."},
		{"hard-wrapped prose has no title", "The council approved the bridge in March\nfor 412 million pounds and 30 months.\n", "x", "The council approved the bridge in March for 412 million pounds and 30 months."},
		{"long first line has no title", strings.Repeat("word ", 30) + "\n\nmore", "x", strings.TrimSpace(strings.Repeat("word ", 30))},
		{"list first has no title", "- 12 apples\n- 3 pears", "x", "• 12 apples"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x.txt", []byte(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			if a.Title != tt.title || len(a.Blocks) < 2 || a.BlockText(a.Blocks[1]) != tt.first {
				t.Errorf("Parse(%q): title %q, blocks %q; want title %q then %q", tt.in, a.Title, blockTexts(a), tt.title, tt.first)
			}
		})
	}
}

func TestFrontMatter(t *testing.T) {
	tests := []struct {
		name, in, title, byline string
	}{
		{"front matter", "---\ntitle: T\nauthor: 'A B'\ntags:\n  - x\n---\nBody 1.", "T", "A B"},
		{"a rule is not front matter", "---\nSome text with 3 figures.\n---\n\nBody.", "Some text with 3 figures.", ""}, // a setext heading
		{"unclosed", "---\ntitle: T\n", "x", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x.md", []byte(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkArticle(t, a)
			if a.Title != tt.title || a.Byline != tt.byline {
				t.Errorf("Parse(%q): title %q byline %q, want %q %q", tt.in, a.Title, a.Byline, tt.title, tt.byline)
			}
		})
	}
}

func TestParseTooLarge(t *testing.T) {
	_, err := Parse("big.txt", []byte(strings.Repeat("x", 2048)), Options{MaxSize: 1024})
	if !errors.Is(err, ErrTooLarge) || err.Error() != "big.txt is larger than 1 KiB (see --max-size)" {
		t.Errorf("Parse(2 KiB, max 1 KiB) error = %v", err)
	}
}

func TestHTMLInline(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"citation markers go", "<p>Population 4,933,210<sup class=reference><a href=#c5>[5]</a></sup> in 2019.<sup>[n 3]</sup></p>", "Population 4,933,210 in 2019."},
		{"superscript digits", "<p>An area of 268,021 km<sup>2</sup> and 10<sup>-6</sup> m.</p>", "An area of 268,021 km² and 10⁻⁶ m."},
		{"other superscripts stay", "<p>the 1<sup>st</sup> try</p>", "the 1st try"},
		{"line breaks are spaces", "<p>12<br>km</p>", "12 km"},
		{"a line break inside a sentence joins it", "<div>Die Miete stieg um<br>\n12 Prozent.</div>", "Die Miete stieg um 12 Prozent."},
		{"two line breaks end a paragraph", "<div>Erster Absatz.<br><br>Zweiter Absatz.</div>", "Zweiter Absatz."},
		{"two line breaks with space between", "<div>Erster Absatz.<br> \n <br>Zweiter Absatz.</div>", "Zweiter Absatz."},
		{"no-break spaces stay", "<p>3&nbsp;000&nbsp;t</p>", "3\u00a0000\u00a0t"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("x.html", []byte("<html><body><article>"+tt.in+"</article></body></html>"), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := a.BlockText(a.Blocks[len(a.Blocks)-1]); got != tt.want {
				t.Errorf("Parse(%q) ends with %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestHTMLPageMeta checks the metadata of the test pages, each of which
// gives them another way: JSON-LD, OpenGraph, plain <meta> tags.
func TestHTMLPageMeta(t *testing.T) {
	tests := []struct {
		file, title, byline, date, declared string
	}{
		{"de-jsonld.html", "Kreistag beschließt Haushalt mit 412 Millionen Euro", "Miriam Okafor", "2025-03-14", "de-DE"},
		{"de-opengraph.html", "Pegel steigt: Hochwasserwarnung für die Mulde", "Tobias Lindner", "2024-09-16", "de-DE"},
		{"de-meta.html", "Gemeinderat: Freibad bleibt bis 2027 geöffnet", "Sabine Wendt", "2023-06-02", "de"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("testdata", "html", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(tt.file, src, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != tt.title || a.Byline != tt.byline || a.Date != tt.date || a.Lang != "de" {
				t.Errorf("title %q, byline %q, date %q, lang %q; want %q, %q, %q, de", a.Title, a.Byline, a.Date, a.Lang, tt.title, tt.byline, tt.date)
			}
			s, _ := decodeHTML(src, "")
			doc, err := html.Parse(strings.NewReader(s))
			if err != nil {
				t.Fatal(err)
			}
			if got := documentLang(doc); got != tt.declared {
				t.Errorf("declared language %q, want %q", got, tt.declared)
			}
		})
	}
}

func TestJSONLDLang(t *testing.T) {
	tests := []struct{ in, want string }{
		{`{"@type":"NewsArticle","inLanguage":"de"}`, "de"},
		{`[{"@type":"WebSite"},{"@type":"Article","inLanguage":{"@type":"Language","name":"German","alternateName":"de"}}]`, "de"},
		{`{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","inLanguage":"en-GB"}]}`, "en-GB"},
		{`{"@type":"NewsArticle"}`, ""},
		{`{"inLanguage": 3}`, ""},
		{`not json`, ""},
	}
	for _, tt := range tests {
		if got := jsonLDLang(tt.in); got != tt.want {
			t.Errorf("jsonLDLang(%s) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
