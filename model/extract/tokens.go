package extract

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is what a token is.
type tokKind uint8

const (
	tWord  tokKind = iota // a run of letters
	tNum                  // a number literal: digits with separators
	tPunct                // one symbol or punctuation rune (or one invalid byte)
	tDate                 // a numeric date such as 12.03.2022, 5/17/2018, 2022-03-12
	tTime                 // a clock time such as 18:30
	tURL                  // a URL or e-mail address, never mined
)

// token is one unit of the text. Offsets are bytes into the text.
type token struct {
	start, end int
	lower      string // lower-case text of a word; the text itself otherwise
	val        float64
	kind       tokKind
	gap        bool      // whitespace before the token
	brk        bool      // a line break before the token
	upper      bool      // a word that starts with an upper-case letter
	plain      bool      // a number made only of digits
	lazy       bool      // a word whose lower-case form is made only near figures (see lowerNear)
	intDigits  uint8     // digits before any separator of a number (at most 255)
	can        startKind // the figures a token may open: set by the tokenizer for words, by lowerNear for the rest
}

// tokenizer splits text into tokens, reading number literals the way the
// language writes them.
type tokenizer struct {
	text string
	lex  *lexicon
}

// tokenize appends the tokens of text to buf, every word with its
// lower-case form, and returns it.
func (z tokenizer) tokenize(buf []token) []token {
	buf = z.tokenizeFrom(buf, 0)
	for i := range buf {
		if buf[i].lazy {
			buf[i].lower, buf[i].lazy = strings.ToLower(z.text[buf[i].start:buf[i].end]), false
		}
	}
	return buf
}

// tokenizeFrom appends the tokens of text[from:] to buf; offsets stay
// relative to the whole text.
func (z tokenizer) tokenizeFrom(buf []token, from int) []token {
	s := z.text
	gap, brk := false, false
	var low [48]byte // a word lower-cased to classify it, without allocating
	for i := from; i < len(s); {
		c := s[i]
		if c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
			gap = true
			if c == '\n' {
				brk = true
			}
			i++
			continue
		}
		var r rune
		var w int
		if c < utf8.RuneSelf {
			r, w = rune(c), 1
		} else {
			r, w = utf8.DecodeRuneInString(s[i:])
			if r == 0xA0 || r == 0x202F || r == 0x2009 || r == 0x2007 || r == 0x200B || r == 0xFEFF || (r != utf8.RuneError && unicode.IsSpace(r)) {
				gap = true
				if r == 0x2028 || r == 0x2029 {
					brk = true
				}
				i += w
				continue
			}
		}
		t := token{start: i, gap: gap, brk: brk}
		gap, brk = false, false
		switch {
		case c >= '0' && c <= '9':
			t = z.number(t)
		case (c == '.' || c == ',') && z.leadingDecimal(i):
			t = z.number(t)
		case c < utf8.RuneSelf && (c|0x20)-'a' < 26 || c >= utf8.RuneSelf && isLetter(r):
			if end := urlEnd(s, i); end > i {
				t.kind, t.end = tURL, end
				t.lower = s[i:end]
				break
			}
			t.kind = tWord
			j := i + w
			// lower: the word is its own lower-case form (ASCII, no capital)
			lower := c >= 'a' && c <= 'z'
			ascii := c < utf8.RuneSelf
			for j < len(s) {
				if c := s[j]; c < utf8.RuneSelf {
					if (c|0x20)-'a' < 26 { // an ASCII letter, in one comparison
						lower = lower && c >= 'a'
						j++
						continue
					}
					break
				}
				r2, w2 := utf8.DecodeRuneInString(s[j:])
				if !isLetter(r2) && !isWordMark(r2) {
					break
				}
				lower, ascii = false, false
				j += w2
			}
			t.end = j
			if c < utf8.RuneSelf {
				t.upper = c >= 'A' && c <= 'Z'
			} else {
				t.upper = unicode.IsUpper(r)
			}
			if lower {
				t.lower = s[i:j]
			} else {
				t.lazy = true // lower-cased later, and only near figures
			}
			if z.lex.starters != nil { // nil while the lexicon's own phrases are tokenized
				switch {
				case lower:
					t.can = z.lex.startsFigure(t.lower)
				case ascii:
					t.can = z.lex.startsFigureCased(s[i:j], low[:0])
				default:
					t.can = z.lex.startsFigureBytes(lowerFits(low[:0], s[i:j]))
				}
			}
		default:
			t.kind = tPunct
			t.end = i + w
			t.lower = s[i : i+w]
		}
		if t.end <= i {
			// never stall: a separator that opened no number is punctuation
			t.kind, t.end, t.lower, t.val = tPunct, i+w, s[i:i+w], 0
		}
		buf = append(buf, t)
		i = t.end
	}
	return buf
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

