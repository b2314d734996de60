package tui

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"figs/articles"
	"figs/model"
	"figs/model/extract"
)

// TestPinComparesFigures pins 2 Dörfer and selects >20 Dörfer: the detail
// box gives their ratio and difference.
func TestPinComparesFigures(t *testing.T) {
	m := start(t, defaultArticle(t), Options{}, 120, 40)
	m = selectDisplay(t, m, "2 Dörfer")
	m = press(t, m, "=", "n", "n")
	if got := displayOf(m.doc.fig.facts[m.side.selected]); got != ">20 Dörfer" {
		t.Fatalf("n n selected %q", got)
	}
	if frame := ansi.Strip(m.render()); !strings.Contains(frame, "against pin 2 Dörfer:") {
		t.Errorf("the detail box lacks the comparison with the pin:\n%s", frame)
	}
	m = press(t, m, "N", "N", "=")
	if m.side.pinned != -1 {
		t.Error("= on the pinned figure did not remove the pin")
	}
}

// TestComparisonIsOneItem checks that a comparison row is reviewed as one
// item: the header, the sidebar title and the footer count the same rows,
// the detail box heads with the comparison, both figures are highlighted in
// the text, and a verdict marks both figures.
func TestComparisonIsOneItem(t *testing.T) {
	m := start(t, defaultArticle(t), Options{}, 120, 40)
	m = selectDisplay(t, m, "35 billion USD")
	rows := len(m.side.rows)
	frame := ansi.Strip(m.render())
	for _, want := range []string{
		fmt.Sprintf("0/%d checked", rows),
		fmt.Sprintf("Figures %d", rows),
		fmt.Sprintf("/%d ", rows),
		"$ money 35 vs 20 billion USD (+75%)",
	} {
		if !strings.Contains(frame, want) {
			t.Errorf("the frame lacks %q:\n%s", want, frame)
		}
	}
	p := m.doc.fig.items.Partner(m.side.selected)
	if p < 0 {
		t.Fatal("35 billion USD is in no comparison")
	}
	styled := m.render()
	for _, i := range []int{m.side.selected, p} {
		want := m.st.selected.on + m.doc.fig.facts[i].Text
		if !strings.Contains(styled, want) {
			t.Errorf("%q is not highlighted as selected", m.doc.fig.facts[i].Text)
		}
	}
	m = press(t, m, "v")
	for _, i := range []int{m.side.selected, p} {
		if v := model.VerdictAt(m.review.marks, i); v != model.Verified {
			t.Errorf("v left %q %s", m.doc.fig.facts[i].Text, v)
		}
	}
	if frame := ansi.Strip(m.render()); !strings.Contains(frame, fmt.Sprintf("1/%d checked", rows)) {
		t.Errorf("one verdict on a comparison is not one checked item:\n%s", frame)
	}
	before := m.side.selected
	m = press(t, m, "n")
	if m.side.selected == p || m.side.rowOf(m.doc.fig, m.side.selected) == m.side.rowOf(m.doc.fig, before) {
		t.Error("n stayed on the comparison's row")
	}
}

// TestFilterCycles steps t through every kind present and back to all.
func TestFilterCycles(t *testing.T) {
	m := start(t, defaultArticle(t), Options{}, 120, 40)
	seen := map[model.Kind]bool{}
	for range len(model.Kinds) + 2 {
		m = press(t, m, "t")
		if m.side.filter == "" {
			break
		}
		seen[m.side.filter] = true
		for _, r := range m.side.rows {
			if m.doc.fig.facts[r].Kind != m.side.filter {
				t.Errorf("filter %s lists a %s figure", m.side.filter, m.doc.fig.facts[r].Kind)
			}
		}
		if m.side.selected >= 0 && m.doc.fig.facts[m.side.selected].Kind != m.side.filter && len(m.side.rows) > 0 {
			t.Errorf("filter %s keeps a %s figure selected", m.side.filter, m.doc.fig.facts[m.side.selected].Kind)
		}
	}
	if m.side.filter != "" {
		t.Fatal("t never came back to all")
	}
	for k, n := range m.doc.fig.counts {
		if n > 0 && !seen[k] {
			t.Errorf("t skipped %s", k)
		}
	}
	if !seen[model.KindDate] {
		t.Error("dates are not behind the filter")
	}
}

