package check

import (
	"slices"
	"testing"
	"unicode/utf8"

	"figs/model"
	"figs/model/extract"
)

// FuzzArticle runs the checks on any text, as extracted in either language,
// and on the figures of one text laid over another (offsets that point
// anywhere): no panic, and every check names figures that exist, in order,
// with a one-line message.
func FuzzArticle(f *testing.F) {
	for _, s := range []string{
		"Passenger numbers grew 30% to 12 million, from 8 million a year earlier.",
		"Der Umsatz sank um 10 Prozent auf 45 Millionen Euro, nach 60 Millionen Euro.",
		"Of the 120 delegates, 70 backed the plan and 62 opposed it.",
		"Von den 120 Delegierten stimmten 70 dafür und 62 dagegen.",
		"Two-thirds (58%) of voters agreed. The 300-metre tower. The 320-metre tower.",
		"fell from 4.1 to 5.3 percent", "von 1,2 auf 2,4 Millionen verdoppelt", "", ".", "\xff\xfe 5 %",
	} {
		f.Add(s, "x 1 2 3")
	}
	f.Fuzz(func(t *testing.T, text, other string) {
		for _, lang := range []string{"de", "en"} {
			fs := extract.Extract(text, extract.Options{Lang: lang})
			valid(t, text, fs, Article(text, fs))
			// the same figures over a different text: offsets out of range
			valid(t, other, fs, Article(other, fs))
		}
	})
}

func valid(t *testing.T, text string, fs model.Facts, cs []model.Check) {
	t.Helper()
	for _, c := range cs {
		if len(c.Facts) == 0 || !slices.IsSorted(c.Facts) || c.Facts[0] < 0 || c.Facts[len(c.Facts)-1] >= len(fs.Facts) {
			t.Fatalf("%q: check %+v names figures outside the %d found", text, c, len(fs.Facts))
		}
		if c.Message == "" || !utf8.ValidString(c.Message) || !slices.Contains(model.CheckKinds, c.Kind) {
			t.Fatalf("%q: check %+v has no message or an unknown kind", text, c)
		}
		for _, r := range c.Message {
			if r == '\n' || r == '\r' {
				t.Fatalf("%q: check message %q spans lines", text, c.Message)
			}
		}
	}
}
