package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"figs/model"
	"figs/model/extract"
)

// checkWrap asserts the invariants of a layout: lines in order, none wider
// than width, every non-space byte on exactly one line, no figure broken.
func checkWrap(t *testing.T, text string, blocks []model.Block, width int, facts []model.Fact, lines []line) {
	t.Helper()
	covered := make([]bool, len(text))
	prevEnd := 0
	for i, ln := range lines {
		if ln.start < prevEnd || ln.end < ln.start || ln.end > len(text) {
			t.Fatalf("width %d: line %d spans [%d,%d) after %d", width, i, ln.start, ln.end, prevEnd)
		}
		prevEnd = ln.end
		if ln.blank {
			continue
		}
		if limit := width - blockIndent(blocks[ln.block].Kind); ln.cols > max(limit, 1) && strings.ContainsAny(text[ln.start:ln.end], " ") {
			t.Errorf("width %d: line %d is %d columns: %q", width, i, ln.cols, text[ln.start:ln.end])
		}
		for j := ln.start; j < ln.end; j++ {
			covered[j] = true
		}
	}
	for _, b := range blocks {
		for j := b.Start; j < b.End; j++ {
			if !covered[j] && !isSpace(text[j]) {
				t.Fatalf("width %d: byte %d (%q) is on no line", width, j, text[j])
			}
		}
	}
	for _, f := range facts {
		i := lineAt(lines, f.Start)
		if lines[i].end < f.End && strings.ContainsAny(f.Text, " ") && len(f.Text) < width {
			t.Errorf("width %d: figure %q is broken across lines", width, f.Text)
		}
	}
}

// TestWrapDefaultArticle wraps the default article at several widths with
// every one of its figures (as the reader has them once counted), and checks
// that no figure with a space is broken across lines: at each width of 20 and
// more, some figures are long enough that a careless wrap would break them.
func TestWrapDefaultArticle(t *testing.T) {
	a := defaultArticle(t)
	m := start(t, a, Options{}, 120, 40)
	facts := m.doc.fig.facts
	if !m.doc.fig.complete() || len(facts) == 0 {
		t.Fatalf("the default article has %d figures counted, complete %v", len(facts), m.doc.fig.complete())
	}
	for _, w := range []int{1, 5, 20, 33, 60, 88} {
		spaced := 0
		for _, f := range facts {
			if strings.Contains(f.Text, " ") && len(f.Text) < w {
				spaced++
			}
		}
		if w >= 20 && spaced == 0 {
			t.Fatalf("width %d: no figure with a space to keep whole: the check would check nothing", w)
		}
		lines := wrapArticle(a.Text, m.pane.blocks, w, facts)
		checkWrap(t, a.Text, m.pane.blocks, w, facts, lines)
	}
}

func TestWrapKinds(t *testing.T) {
	text := "Title\n\nA quote that is long enough to wrap\n\nfunc main() {\n\treturn 42 // a long code line here\n}\n\nan item"
	var blocks []model.Block
	kinds := []model.BlockKind{model.BlockTitle, model.BlockQuote, model.BlockCode, model.BlockListItem}
	off := 0
	for i, part := range strings.Split(text, "\n\n") {
		blocks = append(blocks, model.Block{Kind: kinds[i], Start: off, End: off + len(part)})
		off += len(part) + 2
	}
	for _, w := range []int{3, 10, 20, 80} {
		checkWrap(t, text, blocks, w, nil, wrapArticle(text, blocks, w, nil))
	}
	a := model.Article{Text: text, Blocks: blocks, Title: "Title"}
	m := start(t, a, Options{}, 60, 12)
	checkFrame(t, m, 60, 12)
	if frame := ansi.Strip(m.render()); !strings.Contains(frame, "• an item") || !strings.Contains(frame, "│ A quote") {
		t.Errorf("list items and quotes are not marked:\n%s", m.render())
	}
}

// TestBadBlocks opens articles whose blocks do not match their text.
func TestBadBlocks(t *testing.T) {
	for _, a := range []model.Article{
		{},
		{Text: "no blocks at all, 12 km"},
		{Text: "short", Blocks: []model.Block{{Kind: model.BlockParagraph, Start: 0, End: 99}}},
		{Text: "a\x1b[31mred\x07 and 5 km", Blocks: []model.Block{{Kind: model.BlockParagraph, Start: 3, End: 1}}},
	} {
		m := start(t, a, Options{}, 80, 20)
		m = press(t, m, "n", "j", "G", "/")
		m = typeText(t, m, "km")
		m = press(t, m, "enter", "n")
		checkFrame(t, m, 80, 20)
		if strings.ContainsAny(m.render(), "\x07") || strings.Contains(m.render(), "\x1b[31m") {
			t.Errorf("a control sequence of the article reached the screen: %q", m.render())
		}
	}
}

// TestResizeKeepsParagraph checks that a resize keeps the top paragraph and
// the selection.
func TestResizeKeepsParagraph(t *testing.T) {
	a := defaultArticle(t)
	m := start(t, a, Options{}, 120, 40)
	m = press(t, m, "n", "n", "n")
	sel := m.side.selected
	block := m.pane.lines[m.pane.top].block
	for _, size := range [][2]int{{100, 30}, {70, 24}, {200, 60}, {120, 40}} {
		m = send(t, m, resizeMsg(size[0], size[1]))
		if m.side.selected != sel {
			t.Errorf("%v: selection moved from %d to %d", size, sel, m.side.selected)
		}
		if got := m.pane.lines[m.pane.top].block; got != block && !m.selectedInView() {
			t.Errorf("%v: top block moved from %d to %d", size, block, got)
		}
	}
}

