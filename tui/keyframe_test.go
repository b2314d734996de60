package tui

import (
	"bytes"
	"context"
	"io"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
)

// stampWriter notes when each write to the terminal begins.
type stampWriter struct {
	mu    sync.Mutex
	n     int
	at    time.Time
	wrote chan struct{}
}

func (w *stampWriter) Write(p []byte) (int, error) {
	now := time.Now()
	w.mu.Lock()
	w.n++
	w.at = now
	w.mu.Unlock()
	select {
	case w.wrote <- struct{}{}:
	default:
	}
	return len(p), nil
}

func (w *stampWriter) state() (int, time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.n, w.at
}

// BenchmarkKeyFrame runs the reader as a real Bubble Tea program on a 10 MB
// article at 120x40, at the frame rate figs runs it with, and times each
// key (j and k in turn) from its arrival on the program's input to the
// start of the write of its frame: Update, View, the wait for the
// renderer's next tick, and the renderer's diff of the frame. Keys come at
// random moments, as a person's do. ns/op is the mean, min-ns the least
// (nearly no wait for the tick: figs' and the renderer's work alone),
// p50-ns the median. cmd/figs BenchmarkKeyLatency measures the same
// through a pseudo-terminal.
func BenchmarkKeyFrame(b *testing.B) {
	a := corpusArticle(b, 10<<20)
	in, keys := io.Pipe()
	out := &stampWriter{wrote: make(chan struct{}, 1)}
	ctx, cancel := context.WithCancel(context.Background())
	m := New(a, Options{})
	p := tea.NewProgram(m, tea.WithContext(ctx), tea.WithInput(in), tea.WithOutput(out),
		tea.WithWindowSize(120, 40), tea.WithColorProfile(colorprofile.TrueColor), tea.WithFPS(FrameRate))
	done := make(chan struct{})
	go func() { _, _ = p.Run(); close(done) }()
	defer func() { cancel(); _ = keys.Close(); <-done }()
	settle := func(quiet time.Duration) {
		for {
			_, at := out.state()
			if !at.IsZero() && time.Since(at) >= quiet {
				return
			}
			time.Sleep(quiet / 4)
		}
	}
	settle(time.Second) // the first frame, then every figure counted
	if _, err := keys.Write([]byte("d")); err != nil {
		b.Fatal(err)
	}
	settle(100 * time.Millisecond)
	var samples []time.Duration
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		b.StopTimer()
		time.Sleep(15*time.Millisecond + rand.N(10*time.Millisecond))
		n, _ := out.state()
		b.StartTimer()
		t0 := time.Now()
		if _, err := keys.Write([]byte{"jk"[i%2]}); err != nil {
			b.Fatal(err)
		}
		for {
			if k, at := out.state(); k > n {
				samples = append(samples, at.Sub(t0))
				break
			}
			select {
			case <-out.wrote:
			case <-time.After(5 * time.Second):
				b.Fatal("no frame within 5s of a key")
			}
		}
		i++
	}
	slices.Sort(samples)
	var sum time.Duration
	for _, s := range samples {
		sum += s
	}
	b.ReportMetric(float64(sum.Nanoseconds())/float64(len(samples)), "ns/op")
	b.ReportMetric(float64(samples[0].Nanoseconds()), "min-ns")
	b.ReportMetric(float64(samples[len(samples)/2].Nanoseconds()), "p50-ns")
}

// BenchmarkKeyParts splits a scroll key (j and k in turn) on a 10 MB
// article at 120x40 into figs' parts, Update and View, and the renderer's:
// what Bubble Tea's renderer does with the frame on its next tick (parse the
// styled string into cells, diff them with the screen, write the change),
// done here with the same ultraviolet calls and options.
func BenchmarkKeyParts(b *testing.B) {
	a := corpusArticle(b, 10<<20)
	m := start(b, a, Options{}, 120, 40)
	m = press(b, m, "d")
	keys := []tea.KeyPressMsg{keyPress("j"), keyPress("k")}
	b.Run("part=update", func(b *testing.B) {
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			next, _ := m.Update(keys[i%2])
			m = next.(App)
			i++
		}
	})
	b.Run("part=view", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = m.View()
		}
	})
	b.Run("part=renderer", func(b *testing.B) {
		frames := []string{m.render(), press(b, m, "j").render()}
		var buf bytes.Buffer
		scr := uv.NewTerminalRenderer(&buf, []string{"TERM=xterm-256color"})
		scr.SetColorProfile(colorprofile.TrueColor)
		scr.SetFullscreen(true)
		scr.SetRelativeCursor(false)
		scr.SetScrollOptim(true)
		cells := uv.NewScreenBuffer(120, 40)
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			cells.Clear()
			uv.NewStyledString(frames[i%2]).Draw(cells, cells.Bounds())
			scr.Render(cells.RenderBuffer)
			_ = scr.Flush()
			buf.Reset()
			i++
		}
	})
}
