package articles

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tabWidth is the tab stop used when tabs are expanded: the CommonMark one,
// so Markdown indentation means the same before and after clean-up.
const tabWidth = 4

// Clean makes s safe and tidy to show in a terminal: it removes terminal
// control sequences (CSI, OSC, DCS, APC, PM, SOS and other escapes), C0 and
// C1 controls other than newline and tab, bidi overrides and isolates, byte
// order marks and soft hyphens; replaces invalid UTF-8; turns CRLF and lone
// CR into newlines; expands tabs; trims trailing spaces; collapses runs of
// blank lines into one; and trims blank lines at both ends.
//
// Every source goes through Clean, so an article can never drive the
// reader's terminal.
func Clean(s string) string {
	if isTidy(s) {
		// Only blank lines at the start and spaces or blank lines at the
		// end can go, so the result is a part of s and costs no copy.
		return strings.TrimRight(strings.TrimLeft(s, "\n"), " \n")
	}
	s = stripControls(s)
	var b strings.Builder
	b.Grow(len(s))
	blank := 0
	started := false
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimRight(expandTabs(line), " ")
		if line == "" {
			blank++
			continue
		}
		if started {
			b.WriteByte('\n')
			if blank > 0 {
				b.WriteByte('\n')
			}
		}
		blank = 0
		started = true
		b.WriteString(line)
	}
	return b.String()
}

// stripControls removes escape sequences, controls, bidi formatting and
// invalid UTF-8 from s, and normalises line ends to "\n". Tabs stay.
func stripControls(s string) string {
	if isPlain(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
			i++
		case r == '\r':
			b.WriteByte('\n')
			i++
			if i < len(s) && s[i] == '\n' {
				i++
			}
		case r == 0x1b:
			i = skipEscape(s, i+1)
		case r == 0x9b: // C1 CSI
			i = skipCSI(s, i+size)
		case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f: // C1 DCS, SOS, OSC, PM, APC
			i = skipString(s, i+size)
		case r == '\n' || r == '\t':
			b.WriteRune(r)
			i += size
		case dropRune(r):
			i += size
		default:
			b.WriteString(s[i : i+size])
			i += size
		}
	}
	return b.String()
}

// isPlain reports whether s is valid UTF-8 with nothing for stripControls
// to do, so the common case costs one scan and no allocation.
func isPlain(s string) bool {
	for i := 0; ; {
		i = skipPrintable(s, i)
		if i >= len(s) {
			return true
		}
		switch c := s[i]; {
		case c == '\n' || c == '\t':
			i++
		case c < utf8.RuneSelf:
			return false
		default:
			size, ok := plainRune(s, i)
			if !ok {
				return false
			}
			i += size
		}
	}
}

// isTidy reports whether s is plain and Clean has nothing to do inside it:
// no tabs, no spaces at the end of a line, no two blank lines in a row.
func isTidy(s string) bool {
	for i := 0; ; {
		i = skipPrintable(s, i)
		if i >= len(s) {
			return true
		}
		switch c := s[i]; {
		case c == '\n':
			if i > 0 && s[i-1] == ' ' || i > 1 && s[i-1] == '\n' && s[i-2] == '\n' {
				return false
			}
			i++
		case c < utf8.RuneSelf:
			return false
		default:
			size, ok := plainRune(s, i)
			if !ok {
				return false
			}
			i += size
		}
	}
}

// plainRune decodes the non-ASCII rune at s[i] and reports its size and
// whether it is valid and kept by stripControls. U+FFFD counts as invalid,
// so that text with replaced bytes takes the careful path. Two-byte runes
// from U+00C0 on, which skipPrintable passes over, are all kept: U+0080 to
// U+00BF hold the C1 controls and the soft hyphen.
func plainRune(s string, i int) (int, bool) {
	r, size := utf8.DecodeRuneInString(s[i:])
	return size, r != utf8.RuneError && !dropRune(r)
}

// Masks for testing the eight bytes of a word at once.
const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)

// skipPrintable returns the index of the first byte of s at or after i that
// is neither printable ASCII (space to tilde) nor the start of a two-byte
// rune from U+00C0 on, or len(s). Most article text is printable ASCII, so
// it tests eight bytes at a time; German letters are two-byte runes.
func skipPrintable(s string, i int) int {
	for {
		for ; i+8 <= len(s); i += 8 {
			w := s[i : i+8]
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			// A byte below 0x20 borrows into its high bit; one of 0x7f or
			// more has it set or sets it when one is added. Carries and
			// borrows only cross bytes from a byte that is itself flagged.
			if ((x-0x20*lowBits)&^x|x|(x+lowBits))&highBits != 0 {
				break
			}
		}
		for i < len(s) && s[i] >= 0x20 && s[i] < 0x7f {
			i++
		}
		if i+1 < len(s) && s[i] >= 0xc3 && s[i] <= 0xdf && s[i+1]&0xc0 == 0x80 {
			i += 2
			continue
		}
		return i
	}
}

