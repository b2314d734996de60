package tui

import (
	"strings"

	"figs/model"
)

// displayOf is how the sidebar names a figure: "≥23,000 people" for the
// ">=23,000 people" of extraction.
func displayOf(f model.Fact) string {
	if f.Display != "" {
		return prettyBound(f.Display)
	}
	return f.Text
}

// prettyBound writes the bounds "<=" and ">=" at the start of a display as
// the one-column signs "≤" and "≥".
func prettyBound(s string) string {
	switch {
	case strings.HasPrefix(s, ">="):
		return "≥" + s[2:]
	case strings.HasPrefix(s, "<="):
		return "≤" + s[2:]
	}
	return s
}

// pinPhrase compares figure a with the pinned figure b: "×1.75, +15 billion USD".
func pinPhrase(a, b model.Fact) (string, bool) {
	if a.Unit != b.Unit || !a.Kind.IsQuantity() || !b.Kind.IsQuantity() || b.Value == 0 {
		return "", false
	}
	return model.FormatChange(a.Value, b.Value, a.Unit), true
}

// repeats reports whether label only repeats what display already says
// ("2 Dörfer · Dörfer"), so that the row can leave it out.
func repeats(display, label string) bool {
	return strings.Contains(strings.ToLower(display), strings.ToLower(label))
}
