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
