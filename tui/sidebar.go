package tui

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"figs/model"
)

// Sidebar widths: about a third of the screen, within these bounds; drawn
// over the text on narrow screens, overSidebar at most.
const (
	minSidebar  = 28
	maxSidebar  = 44
	overSidebar = 44
)

// sidebar lists the figures in reading order, one row each (a comparison
// takes one row for its two figures), with a detail box for the selected one.
type sidebar struct {
	rows          []int // fact index of each row
	offset        int   // first row in view
	width, height int
}

func (m *sidebar) setSize(w, h int) { m.width, m.height = max(w, 1), max(h, 1) }

// rebuild lists the figures that pass the filter; the second figure of a
// comparison shares the row of the first.
func (m *sidebar) rebuild(fig figures, filter model.Kind) {
	m.rows = m.rows[:0]
	for i, f := range fig.facts {
		if !passes(f, filter) {
			continue
		}
		if c := fig.partner[i]; c >= 0 {
			cmp := fig.comps[c]
			if i == max(cmp.A, cmp.B) && passes(fig.facts[min(cmp.A, cmp.B)], filter) {
				continue
			}
		}
		m.rows = append(m.rows, i)
	}
}

// passes reports whether f is shown under filter; "" shows every quantity,
// so dates and ordinals sit behind the filter.
func passes(f model.Fact, filter model.Kind) bool {
	if filter == "" {
		return f.Kind.IsQuantity()
	}
	return f.Kind == filter
}

// rowOf returns the row that shows fact i, or -1.
func (m sidebar) rowOf(fig figures, i int) int {
	if i < 0 || i >= len(fig.facts) {
		return -1
	}
	for _, want := range []int{i, partnerOf(fig, i)} {
		if want < 0 {
			continue
		}
		r := sort.SearchInts(m.rows, want)
		if r < len(m.rows) && m.rows[r] == want {
			return r
		}
	}
	return -1
}

// partnerOf is the other figure of the comparison of fact i, or -1.
func partnerOf(fig figures, i int) int {
	c := fig.partner[i]
	if c < 0 {
		return -1
	}
	if fig.comps[c].A == i {
		return fig.comps[c].B
	}
	return fig.comps[c].A
}

// listHeight is how many rows fit above the detail box.
func (m sidebar) listHeight(detail int) int { return max(m.height-2-detail, 1) }

// ensureVisible scrolls the list so row r is in view.
func (m *sidebar) ensureVisible(r, listH int) {
	if r < 0 {
		return
	}
	if r < m.offset {
		m.offset = r
	}
	if r >= m.offset+listH {
		m.offset = r - listH + 1
	}
	m.offset = min(max(m.offset, 0), max(len(m.rows)-listH, 0))
}

// sideView is what the sidebar draws besides its rows.
type sideView struct {
	fig      figures
	selected int
	pinned   int
	filter   model.Kind
	marks    []model.Mark
	text     string
}

// render draws the sidebar, every line exactly m.width columns wide.
func (m sidebar) render(st *styles, v sideView, detail []string) []string {
	w := m.width
	out := make([]string, 0, m.height)
	out = append(out, fit(m.headLine(st, v), w))
	out = append(out, fit(m.countsLine(st, v), w))
	listH := m.listHeight(len(detail))
	sel := m.rowOf(v.fig, v.selected)
	off := min(max(m.offset, 0), max(len(m.rows)-listH, 0))
	for r := off; r < off+listH; r++ {
		if r >= len(m.rows) {
			if r == 0 {
				out = append(out, fit(st.sideDim.Render(emptyNote(v)), w))
				continue
			}
			out = append(out, strings.Repeat(" ", w))
			continue
		}
		out = append(out, m.row(st, v, m.rows[r], r == sel))
	}
	out = append(out, detail...)
	for len(out) < m.height {
		out = append(out, strings.Repeat(" ", w))
	}
	return out[:m.height]
}

func emptyNote(v sideView) string {
	if !v.fig.complete() {
		return "counting figures…"
	}
	if v.filter != "" {
		return "no " + string(v.filter) + " figures"
	}
	return "no figures found"
}

func (m sidebar) headLine(st *styles, v sideView) string {
	filter := "all"
	if v.filter != "" {
		filter = string(v.filter)
	}
	head := st.sideTitle.Render(fmt.Sprintf("Figures %d", len(m.rows))) + st.sideDim.Render(" · "+filter)
	if !v.fig.complete() && v.fig.total > 0 {
		frac := float64(v.fig.done) / float64(v.fig.total)
		barW := max(m.width-lipgloss.Width(head)-6, 4)
		head += " " + progressBar(st, frac, barW) + st.sideDim.Render(fmt.Sprintf(" %d%%", int(frac*100)))
	}
	return head
}

