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

// sidebar lists the figures in reading order, one row each (a comparison
// takes one row for its two figures), under a filter, with the selected and
// the pinned figure and a detail box for the selected one. It owns the
// selection: the pane, the figure bar and the review read it from here.
type sidebar struct {
	rows          []int // fact index of each row
	offset        int   // first row in view
	width, height int
	filter        model.Kind
	selected      int // index in the figures, -1 for none
	pinned        int // the figure the detail box compares with, -1 for none
	detail        detailBox
}

func newSidebar() sidebar { return sidebar{selected: -1, pinned: -1} }

func (m *sidebar) setSize(w, h int) { m.width, m.height = max(w, 1), max(h, 1) }

// reset forgets the selection, the filter and the rows of the article before.
func (m *sidebar) reset(fig figures) {
	m.selected, m.pinned, m.filter, m.offset = -1, -1, "", 0
	m.rebuild(fig)
}

// rebuild lists the figures that pass the filter; the second figure of a
// comparison shares the row of the first.
func (m *sidebar) rebuild(fig figures) {
	m.rows = m.rows[:0]
	for i, f := range fig.facts {
		if !passes(f, m.filter) {
			continue
		}
		if fig.items.Shares(i) {
			if lead, _ := fig.items.Pair(i); passes(fig.facts[lead], m.filter) {
				continue
			}
		}
		m.rows = append(m.rows, i)
	}
}

// choose selects the row of fact i (a comparison is selected as one row,
// by its earlier figure) and scrolls the list to it; false when there is no
// fact i.
func (m *sidebar) choose(fig figures, i int) bool {
	if i < 0 || i >= len(fig.facts) {
		return false
	}
	m.selected, _ = fig.items.Pair(i)
	return true
}

// shown reports whether fact i is listed under the filter.
func (m sidebar) shown(fig figures, i int) bool { return passes(fig.facts[i], m.filter) }

// firstShown is the first listed fact that starts in [top, bottom) of the
// text, or -1 (a few thousand figures are looked at, at most).
func (m sidebar) firstShown(fig figures, top, bottom int) int {
	for i, n := fig.at(top), 0; i < len(fig.facts) && fig.facts[i].Start < bottom && n < 4096; i, n = i+1, n+1 {
		if m.shown(fig, i) {
			return i
		}
	}
	return -1
}

// next is the row after (dir 1) or before (dir -1) fact from in reading
// order, as its lead fact, skipping checked rows when uncheckedOnly; -1 at
// the end.
func (m sidebar) next(fig figures, rev review, from, dir int) int {
	for i := from + dir; i >= 0 && i < len(fig.facts); i += dir {
		if !m.shown(fig, i) || fig.items.Shares(i) {
			continue // the later figure of a comparison is on the row of the earlier one
		}
		if rev.uncheckedOnly && rev.verdict(fig, i) != model.Unchecked {
			continue
		}
		return i
	}
	return -1
}

// cycleFilter moves the filter to the next kind present and lists its
// rows from the top; it reports whether the selection is still listed.
func (m *sidebar) cycleFilter(fig figures) bool {
	kinds := []model.Kind{""}
	for _, k := range model.Kinds {
		if fig.counts[k] > 0 {
			kinds = append(kinds, k)
		}
	}
	next := kinds[0]
	for i, k := range kinds {
		if k == m.filter {
			next = kinds[(i+1)%len(kinds)]
		}
	}
	m.filter = next
	m.rebuild(fig)
	m.offset = 0
	if m.selected < 0 || !m.shown(fig, m.selected) {
		m.selected = -1
		m.selectFirst()
		return false
	}
	return true
}

// togglePin pins the selected figure, or unpins it, and says which.
func (m *sidebar) togglePin(fig figures) string {
	switch i := m.selected; {
	case i < 0:
		return ""
	case m.pinned == i:
		m.pinned = -1
		return "pin removed"
	default:
		m.pinned = i
		return "pinned " + displayOf(fig.facts[i])
	}
}

