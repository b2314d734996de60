package tui

import (
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// The pane must measure text exactly as lipgloss and the renderer do, or a
// line with an emoji is drawn wider than the screen and pushes the sidebar
// border out. They count grapheme clusters (ansi.StringWidth): 👍🏽, a ZWJ
// family and a flag are one character of two columns each, whatever the
// widths of their runes. Plain Latin, Greek and Cyrillic text, where every
// rune is a character of one column, is measured without segmenting.

// nextChar returns the end of the character drawn from s[i:] and its width in
// columns, as writeClean draws it: line breaks and tabs as one space, other
// controls not at all, a byte that is not UTF-8 as U+FFFD.
func nextChar(s string, i int) (int, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		if c < 0x20 || c == 0x7f {
			if c == '\t' || c == '\n' || c == '\r' {
				return i + 1, 1
			}
			return i + 1, 0
		}
		if i+1 == len(s) || alone(s, i+1) {
			return i + 1, 1
		}
		return cluster(s, i)
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && size == 1:
		return i + 1, 1
	case r < 0xa0:
		return i + size, 0 // C1 control
	case narrowRune(r) && (i+size == len(s) || alone(s, i+size)):
		return i + size, 1
	}
	return cluster(s, i)
}

// alone reports whether the character before s[j] ends at j: s[j] is a
// printable ASCII character, a space or a line break, or a narrow letter.
// None of them joins what comes before it.
func alone(s string, j int) bool {
	c := s[j]
	if c < utf8.RuneSelf {
		return c >= 0x20 && c != 0x7f || c == '\t' || c == '\n' || c == '\r'
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return narrowRune(r)
}

// cluster measures the grapheme cluster at s[i:]. Controls that writeClean
// drops are skipped, since on screen what is around them joins.
func cluster(s string, i int) (int, int) {
	cl, w := ansi.FirstGraphemeCluster(s[i:], ansi.GraphemeWidth)
	if !utf8.ValidString(cl) {
		// writeClean draws a stray byte as U+FFFD, which joins nothing
		_, size := utf8.DecodeRuneInString(s[i:])
		return i + size, ansi.StringWidth(s[i : i+size])
	}
	j := i + len(cl)
	for j < len(s) && dropped(s, j) {
		k := j
		for k < len(s) && dropped(s, k) {
			_, size := utf8.DecodeRuneInString(s[k:])
			k += size
		}
		if k == len(s) {
			return k, w
		}
		joined, jw := ansi.FirstGraphemeCluster(cl+s[k:min(len(s), k+maxCluster)], ansi.GraphemeWidth)
		if len(joined) == len(cl) {
			break
		}
		j = k + len(joined) - len(cl)
		cl, w = joined, jw
	}
	return j, w
}

// maxCluster bounds the bytes looked at past a dropped control.
const maxCluster = 256

// dropped reports whether writeClean leaves out the rune at s[j].
func dropped(s string, j int) bool {
	c := s[j]
	if c < utf8.RuneSelf {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f
	}
	return c == 0xc2 && j+1 < len(s) && s[j+1] >= 0x80 && s[j+1] < 0xa0
}

// simpleText reports whether every character of s is a single rune of
// one column (ASCII or narrowRune) or a control: nothing in it joins its
// neighbours, so nextChar's count is what the renderer counts whatever
// stands around it. Other text (a space before a skin tone or VS16 joins
// it, for one) is measured again as drawn, by fit.
func simpleText(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !narrowRune(r) && (r >= 0xa0 || r == utf8.RuneError) {
			return false
		}
		i += size
	}
	return true
}

// plainASCII reports whether s has no byte above ASCII: no character of it
// joins the one after it.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// textCols is the width of s as writeClean draws it.
func textCols(s string) int {
	w := 0
	for i := 0; i < len(s); {
		var c int
		i, c = nextChar(s, i)
		w += c
	}
	return w
}
