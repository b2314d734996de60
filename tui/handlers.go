package tui

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"figs/model"
)

// handleKey sends a key to the handler of the current mode.
func (m *App) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, m.keys.ForceQuit) {
		return m.quitCmd()
	}
	if !key.Matches(msg, m.keys.Quit) {
		m.quitArmed = false
	}
	switch m.mode {
	case modeSearch:
		return m.handleSearchKey(msg)
	case modeNote:
		return m.handleNoteKey(msg)
	case modeLibrary:
		return m.handleLibraryKey(msg)
	case modeReader:
	}
	m.status, m.isErr = "", false
	if m.help.showAll && !key.Matches(msg, m.keys.Quit) {
		m.help.showAll = false
		return nil
	}
	if key.Matches(msg, m.keys.Count) {
		if len(m.count) < 6 {
			m.count += msg.String()
		}
		return nil
	}
	count := m.count
	m.count = ""
	if key.Matches(msg, m.keys.Percent) {
		p, _ := strconv.Atoi(count)
		m.pane.gotoPercent(p)
		m.follow()
		return nil
	}
	n, err := strconv.Atoi(count)
	if err != nil || n < 1 {
		n = 1
	}
	if m.handleMoveKey(msg, n) {
		return nil
	}
	if cmd, ok := m.handleFigureKey(msg); ok {
		return cmd
	}
	if cmd, ok := m.handleReviewKey(msg); ok {
		return cmd
	}
	return m.handleScreenKey(msg)
}

// handleMoveKey scrolls the text, or moves the selection when the sidebar
// has focus; n is the count typed before the key, as in less.
func (m *App) handleMoveKey(msg tea.KeyPressMsg, n int) bool {
	h := m.pane.height
	switch {
	case key.Matches(msg, m.keys.Down) && m.focus == focusSidebar:
		m.moveRow(n)
	case key.Matches(msg, m.keys.Up) && m.focus == focusSidebar:
		m.moveRow(-n)
	case key.Matches(msg, m.keys.Down):
		m.scroll(n)
	case key.Matches(msg, m.keys.Up):
		m.scroll(-n)
	case key.Matches(msg, m.keys.PageDown):
		m.scroll(max(h-2, 1))
	case key.Matches(msg, m.keys.PageUp):
		m.scroll(-max(h-2, 1))
	case key.Matches(msg, m.keys.HalfDown):
		m.scroll(max(h/2, 1))
	case key.Matches(msg, m.keys.HalfUp):
		m.scroll(-max(h/2, 1))
	case key.Matches(msg, m.keys.Top):
		m.scroll(-len(m.pane.lines))
	case key.Matches(msg, m.keys.Bottom):
		m.scroll(len(m.pane.lines))
	default:
		return false
	}
	return true
}

// handleFigureKey selects, filters, pins and copies figures, and searches.
func (m *App) handleFigureKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	matches := len(m.search.matches) > 0
	switch {
	case key.Matches(msg, m.keys.NextFigure) && matches:
		m.pane.showOffset(m.search.step(1))
	case key.Matches(msg, m.keys.PrevFigure) && matches:
		m.pane.showOffset(m.search.step(-1))
	case key.Matches(msg, m.keys.NextFigure):
		m.stepFigure(1)
	case key.Matches(msg, m.keys.PrevFigure):
		m.stepFigure(-1)
	case key.Matches(msg, m.keys.NextCheck):
		m.stepCheck(1)
	case key.Matches(msg, m.keys.PrevCheck):
		m.stepCheck(-1)
	case key.Matches(msg, m.keys.Focus):
		m.toggleFocus()
	case key.Matches(msg, m.keys.Jump):
		m.jump()
	case key.Matches(msg, m.keys.Filter):
		m.cycleFilter()
	case key.Matches(msg, m.keys.Pin):
		m.togglePin()
	case key.Matches(msg, m.keys.Copy):
		return m.copySelected(), true
	case key.Matches(msg, m.keys.Search):
		m.mode = modeSearch
		return m.search.start(), true
	case key.Matches(msg, m.keys.ClearSearch) && m.search.query == "" && m.fromLib:
		return m.openLibrary(), true
	case key.Matches(msg, m.keys.ClearSearch):
		m.search.clear()
	default:
		return nil, false
	}
	return nil, true
}

// handleScreenKey handles the keys that change the screen rather than the text.
func (m *App) handleScreenKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m.quitCmd()
	case key.Matches(msg, m.keys.Help):
		m.help.showAll = !m.help.showAll
	case key.Matches(msg, m.keys.Sidebar):
		m.toggleSidebar()
	case key.Matches(msg, m.keys.Mouse):
		m.mouseOff = !m.mouseOff
	case key.Matches(msg, m.keys.Library):
		return m.openLibrary()
	}
	return nil
}

// quitCmd remembers the reading position, then quits. With edits not
// saved yet it asks first: a second q quits and drops them.
func (m *App) quitCmd() tea.Cmd {
	if n := m.review.unsaved.len(); n > 0 && !m.quitArmed {
		m.quitArmed = true
		m.status, m.isErr = model.FormatCount(n, "edit", "edits")+" not saved yet (the database is away): q again drops them", true
		return nil
	}
	if save := m.pos.saveCmd(m.doc, m.pane.topOffset()); save != nil {
		return tea.Sequence(save, tea.Quit)
	}
	return tea.Quit
}

