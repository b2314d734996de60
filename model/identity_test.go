package model

import (
	"strings"
	"testing"
)

// factsAt builds facts for each occurrence, in order, of the given figure
// texts in text, the way extraction would report them.
func factsAt(text string, figures ...string) []Fact {
	var facts []Fact
	from := 0
	for _, fig := range figures {
		i := strings.Index(text[from:], fig)
		if i < 0 {
			panic("figure " + fig + " not in text")
		}
		start := from + i
		facts = append(facts, Fact{ID: len(facts), Text: fig, Start: start, End: start + len(fig), Kind: KindNumber})
		from = start + len(fig)
	}
	return facts
}

func TestArticleHash(t *testing.T) {
	a := Article{Source: "a.txt", Text: "The road is 12 km long."}
	b := a
	b.Source = "b.txt"
	c := a
	c.Text += " Really."
	if ArticleHash(a) != ArticleHash(a) {
		t.Fatal("ArticleHash is not deterministic")
	}
	if ArticleHash(a) == ArticleHash(b) {
		t.Error("ArticleHash ignores the source")
	}
	if ArticleHash(a) == ArticleHash(c) {
		t.Error("ArticleHash ignores the text")
	}
	if got := len(ArticleHash(a)); got != 64 {
		t.Errorf("len(ArticleHash) = %d, want 64", got)
	}
}

func TestFigureKey(t *testing.T) {
	tests := []struct {
		name      string
		old, new  string
		fig       string
		wantEqual bool
	}{
		{"same text", "The road is 12 km long.", "The road is 12 km long.", "12 km", true},
		{"edit far away in the block", "Yesterday after a long debate the council said the road is 12 km long.",
			"On Tuesday after a long debate the council said the road is 12 km long.", "12 km", true},
		{"edit in another block", "Intro here.\n\nThe road is 12 km long.", "A new intro.\n\nThe road is 12 km long.", "12 km", true},
		{"spacing and case of the figure", "The road is 12 km long.", "The road is 12\u00a0KM long.", "", true},
		{"punctuation around", "The road is 12 km long.", "The road, is 12 km (long).", "12 km", true},
		{"edit next to the figure", "The road is 12 km long.", "The path is 12 km long.", "12 km", false},
		{"figure changed", "The road is 12 km long.", "The road is 13 km long.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			oldFig, newFig := tt.fig, tt.fig
			if tt.fig == "" {
				oldFig = "12 km"
				newFig = tt.new[strings.Index(tt.new, "1"):strings.Index(tt.new, " long")]
			}
			ko := FigureKey(tt.old, factsAt(tt.old, oldFig)[0])
			kn := FigureKey(tt.new, factsAt(tt.new, newFig)[0])
			if (ko == kn) != tt.wantEqual {
				t.Errorf("keys %q and %q: equal = %v, want %v", ko, kn, ko == kn, tt.wantEqual)
			}
		})
	}
}

func TestFigureKeyBadOffsets(t *testing.T) {
	text := "a 12 km road"
	for _, f := range []Fact{
		{Text: "12 km", Start: -1, End: 3},
		{Text: "12 km", Start: 2, End: 99},
		{Text: "12 km", Start: 5, End: 2},
	} {
		if got, want := FigureKey(text, f), "12 km||"; got != want {
			t.Errorf("FigureKey(%q, %+v) = %q, want %q", text, f, got, want)
		}
	}
	if got := FigureKey("", Fact{}); got != "||" {
		t.Errorf("FigureKey of empty = %q", got)
	}
}

func TestFigureKeyContextIsBoundedByBlock(t *testing.T) {
	text := "Prices rose sharply.\n\n12 km of road."
	k := parseFigureKey(FigureKey(text, factsAt(text, "12 km")[0]))
	if len(k.before) != 0 {
		t.Errorf("before = %q, want none (figure opens its block)", k.before)
	}
	if want := []string{"of", "road"}; strings.Join(k.after, " ") != strings.Join(want, " ") {
		t.Errorf("after = %q, want %q", k.after, want)
	}
}