// TestCopyAndSearch copies the selected figure through OSC 52 and steps
// through the matches of a search, each shown in the pane.
func TestCopyAndSearch(t *testing.T) {
	a := defaultArticle(t)
	m := start(t, a, Options{}, 120, 40)
	next, cmd := m.Update(keyPress("c"))
	m = next.(App)
	if cmd == nil || !strings.HasPrefix(m.status, "copied ") {
		t.Fatalf("c: status %q, command %v", m.status, cmd != nil)
	}
	// tea.SetClipboard's message, which the renderer writes as OSC 52
	msg := cmd()
	if typ := reflect.TypeOf(msg); typ.PkgPath() != "charm.land/bubbletea/v2" || typ.Name() != "setClipboardMsg" {
		t.Errorf("c sends %T, not the clipboard message of tea.SetClipboard", msg)
	} else if got, display := reflect.ValueOf(msg).String(), strings.TrimPrefix(m.status, "copied "); !strings.HasPrefix(got, display+" — ") {
		t.Errorf("c copies %q, want %q and its sentence", got, display)
	}

	const q = "ukraine"
	var want [][2]int
	for i := 0; ; {
		j := strings.Index(strings.ToLower(a.Text[i:]), q)
		if j < 0 {
			break
		}
		want = append(want, [2]int{i + j, i + j + len(q)})
		i += j + len(q)
	}
	if len(want) < 3 {
		t.Fatalf("the default article has %d matches of %q", len(want), q)
	}
	m = press(t, m, "/")
	m = typeText(t, m, q)
	m = press(t, m, "enter")
	if m.search.query != q || !slices.Equal(m.search.matches, want) {
		t.Fatalf("search: query %q, matches %v, want %v", m.search.query, m.search.matches, want)
	}
	sel := m.side.selected
	inView := func(step string) {
		t.Helper()
		i := lineAt(m.pane.lines, m.search.matches[m.search.current][0])
		if i < m.pane.top || i >= m.pane.top+m.pane.height {
			t.Errorf("%s: match %d on line %d, the pane shows lines %d to %d", step, m.search.current, i, m.pane.top, m.pane.top+m.pane.height-1)
		}
		if m.side.selected != sel {
			t.Errorf("%s: the selected figure moved %d -> %d", step, sel, m.side.selected)
		}
	}
	if m.search.current != 0 {
		t.Errorf("enter: match %d, want 0 (the first at the top)", m.search.current)
	}
	inView("enter")
	steps := []struct {
		key  string
		want int
	}{
		{"n", 1}, {"n", 2}, {"N", 1}, {"N", 0}, {"N", len(want) - 1}, {"n", 0},
	}
	for _, st := range steps {
		m = press(t, m, st.key)
		if m.search.current != st.want {
			t.Errorf("%s: match %d, want %d", st.key, m.search.current, st.want)
		}
		inView(st.key)
	}
	m = press(t, m, "esc", "n")
	if len(m.search.matches) != 0 || m.side.selected == sel {
		t.Errorf("after esc, n still steps through matches")
	}
}

// TestClickFigureInText selects a figure by clicking on it in the text.
func TestClickFigureInText(t *testing.T) {
	m := start(t, defaultArticle(t), Options{}, 120, 40)
	m = selectDisplay(t, m, "50 km")
	want := m.side.selected
	m = press(t, m, "g")
	m.selectFact(0, false)
	m = press(t, m, "5", "0", "%")
	for y, ln := range m.pane.lines[m.pane.top:min(m.pane.top+m.pane.height, len(m.pane.lines))] {
		f := m.doc.fig.facts[want]
		if ln.blank || f.Start < ln.start || f.Start >= ln.end {
			continue
		}
		x := m.pane.pad + ansi.StringWidth(m.doc.article.Text[ln.start:f.Start]) + 1
		m = send(t, m, tea.MouseClickMsg{X: x, Y: y + 1, Button: tea.MouseLeft})
		if m.side.selected != want {
			t.Errorf("a click on %q selected figure %d, want %d", f.Text, m.side.selected, want)
		}
		return
	}
	t.Skip("the 50 km figure is not in view at 50%")
}

// TestLibraryCountsRows checks that the picker's count of an article is the
// count of the sidebar rows, and of the review progress, once it is open.
func TestLibraryCountsRows(t *testing.T) {
	lib := articles.Embedded()
	entries, err := lib.Entries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Run(e.Name, func(t *testing.T) {
			a, err := lib.Open(context.Background(), e.Name)
			if err != nil {
				t.Fatal(err)
			}
			m := start(t, a, Options{}, 120, 40)
			if len(m.side.rows) != e.Figures || m.review.progress.Items != e.Figures {
				t.Errorf("the picker says %d figures, the sidebar lists %d, the progress counts %d",
					e.Figures, len(m.side.rows), m.review.progress.Items)
			}
		})
	}
}

// TestPositionBeforeFigures reopens an article at a remembered position
// that arrives before its first figures (they are searched in the
// background): the selection is then the first figure in view, not the
// first of the article.
func TestPositionBeforeFigures(t *testing.T) {
	a := defaultArticle(t)
	m := New(a, Options{})
	m.pos.delay = 0
	next, cmd := m.Update(resizeMsg(120, 40))
	m = next.(App)
	if m.side.selected >= 0 {
		t.Fatal("a figure is selected before any was found")
	}
	// the line of the last quantity figs facts finds
	facts := extract.Article(a, "").Facts
	off := -1
	for _, f := range facts {
		if f.Kind.IsQuantity() {
			off = f.Start
		}
	}
	if off < 0 {
		t.Fatal("the default article has no quantity")
	}
	m = send(t, m, positionMsg{gen: m.doc.gen, offset: off, ok: true})
	m = run(t, m, cmd)
	if m.side.selected < 0 || !m.selectedInView() {
		t.Errorf("after a position at the last quantity, figure %d is selected, in view %v", m.side.selected, m.selectedInView())
	}
}
