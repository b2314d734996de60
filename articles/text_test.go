package articles

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"figs/model/testkit"
)

// TestTextParagraphs checks how plain text is cut into paragraphs:
// hard-wrapped prose is joined, text with one paragraph per line is split
// at its lines, and each blank-line separated chunk is judged on its own.
func TestTextParagraphs(t *testing.T) {
	// Long lines as notes apps and exports write them: a paragraph each.
	long1 := "The council approved a budget of 4.2 million euros for the new bridge, which is to be 310 metres long and carry about 12,000 vehicles a day once it opens in 2027."
	long2 := "Opponents said the old crossing could be repaired for a third of the cost, and that the traffic counts used in the plan were taken during a closure of the motorway."
	long3 := "A vote on the second phase, the cycle path along the river, is expected in the autumn"
	wrapped := "The council approved a budget of 4.2 million euros for the new\n" +
		"bridge, which is to be 310 metres long and carry about 12,000\n" +
		"vehicles a day once it opens in 2027. Opponents said the old\n" +
		"crossing could be repaired for a third of the cost."
	joined := strings.ReplaceAll(wrapped, "\n", " ")
	tests := []struct {
		name string
		in   string
		want []string // the body blocks after the title
	}{
		{"hard-wrapped prose stays joined", "Title\n\n" + wrapped + "\n", []string{joined}},
		{"hard-wrapped paragraphs", "Title\n\n" + wrapped + "\n\n" + wrapped + "\n", []string{joined, joined}},
		{"one paragraph per line", "Title\n\n" + long1 + "\n" + long2 + "\n" + long3 + "\n", []string{long1, long2, long3}},
		{"one paragraph per line under the title", "Title\n" + long1 + "\n" + long2 + "\n", []string{long1, long2}},
		{"no title, no blank lines", long1 + "\n" + long2 + "\n", []string{long1, long2}},
		{"short sentences on their lines", "Title\n\nThe bridge opens in 2027.\nIt cost 4.2 million euros.\nWho paid?\n", []string{"The bridge opens in 2027.", "It cost 4.2 million euros.", "Who paid?"}},
		{"quoted sentence ends", "Title\n\n„Es kostet 3 Millionen.“\nDas sagte er (am Montag.)\n", []string{"„Es kostet 3 Millionen.“", "Das sagte er (am Montag.)"}},
		{"short lines within a sentence stay joined", "Title\n\nThe bridge opens in\n2027.\n", []string{"The bridge opens in 2027."}},
		{"mixed chunks", "Title\n\n" + wrapped + "\n\n" + long1 + "\nSubheading\n" + long2 + "\n", []string{joined, long1, "Subheading", long2}},
		{"list among long lines", "Title\n\n" + long1 + "\n- 310 m\n- 12,000 vehicles\n" + long2 + "\n", []string{long1, "• 310 m", "• 12,000 vehicles", long2}},
		{"list of short sentences", "Title\n\n- It opens in 2027.\n- It cost 4.2 million euros.\n", []string{"• It opens in 2027.", "• It cost 4.2 million euros."}},
		{"wrapped list item stays one paragraph", "Title\n\n- a bridge of\n  310 m\n", []string{"- a bridge of 310 m"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("notes.txt", []byte(tt.in), Options{})
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			checkArticle(t, a)
			var got []string
			for _, b := range a.Blocks[1:] {
				got = append(got, a.BlockText(b))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Parse(%q) body =\n%q\nwant\n%q", tt.in, got, tt.want)
			}
		})
	}
}

// TestLinePerParagraph checks the judgement on single chunks.
func TestLinePerParagraph(t *testing.T) {
	long := strings.Repeat("word ", 40)
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"one line", long, false},
		{"empty", "", false},
		{"long lines", long + "\n" + long, true},
		{"half long", long + "\nshort", true},
		{"a long line and a list", long + "\nshort\nshort", true},
		{"a long line in wrapped text", strings.Repeat(strings.Repeat("x", 70)+" and\n", 10) + "https://example.org/" + long + "\n" + strings.Repeat(strings.Repeat("x", 70)+" and\n", 10), false},
		{"long in runes not bytes", strings.Repeat("ä", 100) + "\n" + strings.Repeat("ä", 100), false},
		{"every line a sentence", "One.\nTwo!\nThree?\nFour…", true},
		{"last line not a sentence", "One.\nTwo", false},
		{"wrapped", "a line of\nwrapped text.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := linePerParagraph(tt.in); got != tt.want {
				t.Errorf("linePerParagraph(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestTextCorpusWithoutBlankLines checks on the English corpus (a headline,
// then one paragraph per line with blank lines between them) that dropping
// the blank lines, as exports do, leaves the same article.
func TestTextCorpusWithoutBlankLines(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(testkit.Corpora(t), "en-bbc", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skip("no en-bbc corpus files")
	}
	same := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := Parse("a.txt", data, Options{})
		if err != nil {
			t.Fatalf("Parse(%s): %v", f, err)
		}
		dense := regexp.MustCompile(`\n\s*\n`).ReplaceAll(data, []byte("\n"))
		got, err := Parse("a.txt", dense, Options{})
		if err != nil {
			t.Fatalf("Parse(%s without blank lines): %v", f, err)
		}
		checkArticle(t, got)
		if got.Text == want.Text && slices.Equal(got.Blocks, want.Blocks) {
			same++
		} else if len(got.Blocks) < len(want.Blocks)-1 {
			t.Errorf("%s without blank lines: %d blocks, with them %d", f, len(got.Blocks), len(want.Blocks))
		}
	}
	t.Logf("%d of %d files parse the same without their blank lines", same, len(files))
	if same*10 < len(files)*9 {
		t.Errorf("only %d of %d files parse the same without their blank lines", same, len(files))
	}
}