// progressBar draws frac of w cells filled.
func progressBar(st *styles, frac float64, w int) string {
	n := int(math.Round(frac * float64(w)))
	n = min(max(n, 0), w)
	return st.progress.Render(strings.Repeat("━", n)) + st.progressEmpty.Render(strings.Repeat("━", w-n))
}

// countsLine counts the rows of each kind; on a narrow sidebar without the
// spaces, so that every kind stays in view.
func (m sidebar) countsLine(st *styles, v sideView) string {
	var parts []string
	cols := 0
	for _, k := range model.Kinds {
		if n := v.fig.counts[k]; n > 0 {
			parts = append(parts, st.sideKind[k].Render(kindSymbol(k))+st.sideDim.Render(fmt.Sprintf(" %d", n)))
			cols += 4 + len(strconv.Itoa(n))
		}
	}
	if cols-2 <= m.width {
		return strings.Join(parts, "  ")
	}
	for i := range parts {
		parts[i] = strings.Replace(parts[i], " ", "", 1)
	}
	return strings.Join(parts, " ")
}

// row draws the row of fact i.
func (m sidebar) row(st *styles, v sideView, i int, selected bool) string {
	f := v.fig.facts[i]
	display, label := displayOf(f), f.Label
	verdict := verdictAt(v.marks, i)
	if p := partnerOf(v.fig, i); p >= 0 {
		c := v.fig.comps[v.fig.partner[i]]
		if c.Display != "" {
			display = c.Display
		}
		if label == "" {
			label = v.fig.facts[p].Label
		}
		verdict = worst(verdict, verdictAt(v.marks, p))
	}
	text := display
	if label != "" && !repeats(display, label) {
		text += " · " + label
	}
	text = clean(text)
	var b strings.Builder
	st.rowVerdict[verdict].wrap(&b, verdictSymbol(verdict))
	if v.pinned >= 0 && (v.pinned == i || v.pinned == partnerOf(v.fig, i)) {
		b.WriteString("=") // the pinned figure, which the detail box compares with
	} else {
		b.WriteByte(' ')
	}
	st.rowKind[f.Kind].wrap(&b, kindSymbol(f.Kind))
	b.WriteByte(' ')
	bodyW := max(m.width-4, 0)
	body, cols := truncPlain(text, bodyW)
	if selected {
		st.rowSelected.wrap(&b, body+strings.Repeat(" ", bodyW-cols))
	} else {
		b.WriteString(body)
		b.WriteString(strings.Repeat(" ", bodyW-cols))
	}
	if m.width < 4 || !simpleText(body) {
		return fit(b.String(), m.width)
	}
	return b.String()
}

// truncPlain cuts plain text to at most w columns, ending in "…" when cut,
// and returns it with its width.
func truncPlain(s string, w int) (string, int) {
	if n := textCols(s); n <= w {
		return s, n
	}
	if w == 0 {
		return "", 0
	}
	cols := 0
	for i := 0; i < len(s); {
		next, c := nextChar(s, i)
		if cols+c > w-1 {
			return s[:i] + "…", cols + 1
		}
		cols += c
		i = next
	}
	return s, cols
}

// worst is the verdict a comparison row shows for its two figures.
func worst(a, b model.Verdict) model.Verdict {
	rank := func(v model.Verdict) int {
		switch v {
		case model.Disputed:
			return 4
		case model.Unsure:
			return 3
		case model.Unchecked:
			return 2
		case model.Verified:
			return 1
		}
		return 2
	}
	if rank(b) > rank(a) {
		return b
	}
	return a
}

func verdictAt(marks []model.Mark, i int) model.Verdict {
	if i < 0 || i >= len(marks) || marks[i].Verdict == "" {
		return model.Unchecked
	}
	return marks[i].Verdict
}

