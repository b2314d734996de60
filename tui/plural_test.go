package tui

import (
	"testing"

	"figs/model"
)

// TestLibraryCounts checks that the picker writes "1 figure", not
// "1 figures".
func TestLibraryCounts(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{
		{0, "de · 0 figures · a.txt"},
		{1, "de · 1 figure · a.txt"},
		{2, "de · 2 figures · a.txt"},
		{21, "de · 21 figures · a.txt"},
	} {
		item := libraryItem{info: model.ArticleInfo{Name: "a.txt", Lang: "de", Figures: c.n}}
		if got := item.Description(); got != c.want {
			t.Errorf("Description(%d figures) = %q, want %q", c.n, got, c.want)
		}
	}
}
