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
	"figs/model/testkit"
)

// corpusArticle builds an article of about size bytes from the corpus texts,
// repeated as often as needed.
func corpusArticle(tb testing.TB, size int) model.Article {
	tb.Helper()
	dir := testkit.Corpora(tb)
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
	dir := testkit.Corpora(b)
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
		if !m.doc.fig.complete() {
			b.Fatal("figures not all counted")
		}
	}
}

// BenchmarkOpenMemory reports the live heap of a reader on a 10 MB article,
// per byte of the article: once it is opened and laid out in a 100x30
// window (open-heap-bytes/article-byte), and once all its figures are found
// and the layout is complete (heap-bytes/article-byte). The heap counted is
// everything the reader keeps alive, the article's text included. Budget
// (issue 3): at most 10. The time from start to first frame is measured from
// outside, with the binary: cmd/figs BenchmarkStartup.
func BenchmarkOpenMemory(b *testing.B) {
	b.Run("article=10MB", func(b *testing.B) {
		text := corpusArticle(b, 10<<20).Text
		b.ReportAllocs()
		var opened, settled uint64
		for b.Loop() {
			base := liveHeap()
			a := parsePlain("corpus", text)
			m := New(a, Options{})
			initCmd := m.Init()
			next, sizeCmd := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
			m = next.(App)
			opened = liveHeap() - base
			m = run(b, run(b, m, initCmd), sizeCmd)
			if !m.doc.fig.complete() || !m.pane.complete() {
				b.Fatal("the reader did not finish counting and laying out")
			}
			settled = liveHeap() - base
			runtime.KeepAlive(m)
		}
		b.ReportMetric(float64(opened)/float64(len(text)), "open-heap-bytes/article-byte")
		b.ReportMetric(float64(settled)/float64(len(text)), "heap-bytes/article-byte")
		b.ReportMetric(float64(settled)/(1<<20), "heap-MB")
	})
}

// liveHeap is the heap in use after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapAlloc
}