// selectFirst selects the first row when nothing is selected.
func (m *sidebar) selectFirst() {
	if m.selected < 0 && len(m.rows) > 0 {
		m.selected = m.rows[0]
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
	for _, want := range []int{i, fig.items.Partner(i)} {
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

// listHeight is how many rows fit between the two head lines and the detail box.
func (m sidebar) listHeight() int { return max(m.height-sideHead-len(m.detail.lines), 1) }

// sideHead is the number of lines above the rows: the title and the counts.
const sideHead = 2

// ensureVisible scrolls the list so row r is in view.
func (m *sidebar) ensureVisible(r int) {
	if r < 0 {
		return
	}
	listH := m.listHeight()
	if r < m.offset {
		m.offset = r
	}
	if r >= m.offset+listH {
		m.offset = r - listH + 1
	}
	m.offset = min(max(m.offset, 0), max(len(m.rows)-listH, 0))
}

// scrollRows moves the list by n rows without changing the selection.
func (m *sidebar) scrollRows(n int) {
	m.offset = min(max(m.offset+n, 0), max(len(m.rows)-1, 0))
}

// rowAt is the fact of the row drawn at line y of the sidebar, or -1.
func (m sidebar) rowAt(y int) int {
	r := m.offset + y - sideHead
	if r >= m.offset && r < m.offset+m.listHeight() && r < len(m.rows) {
		return m.rows[r]
	}
	return -1
}

// rowNote is what other parts of the reader add to the row of a figure,
// keyed by the row's lead figure: mark is one column drawn before the kind
// (a consistency check's ⚠, another reviewer's initial, an unsaved edit's
// *) in the colour of its tone, the pin's "=" taking precedence. The zero
// value adds nothing.
type rowNote struct {
	mark string
	tone noteTone
}

// noteTone is what a row's note is about, which picks its colour.
type noteTone uint8

const (
	toneCheck noteTone = iota
	toneCheckClosed
	tonePresence
	toneUnsaved
)

// sideInput is what the sidebar draws besides its own state: the figures,
// the marks, the text the detail box quotes, and the notes of rows.
type sideInput struct {
	fig   figures
	rev   review
	text  string
	notes map[int]rowNote
	extra []string // lines the detail box adds below the figure: a check's message
}

// refresh redraws the detail box when what it shows changed, so View only
// copies it.
func (m *sidebar) refresh(st *styles, in sideInput) {
	m.detail.refresh(st, m.detailInput(in))
}

// View draws the sidebar, every line exactly m.width columns wide.
func (m sidebar) View(st *styles, in sideInput) []string {
	w := m.width
	out := make([]string, 0, m.height)
	out = append(out, fit(m.headLine(st, in.fig), w))
	out = append(out, fit(m.countsLine(st, in.fig), w))
	listH := m.listHeight()
	sel := m.rowOf(in.fig, m.selected)
	off := min(max(m.offset, 0), max(len(m.rows)-listH, 0))
	for r := off; r < off+listH; r++ {
		if r >= len(m.rows) {
			if r == 0 {
				out = append(out, fit(st.sideDim.Render(emptyNote(in.fig, m.filter)), w))
				continue
			}
			out = append(out, strings.Repeat(" ", w))
			continue
		}
		out = append(out, m.row(st, in, m.rows[r], r == sel))
	}
	out = append(out, m.detail.lines...)
	for len(out) < m.height {
		out = append(out, strings.Repeat(" ", w))
	}
	return out[:m.height]
}

func emptyNote(fig figures, filter model.Kind) string {
	if !fig.complete() {
		return "counting figures…"
	}
	if filter != "" {
		return "no " + string(filter) + " figures"
	}
	return "no figures found"
}

func (m sidebar) headLine(st *styles, fig figures) string {
	filter := "all"
	if m.filter != "" {
		filter = string(m.filter)
	}
	head := st.sideTitle.Render(fmt.Sprintf("Figures %d", len(m.rows))) + st.sideDim.Render(" · "+filter)
	if !fig.complete() && fig.total > 0 {
		frac := float64(fig.done) / float64(fig.total)
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
func (m sidebar) countsLine(st *styles, fig figures) string {
	var parts []string
	cols := 0
	for _, k := range model.Kinds {
		if n := fig.counts[k]; n > 0 {
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
func (m sidebar) row(st *styles, in sideInput, i int, selected bool) string {
	f := in.fig.facts[i]
	display, label := in.fig.display(i), in.fig.label(i)
	verdict := in.rev.verdict(in.fig, i)
	text := display
	if label != "" && !repeats(display, label) {
		text += " · " + label
	}
	text = clean(text)
	var b strings.Builder
	st.rowVerdict[verdict].wrap(&b, verdict.Symbol())
	switch note := in.notes[i]; {
	case m.pinned >= 0 && (m.pinned == i || m.pinned == in.fig.items.Partner(i)):
		b.WriteString("=") // the pinned figure, which the detail box compares with
	case note.mark != "":
		st.rowNote[note.tone].wrap(&b, note.mark)
	default:
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
