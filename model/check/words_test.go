package check

import (
	"strings"
	"testing"
)

// TestWordings: both wording files parse with every section filled, and a
// broken file is refused with the line that breaks it.
func TestWordings(t *testing.T) {
	for _, lang := range []string{"de", "en"} {
		data, err := wordFiles.ReadFile("words_" + lang + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		w, err := parseWording(lang, string(data))
		if err != nil {
			t.Fatalf("words_%s.txt: %v", lang, err)
		}
		if p, _, ok := w.multiple.match([]token{{kind: tWord, lower: map[string]string{"de": "verdoppelt", "en": "doubled"}[lang]}}, 0); !ok || p.val != 2 {
			t.Errorf("%s: the multiple for doubling is %+v, %v", lang, p, ok)
		}
	}
	for _, bad := range []struct{ data, want string }{
		{"[nosuch]\nword\n", "unknown section"},
		{"word\n", "before any section"},
		{"[multiple]\nx2 doubled\n", ""}, // "x2" is a word, not a value: accepted as a phrase
		{"[multiple]\n2\n", "bad value"},
		{"[rise]\nrose\n", "missing or empty"},
	} {
		_, err := parseWording("en", bad.data)
		switch {
		case bad.want == "" && err != nil && !strings.Contains(err.Error(), "missing or empty"):
			t.Errorf("%q: %v", bad.data, err)
		case bad.want != "" && (err == nil || !strings.Contains(err.Error(), bad.want)):
			t.Errorf("%q: error %v, want one saying %q", bad.data, err, bad.want)
		}
	}
}