func (m *App) scroll(n int) {
	m.pane.scroll(n)
	m.follow()
}

// follow selects the first figure in view after the text was scrolled by
// hand, so the sidebar and the text agree.
func (m *App) follow() {
	if i := m.side.firstShown(m.doc.fig, m.pane.topOffset(), m.pane.bottomOffset()); i >= 0 {
		m.selectFact(i, false)
	}
}

// selectFact selects fact i and, when reveal is set, scrolls the text to
// it; the sidebar list follows.
func (m *App) selectFact(i int, reveal bool) {
	if !m.side.choose(m.doc.fig, i) {
		return
	}
	if reveal {
		m.pane.showOffset(m.doc.fig.facts[m.side.selected].Start)
	}
	m.syncSidebar()
}

// syncSidebar scrolls the sidebar list so the selected row is in view.
func (m *App) syncSidebar() {
	m.refresh()
	m.side.ensureVisible(m.side.rowOf(m.doc.fig, m.side.selected))
}

// stepFigure selects the next (dir 1) or previous (dir -1) figure in
// reading order, skipping checked ones in unchecked-only mode.
func (m *App) stepFigure(dir int) {
	fig := m.doc.fig
	from := m.side.selected
	if from < 0 {
		from = fig.at(m.pane.topOffset()) - max(dir, 0)
	}
	if i := m.side.next(fig, m.review, from, dir); i >= 0 {
		m.selectFact(i, true)
		return
	}
	m.status = "no earlier figure"
	if dir > 0 {
		m.status = "no further figure"
	}
	if !fig.complete() {
		m.status += " yet: still counting"
	}
}

// moveRow moves the sidebar selection by dir rows; the text follows.
func (m *App) moveRow(dir int) {
	if len(m.side.rows) == 0 {
		return
	}
	r := m.side.rowOf(m.doc.fig, m.side.selected)
	r = min(max(r+dir, 0), len(m.side.rows)-1)
	m.selectFact(m.side.rows[r], true)
}

func (m *App) toggleFocus() {
	if m.focus == focusSidebar {
		m.focus = focusPane
		return
	}
	m.focus = focusSidebar
	if !m.lay.wide {
		m.narrow = true
		m.relayout()
	}
	if m.hideSide && m.lay.wide {
		m.hideSide = false
		m.relayout()
	}
}

// jump brings the selected figure into view and gives the text the keys.
func (m *App) jump() {
	if i := m.side.selected; i >= 0 {
		m.pane.showOffset(m.doc.fig.facts[i].Start)
	}
	m.focus = focusPane
}

// cycleFilter moves the sidebar filter to the next kind present; a
// selection the filter hides gives way to the first figure in view.
func (m *App) cycleFilter() {
	if !m.side.cycleFilter(m.doc.fig) {
		m.follow()
	}
	m.syncSidebar()
}

func (m *App) togglePin() {
	if status := m.side.togglePin(m.doc.fig); status != "" {
		m.status = status
	}
}

// copySelected copies the figure and its sentence through OSC 52, which
// works over SSH too.
func (m *App) copySelected() tea.Cmd {
	i := m.side.selected
	if i < 0 {
		return nil
	}
	f := m.doc.fig.facts[i]
	display := m.doc.fig.display(i)
	text := display + " — " + joinFields(sentenceAround(m.doc.article.Text, f.Start, f.End))
	m.status = "copied " + display
	return tea.SetClipboard(text)
}

func (m *App) toggleSidebar() {
	if m.lay.wide {
		m.hideSide = !m.hideSide
		if m.hideSide {
			m.focus = focusPane
		}
	} else {
		m.narrow = !m.narrow
	}
	m.relayout()
}

// handleMouse scrolls the pane under the wheel and selects clicked rows,
// hit-testing with the layout the frame was drawn with.
func (m *App) handleMouse(msg tea.MouseMsg) tea.Cmd {
	if m.mode == modeLibrary {
		return m.updateFocused(msg)
	}
	if m.mode != modeReader || m.mouseOff {
		return nil
	}
	mouse := msg.Mouse()
	overSide := m.lay.inSidebar(mouse.X)
	switch msg.(type) {
	case tea.MouseWheelMsg:
		step := 3
		if mouse.Button == tea.MouseWheelUp {
			step = -3
		} else if mouse.Button != tea.MouseWheelDown {
			return nil
		}
		if overSide {
			m.side.scrollRows(step)
			return nil
		}
		m.scroll(step)
	case tea.MouseClickMsg:
		if mouse.Button != tea.MouseLeft {
			return nil
		}
		if !overSide {
			m.clickText(mouse.X, mouse.Y-m.lay.bodyY)
			return nil
		}
		if i := m.side.rowAt(mouse.Y - m.lay.bodyY); i >= 0 {
			m.selectFact(i, true)
		}
	}
	return nil
}

// clickText selects the figure under a click in the text, if any.
func (m *App) clickText(x, y int) {
	off := m.pane.offsetAt(x, y)
	if off < 0 {
		return
	}
	fig := m.doc.fig
	if i := fig.at(off); i < len(fig.facts) && fig.facts[i].Start <= off {
		m.selectFact(i, false)
	}
}
