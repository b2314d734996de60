package main

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"figs/model/testkit"
)

// BenchmarkKeyLatency measures, from outside, how long after a key is
// written to the terminal the reader's answer starts to arrive: the first
// byte after the key, for figs and for less on the same 10 MB article in a
// pseudo-terminal of 120x40, once both have settled. One op is one key (j
// and k in turn, so every key redraws), sent at a random moment after the
// previous answer, as a person's keys come. ns/op is the mean; p50-ns and
// p90-ns are the median and the 90th percentile. Budget (issue 10): a first
// byte within 2 ms at 10 MB. Bubble Tea v2.1.1 writes frames only on its
// renderer's ticker (120 per second at most), so figs' first byte waits for
// the next tick after Update and View: up to 8.3 ms, 4.2 ms on average.
// tui's BenchmarkKey measures figs' own part, Update and View.
func BenchmarkKeyLatency(b *testing.B) {
	lessBin, err := exec.LookPath("less")
	if err != nil {
		b.Skip("less is not on PATH: skipping the comparison")
	}
	root := testkit.ModuleRoot(b)
	figsBin := testkit.Binary(b)
	dir := b.TempDir()
	path := filepath.Join(dir, "article-10MB.txt")
	writeCorpusArticle(b, root, path, bigArticle)
	env := []string{
		"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "TERM=xterm-256color", "LANG=C.UTF-8",
		"LESS=", "LESSOPEN=", "LESSCLOSE=", "LESSHISTFILE=-",
	}
	b.Run("reader=less", func(b *testing.B) {
		keyLatency(b, env, showsAll(path), lessBin, path)
	})
	b.Run("reader=figs", func(b *testing.B) {
		keyLatency(b, env, showsAll("Figures", "next figure"), figsBin,
			"--db", filepath.Join(b.TempDir(), "figs.db"), path)
	})
}

// keyLatency runs bin in a 120x40 pseudo-terminal, waits for its first
// screen and for it to settle (figs counts the figures of a long article in
// the background), half a page down, then times one key per op.
func keyLatency(b *testing.B, env []string, ready func([]byte) bool, bin string, args ...string) {
	cmd := exec.Command(bin, args...)
	cmd.Env = env
	cmd.Dir = b.TempDir()
	p, err := startPTY(cmd, 120, 40, ready)
	if err != nil {
		b.Fatal(err)
	}
	defer func() { _ = p.stop() }()
	if _, err := p.waitReady(startupLimit); err != nil {
		b.Fatal(err)
	}
	p.settle(time.Second, 2*startupLimit)
	if _, err := p.tty.WriteString("d"); err != nil {
		b.Fatal(err)
	}
	p.settle(200*time.Millisecond, 10*time.Second)
	keys := []string{"j", "k"}
	var samples []time.Duration
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		b.StopTimer()
		// a random moment, so the key falls anywhere between two ticks
		time.Sleep(20*time.Millisecond + rand.N(10*time.Millisecond))
		n := p.size()
		b.StartTimer()
		t0 := time.Now()
		if _, err := p.tty.WriteString(keys[i%2]); err != nil {
			b.Fatal(err)
		}
		at, err := p.waitPast(n, 5*time.Second)
		if err != nil {
			b.Fatal(err)
		}
		samples = append(samples, at.Sub(t0))
		b.StopTimer()
		p.settle(15*time.Millisecond, time.Second)
		b.StartTimer()
		i++
	}
	slices.Sort(samples)
	var sum time.Duration
	for _, s := range samples {
		sum += s
	}
	b.ReportMetric(float64(sum.Nanoseconds())/float64(len(samples)), "ns/op")
	b.ReportMetric(float64(samples[len(samples)/2].Nanoseconds()), "p50-ns")
	b.ReportMetric(float64(samples[len(samples)*9/10].Nanoseconds()), "p90-ns")
}
