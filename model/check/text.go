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

// sentences returns the sentences of text that hold a fact of facts, in
// order, each with its tokens. Only those sentences are read, so the cost
// follows the figures, not the length of the text.
func sentences(text string, facts []model.Fact) []sentence {
	var out []sentence
	prevEnd := 0
	for i := 0; i < len(facts); {
		f := facts[i]
		if f.Start < prevEnd || f.Start < 0 || f.End > len(text) || f.Start > f.End {
			i++
			continue
		}
		start := sentenceStart(text, facts, i, prevEnd)
		end, next := sentenceEnd(text, facts, i)
		out = append(out, sentence{start: start, end: end, toks: tokenize(text, facts, start, end, i, next)})
		prevEnd = end
		i = next
	}
	return out
}

// maxSentence bounds how far a sentence is read on either side of a figure,
// so text without full stops costs no more than text with them.
const maxSentence = 800

// sentenceStart finds where the sentence of fact i begins: after the last
// sentence end before it, not before floor.
func sentenceStart(text string, facts []model.Fact, i, floor int) int {
	lo := max(floor, facts[i].Start-maxSentence)
	prev := i - 1 // facts before i, whose spans hold no sentence end
	for k := facts[i].Start - 1; k >= lo; k-- {
		for prev >= 0 && facts[prev].Start > k {
			prev--
		}
		if prev >= 0 && k < facts[prev].End && k >= facts[prev].Start {
			k = facts[prev].Start
			continue
		}
		if text[k] == '\n' {
			return k + 1
		}
		if endsSentence(text, k) {
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
		if next < len(facts) && k >= facts[next].Start {
			if facts[next].End > hi {
				hi = min(len(text), facts[next].End)
			}
			k = max(k, facts[next].End)
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
	return !abbreviations[word]
}

// abbreviations are words a dot follows inside a sentence.
var abbreviations = map[string]bool{
	"mio": true, "mrd": true, "bzw": true, "ca": true, "rd": true, "dr": true, "prof": true, "nr": true,
	"vs": true, "mr": true, "mrs": true, "ms": true, "st": true, "inkl": true, "evtl": true, "ggf": true,
	"vgl": true, "jan": true, "feb": true, "aug": true, "sept": true, "sep": true, "okt": true, "oct": true,
	"nov": true, "dez": true, "dec": true, "no": true, "tsd": true, "abs": true, "co": true, "inc": true,
	"ltd": true, "corp": true, "gov": true, "sen": true, "rep": true, "gen": true, "lt": true, "col": true,
	"jr": true, "sr": true, "mill": true, "bn": true, "mn": true, "approx": true, "etc": true, "usw": true,
	"zb": true, "ua": true, "dh": true, "sog": true, "geb": true, "gest": true, "str": true, "tel": true,
}

// tokenize splits text[start:end] into tokens; facts from..to-1 are the
// figures inside it.
func tokenize(text string, facts []model.Fact, start, end, from, to int) []token {
	toks := make([]token, 0, (end-start)/5+4)
	next := from
	for k := start; k < end; {
		if next < to && k >= facts[next].Start {
			f := facts[next]
			if f.Start >= k || f.End > k {
				toks = append(toks, token{kind: tFig, start: f.Start, end: f.End, fig: next, lower: figureWord(f.Text)})
				k = max(k, f.End)
			}
			next++
			continue
		}
		stop := end
		if next < to {
			stop = min(end, facts[next].Start)
		}
		r, n := utf8.DecodeRuneInString(text[k:])
		switch {
		case isWordRune(r):
			j := k + n
			for j < stop {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) && !(r2 == '\'' || r2 == '’') {
					break
				}
				j += n2
			}
			toks = append(toks, token{kind: tWord, start: k, end: j, lower: lowerWord(text[k:j])})
			k = j
		case strings.ContainsRune(",;:()[]–—/", r):
			toks = append(toks, token{kind: tPunct, start: k, end: k + n, lower: text[k : k+n]})
			k += n
		default:
			k += n
		}
	}
	return toks
}

// figureWord returns a figure written as one word ("four", "Drittel")
// lower-cased, so wordings can name it, or "".
func figureWord(s string) string {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return ""
		}
	}
	return strings.ToLower(s)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// lowerWord lower-cases a word, straightening its apostrophes; a word
// already in lower case is returned as it is, without allocating.
func lowerWord(w string) string {
	w = strings.ToLower(w)
	if strings.Contains(w, "’") {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}
