package articles

import (
	"context"
	"html"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"figs/model/testkit"
)

// BenchmarkLoad measures Load, file read included, on large articles built
// in a temporary folder from the German news texts of the corpora: 10 MB of
// plain text, the same as 10 MB of Markdown, and a 2 MB web page. The
// reader's start-up budget leaves room for little more than this. It also
// reports processor time per load, which other work on the machine
// disturbs less than wall time.
func BenchmarkLoad(b *testing.B) {
	texts := corpusTexts(b)
	dir := b.TempDir()
	for _, tc := range []struct {
		name, file string
		size       int
		build      func([]string, int) []byte
	}{
		{"text/size=10MB", "big.txt", 10 << 20, buildText},
		{"md/size=10MB", "big.md", 10 << 20, buildMarkdown},
		{"html/size=2MB", "big.html", 2 << 20, buildHTML},
	} {
		path := filepath.Join(dir, tc.file)
		data := tc.build(texts, tc.size)
		if err := os.WriteFile(path, data, 0o600); err != nil {
			b.Fatal(err)
		}
		b.Run(tc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			ctx := context.Background()
			cpu0, ok := testkit.CPUTime()
			for b.Loop() {
				if _, err := Load(ctx, path, Options{}); err != nil {
					b.Fatal(err)
				}
			}
			if cpu1, _ := testkit.CPUTime(); ok {
				b.ReportMetric(float64(cpu1-cpu0)/float64(b.N), "cpu-ns/op")
			}
		})
	}
}

// corpusTexts returns the German news texts of the corpora in name order,
// or skips. Their text never enters the repository.
func corpusTexts(tb testing.TB) []string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(testkit.Corpora(tb), "de-news", "*.txt"))
	if len(files) == 0 {
		tb.Skip("no German news texts in the corpora: skipping")
	}
	sort.Strings(files)
	texts := make([]string, len(files))
	for i, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts[i] = strings.TrimSpace(string(data))
	}
	return texts
}

// repeatTexts writes the texts, each through add, over and over until the
// output holds at least size bytes.
func repeatTexts(texts []string, size int, add func(*strings.Builder, string)) string {
	var b strings.Builder
	b.Grow(size + 64<<10)
	for b.Len() < size {
		for _, t := range texts {
			add(&b, t)
			if b.Len() >= size {
				break
			}
		}
	}
	return b.String()
}

// buildText joins whole texts with blank lines, as figs cat would get them.
func buildText(texts []string, size int) []byte {
	return []byte(repeatTexts(texts, size, func(b *strings.Builder, t string) {
		b.WriteString(t)
		b.WriteString("\n\n")
	}))
}

// buildMarkdown makes each text a section: its first line a heading, its
// lines paragraphs, every fifth of them a list item.
func buildMarkdown(texts []string, size int) []byte {
	return []byte("# Nachrichten\n\n" + repeatTexts(texts, size, func(b *strings.Builder, t string) {
		for i, line := range strings.Split(t, "\n") {
			switch {
			case i == 0:
				b.WriteString("## ")
			case i%5 == 0:
				b.WriteString("- ")
			}
			b.WriteString(line)
			b.WriteString("\n\n")
		}
	}))
}

// buildHTML makes one long article page: a heading and paragraphs per text,
// between the navigation and footer a news site has.
func buildHTML(texts []string, size int) []byte {
	body := repeatTexts(texts, size, func(b *strings.Builder, t string) {
		for i, line := range strings.Split(t, "\n") {
			if strings.TrimSpace(line) == "" {
				continue
			}
			if i == 0 {
				b.WriteString("<h2>" + html.EscapeString(line) + "</h2>\n")
				continue
			}
			b.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
		}
	})
	return []byte(`<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Nachrichten</title></head><body>` +
		`<nav><ul><li><a href="/">Start</a></li><li><a href="/politik">Politik</a></li></ul></nav>` +
		`<main><article><h1>Nachrichten</h1>` + body + `</article></main>` +
		`<footer><p>Impressum</p></footer></body></html>`)
}
