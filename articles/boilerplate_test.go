package articles

import (
	"slices"
	"testing"
)

// TestTrailingBoilerplateLines checks that boilerplate lines sharing the
// last paragraph(s) with the article's own last words are dropped in every
// format, and that nothing else is.
func TestTrailingBoilerplateLines(t *testing.T) {
	tests := []struct {
		name   string
		source string
		in     string
		want   []string // the body blocks after the title
	}{
		{
			"text lines in the last paragraph", "a.txt",
			"T\n\nBody text.\nLeave a Comment\nYour email address will not be published.\n",
			[]string{"Body text."},
		},
		{
			"text lines over two paragraphs", "a.txt",
			"T\n\nFirst.\n\nBody text.\nLeave a Reply\n\nCancel reply\n.\nPost Comment\n",
			[]string{"First.", "Body text."},
		},
		{
			"text German lines", "a.txt",
			"T\n\nDer Etat wächst um 3 %.\nSchreibe einen Kommentar\nDeine E-Mail-Adresse wird nicht veröffentlicht.\nErforderliche Felder sind mit * markiert\n",
			[]string{"Der Etat wächst um 3 %."},
		},
		{
			"text boilerplate line before the end stays", "a.txt",
			"T\n\nBody text.\nShare\nThe end of the story.\n",
			[]string{"Body text. Share The end of the story."},
		},
		{
			"text sentence with the words stays", "a.txt",
			"T\n\nBody text.\nReaders may leave a comment\n",
			[]string{"Body text. Readers may leave a comment"},
		},
		{
			"text punctuation without boilerplate stays", "a.txt",
			"T\n\nBody text and\n…\n",
			[]string{"Body text and …"},
		},
		{
			"text list before boilerplate stays", "a.txt",
			"T\n\n- 3 km\n- 4 km\n\nShare this\n",
			[]string{"• 3 km", "• 4 km"},
		},
		{
			"markdown soft breaks", "a.md",
			"# T\n\nBody text.\nLeave a Comment\nYour email address will not be published.\n",
			[]string{"Body text."},
		},
		{
			"markdown hard break", "a.md",
			"# T\n\nBody text.  \n*Share this:*\n",
			[]string{"Body text."},
		},
		{
			"markdown code stops the search", "a.md",
			"# T\n\n```\nShare\n```\n",
			[]string{"Share"},
		},
		{
			"markdown quote keeps its words", "a.md",
			"# T\n\n> Body text.\n> Share prices fell 4%.\n",
			[]string{"Body text. Share prices fell 4%."},
		},
		{
			"html br", "a.html",
			"<html><body><h1>T</h1><p>Body text.<br>Leave a Comment<br/>Your email address will not be published.</p></body></html>",
			[]string{"Body text."},
		},
		{
			"html nested blocks", "a.html",
			"<html><body><h1>T</h1><p>Body text.</p><div><span>Body end.<div>Share this:</div></span></div></body></html>",
			[]string{"Body text.", "Body end."},
		},
		{
			"html source line breaks are spaces", "a.html",
			"<html><body><h1>T</h1><p>Body text. Readers were asked to\nshare</p></body></html>",
			[]string{"Body text. Readers were asked to share"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.source, []byte(tt.in), Options{})
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			checkArticle(t, a)
			var got []string
			for _, b := range a.Blocks[1:] {
				got = append(got, a.BlockText(b))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Parse(%s, %q) body = %q, want %q", tt.source, tt.in, got, tt.want)
			}
		})
	}
}
