package tui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"figs/model"
)

// render draws the whole screen from the layout; View wraps it, and frame
// goldens test it.
func (m App) render() string {
	l := m.lay
	if l.width <= 0 || l.height <= 0 {
		return "" // the size is not known yet
	}
	if l.tooSmall {
		return m.renderTooSmall()
	}
	if m.mode == modeLibrary {
		return m.lib.View() + "\n" + fit(m.footerLine(), l.width)
	}
	lines := make([]string, 0, l.height)
	lines = append(lines, drawHeader(m.st, l.width, m.headerInput()))
	lines = append(lines, m.bodyLines()...)
	if l.barY >= 0 {
		lines = append(lines, m.figureBar())
	}
	if l.noteY >= 0 {
		title := m.noteTitle
		if title == "" {
			title = "note on " + clean(m.selectedDisplay())
		}
		lines = append(lines, fit(m.st.headerDim.Render(title), l.width))
		for _, s := range strings.Split(m.review.note.View(), "\n") {
			lines = append(lines, fit(s, l.width))
		}
	}
	lines = append(lines, fit(m.footerLine(), l.width))
	return strings.Join(lines, "\n")
}

func (m App) renderTooSmall() string {
	w, h := max(m.lay.width, 1), max(m.lay.height, 1)
	msg := ansi.Truncate("terminal too small", w, "")
	return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, m.st.notice.Render(msg))
}

// headerInput is what the header shows of the open article and its review.
func (m App) headerInput() headerInput {
	in := headerInput{title: m.doc.title, progress: m.review.progressText(), percent: m.pane.percent()}
	if c := m.checks.header(m.doc.fig, m.review); c != "" {
		in.extras = append(in.extras, c)
	}
	if p := m.team.header(); p != "" {
		in.extras = append(in.extras, p)
	}
	in.alert = m.team.alert(m.review.unsaved.rows(m.doc.fig))
	return in
}

func (m App) bodyLines() []string {
	l := m.lay
	if m.help.showAll {
		return m.help.fullView(m.st, m.keys, l.width, l.bodyH, func(w, room int) []string {
			return m.review.orphanLines(m.st, w, room)
		})
	}
	sel := m.side.selected
	pm := paneMarks{facts: m.doc.fig.facts, selected: sel, partner: -1, matches: m.search.matches, current: m.search.current}
	if sel >= 0 && sel < len(m.doc.fig.facts) {
		pm.partner = m.doc.fig.items.Partner(sel)
	}
	pane := m.pane.render(m.st, pm)
	if !l.sideShown() {
		return pane
	}
	side := m.side.View(m.st, m.sideInput())
	sep := m.st.border.Render(sideRule)
	out := make([]string, len(pane))
	for i := range pane {
		p := pane[i]
		if l.side == sideOver {
			p = fit(ansi.Truncate(p, l.coverW(), ""), l.coverW())
		}
		s := ""
		if i < len(side) {
			s = side[i]
		}
		out[i] = p + sep + s
	}
	return out
}

// figureBar is the selected figure in one line, for screens too narrow for the sidebar.
func (m App) figureBar() string {
	fig, i := m.doc.fig, m.side.selected
	if i < 0 || i >= len(fig.facts) {
		return fit(m.st.sideDim.Render(emptyNote(fig, m.side.filter)), m.lay.width)
	}
	f := fig.facts[i]
	v := m.review.verdict(fig, i)
	display := fig.display(i)
	mark, ks := " ", m.checks.of(fig, i)
	if len(ks) > 0 {
		mark = "⚠"
	}
	s := m.st.verdictStyle(v).Render(v.Symbol()) + mark + m.st.sideKind[f.Kind].Render(kindSymbol(f.Kind)) + " " +
		m.st.sideTitle.Render(clean(display))
	if k := m.checks.target(fig, i); k >= 0 {
		if cv := m.checks.verdict(k); cv != model.Unchecked {
			s += " · " + m.st.verdictStyle(cv).Render(cv.Symbol()+" check")
		}
		s += " · " + clean(m.checks.list[k].Message)
	}
	if label := fig.label(i); label != "" && !repeats(display, label) {
		s += m.st.sideDim.Render(" · " + clean(label))
	}
	return fit(s, m.lay.width)
}

// selectedDisplay is how the selected row names its figure, or "".
func (m App) selectedDisplay() string {
	if i := m.side.selected; i >= 0 && i < len(m.doc.fig.facts) {
		return m.doc.fig.display(i)
	}
	return ""
}

func (m App) footerLine() string {
	switch m.mode {
	case modeSearch:
		return m.search.View()
	case modeNote:
		return m.help.bindingsView(noteHelp{m.keys}.ShortHelp())
	case modeLibrary:
		if m.status != "" {
			return m.statusText()
		}
		return m.help.bindingsView(m.lib.help(m.keys, m.doc.loaded()))
	case modeReader:
	}
	left := m.footerLeft()
	room := m.lay.width - ansi.StringWidth(left) - 3
	if room < 8 {
		return left
	}
	return left + "   " + m.help.shortView(room)
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
	if m.lay.width <= 0 {
		return 0
	}
	return max(m.lay.width-ansi.StringWidth(m.footerLeft())-3, 0)
}

func (m App) statusText() string {
	if m.isErr {
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
	if r := m.side.rowOf(m.doc.fig, m.side.selected); r >= 0 {
		pos = r + 1
	}
	parts = append(parts, fmt.Sprintf("figure %d/%d", pos, len(m.side.rows)))
	if m.side.filter != "" {
		parts = append(parts, "filter "+string(m.side.filter))
	}
	if m.review.uncheckedOnly {
		parts = append(parts, "unchecked only")
	}
	if q := m.search.query; q != "" {
		parts = append(parts, fmt.Sprintf("/%s %d/%d", q, m.search.current+1, len(m.search.matches)))
	}
	if m.side.pinned >= 0 {
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
