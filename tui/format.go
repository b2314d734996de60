package tui

import "figs/model"

// displayOf is how the sidebar names a figure.
func displayOf(f model.Fact) string {
	if f.Display != "" {
		return f.Display
	}
	return f.Text
}

// pinPhrase compares figure a with the pinned figure b: "×1.75, +15 billion USD".
func pinPhrase(a, b model.Fact) (string, bool) {
	if a.Unit != b.Unit || !a.Kind.IsQuantity() || !b.Kind.IsQuantity() || b.Value == 0 {
		return "", false
	}
	return model.FormatChange(a.Value, b.Value, a.Unit), true
}