// isWordMark reports runes that continue a word without starting one:
// combining marks and the superscripts of km² and m³.
func isWordMark(r rune) bool {
	return r == '²' || r == '³' || (r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r))
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// urlEnd returns the end of a URL starting at i, or i.
func urlEnd(s string, i int) int {
	if i+4 >= len(s) {
		return i
	}
	switch s[i] {
	case 'h', 'H':
		if s[i+1] != 't' && s[i+1] != 'T' {
			return i
		}
	case 'w', 'W':
		if s[i+3] != '.' {
			return i
		}
	case 'f':
		if s[i+1] != 't' {
			return i
		}
	default:
		return i
	}
	rest := s[i:]
	if !(strings.HasPrefix(rest, "http://") || strings.HasPrefix(rest, "https://") ||
		strings.HasPrefix(rest, "www.") || strings.HasPrefix(rest, "HTTP") || strings.HasPrefix(rest, "ftp://")) {
		return i
	}
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' && s[j] != '\r' {
		j++
	}
	return j
}

// leadingDecimal reports ".25": a decimal separator opening a number, after
// a space or the start of the text.
func (z tokenizer) leadingDecimal(i int) bool {
	s := z.text
	if s[i] != z.lex.decimal || i+1 >= len(s) || !isDigit(s[i+1]) {
		return false
	}
	return i == 0 || s[i-1] == ' ' || s[i-1] == '\n' || s[i-1] == '(' || s[i-1] == '-'
}

