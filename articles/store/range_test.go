package store

import (
	"context"
	"strings"
	"testing"

	"figs/model"
)

// testSaveMarkOutOfRange checks that a mark on a figure the article does
// not have is refused, and that the error counts its figures in the right
// number.
func testSaveMarkOutOfRange(t *testing.T, e testEngine) {
	s := e.open(t)
	a, facts := article(t, "bridge.txt", "The bridge\n\nIt is 12 km long and took 4 years.", "12 km", "4 years")
	for _, c := range []struct {
		facts []model.Fact
		id    int
		want  string
	}{
		{facts[:1], 1, "figure 1 out of range (1 figure)"},
		{facts, 2, "figure 2 out of range (2 figures)"},
		{nil, 0, "figure 0 out of range (0 figures)"},
		{facts, -1, "figure -1 out of range (2 figures)"},
	} {
		err := s.SaveMark(context.Background(), a, figures(c.facts), model.Mark{FactID: c.id, Verdict: model.Verified, Reviewer: ana})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("SaveMark(figure %d of %d) = %v, want an error with %q", c.id, len(c.facts), err, c.want)
		}
	}
}
