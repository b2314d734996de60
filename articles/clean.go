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
	for _, r := range s {
		if r == utf8.RuneError || r == '\r' || r == 0x1b || (r != '\n' && r != '\t' && dropRune(r)) || (r >= 0x80 && r <= 0x9f) {
			return false
		}
	}
	return true
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
	return strings.TrimFunc(strings.Join(strings.FieldsFunc(stripControls(s), isASCIISpace), " "), unicode.IsSpace)
}

func isASCIISpace(r rune) bool {
	return r == ' ' || r == '\n' || r == '\t' || r == '\f' || r == '\v'
}