// detail draws the box of the selected figure: its sentence, the bars of a
// comparison, the comparison with a pinned figure and the note.
func (m sidebar) detail(st *styles, v sideView) []string {
	if v.selected < 0 || v.selected >= len(v.fig.facts) || m.height < 12 {
		return nil
	}
	f := v.fig.facts[v.selected]
	inner := max(m.width-st.detail.GetHorizontalFrameSize(), 4)
	var lines []string
	display, start, end := displayOf(f), f.Start, f.End
	if c := v.fig.partner[v.selected]; c >= 0 {
		// a comparison row: the comparison itself, in the sentences of both figures
		cmp := v.fig.comps[c]
		if cmp.Display != "" {
			display = cmp.Display
		}
		a, b := v.fig.facts[cmp.A], v.fig.facts[cmp.B]
		start, end = min(a.Start, b.Start), max(a.End, b.End)
	}
	head := st.sideKind[f.Kind].Render(kindSymbol(f.Kind)+" "+string(f.Kind)) + " " + st.sideTitle.Render(clean(display))
	lines = append(lines, ansi.Truncate(head, inner, "…"))
	sentence := joinFields(clean(sentenceAround(v.text, start, end)))
	wrapped := wrapPlain(sentence, inner)
	maxSentence := max(min(6, m.height/4), 2)
	if len(wrapped) > maxSentence {
		wrapped = wrapped[:maxSentence]
		wrapped[maxSentence-1] = ansi.Truncate(wrapped[maxSentence-1], inner-1, "") + "…"
	}
	lines = append(lines, wrapped...)
	if c := v.fig.partner[v.selected]; c >= 0 {
		lines = append(lines, comparisonBars(st, v.fig, v.fig.comps[c], inner)...)
	}
	if v.pinned >= 0 && v.pinned < len(v.fig.facts) && v.pinned != v.selected {
		p := v.fig.facts[v.pinned]
		if phrase, ok := pinPhrase(f, p); ok {
			lines = append(lines, ansi.Truncate(st.sideDim.Render("against pin "+clean(displayOf(p))+":"), inner, "…"),
				ansi.Truncate(st.pin.Render(phrase), inner, "…"))
		} else {
			lines = append(lines, ansi.Truncate(st.sideDim.Render("pin "+clean(displayOf(p))+": other unit"), inner, "…"))
		}
	}
	if v.selected < len(v.marks) && v.marks[v.selected].Note != "" {
		note := joinFields(clean(v.marks[v.selected].Note))
		lines = append(lines, ansi.Truncate(st.detailLabel.Render("note: ")+note, inner, "…"))
	}
	box := strings.Split(st.detail.Width(m.width).Render(strings.Join(lines, "\n")), "\n")
	for i := range box {
		box[i] = fit(box[i], m.width)
	}
	return box
}

// comparisonBars draws the two values of c as bars of proportional length.
func comparisonBars(st *styles, fig figures, c model.Comparison, inner int) []string {
	a, b := fig.facts[c.A], fig.facts[c.B]
	la, lb := model.FormatQuantity(a.Value, a.Unit), model.FormatQuantity(b.Value, b.Unit)
	labelW := max(ansi.StringWidth(la), ansi.StringWidth(lb))
	barW := max(inner-labelW-1, 1)
	top := math.Max(math.Abs(a.Value), math.Abs(b.Value))
	n := func(v float64) int {
		if top == 0 {
			return 0
		}
		return max(int(math.Round(math.Abs(v)/top*float64(barW))), 1)
	}
	pad := func(s string) string { return s + strings.Repeat(" ", labelW-ansi.StringWidth(s)) }
	return []string{
		pad(la) + " " + st.barA.Render(strings.Repeat("█", n(a.Value))),
		pad(lb) + " " + st.barB.Render(strings.Repeat("█", n(b.Value))),
	}
}

// sentenceAround returns the sentence of text that holds [start, end).
func sentenceAround(text string, start, end int) string {
	const reach = 400
	lo := max(start-reach, 0)
	s := lo
	for i := start - 1; i > lo; i-- {
		c := text[i]
		if c == '\n' && i > 0 && text[i-1] == '\n' {
			s = i + 1
			break
		}
		if (c == ' ' || c == '\n') && i > 0 && (text[i-1] == '.' || text[i-1] == '!' || text[i-1] == '?') {
			s = i + 1
			break
		}
	}
	hi := min(end+reach, len(text))
	e := hi
	for i := end; i < hi; i++ {
		c := text[i]
		if c == '\n' && i+1 < len(text) && text[i+1] == '\n' {
			e = i
			break
		}
		if (c == '.' || c == '!' || c == '?') && (i+1 >= len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			e = i + 1
			break
		}
	}
	s, e = runeStart(text, s), runeStart(text, e)
	if s > e {
		return ""
	}
	return text[s:e]
}

// runeStart moves i back to the start of the rune it falls in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && s[i]&0xC0 == 0x80 {
		i--
	}
	return i
}

// fit pads or cuts the styled string s to exactly w columns, as
// ansi.StringWidth (and so lipgloss) counts them. ansi.Truncate counts a
// space followed by VS16 as one column where StringWidth counts two, so a
// cut is measured again and made shorter until it fits.
func fit(s string, w int) string {
	n := ansi.StringWidth(s)
	for t := w; n > w && t >= 0; t-- {
		s = ansi.Truncate(s, t, "")
		n = ansi.StringWidth(s)
	}
	return s + strings.Repeat(" ", max(w-n, 0))
}
