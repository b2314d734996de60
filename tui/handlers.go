package tui

import (
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"figs/model"
)

// handleKey sends a key to the handler of the current mode.
func (m App) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	if key.Matches(msg, m.keys.ForceQuit) {
		return m, m.quitCmd()
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
	m.status, m.statusErr = "", false
	if m.showHelp && !key.Matches(msg, m.keys.Quit) {
		m.showHelp = false
		return m, nil
	}
	if key.Matches(msg, m.keys.Count) {
		if len(m.count) < 6 {
			m.count += msg.String()
		}
		return m, nil
	}
	count := m.count
	m.count = ""
	if key.Matches(msg, m.keys.Percent) {
		p, _ := strconv.Atoi(count)
		m.pane.gotoPercent(p)
		return m.follow(), nil
	}
	n, err := strconv.Atoi(count)
	if err != nil || n < 1 {
		n = 1
	}
	if m, cmd, ok := m.handleMoveKey(msg, n); ok {
		return m, cmd
	}
	if m, cmd, ok := m.handleFigureKey(msg); ok {
		return m, cmd
	}
	if m, cmd, ok := m.handleReviewKey(msg); ok {
		return m, cmd
	}
	return m.handleScreenKey(msg)
}

// handleMoveKey scrolls the text, or moves the selection when the sidebar
// has focus; n is the count typed before the key, as in less.
func (m App) handleMoveKey(msg tea.KeyPressMsg, n int) (App, tea.Cmd, bool) {
	h := m.pane.height
	switch {
	case key.Matches(msg, m.keys.Down) && m.focus == focusSidebar:
		return m.moveRow(n), nil, true
	case key.Matches(msg, m.keys.Up) && m.focus == focusSidebar:
		return m.moveRow(-n), nil, true
	case key.Matches(msg, m.keys.Down):
		return m.scroll(n), nil, true
	case key.Matches(msg, m.keys.Up):
		return m.scroll(-n), nil, true
	case key.Matches(msg, m.keys.PageDown):
		return m.scroll(max(h-2, 1)), nil, true
	case key.Matches(msg, m.keys.PageUp):
		return m.scroll(-max(h-2, 1)), nil, true
	case key.Matches(msg, m.keys.HalfDown):
		return m.scroll(max(h/2, 1)), nil, true
	case key.Matches(msg, m.keys.HalfUp):
		return m.scroll(-max(h/2, 1)), nil, true
	case key.Matches(msg, m.keys.Top):
		return m.scroll(-len(m.pane.lines)), nil, true
	case key.Matches(msg, m.keys.Bottom):
		return m.scroll(len(m.pane.lines)), nil, true
	}
	return m, nil, false
}

// handleFigureKey selects, filters, pins and copies figures, and searches.
func (m App) handleFigureKey(msg tea.KeyPressMsg) (App, tea.Cmd, bool) {
	switch {
	case key.Matches(msg, m.keys.NextFigure) && len(m.matches) > 0:
		return m.stepMatch(1), nil, true
	case key.Matches(msg, m.keys.PrevFigure) && len(m.matches) > 0:
		return m.stepMatch(-1), nil, true
	case key.Matches(msg, m.keys.NextFigure):
		return m.stepFigure(1), nil, true
	case key.Matches(msg, m.keys.PrevFigure):
		return m.stepFigure(-1), nil, true
	case key.Matches(msg, m.keys.Focus):
		return m.toggleFocus(), nil, true
	case key.Matches(msg, m.keys.Jump):
		return m.jump(), nil, true
	case key.Matches(msg, m.keys.Filter):
		return m.cycleFilter(), nil, true
	case key.Matches(msg, m.keys.Pin):
		return m.togglePin(), nil, true
	case key.Matches(msg, m.keys.Copy):
		m, cmd := m.copySelected()
		return m, cmd, true
	case key.Matches(msg, m.keys.Search):
		m, cmd := m.startSearch()
		return m, cmd, true
	case key.Matches(msg, m.keys.ClearSearch) && m.query == "" && m.fromLib:
		next, cmd := m.openLibrary()
		return next.(App), cmd, true
	case key.Matches(msg, m.keys.ClearSearch):
		return m.clearSearch(), nil, true
	}
	return m, nil, false
}

