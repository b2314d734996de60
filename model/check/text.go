package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"figs/model"
)

// tokenKind says what a token of a sentence is.
type tokenKind uint8

const (
	tWord  tokenKind = iota // a run of letters, digits and apostrophes
	tPunct                  // one of , ; : ( ) [ ] – — /
	tFig                    // a whole figure: the span of one fact
)

// token is one word, sign or figure of a sentence. A figure's words are
// not tokens of their own: the figure stands for them.
type token struct {
	kind       tokenKind
	start, end int    // byte offsets into the text
	lower      string // the word lower-cased, or the sign; for a figure in one word, that word
	fig        int    // index of the fact, for a figure
}

// sentence is one sentence holding at least one figure.
type sentence struct {
	start, end int
	toks       []token
}

// eachSentence calls fn with each sentence of text that holds a figure a
// check could fail on (see interesting), in order, with its tokens. Only
// those sentences are read, and their tokens share one buffer (fn must not
// keep them), so the cost follows the figures worth checking, not the
// length of the text.
func (c *checker) eachSentence(fn func(s *sentence)) {
	text, facts := c.text, c.facts
	var buf []token
	var s sentence
	prevEnd := 0
	for i := 0; i < len(facts); {
		f := facts[i]
		if f.Start < prevEnd || f.Start < 0 || f.End > len(text) || f.Start > f.End || !c.interesting(i) {
			i++
			continue
		}
		start := sentenceStart(text, facts, i, prevEnd)
		end, next := sentenceEnd(text, facts, i)
		first := i // the sentence's figures before the interesting one
		for first > 0 && facts[first-1].Start >= start {
			first--
		}
		c.figs, c.figBase = c.figs[:0], first
		for k := first; k < next; k++ {
			c.figs = append(c.figs, readFigure(facts[k], k, c.lang))
		}
		buf = c.tokenize(buf[:0], start, end, first, next)
		s.start, s.end, s.toks = start, end, buf
		fn(&s)
		prevEnd = end
		i = next
	}
}

// interesting reports whether a check could fail on fact i, judged from
// the figure and a few bytes around it without reading its sentence: a
// range or a share in words, a figure close to another, a percentage in
// brackets or near another, a figure after "of" or "von", or one that may
// name a thing ("the 300-metre bridge"). In most news a minority of figures
// are, and the sentences of the rest are never tokenized.
func (c *checker) interesting(i int) bool {
	text, facts := c.text, c.facts
	f := facts[i]
	if !f.Kind.IsQuantity() {
		return false // a date or rank is read with the figures beside it
	}
	if f.Max != nil || isFraction(f) {
		return true
	}
	// the quantities on either side, past a date between: "from 36,185 in
	// 2003 to 28,041"
	for _, step := range []int{-1, 1} {
		k := i + step
		for n := 0; n < 2 && k >= 0 && k < len(facts) && !facts[k].Kind.IsQuantity(); n++ {
			k += step
		}
		if k >= 0 && k < len(facts) && c.linked(min(i, k), max(i, k)) {
			return true
		}
	}
	before := text[max(0, f.Start-14):f.Start]
	switch f.Kind {
	case model.KindPercent:
		if strings.ContainsAny(before, "(–—") || strings.Contains(before, "or ") || strings.Contains(before, "oder ") {
			return true
		}
		for _, k := range []int{i - 1, i + 1} {
			if k >= 0 && k < len(facts) && facts[k].Kind == model.KindPercent && max(f.Start-facts[k].End, facts[k].Start-f.End) <= 300 {
				return true
			}
		}
	case model.KindDistance, model.KindArea, model.KindVolume, model.KindMass, model.KindSpeed, model.KindDuration, model.KindCount:
		if strings.Contains(f.Text, "-") || c.w.attrs.at([]token{{kind: tWord, lower: nextWord(text, f.End)}}, 0) {
			return true
		}
	}
	if f.Kind == model.KindCount || f.Kind == model.KindNumber {
		return c.opensWhole(f.Start)
	}
	return false
}

// opensWhole reports whether the words just before offset i open a whole
// at the start of a sentence or clause: "Of the 120", ", von den 120".
func (c *checker) opensWhole(i int) bool {
	// most figures have no "of", "the", "den" or "von" just before them
	w := i
	for w > 0 && c.text[w-1] == ' ' {
		w--
	}
	s := w
	for s > 0 && asciiWord(c.text[s-1]) {
		s--
	}
	if last := c.text[s:w]; last == "" || !c.w.wholeOf.endsWith(strings.ToLower(last)) {
		return false
	}
	lo := max(0, i-24)
	before := c.text[lo:i]
	k := strings.LastIndexAny(before, ".,;:\n")
	if k < 0 && lo > 0 {
		return false
	}
	rest := strings.TrimSpace(before[k+1:])
	if rest == "" || !c.w.wholeOf.endsWith(strings.ToLower(rest[strings.LastIndexByte(rest, ' ')+1:])) {
		return false
	}
	words := strings.Fields(rest)
	if len(words) > 3 {
		return false
	}
	toks := make([]token, len(words))
	for n, w := range words {
		toks[n] = token{kind: tWord, lower: strings.ToLower(w)}
	}
	_, j, ok := c.w.wholeOf.match(toks, 0)
	return ok && j == len(toks)
}