// number reads a number literal, a numeric date or a clock time at t.start.
func (z tokenizer) number(t token) token {
	s := z.text
	i := t.start
	if end, ok := numericDate(s, i, z.lex.decimal == ','); ok {
		t.kind, t.end, t.lower = tDate, end, s[i:end]
		return t
	}
	if end, v, ok := clockTime(s, i); ok {
		t.kind, t.end, t.lower, t.val = tTime, end, s[i:end], v
		return t
	}
	t.kind = tNum
	// groups of digits and the separator before each
	type group struct {
		sep        byte // 0 for the first group, '.', ',' or ' '
		start, end int
	}
	var gs [8]group
	n := 0
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	gs[0] = group{0, i, j}
	n = 1
	for n < len(gs) && j+1 < len(s) {
		c := s[j]
		sepLen := 1
		if c == ' ' {
			// space grouping: 1 234 567, only from a short first group
			if gs[0].end-gs[0].start > 3 || (n > 1 && gs[n-1].sep != ' ') {
				break
			}
		} else if w := thinSpace(s, j); w > 0 { // no-break and thin spaces
			if gs[0].end-gs[0].start > 3 || (n > 1 && gs[n-1].sep != ' ') {
				break
			}
			c, sepLen = ' ', w
		} else if w := apostrophe(s, j); w > 0 {
			// Swiss grouping: 1'000, 1’250’000
			if gs[0].end-gs[0].start > 3 || (n > 1 && gs[n-1].sep != '\'') {
				break
			}
			c, sepLen = '\'', w
		} else if c != '.' && c != ',' {
			break
		}
		k := j + sepLen
		if k >= len(s) || !isDigit(s[k]) {
			break
		}
		e := k
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		if c == '\'' && e-k != 3 {
			break
		}
		if c == ' ' && (e-k != 3 || (e < len(s) && (s[e] == '.' || s[e] == ',') && e+1 < len(s) && isDigit(s[e+1]) && z.lex.decimal != s[e])) {
			break
		}
		gs[n] = group{c, k, e}
		n++
		j = e
	}
	// decide which separators group thousands and which one is the decimal point
	var dots, commas, spaces int
	for _, g := range gs[1:n] {
		switch g.sep {
		case '.':
			dots++
		case ',':
			commas++
		case ' ':
			spaces++
		}
	}
	decSep := byte(0)
	valid := true
	switch {
	case dots > 0 && commas > 0:
		last := gs[n-1].sep
		decSep = last
		for _, g := range gs[1 : n-1] {
			if g.sep == last {
				valid = false
			}
		}
	case dots+commas == 1:
		sep := byte('.')
		if commas == 1 {
			sep = ','
		}
		idx := 1
		for gs[idx].sep != sep {
			idx++
		}
		if sep == z.lex.decimal || gs[idx].end-gs[idx].start != 3 || idx != n-1 {
			decSep = sep
			if idx != n-1 {
				valid = false
			}
			// 22,24,26,31: a list of numbers, not a decimal
			if sep != z.lex.decimal && (i >= 2 && s[i-1] == sep && isDigit(s[i-2]) || j+1 < len(s) && s[j] == sep && isDigit(s[j+1])) {
				valid = false
			}
		}
	case dots+commas > 1:
		// one separator used several times: only thousands grouping
	}
	if valid {
		for gi, g := range gs[1:n] {
			if g.sep == decSep {
				continue
			}
			l := g.end - g.start
			if l != 3 && !(l == 2 && g.sep == ',' && gi+2 < n && gs[gi+2].sep != decSep) {
				valid = false
			}
		}
		if gs[0].end-gs[0].start > 3 && n > 1 && gs[1].sep != decSep {
			valid = false
		}
	}
	if !valid {
		n = 1
		decSep = 0
	}
	// the digits without separators, parsed exactly
	var digits [64]byte
	nd := 0
	for gi, g := range gs[:n] {
		if gi > 0 && g.sep == decSep && nd < len(digits) {
			digits[nd] = '.'
			nd++
		}
		for k := g.start; k < g.end && nd < len(digits); k++ {
			digits[nd] = s[k]
			nd++
		}
	}
	if nd > 0 && digits[0] == '.' {
		copy(digits[1:], digits[:nd])
		digits[0] = '0'
		nd = min(nd+1, len(digits))
	}
	v, err := strconv.ParseFloat(string(digits[:nd]), 64)
	if err != nil || math.IsInf(v, 0) || nd >= len(digits) {
		// a run of more digits than any figure has: a code, never mined
		end := gs[n-1].end
		for end < len(s) && (isDigit(s[end]) || s[end] == '.' || s[end] == ',') {
			end++
		}
		t.kind, t.end, t.lower, t.val = tURL, end, s[t.start:end], 0
		return t
	}
	t.end = gs[n-1].end
	t.val = v
	t.intDigits = uint8(min(gs[0].end-gs[0].start, 255))
	t.plain = n == 1
	// scientific notation: 1e10, 1.3e6, 12.32e+14
	if e := t.end; e+1 < len(s) && (s[e] == 'e' || s[e] == 'E') {
		k := e + 1
		neg := false
		if s[k] == '+' || s[k] == '-' {
			neg = s[k] == '-'
			k++
		}
		m := k
		for m < len(s) && isDigit(s[m]) && m-k < 3 {
			m++
		}
		if m > k && (m >= len(s) || !isLetter(rune(s[m])) && !isDigit(s[m])) {
			x := 0
			for _, c := range []byte(s[k:m]) {
				x = x*10 + int(c-'0')
			}
			if neg {
				x = -x
			}
			t.val = v * pow10(x)
			t.end = m
			t.plain = false
		}
	}
	// powers: 1.1^23, 2.5^-1, 1.3x10^6
	if e := t.end; e+1 < len(s) && s[e] == '^' {
		if m, x, ok := exponent(s, e+1); ok {
			t.val = math.Pow(t.val, float64(x))
			t.end, t.plain = m, false
		}
	} else if e+3 < len(s) && (s[e] == 'x' || s[e] == '*') && s[e+1] == '1' && s[e+2] == '0' && s[e+3] == '^' {
		if m, x, ok := exponent(s, e+4); ok {
			t.val *= pow10(x)
			t.end, t.plain = m, false
		}
	}
	if math.IsInf(t.val, 0) || math.IsNaN(t.val) {
		t.val = v
	}
	t.lower = s[t.start:t.end]
	return t
}