// handleScreenKey handles the keys that change the screen rather than the text.
func (m App) handleScreenKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Quit):
		return m, m.quitCmd()
	case key.Matches(msg, m.keys.Help):
		m.showHelp = !m.showHelp
		return m, nil
	case key.Matches(msg, m.keys.Sidebar):
		return m.toggleSidebar(), nil
	case key.Matches(msg, m.keys.Mouse):
		m.mouseOff = !m.mouseOff
		return m, nil
	case key.Matches(msg, m.keys.Library):
		return m.openLibrary()
	}
	return m, nil
}

// quitCmd remembers the reading position, then quits.
func (m App) quitCmd() tea.Cmd {
	if m.opts.Store == nil || !m.hasArt {
		return tea.Quit
	}
	return tea.Sequence(savePositionCmd(m.ctx, m.opts.Store, m.article, m.opts.Reviewer, m.pane.topOffset()), tea.Quit)
}

func (m App) scroll(n int) App {
	m.pane.scroll(n)
	return m.follow()
}

// follow selects the first figure in view after the text was scrolled by
// hand, so the sidebar and the text agree.
func (m App) follow() App {
	top, bottom := m.pane.topOffset(), m.pane.bottomOffset()
	for i, n := m.fig.at(top), 0; i < len(m.fig.facts) && m.fig.facts[i].Start < bottom && n < 4096; i, n = i+1, n+1 {
		if m.shown(i) {
			return m.selectFact(i, false)
		}
	}
	return m
}

// shown reports whether fact i is listed under the current filter.
func (m App) shown(i int) bool { return passes(m.fig.facts[i], m.filter) }

// selectFact selects fact i and, when reveal is set, scrolls the text to it.
func (m App) selectFact(i int, reveal bool) App {
	if i < 0 || i >= len(m.fig.facts) {
		return m
	}
	i, _ = m.fig.rowFacts(i) // a comparison is selected as one row
	m.selected = i
	if reveal {
		m.pane.showOffset(m.fig.facts[i].Start)
	}
	return m.syncSidebar()
}

// syncSidebar scrolls the sidebar list so the selected row is in view.
func (m App) syncSidebar() App {
	m = m.refresh()
	m.side.ensureVisible(m.side.rowOf(m.fig, m.selected), m.side.listHeight(len(m.detail)))
	return m
}

// stepFigure selects the next (dir 1) or previous (dir -1) figure in
// reading order, skipping checked ones in unchecked-only mode.
func (m App) stepFigure(dir int) App {
	i := m.selected
	if i < 0 {
		i = m.fig.at(m.pane.topOffset()) - max(dir, 0)
	}
	for i += dir; i >= 0 && i < len(m.fig.facts); i += dir {
		if !m.shown(i) {
			continue
		}
		if m.fig.second(i) {
			continue // on the row of the earlier figure of its comparison
		}
		if m.uncheckedOnly && m.rowVerdict(i) != model.Unchecked {
			continue
		}
		return m.selectFact(i, true)
	}
	if dir > 0 {
		m.status = "no further figure"
	} else {
		m.status = "no earlier figure"
	}
	if !m.fig.complete() {
		m.status += " yet: still counting"
	}
	return m
}

// moveRow moves the sidebar selection by dir rows; the text follows.
func (m App) moveRow(dir int) App {
	if len(m.side.rows) == 0 {
		return m
	}
	r := m.side.rowOf(m.fig, m.selected)
	r = min(max(r+dir, 0), len(m.side.rows)-1)
	return m.selectFact(m.side.rows[r], true)
}

