package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"figs/model"
)

// hugeBlock is an article of a title and one paragraph of about size bytes,
// with no blank line in it.
func hugeBlock(size int) model.Article {
	sentence := "Die Strecke ist 50 km lang und kostet 3,5 Millionen Euro, sagte er am 3. März 2024. "
	return parsePlain("huge", "Ein Absatz\n\n"+strings.Repeat(sentence, size/len(sentence)+1))
}

// TestLayoutHugeBlock checks that a 4 MB paragraph is laid out and searched
// for figures from its top only before the first frame, and that its whole
// layout, made in the background, is one paragraph: no blank line inside,
// every word shown once, in order, no line too wide.
func TestLayoutHugeBlock(t *testing.T) {
	a := hugeBlock(4 << 20)
	m := New(a, Options{})
	m.pos.delay = 0
	initCmd := m.Init()
	next, cmd := m.Update(resizeMsg(100, 30))
	m = next.(App)
	if m.pane.complete() {
		t.Fatal("the first layout covers the whole paragraph")
	}
	if n := len(m.pane.lines); n == 0 || m.pane.lines[n-1].end > 1<<20 {
		t.Fatalf("the first layout covers %d bytes", m.pane.lines[n-1].end)
	}
	if m.doc.fig.nextBlk > 0 && m.pane.blocks[m.doc.fig.nextBlk-1].End > 1<<20 {
		t.Errorf("the first figures were searched in %d bytes", m.pane.blocks[m.doc.fig.nextBlk-1].End)
	}
	checkFrame(t, m, 100, 30)
	m = run(t, run(t, m, initCmd), cmd)
	if !m.pane.complete() || !m.doc.fig.complete() {
		t.Fatal("the layout or the figures are still partial after their commands ran")
	}
	lines := m.pane.lines
	prev := 0
	for i, ln := range lines {
		if ln.blank && i != 1 {
			t.Fatalf("line %d is blank inside the paragraph", i)
		}
		if ln.cols > m.pane.textW {
			t.Fatalf("line %d is %d columns, the text is %d wide", i, ln.cols, m.pane.textW)
		}
		if strings.TrimSpace(a.Text[prev:ln.start]) != "" {
			t.Fatalf("line %d: %q is not shown", i, a.Text[prev:ln.start])
		}
		prev = max(prev, ln.end)
	}
	if prev != len(a.Text) {
		t.Errorf("the layout ends at byte %d of %d", prev, len(a.Text))
	}
	if got, want := len(m.doc.fig.facts), 3*strings.Count(a.Text, "50 km"); got < want*99/100 {
		t.Errorf("%d figures found, about %d in the text", got, want)
	}
}

// BenchmarkFirstFrame is the work before the first frame of a 10 MB article
// at 100x30: the reader made, its first layout and figures, one frame. The
// article is either many paragraphs or a single one with no blank line; both
// must cost the same.
func BenchmarkFirstFrame(b *testing.B) {
	for _, tt := range []struct {
		name string
		a    func() model.Article
	}{
		{"paragraphs=10MB", func() model.Article { return corpusArticle(b, 10<<20) }},
		{"block=10MB", func() model.Article { return hugeBlock(10 << 20) }},
	} {
		b.Run(tt.name, func(b *testing.B) {
			a := tt.a()
			b.ReportAllocs()
			for b.Loop() {
				m := New(a, Options{})
				_ = m.Init()
				next, _ := m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
				_ = next.(App).View()
			}
		})
	}
}