// linked reports two quantities close together with a word between them
// that may tie them: "from 8 to 12", "12 million, up from 8", "70 of the
// 120", "auf 45, nach 60".
func (c *checker) linked(a, b int) bool {
	fa, fb := c.facts[a], c.facts[b]
	if !fa.Kind.IsQuantity() || !fb.Kind.IsQuantity() || fb.Start-fa.End > 48 || fb.Start < fa.End {
		return false
	}
	// the link is the first word of the gap ("to", ", up from", "of the")
	// or its last ("$52 a barrel from $48", "gestiegen, nach 1,8")
	gap := c.text[fa.End:fb.Start]
	i := 0
	for i < len(gap) && !letterByte(gap[i]) {
		i++
	}
	j := i
	for j < len(gap) && letterByte(gap[j]) {
		j++
	}
	if i == j {
		return false
	}
	if isLink(gap[i:j]) {
		return true
	}
	e := len(gap)
	for e > j && !letterByte(gap[e-1]) {
		e--
	}
	s := e
	for s > j && letterByte(gap[s-1]) {
		s--
	}
	return s < e && isLink(gap[s:e])
}

// letterByte reports a byte of a word: an ASCII letter or any byte of a
// letter beyond ASCII (a rough cut that is enough to find words).
func letterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80 }

// isLink reports a word that may tie two figures into a move or a part of
// a whole, in either language.
func isLink(w string) bool {
	if len(w) > 10 {
		return false
	}
	if w[0] >= 'A' && w[0] <= 'Z' {
		w = strings.ToLower(w)
	}
	switch w {
	case "to", "from", "of", "up", "down", "compared", "versus", "vs",
		"auf", "von", "nach", "der", "gegenüber", "verglichen", "vergleich", "zuvor", "plus", "minus", "um":
		return true
	}
	return false
}

// nextWord returns the word after offset i of text, lower-cased, if short.
func nextWord(text string, i int) string {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	j := i
	for j < len(text) && j < i+12 && text[j] != ' ' && text[j] != ',' && text[j] != '.' {
		j++
	}
	return strings.ToLower(text[i:j])
}

// maxSentence bounds how far a sentence is read on either side of a figure,
// so text without full stops costs no more than text with them.
const maxSentence = 800

// sentenceStart finds where the sentence of fact i begins: after the last
// sentence end before it, not before floor.
func sentenceStart(text string, facts []model.Fact, i, floor int) int {
	lo := max(floor, facts[i].Start-maxSentence)
	prev := i - 1 // facts before i, whose spans hold no sentence end
	for k := facts[i].Start; k > lo; {
		j := strings.LastIndexAny(text[lo:k], ".!?\n")
		if j < 0 {
			break
		}
		k = lo + j
		for prev >= 0 && facts[prev].Start > k {
			prev--
		}
		if prev >= 0 && k < facts[prev].End {
			k = facts[prev].Start // inside a figure: "3. Oktober"
			continue
		}
		if text[k] == '\n' || endsSentence(text, k) {
			return k + 1
		}
	}
	return lo
}

// sentenceEnd finds where the sentence of fact i ends, and the first fact
// after it.
func sentenceEnd(text string, facts []model.Fact, i int) (int, int) {
	k := facts[i].End
	next := i + 1
	hi := min(len(text), facts[i].End+maxSentence)
	for k < hi {
		j := strings.IndexAny(text[k:hi], ".!?\n")
		if j < 0 {
			k = hi
			break
		}
		k += j
		for next < len(facts) && facts[next].End <= k {
			next++
		}
		if next < len(facts) && k >= facts[next].Start {
			if facts[next].End > hi {
				hi = min(len(text), facts[next].End)
			}
			k = facts[next].End // inside a figure
			next++
			continue
		}
		if text[k] == '\n' || endsSentence(text, k) {
			return k + 1, next
		}
		k++
	}
	for next < len(facts) && facts[next].Start < hi {
		next++
	}
	return hi, next
}

