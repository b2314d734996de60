package tui

import (
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"figs/model"
)

// corpusArticle builds an article of about size bytes from the corpus texts,
// repeated as often as needed.
func corpusArticle(tb testing.TB, size int) model.Article {
	tb.Helper()
	dir := corpusDir(tb)
	var files []string
	for _, sub := range []string{"de-news", "en-bbc"} {
		m, _ := filepath.Glob(filepath.Join(dir, sub, "*.txt"))
		files = append(files, m...)
	}
	sort.Strings(files)
	if len(files) == 0 {
		tb.Skipf("no corpus texts in %s: skipping", dir)
	}
	var b strings.Builder
	for b.Len() < size {
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			b.Write(data)
			b.WriteString("\n\n")
			if b.Len() >= size {
				break
			}
		}
	}
	return parsePlain("corpus", b.String()[:size])
}

// BenchmarkView is one scroll key through Update plus View at 120x40. The
// article is wrapped once per width, so the cost must not grow with its size.
func BenchmarkView(b *testing.B) {
	for _, size := range []struct {
		name  string
		bytes int
	}{{"size=10KB", 10 << 10}, {"size=1MB", 1 << 20}, {"size=10MB", 10 << 20}} {
		b.Run(size.name, func(b *testing.B) {
			a := corpusArticle(b, size.bytes)
			m := start(b, a, Options{}, 120, 40)
			m = press(b, m, "5", "0", "%")
			keys := []tea.KeyPressMsg{keyPress("j"), keyPress("k")}
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				next, _ := m.Update(keys[i%2])
				m = next.(App)
				_ = m.View()
				i++
			}
		})
	}
}

// BenchmarkOpen loads, extracts and lays out a 1 MB article.
func BenchmarkOpen(b *testing.B) {
	dir := corpusDir(b)
	a := corpusArticle(b, 1<<20)
	path := filepath.Join(b.TempDir(), "article.txt")
	if err := os.WriteFile(path, []byte(a.Text), 0o600); err != nil {
		b.Fatal(err)
	}
	_ = dir
	b.ReportAllocs()
	for b.Loop() {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		m := start(b, parsePlain(path, string(data)), Options{}, 120, 40)
		if !m.fig.complete() {
			b.Fatal("figures not all counted")
		}
	}
}

// BenchmarkHeap10MB reports the live heap of a reader on a 10 MB article as
// a multiple of the article's size (budget: 10x).
func BenchmarkHeap10MB(b *testing.B) {
	a := corpusArticle(b, 10<<20)
	var ratio float64
	for b.Loop() {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		m := start(b, a, Options{}, 120, 40)
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		ratio = float64(int64(after.HeapAlloc)-int64(before.HeapAlloc)) / float64(len(a.Text))
		runtime.KeepAlive(m)
	}
	b.ReportMetric(ratio, "heap/article")
}