func (m App) toggleFocus() App {
	if m.focus == focusPane {
		m.focus = focusSidebar
		if !m.wide() {
			m.narrowSide = true
		}
		if m.hideSide && m.wide() {
			m.hideSide = false
			return m.layout()
		}
	} else {
		m.focus = focusPane
	}
	return m
}

// jump brings the selected figure into view and gives the text the keys.
func (m App) jump() App {
	if m.selected >= 0 {
		m.pane.showOffset(m.fig.facts[m.selected].Start)
	}
	m.focus = focusPane
	return m
}

// cycleFilter moves the sidebar filter to the next kind present.
func (m App) cycleFilter() App {
	kinds := []model.Kind{""}
	for _, k := range model.Kinds {
		if m.fig.counts[k] > 0 {
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
	m.side.rebuild(m.fig, m.filter)
	m.side.offset = 0
	if m.selected < 0 || !m.shown(m.selected) {
		m.selected = -1
		if len(m.side.rows) > 0 {
			m.selected = m.side.rows[0]
		}
		m = m.follow()
	}
	return m.syncSidebar()
}

func (m App) togglePin() App {
	switch {
	case m.selected < 0:
	case m.pinned == m.selected:
		m.pinned = -1
		m.status = "pin removed"
	default:
		m.pinned = m.selected
		m.status = "pinned " + displayOf(m.fig.facts[m.selected])
	}
	return m
}

// copySelected copies the figure and its sentence through OSC 52, which
// works over SSH too.
func (m App) copySelected() (App, tea.Cmd) {
	if m.selected < 0 {
		return m, nil
	}
	f := m.fig.facts[m.selected]
	text := m.selectedDisplay() + " — " + joinFields(sentenceAround(m.article.Text, f.Start, f.End))
	m.status = "copied " + m.selectedDisplay()
	return m, tea.SetClipboard(text)
}

func (m App) toggleSidebar() App {
	if m.wide() {
		m.hideSide = !m.hideSide
		if m.hideSide {
			m.focus = focusPane
		}
	} else {
		m.narrowSide = !m.narrowSide
	}
	return m.layout()
}

// handleMouse scrolls the pane under the wheel and selects clicked rows.
func (m App) handleMouse(msg tea.MouseMsg) (tea.Model, tea.Cmd) {
	if m.mode == modeLibrary {
		return m.updateFocused(msg)
	}
	if m.mode != modeReader || m.mouseOff {
		return m, nil
	}
	mouse := msg.Mouse()
	overSide := (m.sideBeside() || m.sideOver()) && mouse.X >= m.width-m.side.width
	switch msg.(type) {
	case tea.MouseWheelMsg:
		step := 3
		if mouse.Button == tea.MouseWheelUp {
			step = -3
		} else if mouse.Button != tea.MouseWheelDown {
			return m, nil
		}
		if overSide {
			m.side.offset = min(max(m.side.offset+step, 0), max(len(m.side.rows)-1, 0))
			return m, nil
		}
		return m.scroll(step), nil
	case tea.MouseClickMsg:
		if mouse.Button != tea.MouseLeft {
			return m, nil
		}
		if !overSide {
			return m.clickText(mouse.X, mouse.Y-1), nil
		}
		r := m.side.offset + mouse.Y - 1 - 2
		if r >= m.side.offset && r < m.side.offset+m.side.listHeight(len(m.detail)) && r < len(m.side.rows) {
			return m.selectFact(m.side.rows[r], true), nil
		}
	}
	return m, nil
}

// clickText selects the figure under a click in the text, if any.
func (m App) clickText(x, y int) App {
	off := m.pane.offsetAt(x, y)
	if off < 0 {
		return m
	}
	if i := m.fig.at(off); i < len(m.fig.facts) && m.fig.facts[i].Start <= off {
		return m.selectFact(i, false)
	}
	return m
}
