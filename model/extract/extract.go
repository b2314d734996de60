// Package extract finds the figures in German and English news text.
package extract

import (
	"regexp"

	"figs/model"
)

// Options tune extraction. The zero value detects the language.
type Options struct {
	Lang string // "de", "en", or "" / "auto" to detect
}

var digits = regexp.MustCompile(`\d+`)

// Extract finds the figures in text. It is a placeholder until the engine lands.
func Extract(text string, opts Options) model.Facts {
	out := model.Facts{Lang: DetectLang(text)}
	for i, loc := range digits.FindAllStringIndex(text, -1) {
		out.Facts = append(out.Facts, model.Fact{ID: i, Kind: model.KindNumber, Text: text[loc[0]:loc[1]], Start: loc[0], End: loc[1], Display: text[loc[0]:loc[1]]})
	}
	return out
}

// DetectLang guesses whether text is German or English.
func DetectLang(text string) string { return "de" }
