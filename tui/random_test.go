package tui

import (
	"math/rand/v2"
	"testing"

	tea "charm.land/bubbletea/v2"

	"figs/articles"
)

// TestRandomInput presses random keys, resizes and clicks in every mode and
// checks after each step that the frame has exactly the screen's size.
func TestRandomInput(t *testing.T) {
	keys := []string{
		"j", "k", "down", "up", "space", "f", "b", "pgdown", "pgup", "d", "u", "g", "G", "home", "end",
		"5", "0", "%", "n", "N", "]", "[", "tab", "enter", "t", "=", "c", "/", "esc", "v", "x", "U",
		"backspace", "a", "!", "E", "R", "s", "M", "L", "?", "alt+enter", "z", "é",
	}
	a := defaultArticle(t)
	for seed := range uint64(12) {
		r := rand.New(rand.NewPCG(seed, 7))
		w, h := 120, 40
		m := start(t, a, Options{Library: articles.Embedded()}, w, h)
		for step := range 300 {
			switch n := r.IntN(20); {
			case n == 0:
				w, h = r.IntN(160)+1, r.IntN(60)+1
				m = send(t, m, tea.WindowSizeMsg{Width: w, Height: h})
			case n == 1:
				m = send(t, m, tea.MouseClickMsg{X: r.IntN(w + 5), Y: r.IntN(h + 5), Button: tea.MouseLeft})
			case n == 2:
				m = send(t, m, tea.MouseWheelMsg{X: r.IntN(w), Y: r.IntN(h), Button: tea.MouseWheelDown})
			default:
				k := keys[r.IntN(len(keys))]
				if k == "q" {
					continue
				}
				m = press(t, m, k)
			}
			if m.mode == modeLibrary {
				continue // the list draws itself
			}
			frame := m.render()
			lines := splitLines(frame)
			if len(lines) != h && h >= minHeight && w >= minWidth {
				t.Fatalf("seed %d step %d: %dx%d frame has %d lines", seed, step, w, h, len(lines))
			}
		}
	}
}
