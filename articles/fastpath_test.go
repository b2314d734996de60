package articles

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The fast paths of Clean and inline skip work when the text allows it.
// These are the straightforward versions they must always agree with.

func isPlainReference(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || r == '\r' || r == 0x1b || (r != '\n' && r != '\t' && dropRune(r)) || (r >= 0x80 && r <= 0x9f) {
			return false
		}
	}
	return true
}

func cleanReference(s string) string {
	s = stripControls(s)
	var b strings.Builder
	blank := 0
	started := false
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.TrimRight(expandTabs(line), " ")
		if line == "" {
			blank++
			continue
		}
		if started {
			b.WriteByte('\n')
			if blank > 0 {
				b.WriteByte('\n')
			}
		}
		blank = 0
		started = true
		b.WriteString(line)
	}
	return b.String()
}

func inlineReference(s string) string {
	return strings.TrimFunc(strings.Join(strings.FieldsFunc(stripControls(s), isASCIISpace), " "), unicode.IsSpace)
}

// checkFastPaths compares Clean, inline and isPlain with their references.
func checkFastPaths(t *testing.T, s string) {
	t.Helper()
	if got, want := isPlain(s), isPlainReference(s); got != want {
		t.Errorf("isPlain(%q) = %v, want %v", s, got, want)
	}
	if got, want := Clean(s), cleanReference(s); got != want {
		t.Errorf("Clean(%q) = %q, want %q", s, got, want)
	}
	in := inline(s)
	if want := inlineReference(s); in != want {
		t.Errorf("inline(%q) = %q, want %q", s, in, want)
	}
	if again := inline(in); again != in {
		t.Errorf("inline is not idempotent on %q: %q then %q", s, in, again)
	}
	if again := inlineCleaned(in); again != in {
		t.Errorf("inlineCleaned changes inline(%q) = %q to %q", s, in, again)
	}
	for n := range 7 {
		if got, want := wordsAtMost(s, n), len(strings.Fields(s)) <= n; got != want {
			t.Errorf("wordsAtMost(%q, %d) = %v, want %v", s, n, got, want)
		}
	}
}

// TestShortLineChecks checks the line tests that look at short lines only
// on lines that are long before their ends are trimmed.
func TestShortLineChecks(t *testing.T) {
	tests := []struct {
		name string
		got  bool
		want bool
	}{
		{"boilerplate with a long tail", isBoilerplate("Share" + strings.Repeat(" .", 500)), true},
		{"boilerplate in capitals", isBoilerplate("  ANZEIGE  "), true},
		{"long line is not boilerplate", isBoilerplate(strings.Repeat("Anzeige ", 100)), false},
		{"teaser heading with a long tail", isTeaserHeading("Related" + strings.Repeat(" !", 50)), true},
		{"teaser heading by prefix", isTeaserHeading("More from the Coastal Times"), true},
		{"six words are no teaser heading", isTeaserHeading("More from the Coastal Times today"), false},
		{"toolbar", isToolbarLine("Merken Drucken Teilen"), true},
		{"long toolbar", isToolbarLine(strings.Repeat("Teilen ", 9)), false},
		{"credit", isCreditLine("Foto: dpa"), true},
		{"broadcast note", isBroadcastNote("Über dieses Thema berichtete NDR Info am 3. Mai 2024."), true},
		{"long broadcast note", isBroadcastNote("Über dieses Thema berichtete" + strings.Repeat(" x", 30)), false},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

func TestFastPaths(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"one word", "Zahl"},
		{"sentence", "Die Brücke kostet 412 Millionen Euro."},
		{"long ascii", strings.Repeat("twelve km of road ", 20)},
		{"double space", "12  km"},
		{"double space across words", "abcdefg  hijklmn  opq"},
		{"spaces at the ends", "  12 km  "},
		{"hard wrapped", "The council approved\nthe bridge in March\n\nfor 412 million."},
		{"indented lines", "  first\n    second\n"},
		{"trailing space before newline", "a \nb"},
		{"three newlines", "a\n\n\nb"},
		{"blank lines at the ends", "\n\na\n\n"},
		{"spaces only", "   "},
		{"tab", "a\tb"},
		{"tab after space", "a \tb"},
		{"form feed and vertical tab", "a\fb\vc"},
		{"crlf", "a\r\nb"},
		{"escape", "\x1b[31mred\x1b[0m"},
		{"del", "a\x7fb"},
		{"no-break spaces", "\u00a03\u00a0000 km\u00a0"},
		{"ideographic space at the end", "12 km\u3000"},
		{"soft hyphen", "Zahlen\u00adwerk"},
		{"c1 control", "a\u0085b"},
		{"bidi override", "a\u202eb"},
		{"byte order mark", "\ufeffText"},
		{"replacement character", "a\ufffdb"},
		{"invalid byte", "Gr\xf6\xdfe"},
		{"truncated rune", "abcdefg\xc3"},
		{"umlauts in every word", "Größe über Maß für Äcker"},
		{"emoji", "5 😀  ok"},
		{"ascii controls in a word", "abcdefgh\x01ijklmnop"},
		{"tilde and del", "~~~~~~~~\x7f~~~~~~~"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkFastPaths(t, tt.in)
		})
	}
}

func FuzzFastPaths(f *testing.F) {
	for _, s := range []string{
		"", "a  b", " a ", "a\nb", "a \nb", "a\n\n\nb", "\n\na", "a\tb", "\u00a0a\u3000", "a\u00adb",
		"Größe  über\nMaß", "\x1b[1mx", "\xff", "abcdefgh  ijklmnop\n\n qrstuvw ", "a\u3000b\u0085c d",
	} {
		f.Add(s)
	}
	f.Fuzz(checkFastPaths)
}

// TestArticleOwnsItsMemory checks that the article Parse returns does not
// share memory with the caller's bytes, which the decoded text may do.
func TestArticleOwnsItsMemory(t *testing.T) {
	for _, name := range []string{"x.txt", "x.md", "x.html"} {
		t.Run(name, func(t *testing.T) {
			data := []byte("Short Title\n\nThe bridge cost 412 million pounds.")
			a, err := Parse(name, data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			want, wantTitle := strings.Clone(a.Text), strings.Clone(a.Title)
			for i := range data {
				data[i] = 'x'
			}
			if a.Text != want || a.Title != wantTitle {
				t.Errorf("Parse(%s): article changed with its input: %q, %q; want %q, %q", name, a.Title, a.Text, wantTitle, want)
			}
		})
	}
}
