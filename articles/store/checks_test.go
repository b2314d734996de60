package store

import (
	"bytes"
	"strings"
	"testing"

	"figs/model"
	"figs/model/extract"
)

// TestMarkdownChecks: the report lists the article's consistency checks
// with the verdicts of their figures, open until each figure has one.
func TestMarkdownChecks(t *testing.T) {
	text := "Passenger numbers grew 30% to 12 million, from 8 million a year earlier."
	a := model.Article{Source: "checks", Title: "Airport", Text: text}
	figs := extract.Article(a, "en")
	report := func(marks []model.Mark) string {
		var buf bytes.Buffer
		if err := writeMarkdown(&buf, newReview(a, figs, marks)); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	r := newReview(a, figs, nil)
	if len(r.checks) != 1 {
		t.Fatalf("checks %+v, want one", r.checks)
	}
	got := report(nil)
	if !strings.Contains(got, "## Checks") || !strings.Contains(got, "| open |") {
		t.Fatalf("report without an open check:\n%s", got)
	}
	var marks []model.Mark
	for _, f := range r.checks[0].check.Facts {
		marks = append(marks, model.Mark{FactID: f, Verdict: model.Disputed})
	}
	got = report(marks)
	if !strings.Contains(got, "| closed |") || !strings.Contains(got, "disputed") {
		t.Errorf("report after verdicts:\n%s", got)
	}
	none := model.Article{Source: "plain", Title: "T", Text: "The bridge is 300 metres long."}
	var buf bytes.Buffer
	if err := writeMarkdown(&buf, newReview(none, extract.Article(none, "en"), nil)); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(buf.String(), "## Checks") {
		t.Errorf("a checks section without checks:\n%s", buf.String())
	}
}
