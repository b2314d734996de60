package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"figs/model/extract"
	"figs/model/testkit"
)

// mixed returns at least size bytes of the German and English news of the
// corpora, alternating, joined by blank lines.
func mixed(b *testing.B, size int) string {
	b.Helper()
	var de, en []string
	for _, d := range corpus(b) {
		switch {
		case strings.HasPrefix(d.name, "de-news"):
			de = append(de, d.text)
		case strings.HasPrefix(d.name, "en-bbc"):
			en = append(en, d.text)
		}
	}
	if len(de) == 0 || len(en) == 0 {
		b.Skip("the corpora lack German or English text")
	}
	var sb strings.Builder
	for i := 0; sb.Len() < size; i++ {
		sb.WriteString(de[i%len(de)])
		sb.WriteString("\n\n")
		sb.WriteString(en[i%len(en)])
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BenchmarkArticle compares extraction alone with extraction and checks,
// on the default article and on 1 MB of mixed news: the checks read only
// the sentences that hold figures, so they add a few percent at most.
// Compare the pairs: go test ./model/check -bench Article -count 6 | benchstat -col /op -
func BenchmarkArticle(b *testing.B) {
	def, err := os.ReadFile(filepath.Join(testkit.ModuleRoot(b), "articles", "default.txt"))
	if err != nil {
		b.Fatal(err)
	}
	texts := []struct{ name, text, lang string }{
		{"default", string(def), "de"},
		{"mixed-1MB", "", ""},
	}
	for _, tt := range texts {
		b.Run(tt.name, func(b *testing.B) {
			text := tt.text
			if text == "" {
				text = mixed(b, 1<<20)
			}
			b.Run("op=extract", func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				start, n := cpuTime(), 0
				for b.Loop() {
					extract.Extract(text, extract.Options{Lang: tt.lang})
					n++
				}
				reportCPU(b, len(text), n, start)
			})
			b.Run("op=extract+check", func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				start, n := cpuTime(), 0
				for b.Loop() {
					Article(text, extract.Extract(text, extract.Options{Lang: tt.lang}))
					n++
				}
				reportCPU(b, len(text), n, start)
			})
			b.Run("op=check", func(b *testing.B) {
				fs := extract.Extract(text, extract.Options{Lang: tt.lang})
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				start, n := cpuTime(), 0
				for b.Loop() {
					Article(text, fs)
					n++
				}
				reportCPU(b, len(text), n, start)
			})
		})
	}
}

// reportCPU reports cpu-MB/s, bytes per second of process CPU time, which
// stays meaningful on a loaded machine (as extract's benchmarks do).
func reportCPU(b *testing.B, size, n int, start time.Duration) {
	if used := cpuTime() - start; used > 0 && n > 0 {
		b.ReportMetric(float64(size)*float64(n)/used.Seconds()/1e6, "cpu-MB/s")
	}
}
