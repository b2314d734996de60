package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// Screen sizes: below minWidth x minHeight only a notice is drawn; below
// wideWidth the sidebar gives way to a one-line figure bar.
const (
	minWidth   = 40
	minHeight  = 10
	wideWidth  = 80
	noteHeight = 3
)

func (m App) wide() bool { return m.width >= wideWidth }

func (m App) sidebarWidth() int {
	if !m.wide() {
		return min(overSidebar, max(m.width-6, 10))
	}
	return min(max(m.width/3, minSidebar), maxSidebar)
}

// sideBeside reports whether the sidebar stands beside the pane.
func (m App) sideBeside() bool { return m.wide() && !m.hideSide }

// sideOver reports whether the sidebar is drawn over the pane (narrow screens).
func (m App) sideOver() bool { return !m.wide() && m.narrowSide }

func (m App) bodyHeight() int {
	h := m.height - 2
	if !m.wide() {
		h--
	}
	if m.mode == modeNote {
		h -= noteHeight + 1
	}
	return max(h, 1)
}

func (m App) paneSize() (int, int) {
	w := m.width
	if m.sideBeside() {
		w -= m.sidebarWidth() + 1
	}
	return max(w, 1), m.bodyHeight()
}

// resize lays the screen out again; the pane re-wraps and keeps its top line.
// A selected figure that was in view stays in view.
func (m App) resize(w, h int) App {
	inView := m.selectedInView()
	m.width, m.height = w, h
	m = m.layout()
	if inView && !m.selectedInView() {
		m.pane.showOffset(m.fig.facts[m.selected].Start)
	}
	return m
}

// selectedInView reports whether the selected figure is on screen.
func (m App) selectedInView() bool {
	if m.selected < 0 || m.selected >= len(m.fig.facts) || m.pane.lines == nil {
		return false
	}
	f := m.fig.facts[m.selected]
	return f.Start >= m.pane.topOffset() && f.End <= m.pane.bottomOffset()
}

func (m App) layout() App {
	if m.width <= 0 || m.height <= 0 {
		return m
	}
	m.pane.setSize(m.paneSize())
	m.side.setSize(m.sidebarWidth(), m.bodyHeight())
	w := m.mut()
	w.help.SetWidth(m.width)
	w.search.SetWidth(max(m.width-4, 1))
	w.note.SetWidth(max(m.width-2, 1))
	w.note.SetHeight(noteHeight)
	w.lib.setSize(m.width, m.height-1)
	if m.pendPos >= 0 && m.pane.complete() {
		m.pane.top = lineAt(m.pane.lines, m.pendPos)
		m.pane.clamp()
		m.pendPos = -1
	}
	return m
}

// render draws the whole screen; View wraps it, and frame goldens test it.
func (m App) render() string {
	if m.width <= 0 || m.height <= 0 {
		return "" // the size is not known yet
	}
	if m.width < minWidth || m.height < minHeight {
		return m.renderTooSmall()
	}
	if m.mode == modeLibrary {
		return m.w.lib.View() + "\n" + fit(m.footerLine(), m.width)
	}
	lines := make([]string, 0, m.height)
	lines = append(lines, m.headerLine())
	lines = append(lines, m.bodyLines()...)
	if !m.wide() {
		lines = append(lines, m.figureBar())
	}
	if m.mode == modeNote {
		lines = append(lines, fit(m.st.headerDim.Render("note on "+clean(m.selectedDisplay())), m.width))
		for _, l := range strings.Split(m.w.note.View(), "\n") {
			lines = append(lines, fit(l, m.width))
		}
	}
	lines = append(lines, fit(m.footerLine(), m.width))
	return strings.Join(lines, "\n")
}

func (m App) renderTooSmall() string {
	w, h := max(m.width, 1), max(m.height, 1)
	msg := ansi.Truncate("terminal too small", w, "")
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, m.st.notice.Render(msg))
}

func (m App) headerLine() string {
	right := m.progressText() + fmt.Sprintf(" · %d%%", m.pane.percent())
	rw := ansi.StringWidth(right)
	left, lw := truncPlain(m.title, max(m.width-rw-2, 0))
	var b strings.Builder
	b.WriteString(m.st.header.Render(left))
	b.WriteString(strings.Repeat(" ", max(m.width-lw-rw, 0)))
	b.WriteString(m.st.headerDim.Render(right))
	if lw+rw > m.width || !simpleText(left) {
		return fit(b.String(), m.width)
	}
	return b.String()
}

// progressText is the review progress: "5/12 checked, 1 disputed".
func (m App) progressText() string {
	s := fmt.Sprintf("%d/%d checked", m.checked, max(m.figures, m.checked))
	if m.disputed > 0 {
		s += fmt.Sprintf(", %d disputed", m.disputed)
	}
	if n := len(m.orphans); n > 0 {
		s += fmt.Sprintf(", %d orphaned", n)
	}
	return s
}

func (m App) bodyLines() []string {
	h := m.bodyHeight()
	if m.showHelp {
		return m.helpLines(h)
	}
	pm := paneMarks{facts: m.fig.facts, selected: m.selected, partner: -1, matches: m.matches, current: m.current}
	if m.selected >= 0 && m.selected < len(m.fig.facts) {
		pm.partner = partnerOf(m.fig, m.selected)
	}
	pane := m.pane.render(m.st, pm)
	if !m.sideBeside() && !m.sideOver() {
		return pane
	}
	side := m.side.render(m.st, m.sideView(), m.detail)
	sep := m.st.border.Render("│")
	out := make([]string, len(pane))
	for i := range pane {
		p := pane[i]
		if m.sideOver() {
			p = fit(ansi.Truncate(p, max(m.width-m.side.width-1, 0), ""), max(m.width-m.side.width-1, 0))
		}
		s := ""
		if i < len(side) {
			s = side[i]
		}
		out[i] = p + sep + s
	}
	return out
}

