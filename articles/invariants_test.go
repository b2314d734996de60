package articles

import (
	"strings"
	"testing"
	"unicode/utf8"

	"figs/model"
)

// checkArticle asserts what every article must satisfy: valid UTF-8 with
// no control byte but newline, blocks in order, in bounds, separated by
// blank lines, the first one the title.
func checkArticle(t testing.TB, a model.Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) {
		t.Fatalf("text is not valid UTF-8")
	}
	if i := strings.IndexFunc(a.Text, func(r rune) bool { return r != '\n' && dropRune(r) || r == 0x1b || r == '\t' || r == '\r' }); i >= 0 {
		t.Fatalf("control rune %U survives at %d", []rune(a.Text[i:])[0], i)
	}
	if len(a.Blocks) == 0 || a.Blocks[0].Kind != model.BlockTitle || a.BlockText(a.Blocks[0]) != a.Title {
		t.Fatalf("first block is not the title %q: %+v", a.Title, a.Blocks)
	}
	prev := 0
	for i, b := range a.Blocks {
		if b.Start > b.End || b.End > len(a.Text) || b.Start < prev {
			t.Fatalf("block %d %+v out of order or bounds (len %d)", i, b, len(a.Text))
		}
		if i > 0 && a.Text[prev:b.Start] != "\n\n" {
			t.Fatalf("block %d is not separated by a blank line: %q", i, a.Text[prev:b.Start])
		}
		if b.Start == b.End {
			t.Fatalf("block %d is empty", i)
		}
		prev = b.End
	}
	if prev != len(a.Text) {
		t.Fatalf("text continues after the last block: %q", a.Text[prev:])
	}
}
