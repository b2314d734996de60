package tui

import (
	"image/color"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"figs/articles"
	"figs/model"
)

// TestFrames keeps one golden frame per screen state; update them with
// go test ./tui -update.
func TestFrames(t *testing.T) {
	a := defaultArticle(t)
	tests := []struct {
		name  string
		w, h  int
		steps func(t *testing.T, m App) App
	}{
		{"default_120x40", 120, 40, nil},
		{"default_70x24", 70, 24, nil},
		{"keys_n_n_N", 120, 40, func(t *testing.T, m App) App { return press(t, m, "n", "n", "N") }},
		{"keys_tab_j_enter", 120, 40, func(t *testing.T, m App) App { return press(t, m, "tab", "j", "j", "enter") }},
		{"keys_search_n", 120, 40, func(t *testing.T, m App) App {
			m = press(t, m, "/")
			m = typeText(t, m, "Ukraine")
			return press(t, m, "enter", "n")
		}},
		{"keys_search_n_esc", 120, 40, func(t *testing.T, m App) App {
			m = press(t, m, "/")
			m = typeText(t, m, "Ukraine")
			return press(t, m, "enter", "n", "esc", "n")
		}},
		{"keys_t", 120, 40, func(t *testing.T, m App) App { return press(t, m, "t") }},
		{"keys_pin", 120, 40, func(t *testing.T, m App) App { return press(t, m, "n", "=", "n") }},
		{"keys_percent", 120, 40, func(t *testing.T, m App) App { return press(t, m, "5", "0", "%") }},
		{"resize", 120, 40, func(t *testing.T, m App) App {
			m = press(t, m, "n", "n", "n", "j")
			return send(t, m, tea.WindowSizeMsg{Width: 100, Height: 30})
		}},
		{"narrow_sidebar", 70, 24, func(t *testing.T, m App) App { return press(t, m, "n", "s") }},
		{"hidden_sidebar", 120, 40, func(t *testing.T, m App) App { return press(t, m, "s") }},
		{"help", 120, 40, func(t *testing.T, m App) App { return press(t, m, "?") }},
		{"help_80x24", 80, 24, func(t *testing.T, m App) App { return press(t, m, "?") }},
		{"default_80x24", 80, 24, nil},
		{"comparison_selected", 120, 40, func(t *testing.T, m App) App { return press(t, m, "n", "n") }},
		{"too_small", 39, 9, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := start(t, a, Options{}, tt.w, tt.h)
			if tt.steps != nil {
				m = tt.steps(t, m)
			}
			golden.RequireEqual(t, ansi.Strip(m.render()))
		})
	}
}

// TestFrameStyled keeps the styles of the first screen: kinds, selection,
// title. The renderer downsamples these per terminal.
func TestFrameStyled(t *testing.T) {
	m := start(t, defaultArticle(t), Options{}, 120, 40)
	golden.RequireEqual(t, m.render())
}

// TestFrameLight keeps the styles on a light background, after the
// terminal answered the background colour query.
func TestFrameLight(t *testing.T) {
	m := start(t, defaultArticle(t), Options{}, 120, 40)
	m = send(t, m, tea.BackgroundColorMsg{Color: color.White})
	m = press(t, m, "n", "n")
	if m.st.isDark {
		t.Fatal("a white background kept the dark styles")
	}
	golden.RequireEqual(t, m.render())
}

// TestFrameSizes checks that every size, however odd, gives a frame of
// exactly that size and never panics.
func TestFrameSizes(t *testing.T) {
	a := defaultArticle(t)
	for _, w := range []int{1, 10, 39, 40, 41, 79, 80, 81, 200} {
		for _, h := range []int{1, 9, 10, 11, 24, 60} {
			m := start(t, a, Options{}, w, h)
			m = press(t, m, "n", "s", "tab", "j", "G", "?")
			checkFrame(t, m, w, h)
			m = press(t, m, "esc", "s")
			checkFrame(t, m, w, h)
		}
	}
}

func checkFrame(t *testing.T, m App, w, h int) {
	t.Helper()
	frame := m.render()
	lines := splitLines(frame)
	if len(lines) != h {
		t.Errorf("%dx%d: frame has %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if got := ansi.StringWidth(l); got != w {
			t.Errorf("%dx%d: line %d is %d columns wide: %q", w, h, i, got, ansi.Strip(l))
			return
		}
	}
}

func splitLines(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// TestFrameLibrary keeps the library picker of the embedded articles, and
// the reader on the article opened from it.
func TestFrameLibrary(t *testing.T) {
	m := start(t, model.Article{}, Options{Library: articles.Embedded(), StartInLibrary: true}, 100, 30)
	t.Run("picker", func(t *testing.T) {
		checkFrame(t, m, 100, 30)
		golden.RequireEqual(t, ansi.Strip(m.render()))
	})
	m = press(t, m, "j", "enter")
	t.Run("opened", func(t *testing.T) {
		if m.mode != modeReader || !m.doc.loaded() {
			t.Fatal("enter did not open the article")
		}
		golden.RequireEqual(t, ansi.Strip(m.render()))
	})
	m = press(t, m, "esc")
	if m.mode != modeLibrary {
		t.Error("esc did not return to the library")
	}
}
