package tui

import (
	"math/rand/v2"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// wideText is an article full of characters whose runes and width disagree:
// skin tones, ZWJ families, flags, keycaps, emoji with VS16, CJK, combining
// marks, and a figure beside each.
const wideText = "Emoji 👍🏽 und Flaggen 🇩🇪🇺🇦\n\n" +
	"Die Familie 👨‍👩‍👧‍👦 fuhr 50 km 🚗 nach Köln 🇩🇪, dann 3,5 km zu Fuß 👣 und 👩🏽‍🚀 zählte 12 Sterne ⭐️. " +
	"Keycaps 1️⃣ 2️⃣ #️⃣ kosten 5 € 💶 pro Stück; ☺️ and ☺ differ. 東京 hat 14 Millionen Einwohner 東京都 日本語の文章. " +
	"Combining: e\u0301te\u0301 a\u0308 n\u0303 o\u0302\u0323 cafe\u0301 na\u0308ive Zalgo z\u0351\u0357\u0358o. " +
	"Flags in a row 🇩🇪🇫🇷🇬🇧🇺🇸🇯🇵🇺🇦🇵🇱 and families 👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦 and tones 👍🏻👍🏼👍🏽👍🏾👍🏿 cost 20 %.\n\n" +
	"🇩🇪🇫🇷🇬🇧🇺🇸🇯🇵🇺🇦🇵🇱🇩🇪🇫🇷🇬🇧🇺🇸🇯🇵🇺🇦🇵🇱🇩🇪🇫🇷🇬🇧🇺🇸🇯🇵🇺🇦🇵🇱🇩🇪🇫🇷🇬🇧🇺🇸🇯🇵🇺🇦🇵🇱👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京東京\n\n" +
	"Control\x01 cha\x7frs 🇩\x01🇪 e\x02\u0301 and a stray \xff byte: 7 km.\n\n" +
	"日本の人口は1億2500万人で、面積は37万8000平方キロメートルです。"

// TestWideCharactersKeepFrameWidth checks that every line of every frame of
// an article full of wide and joined characters is exactly the width of the
// screen, as lipgloss measures it: the layout measures as the renderer does.
func TestWideCharactersKeepFrameWidth(t *testing.T) {
	a := parsePlain("wide", wideText)
	for _, w := range []int{20, 41, 60, 80, 97, 120, 121, 200} {
		for _, keys := range [][]string{nil, {"n", "n", "n"}, {"tab", "j", "j"}, {"G"}, {"/", "🇪", "enter"}, {"/", "👩", "enter"}, {"/", "\u0301", "enter"}} {
			m := start(t, a, Options{}, w, 30)
			m = press(t, m, keys...)
			lines := splitLines(m.render())
			if len(lines) != 30 {
				t.Errorf("%d columns, keys %q: %d lines", w, keys, len(lines))
			}
			for i, l := range lines {
				if got := lipgloss.Width(l); got != w {
					t.Errorf("%d columns, keys %q: line %d is %d columns wide: %q", w, keys, i, got, ansi.Strip(l))
				}
			}
		}
	}
}

// TestTextColsAgrees checks the layout's measure against x/ansi on what
// writeClean draws, for every prefix of the wide article.
func TestTextColsAgrees(t *testing.T) {
	for _, s := range strings.Split(wideText, " ") {
		if got, want := textCols(s), ansi.StringWidth(clean(s)); got != want {
			t.Errorf("textCols(%q) = %d, x/ansi gives %d", s, got, want)
		}
	}
	for i := 0; i < len(wideText); {
		if got, want := textCols(wideText[:i]), ansi.StringWidth(clean(wideText[:i])); got != want {
			t.Fatalf("textCols of the first %d bytes = %d, x/ansi gives %d", i, got, want)
		}
		i, _ = nextChar(wideText, i)
	}
}

// TestHardWrapKeepsCharacters checks that a word wider than the pane is cut
// between characters, never inside a flag or a family.
func TestHardWrapKeepsCharacters(t *testing.T) {
	text := strings.Repeat("🇩🇪👨‍👩‍👧‍👦e\u0301", 20)
	for _, w := range []int{1, 2, 3, 5, 8} {
		lines := hardWrap(nil, text, 0, len(text), w, 0)
		for _, ln := range lines {
			s := text[ln.start:ln.end]
			if got := ansi.StringWidth(s); got != ln.cols || (ln.cols > w && ln.end-ln.start > len("👨‍👩‍👧‍👦")) {
				t.Errorf("width %d: line %q has %d columns, measured %d", w, s, got, ln.cols)
			}
		}
	}
}

// TestRandomWideText lays out random texts of joined, wide, zero-width and
// control characters at random widths: every frame line is the screen's
// width, as lipgloss measures it, and the frame the screen's height.
func TestRandomWideText(t *testing.T) {
	pool := []string{
		"a", "b", "ä", "ß", "Ж", "5", "km", " ", " ", " ", "\n", "\n\n", "\t", "-", ".", "€",
		"👍", "🏽", "\u200d", "👨", "👩", "🇩", "🇪", "\ufe0f", "\u20e3", "1", "#", "☺", "中", "語",
		"\u0301", "\u0308", "\u0600", "\u200b", "\u00ad", "\x01", "\x7f", "\u0085", "\xff", "\r",
	}
	r := rand.New(rand.NewPCG(3, 9))
	for range 60 {
		var b strings.Builder
		b.WriteString("Title\n\n")
		for range r.IntN(600) + 1 {
			b.WriteString(pool[r.IntN(len(pool))])
		}
		a := parsePlain("random", b.String())
		w, h := r.IntN(100)+20, r.IntN(20)+12
		m := start(t, a, Options{}, w, h)
		for _, k := range []string{"", "n", "tab", "j", "G"} {
			if k != "" {
				m = press(t, m, k)
			}
			lines := splitLines(m.render())
			if len(lines) != h {
				t.Fatalf("%q at %dx%d, after %q: %d lines", b.String(), w, h, k, len(lines))
			}
			for i, l := range lines {
				if got := lipgloss.Width(l); got != w {
					t.Fatalf("%q at %d columns, after %q: line %d is %d columns wide: %q", b.String(), w, k, i, got, ansi.Strip(l))
				}
			}
		}
	}
}
