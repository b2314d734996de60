package tui

import (
	"bytes"
	"testing"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/colorprofile"
)

func BenchmarkExpFlush(b *testing.B) {
	a := corpusArticle(b, 10<<20)
	m := start(b, a, Options{}, 120, 40)
	m = press(b, m, "d")
	f1 := m.render()
	m2 := press(b, m, "j")
	f2 := m2.render()
	var buf bytes.Buffer
	scr := uv.NewTerminalRenderer(&buf, []string{"TERM=xterm-256color"})
	scr.SetColorProfile(colorprofile.TrueColor)
	scr.SetFullscreen(true)
	scr.SetRelativeCursor(false)
	scr.SetScrollOptim(true)
	cb := uv.NewScreenBuffer(120, 40)
	frames := []string{f1, f2}
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		content := uv.NewStyledString(frames[i%2])
		cb.Clear()
		content.Draw(cb, cb.Bounds())
		scr.Render(cb.RenderBuffer)
		_ = scr.Flush()
		buf.Reset()
		i++
	}
}
