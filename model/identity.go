package model

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// contextWords is how many words on each side of a figure go into its key:
// enough to tell "12 km" in one sentence from "12 km" in the next, few
// enough that an edit elsewhere in the paragraph leaves the key alone.
const contextWords = 4

// keySep separates the parts of a figure key. Words never contain it and
// figure text has it replaced, so a key splits back unambiguously.
const keySep = "|"

// ArticleHash is the identity of one version of an article: a hex SHA-256 of
// its source and cleaned text. Any edit to the text gives a new hash.
func ArticleHash(a Article) string {
	h := sha256.New()
	h.Write([]byte(a.Source))
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	return hex.EncodeToString(h.Sum(nil))
}

// FigureKey is the identity of figure f of text that survives small edits:
// the figure's normalised text and the normalised words just before and
// after it in its block. Edits further away than a few words, or in other
// blocks, leave the key unchanged.
func FigureKey(text string, f Fact) string {
	if f.Start < 0 || f.End > len(text) || f.Start > f.End {
		return normFigure(f.Text) + keySep + keySep
	}
	before := wordsBefore(text, f.Start, contextWords)
	after := wordsAfter(text, f.End, contextWords)
	return normFigure(text[f.Start:f.End]) + keySep + strings.Join(before, " ") + keySep + strings.Join(after, " ")
}

// wordsBefore returns up to n lowercased words that end before offset i of
// text, in reading order, not crossing a block break ("\n\n"). It reads
// only as far back as it needs, so keying every figure stays linear.
func wordsBefore(text string, i, n int) []string {
	var out []string
	end := -1 // end of the word being read, or -1 between words
	for i > 0 && len(out) < n {
		if strings.HasSuffix(text[:i], "\n\n") {
			break
		}
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if isWordRune(r) {
			if end < 0 {
				end = i
			}
		} else if end >= 0 {
			out = append(out, strings.ToLower(text[i:end]))
			end = -1
		}
		i -= size
	}
	if end >= 0 && len(out) < n {
		out = append(out, strings.ToLower(text[i:end]))
	}
	slices.Reverse(out)
	return out
}

// wordsAfter returns up to n lowercased words that start at or after offset
// i of text, not crossing a block break.
func wordsAfter(text string, i, n int) []string {
	var out []string
	start := -1
	for i < len(text) && len(out) < n {
		if strings.HasPrefix(text[i:], "\n\n") {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, strings.ToLower(text[start:i]))
			start = -1
		}
		i += size
	}
	if start >= 0 && len(out) < n {
		out = append(out, strings.ToLower(text[start:i]))
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// FigureKeys returns the key of every figure of text: its FigureKey, with
// "|2", "|3"… appended to the second and later figures that share one (the
// same figure in the same words, say in repeated list items), so that
// every figure of one text has a key of its own.
func FigureKeys(text string, facts []Fact) []string {
	keys := make([]string, len(facts))
	seen := make(map[string]int, len(facts))
	for i, f := range facts {
		k := FigureKey(text, f)
		seen[k]++
		if n := seen[k]; n > 1 {
			k += keySep + strconv.Itoa(n)
		}
		keys[i] = k
	}
	return keys
}

// figureKey is a key from FigureKeys split back into its parts.
type figureKey struct {
	text          string
	before, after []string
}

func parseFigureKey(key string) figureKey {
	parts := strings.SplitN(key, keySep, 4)
	for len(parts) < 3 {
		parts = append(parts, "")
	}
	return figureKey{text: parts[0], before: strings.Fields(parts[1]), after: strings.Fields(parts[2])}
}

// normFigure folds the ways one figure may be typeset (case, runs of spaces,
// no-break and thin spaces) into one form.
func normFigure(s string) string {
	s = strings.ReplaceAll(s, keySep, "/")
	return strings.ToLower(strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " "))
}