// dropRune reports whether r is removed wherever it appears: controls other
// than newline and tab, DEL, C1 controls, bidi embeddings, overrides and
// isolates, byte order marks and soft hyphens.
func dropRune(r rune) bool {
	switch {
	case r < 0x20 && r != '\n' && r != '\t':
		return true
	case r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0xfeff, r == 0xad:
		return true
	}
	return false
}

// skipEscape skips the escape sequence whose ESC was just before s[i] and
// returns the index after it.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// nF sequences: intermediate bytes, then one final byte.
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipCSI skips the parameters, intermediates and final byte of a control
// sequence. A malformed sequence ends at the first byte that cannot belong
// to it, which is kept.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString skips the body of an OSC, DCS, SOS, PM or APC string up to its
// terminator (BEL, ESC \ or C1 ST). An unterminated string ends at the end of
// its line, so a stray introducer cannot swallow the rest of an article.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i + 1
		case strings.HasPrefix(s[i:], "\u009c"):
			return i + len("\u009c")
		case s[i] == '\n' || s[i] == '\r':
			return i
		}
		i++
	}
	return i
}

// expandTabs replaces the tabs of one line with spaces up to the next tab
// stop, counting runes.
func expandTabs(line string) string {
	if !strings.Contains(line, "\t") {
		return line
	}
	var b strings.Builder
	col := 0
	for _, r := range line {
		if r == '\t' {
			n := tabWidth - col%tabWidth
			b.WriteString(strings.Repeat(" ", n))
			col += n
			continue
		}
		b.WriteRune(r)
		col++
	}
	return b.String()
}

// inline cleans the text of one paragraph-like block: every run of ASCII
// whitespace, newlines included, becomes one space. No-break spaces inside
// stay, since they hold figures like "3\u00a0000 km" together; at the ends
// every kind of space goes.
func inline(s string) string {
	return strings.TrimFunc(collapseSpaces(stripControls(s), true), unicode.IsSpace)
}

// inlineCleaned is inline for text with no controls left in it, such as
// the output of Clean.
func inlineCleaned(s string) string {
	return strings.TrimFunc(collapseSpaces(s, false), unicode.IsSpace)
}

// asciiSpaces are the white space bytes inline collapses.
const asciiSpaces = " \n\t\f\v"

// collapseSpaces turns every run of ASCII whitespace in s into one space and
// drops the runs at both ends. s has no controls but newlines and, when
// tabs is set, tabs: it went through stripControls or Clean. Text that has
// nothing to change is returned as it is, without a copy. The runs to
// replace are found with one forward search per kind, so the cost stays
// linear.
func collapseSpaces(s string, tabs bool) string {
	s = strings.Trim(s, asciiSpaces)
	kinds := []string{"\n", "  ", "\t"}
	if !tabs {
		kinds = kinds[:2]
	}
	var next [3]int // index of each kind at or after start, or -1
	for k, p := range kinds {
		next[k] = indexFrom(s, p, 0)
	}
	var b strings.Builder
	start := 0 // of the text not yet written to b
	for {
		i := -1
		for _, n := range next[:len(kinds)] {
			if n >= 0 && (i < 0 || n < i) {
				i = n
			}
		}
		if i < 0 {
			break
		}
		for i > start && s[i-1] == ' ' {
			i--
		}
		j := i + 1
		for j < len(s) && isASCIISpace(rune(s[j])) {
			j++
		}
		if b.Cap() == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[start:i])
		b.WriteByte(' ')
		start = j
		for k, n := range next[:len(kinds)] {
			if n >= 0 && n < j {
				next[k] = indexFrom(s, kinds[k], j)
			}
		}
	}
	if b.Cap() == 0 {
		return s
	}
	b.WriteString(s[start:])
	return b.String()
}

// indexFrom is strings.Index from byte i of s on, or -1.
func indexFrom(s, sub string, i int) int {
	if k := strings.Index(s[i:], sub); k >= 0 {
		return i + k
	}
	return -1
}

func isASCIISpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\f' || r == '\v'
}
