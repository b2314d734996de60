package check

import (
	"fmt"
	"strings"
	"testing"

	"figs/model"
	"figs/model/extract"
)

// run extracts text in lang and checks it.
func run(text, lang string) (model.Facts, []model.Check) {
	fs := extract.Extract(text, extract.Options{Lang: lang})
	return fs, Article(text, fs)
}

// describe lists the figures and checks of a text, for failure messages.
func describe(fs model.Facts, cs []model.Check) string {
	var b strings.Builder
	for _, f := range fs.Facts {
		fmt.Fprintf(&b, "  #%d %s %q = %s\n", f.ID, f.Kind, f.Text, f.Display)
	}
	for _, c := range cs {
		fmt.Fprintf(&b, "  check %s %v: %s\n", c.Kind, c.Facts, c.Message)
	}
	return b.String()
}

// checkCase is one sentence and the kind of check it must raise, or ""
// for none.
type checkCase struct {
	name string
	text string
	want model.CheckKind
}

// runCases checks every case in lang: a contradicting case raises a check
// of its kind and no other; a consistent one raises none.
func runCases(t *testing.T, lang string, cases []checkCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			fs, cs := run(tt.text, lang)
			if tt.want == "" {
				if len(cs) > 0 {
					t.Errorf("%q: want no check, got:\n%s", tt.text, describe(fs, cs))
				}
				return
			}
			if len(cs) == 0 {
				t.Errorf("%q: want a %s check, got none:\n%s", tt.text, tt.want, describe(fs, cs))
				return
			}
			for _, c := range cs {
				if c.Kind != tt.want {
					t.Errorf("%q: want only %s checks, got:\n%s", tt.text, tt.want, describe(fs, cs))
					return
				}
			}
		})
	}
}

func TestScratch(t *testing.T) {
	for _, s := range []struct{ lang, text string }{
		{"en", "Passenger numbers grew 30% to 12 million, from 8 million a year earlier."},
		{"de", "Der Umsatz sank um 10 Prozent auf 45 Millionen Euro, nach 60 Millionen Euro im Vorjahr."},
		{"en", "Unemployment dropped from 4.1 to 5.3 percent."},
		{"de", "Die Zahl fiel von 70 auf 85."},
		{"de", "Die Zahl der Mitglieder hat sich von 1,2 auf 2,4 Millionen verdoppelt."},
		{"en", "Sales doubled to $30 million from $10 million."},
		{"en", "Sales fell 25% to $60m, down from $80m."},
		{"de", "Die Einwohnerzahl ist um ein Drittel auf 4.000 gesunken, von 6.000."},
		{"en", "Revenue rose by 30 per cent to £12m from £8m."},
		{"en", "Sales grew 50% to 12 million from 8 million."},
	} {
		fs, cs := run(s.text, s.lang)
		t.Logf("%s\n%s", s.text, describe(fs, cs))
	}
}

func TestScratch2(t *testing.T) {
	for _, s := range []struct{ lang, text string }{
		{"en", "Of the 120 delegates, 70 backed the plan and 62 opposed it."},
		{"en", "In the poll, 52% backed Labour, 36% the Conservatives and 19% the Liberal Democrats."},
		{"en", "The 300-metre bridge opened in May. Engineers said the 320-metre bridge would last."},
		{"en", "The 12-year-old boy was found. The 13-year-old boy was not hurt."},
		{"en", "Two-thirds (58%) of voters agreed."},
		{"en", "Only 150 of the 120 delegates came."},
		{"de", "Von den 120 Delegierten stimmten 70 dafür und 62 dagegen."},
		{"de", "Zwei Drittel (58 Prozent) der Befragten stimmten zu."},
		{"de", "In der Umfrage kam die CDU auf 42 Prozent, die SPD auf 35 Prozent und die Grünen auf 28 Prozent."},
		{"de", "Das 120 Meter hohe Hochhaus steht. Später wurde das 140 Meter hohe Hochhaus verkauft."},
		{"de", "Die Mehrheit (45 Prozent) der Befragten lehnt das ab."},
		{"en", "More than half (48%) said no."},
		{"en", "Seventy out of 60 members voted."},
	} {
		fs, cs := run(s.text, s.lang)
		t.Logf("%s\n%s", s.text, describe(fs, cs))
	}
}