// endsSentence reports whether the byte at k ends a sentence: a full stop,
// question or exclamation mark followed by a space and a capital, digit or
// quote, and not the dot of an abbreviation or initial.
func endsSentence(text string, k int) bool {
	c := text[k]
	if c != '.' && c != '!' && c != '?' {
		return false
	}
	j := k + 1
	for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
		j++
	}
	if j < len(text) && text[j] == '\n' {
		return true
	}
	r, n := utf8.DecodeRuneInString(text[j:])
	if j >= len(text) {
		return true
	}
	if r != ' ' && r != '\u00a0' {
		return false
	}
	r, _ = utf8.DecodeRuneInString(text[j+n:])
	if !(unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'„“‚‘«»(", r)) {
		return false
	}
	if c != '.' {
		return true
	}
	// the word before the dot
	w := k
	for w > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:w])
		if !unicode.IsLetter(r) {
			break
		}
		w -= size
	}
	word := strings.ToLower(text[w:k])
	if utf8.RuneCountInString(word) == 1 {
		return false // an initial: "J. Smith"
	}
	return !isAbbreviation(word)
}

// isAbbreviation reports a word a dot follows inside a sentence.
func isAbbreviation(w string) bool {
	switch w {
	case "mio", "mrd", "bzw", "ca", "rd", "dr", "prof", "nr", "vs", "mr", "mrs", "ms", "st", "inkl", "evtl", "ggf",
		"vgl", "jan", "feb", "aug", "sept", "sep", "okt", "oct", "nov", "dez", "dec", "no", "tsd", "abs", "co", "inc",
		"ltd", "corp", "gov", "sen", "rep", "gen", "lt", "col", "jr", "sr", "mill", "bn", "mn", "approx", "etc", "usw",
		"zb", "ua", "dh", "sog", "geb", "gest", "str", "tel":
		return true
	}
	return false
}

// tokenize appends the tokens of text[start:end] to toks; facts from..to-1
// are the figures inside it. lowered is text[start:end] lower-cased with
// every offset kept, sliced for each word, or "" to lower-case word by word.
func (c *checker) tokenize(toks []token, start, end, from, to int) []token {
	text, facts := c.text, c.facts
	c.arena, c.pending = c.arena[:0], c.pending[:0]
	next := from
	for k := start; k < end; {
		if next < to && k >= facts[next].Start {
			f := facts[next]
			if f.Start >= k || f.End > k {
				toks = append(toks, token{kind: tFig, start: f.Start, end: f.End, fig: next, lower: figureWord(countedNumber(f))})
				k = max(k, f.End)
			}
			next++
			continue
		}
		stop := end
		if next < to {
			stop = min(end, facts[next].Start)
		}
		if c := text[k]; c < utf8.RuneSelf && !asciiWord(c) {
			if strings.IndexByte(",;:()[]/", c) >= 0 {
				toks = append(toks, token{kind: tPunct, start: k, end: k + 1, lower: text[k : k+1]})
			}
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[k:])
		switch {
		case isWordRune(r):
			j := k + n
			plain := r < utf8.RuneSelf && !(r >= 'A' && r <= 'Z') // lower-case ASCII so far
			for j < stop {
				if c := text[j]; c < utf8.RuneSelf {
					if !asciiWord(c) && c != '\'' {
						break
					}
					if c >= 'A' && c <= 'Z' {
						plain = false
					}
					j++
					continue
				}
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) && r2 != '’' {
					break
				}
				plain = false
				j += n2
			}
			t := token{kind: tWord, start: k, end: j, lower: text[k:j]}
			if !plain {
				from := len(c.arena)
				c.arena = appendLower(c.arena, text[k:j])
				c.pending = append(c.pending, lowered{len(toks), from, len(c.arena)})
			}
			toks = append(toks, t)
			k = j
		case strings.ContainsRune(",;:()[]–—/", r):
			toks = append(toks, token{kind: tPunct, start: k, end: k + n, lower: text[k : k+n]})
			k += n
		default:
			k += n
		}
	}
	// the words not in lower-case ASCII share one string
	if len(c.pending) > 0 {
		all := string(c.arena)
		for _, p := range c.pending {
			toks[p.tok].lower = all[p.from:p.to]
		}
	}
	return toks
}

// lowered is where token tok's lower-case form lies in the arena.
type lowered struct{ tok, from, to int }

// appendLower appends w lower-cased to b, with its apostrophes straight.
func appendLower(b []byte, w string) []byte {
	for _, r := range w {
		switch {
		case r >= 'A' && r <= 'Z':
			b = append(b, byte(r)+'a'-'A')
		case r < utf8.RuneSelf:
			b = append(b, byte(r))
		case r == '’':
			b = append(b, '\'')
		default:
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// figureWord returns a figure written as one word ("four", "Drittel")
// lower-cased, so wordings can name it, or "".
// countedNumber is the number of a count in words without its noun
// ("four" of "four voters", so "one in four voters" reads as "one in
// four"), or the figure's text.
func countedNumber(f model.Fact) string {
	if f.Kind == model.KindCount && f.Noun != "" {
		if n, _, ok := strings.Cut(f.Text, " "); ok {
			return n
		}
	}
	return f.Text
}

func figureWord(s string) string {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return ""
		}
	}
	return strings.ToLower(s)
}

// asciiWord reports an ASCII letter or digit.
func asciiWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
