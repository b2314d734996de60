package model

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"
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
	blockStart := strings.LastIndex(text[:f.Start], "\n\n")
	if blockStart < 0 {
		blockStart = 0
	}
	blockEnd := strings.Index(text[f.End:], "\n\n")
	if blockEnd < 0 {
		blockEnd = len(text)
	} else {
		blockEnd += f.End
	}
	before := words(text[blockStart:f.Start])
	if len(before) > contextWords {
		before = before[len(before)-contextWords:]
	}
	after := words(text[f.End:blockEnd])
	if len(after) > contextWords {
		after = after[:contextWords]
	}
	return normFigure(text[f.Start:f.End]) + keySep + strings.Join(before, " ") + keySep + strings.Join(after, " ")
}

// figureKey is a FigureKey split back into its parts.
type figureKey struct {
	text          string
	before, after []string
}

func parseFigureKey(key string) figureKey {
	text, rest, _ := strings.Cut(key, keySep)
	before, after, _ := strings.Cut(rest, keySep)
	return figureKey{text: text, before: strings.Fields(before), after: strings.Fields(after)}
}

// normFigure folds the ways one figure may be typeset (case, runs of spaces,
// no-break and thin spaces) into one form.
func normFigure(s string) string {
	s = strings.ReplaceAll(s, keySep, "/")
	return strings.ToLower(strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " "))
}

// words returns the lowercased runs of letters and digits in s.
func words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r)
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, strings.ToLower(s[start:]))
	}
	return out
}