// TestWrapParallel checks that a long article wrapped in parts gives the
// same lines as one pass.
func TestWrapParallel(t *testing.T) {
	a := corpusArticle(t, 3<<20)
	m := New(a, Options{})
	m = run(t, m, m.Init())
	whole := wrapBlocks(nil, a.Text, a.Blocks, 0, len(a.Blocks), 70, m.doc.fig.facts)
	parts := wrapArticle(a.Text, a.Blocks, 70, m.doc.fig.facts)
	if len(whole) != len(parts) {
		t.Fatalf("%d lines in one pass, %d in parts", len(whole), len(parts))
	}
	for i := range whole {
		if whole[i] != parts[i] {
			t.Fatalf("line %d: %+v in one pass, %+v in parts", i, whole[i], parts[i])
		}
	}
	checkWrap(t, a.Text, a.Blocks, 70, m.doc.fig.facts, parts)
}

// TestCounts checks the less-style counts: 5j scrolls five lines, 50%
// goes halfway.
func TestCounts(t *testing.T) {
	m := start(t, defaultArticle(t), Options{}, 120, 40)
	m = press(t, m, "5", "j")
	if m.pane.top != 5 {
		t.Errorf("5j: top line %d, want 5", m.pane.top)
	}
	m = press(t, m, "2", "k", "j")
	if m.pane.top != 4 {
		t.Errorf("2k j: top line %d, want 4", m.pane.top)
	}
	m = press(t, m, "5", "0", "%")
	if want := len(m.pane.lines) / 2; m.pane.top != min(want, m.pane.maxTop()) {
		t.Errorf("50%%: top line %d, want %d", m.pane.top, want)
	}
}

// TestLayoutLongArticle checks that a long article shows its top at once
// and gets the rest of its layout from a command, the same as in one pass.
func TestLayoutLongArticle(t *testing.T) {
	a := corpusArticle(t, 2<<20)
	m := New(a, Options{})
	m.pos.delay = 0
	next, cmd := m.Update(resizeMsg(120, 40))
	m = next.(App)
	if m.pane.complete() || cmd == nil {
		t.Fatal("the first layout of a long article covers all of it")
	}
	checkFrame(t, m, 120, 40)
	m = press(t, m, "G")
	if p := m.pane.percent(); p >= 50 {
		t.Errorf("at the end of the laid-out top the position says %d%%", p)
	}
	m = press(t, m, "g")
	m = run(t, m, cmd)
	m = run(t, m, m.Init()) // the rest of the figures
	if !m.pane.complete() {
		t.Fatal("the layout is still partial after its command ran")
	}
	whole := wrapArticle(a.Text, extract.Blocks(a), m.pane.textW, m.doc.fig.facts)
	if len(whole) != len(m.pane.lines) {
		t.Fatalf("%d lines after the background layout, %d in one pass", len(m.pane.lines), len(whole))
	}
	for i := range whole {
		if whole[i] != m.pane.lines[i] {
			t.Fatalf("line %d: %+v, in one pass %+v", i, m.pane.lines[i], whole[i])
		}
	}
	m = press(t, m, "G")
	if m.pane.percent() != 100 {
		t.Errorf("G: %d%%", m.pane.percent())
	}
}

// TestNarrowRune checks the ranges nextChar measures without grapheme
// segmentation against x/ansi's grapheme measure, which lipgloss and the
// renderer use, and its wcwidth measure.
func TestNarrowRune(t *testing.T) {
	n := 0
	for r := rune(0x80); r < 0x2100; r++ {
		if !narrowRune(r) {
			continue
		}
		n++
		if w := ansi.StringWidthWc(string(r)); w != 1 {
			t.Errorf("narrowRune(%U) but x/ansi's wcwidth gives it %d columns", r, w)
		}
		if w := ansi.StringWidth(string(r)); w != 1 {
			t.Errorf("narrowRune(%U) but x/ansi gives it %d columns", r, w)
		}
	}
	if n < 1000 {
		t.Errorf("only %d runes are answered without segmentation", n)
	}
}

// TestLayoutInParts checks that a long article laid out in parts (its top
// first, the rest in the background, figures arriving meanwhile and only
// the blocks with a broken figure laid out again) ends with the very layout
// of one pass over the whole article with all its figures.
func TestLayoutInParts(t *testing.T) {
	a := corpusArticle(t, 3*firstLayout+extract.FirstChunk)
	m := start(t, a, Options{}, 100, 30)
	if !m.doc.fig.complete() || !m.pane.complete() {
		t.Fatal("the reader did not finish counting and laying out")
	}
	want := wrapArticle(m.pane.text, m.pane.blocks, m.pane.textW, m.doc.fig.facts)
	got := m.pane.lines
	if len(got) != len(want) {
		t.Fatalf("%d lines laid out in parts, %d in one pass", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("line %d is %+v laid out in parts, %+v in one pass", i, got[i], want[i])
		}
	}
	checkWrap(t, m.pane.text, m.pane.blocks, m.pane.textW, m.doc.fig.facts, got)
	blind := wrapArticle(m.pane.text, m.pane.blocks, m.pane.textW, nil)
	if len(brokenBlocks(blind, m.pane.blocks, 0, len(m.pane.blocks), m.doc.fig.facts)) == 0 {
		t.Error("no figure of the article is broken by a layout that ignores figures: the test proves little")
	}
}
