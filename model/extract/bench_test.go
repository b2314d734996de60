package extract

import (
	"os"
	"strings"
	"testing"
)

// mixedCorpus returns at least size bytes of German and English news text,
// alternating files of ../shared/corpora, joined by blank lines.
func mixedCorpus(b *testing.B, size int) string {
	b.Helper()
	var de, en []string
	for _, p := range corpusFiles(b) {
		if strings.HasSuffix(p, ".html") {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		if strings.Contains(p, "de-news") {
			de = append(de, string(data))
		} else {
			en = append(en, string(data))
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

// benchExtract measures Extract on text. Besides the wall-clock MB/s it
// reports cpu-MB/s, bytes per second of process CPU time, which stays
// meaningful on a loaded machine.
func benchExtract(b *testing.B, text string, lang string) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	start := cpuTime()
	n := 0
	for b.Loop() {
		Extract(text, Options{Lang: lang})
		n++
	}
	if used := cpuTime() - start; used > 0 && n > 0 {
		b.ReportMetric(float64(len(text))*float64(n)/used.Seconds()/1e6, "cpu-MB/s")
	}
}

// BenchmarkExtract measures throughput on the default article and on 1 MB
// and 8 MB of mixed German and English news: time per byte stays flat.
func BenchmarkExtract(b *testing.B) {
	b.Run("default", func(b *testing.B) { benchExtract(b, readDefault(b), "") })
	b.Run("mixed-1MB", func(b *testing.B) { benchExtract(b, mixedCorpus(b, 1<<20), "") })
	b.Run("mixed-8MB", func(b *testing.B) { benchExtract(b, mixedCorpus(b, 8<<20), "") })
}

// BenchmarkLexiconBuild measures compiling each language's lexicon, the
// cost the first extraction in that language pays (lexicons are built on
// first use, not at start-up).
func BenchmarkLexiconBuild(b *testing.B) {
	for _, lang := range []struct {
		name string
		data func() langData
	}{{"de", german}, {"en", english}} {
		b.Run(lang.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				newLexicon(lang.data())
			}
		})
	}
}