// exponent reads a signed integer exponent at k: "23", "+23", "-1", "--23".
func exponent(s string, k int) (int, int, bool) {
	neg := false
	for k < len(s) && (s[k] == '+' || s[k] == '-') {
		if s[k] == '-' {
			neg = !neg
		}
		k++
	}
	m := k
	x := 0
	for m < len(s) && isDigit(s[m]) && m-k < 3 {
		x = x*10 + int(s[m]-'0')
		m++
	}
	if m == k {
		return 0, 0, false
	}
	if neg {
		x = -x
	}
	return m, x, true
}

// thinSpace returns the length of a no-break, thin or figure space at j,
// or 0.
func thinSpace(s string, j int) int {
	if s[j] == 0xC2 && j+1 < len(s) && s[j+1] == 0xA0 {
		return 2
	}
	if s[j] == 0xE2 && j+2 < len(s) && s[j+1] == 0x80 && (s[j+2] == 0xAF || s[j+2] == 0x89 || s[j+2] == 0x87) {
		return 3
	}
	return 0
}

// apostrophe returns the length of an apostrophe grouping digits at j
// (' or ’), or 0.
func apostrophe(s string, j int) int {
	if s[j] == '\'' {
		return 1
	}
	if s[j] == 0xE2 && j+2 < len(s) && s[j+1] == 0x80 && s[j+2] == 0x99 {
		return 3
	}
	return 0
}

func pow10(x int) float64 {
	r := 1.0
	for ; x > 0; x-- {
		r *= 10
	}
	for ; x < 0; x++ {
		r /= 10
	}
	return r
}

// numericDate matches 12.03.2022, 1.5.22, 5/17/2018 and 2022-03-12 at i.
func numericDate(s string, i int, german bool) (int, bool) {
	d := func(j, min, max int) int { // end of a digit run of min..max digits, or -1
		k := j
		for k < len(s) && isDigit(s[k]) && k-j <= max {
			k++
		}
		if k-j < min || k-j > max {
			return -1
		}
		return k
	}
	if e := d(i, 4, 4); e > 0 && e+5 < len(s)+0 && s[e] == '-' {
		if m := d(e+1, 2, 2); m > 0 && m < len(s) && s[m] == '-' {
			if dd := d(m+1, 2, 2); dd > 0 && (dd >= len(s) || !isDigit(s[dd])) {
				return dd, true
			}
		}
	}
	e := d(i, 1, 2)
	if e < 0 || e >= len(s) || (s[e] != '.' && s[e] != '/') {
		return 0, false
	}
	sep := s[e]
	m := d(e+1, 1, 2)
	if m < 0 || m >= len(s) || s[m] != sep {
		return 0, false
	}
	y := d(m+1, 2, 4)
	if y < 0 || y-(m+1) == 3 || (y < len(s) && isDigit(s[y])) {
		if sep == '.' && german && y < 0 && m+1 <= len(s) && (m+1 == len(s) || !isDigit(s[m+1])) {
			return m + 1, true // 6.9. is the 6th of September
		}
		return 0, false
	}
	return y, true
}

// clockTime matches 18:30 or 9:05 at i and returns its value in hours.
func clockTime(s string, i int) (int, float64, bool) {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 3 {
		j++
	}
	if j-i == 0 || j-i > 2 || j+2 >= len(s) || s[j] != ':' || !isDigit(s[j+1]) || !isDigit(s[j+2]) {
		return 0, 0, false
	}
	if j+3 < len(s) && isDigit(s[j+3]) {
		return 0, 0, false
	}
	h := 0
	for _, c := range []byte(s[i:j]) {
		h = h*10 + int(c-'0')
	}
	m := int(s[j+1]-'0')*10 + int(s[j+2]-'0')
	return j + 3, float64(h) + float64(m)/60, true
}