func (m App) sideView() sideView {
	return sideView{fig: m.fig, selected: m.selected, pinned: m.pinned, filter: m.filter, marks: m.marks, text: m.article.Text}
}

func (m App) helpLines(h int) []string {
	groups := m.keys.FullHelp()
	unbound := m.w.help
	unbound.SetWidth(0)
	view := unbound.FullHelpView(groups)
	if lipgloss.Width(view)+m.st.overlay.GetHorizontalFrameSize() > m.width {
		// too wide for the screen: the columns in two rows
		half := (len(groups) + 1) / 2
		view = m.w.help.FullHelpView(groups[:half]) + "\n\n" + m.w.help.FullHelpView(groups[half:])
	}
	room := h - m.st.overlay.GetVerticalFrameSize() - lipgloss.Height(view) - 1
	if orphans := m.orphanLines(m.width-m.st.overlay.GetHorizontalFrameSize(), room); len(orphans) > 0 {
		view += "\n\n" + strings.Join(orphans, "\n")
	}
	full := m.st.overlay.Render(view)
	box := lipgloss.Place(m.width, h, lipgloss.Center, lipgloss.Center, full)
	lines := strings.Split(box, "\n")
	for i := range lines {
		lines[i] = fit(lines[i], m.width)
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", m.width))
	}
	return lines[:h]
}

// figureBar is the selected figure in one line, for screens too narrow for the sidebar.
func (m App) figureBar() string {
	if m.selected < 0 || m.selected >= len(m.fig.facts) {
		return fit(m.st.sideDim.Render(emptyNote(m.sideView())), m.width)
	}
	f := m.fig.facts[m.selected]
	v := m.rowVerdict(m.selected)
	s := m.st.verdictStyle(v).Render(verdictSymbol(v)) + " " + m.st.sideKind[f.Kind].Render(kindSymbol(f.Kind)) + " " +
		m.st.sideTitle.Render(clean(m.selectedDisplay()))
	if label := m.selectedLabel(); label != "" && !repeats(m.selectedDisplay(), label) {
		s += m.st.sideDim.Render(" · " + clean(label))
	}
	return fit(s, m.width)
}

// selectedLabel is the label of the selected figure, or of the figure it
// is compared with, as the sidebar row shows it.
func (m App) selectedLabel() string {
	if m.selected < 0 || m.selected >= len(m.fig.facts) {
		return ""
	}
	if c := m.fig.partner[m.selected]; c >= 0 {
		first := min(m.fig.comps[c].A, m.fig.comps[c].B)
		if l := m.fig.facts[first].Label; l != "" {
			return l
		}
	}
	return m.fig.facts[m.selected].Label
}

func (m App) selectedDisplay() string {
	if m.selected < 0 || m.selected >= len(m.fig.facts) {
		return ""
	}
	i := m.selected
	if c := m.fig.partner[i]; c >= 0 && m.fig.comps[c].Display != "" {
		return m.fig.comps[c].Display
	}
	return displayOf(m.fig.facts[i])
}

func (m App) footerLine() string {
	switch m.mode {
	case modeSearch:
		return m.w.search.View()
	case modeNote:
		return m.w.help.ShortHelpView(noteHelp{m.keys}.ShortHelp())
	case modeLibrary:
		if m.status != "" {
			return m.statusText()
		}
		return m.w.help.ShortHelpView(m.libraryHelp())
	case modeReader:
	}
	left := m.footerLeft()
	room := m.width - ansi.StringWidth(left) - 3
	if room < 8 {
		return left
	}
	return left + "   " + ansi.Truncate(m.shortHelp, room, "…")
}

// footerLeft is the footer's state or status, before its help.
func (m App) footerLeft() string {
	if m.status != "" {
		return m.statusText()
	}
	return m.infoText()
}

// helpRoom is the width the footer leaves to its help in the reader.
func (m App) helpRoom() int {
	if m.width <= 0 {
		return 0
	}
	return max(m.width-ansi.StringWidth(m.footerLeft())-3, 0)
}

func (m App) statusText() string {
	if m.statusErr {
		return m.st.errStatus.Render(m.status)
	}
	return m.st.status.Render(m.status)
}

// infoText is the footer's state: focus, figure i/N, filter, search.
func (m App) infoText() string {
	focus := "text"
	if m.focus == focusSidebar {
		focus = "figures"
	}
	parts := []string{focus}
	pos := 0
	if r := m.side.rowOf(m.fig, m.selected); r >= 0 {
		pos = r + 1
	}
	parts = append(parts, fmt.Sprintf("figure %d/%d", pos, len(m.side.rows)))
	if m.filter != "" {
		parts = append(parts, "filter "+string(m.filter))
	}
	if m.uncheckedOnly {
		parts = append(parts, "unchecked only")
	}
	if m.query != "" {
		parts = append(parts, fmt.Sprintf("/%s %d/%d", m.query, m.current+1, len(m.matches)))
	}
	if m.pinned >= 0 {
		parts = append(parts, "pinned")
	}
	if m.mouseOff {
		parts = append(parts, "mouse off")
	}
	if m.count != "" {
		parts = append(parts, m.count)
	}
	return m.st.footer.Render(strings.Join(parts, " · "))
}
