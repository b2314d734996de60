package tui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"figs/model"
)

// libraryItem is one article of the library picker.
type libraryItem struct{ info model.ArticleInfo }

// FilterValue implements list.Item.
func (i libraryItem) FilterValue() string { return i.info.Title + " " + i.info.Name }

// Title implements list.DefaultItem.
func (i libraryItem) Title() string {
	if i.info.Title == "" {
		return i.info.Name
	}
	return i.info.Title
}

// Description implements list.DefaultItem.
func (i libraryItem) Description() string {
	lang := i.info.Lang
	if lang == "" {
		lang = "??"
	}
	return fmt.Sprintf("%s · %s · %s", lang, model.FormatCount(i.info.Figures, "figure", "figures"), i.info.Name)
}

// libraryView is the picker of the articles of a Library.
type libraryView struct {
	list   list.Model
	loaded bool
	built  bool
	isDark bool
}

func newLibraryView(isDark bool) libraryView {
	d := list.NewDefaultDelegate()
	d.Styles = list.NewDefaultItemStyles(isDark)
	l := list.New(nil, d, 80, 20)
	l.Title = "Library"
	l.Styles = listStyles(isDark)
	l.FilterInput.SetStyles(l.Styles.Filter)
	l.SetShowHelp(false)
	l.SetStatusBarItemName("article", "articles")
	l.DisableQuitKeybindings()
	return libraryView{list: l, built: true, isDark: isDark}
}

func (m *libraryView) restyle(isDark bool) {
	if !m.built {
		return
	}
	d := list.NewDefaultDelegate()
	d.Styles = list.NewDefaultItemStyles(isDark)
	m.list.SetDelegate(d)
	m.list.Styles = listStyles(isDark)
	m.list.FilterInput.SetStyles(m.list.Styles.Filter)
}

func (m *libraryView) setSize(w, h int) {
	if m.built {
		m.list.SetSize(max(w, 1), max(h, 1))
	}
}

func (m *libraryView) setEntries(entries []model.ArticleInfo) tea.Cmd {
	items := make([]list.Item, len(entries))
	for i, e := range entries {
		items[i] = libraryItem{e}
	}
	m.loaded = true
	return m.list.SetItems(items)
}

// Update passes msg to the list.
func (m libraryView) Update(msg tea.Msg) (libraryView, tea.Cmd) {
	var cmd tea.Cmd
	m.list, cmd = m.list.Update(msg)
	return m, cmd
}

// View draws the list, or a note while it loads.
func (m libraryView) View() string {
	if !m.loaded {
		return lipgloss.Place(m.list.Width(), m.list.Height(), lipgloss.Center, lipgloss.Center, "loading the library…")
	}
	if m.empty() {
		// the list would say "No items."
		return lipgloss.Place(m.list.Width(), m.list.Height(), lipgloss.Center, lipgloss.Center, "no articles in this folder")
	}
	lines := strings.Split(m.list.View(), "\n")
	for i := range lines {
		lines[i] = fit(lines[i], m.list.Width())
	}
	for len(lines) < m.list.Height() {
		lines = append(lines, strings.Repeat(" ", m.list.Width()))
	}
	return strings.Join(lines[:m.list.Height()], "\n")
}

// empty reports whether the library has been read and holds no article.
func (m libraryView) empty() bool { return m.loaded && len(m.list.Items()) == 0 }

// selected is the name of the highlighted article, or "".
func (m libraryView) selected() string {
	if it, ok := m.list.SelectedItem().(libraryItem); ok {
		return it.info.Name
	}
	return ""
}

func (m App) openLibrary() (tea.Model, tea.Cmd) {
	if m.opts.Library == nil {
		return m, nil
	}
	m.mode = modeLibrary
	m.status = ""
	if w := m.mut(); !w.lib.built {
		w.lib = newLibraryView(m.st.isDark)
	}
	return m.layout(), loadEntriesCmd(m.ctx, m.opts.Library)
}

// libraryHelp is the picker's help: open only when there is an article to
// open, back only when an article was open before.
func (m App) libraryHelp() []key.Binding {
	open, back := m.keys.LibraryOpen, m.keys.LibraryBack
	open.SetEnabled(!m.w.lib.empty())
	back.SetEnabled(m.hasArt)
	return []key.Binding{open, back, m.keys.Quit}
}

// handleLibraryKey opens the highlighted article or returns to the open one;
// every other key, and every key while filtering, goes to the list.
func (m App) handleLibraryKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	m.status, m.statusErr = "", false
	filtering := m.w.lib.list.FilterState() == list.Filtering
	switch {
	case filtering:
	case key.Matches(msg, m.keys.LibraryOpen):
		if name := m.w.lib.selected(); name != "" {
			return m, openArticleCmd(m.ctx, m.opts.Library, name)
		}
		return m, nil
	case key.Matches(msg, m.keys.LibraryBack) && m.w.lib.list.FilterState() == list.Unfiltered:
		if m.hasArt {
			m.mode = modeReader
			return m.layout(), nil
		}
		return m, nil
	case key.Matches(msg, m.keys.Quit):
		return m, m.quitCmd()
	}
	var cmd tea.Cmd
	w := m.mut()
	w.lib, cmd = w.lib.Update(msg)
	return m, cmd
}

// handleLibraryMsg takes in the list of articles or an opened article.
func (m App) handleLibraryMsg(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case entriesMsg:
		cmd := m.mut().lib.setEntries(msg.entries)
		return m, cmd
	case articleMsg:
		var save tea.Cmd
		if m.opts.Store != nil && m.hasArt {
			save = savePositionCmd(m.ctx, m.opts.Store, m.article, m.opts.Reviewer, m.pane.topOffset())
		}
		m.mode = modeReader
		m.focus = focusPane
		m.fromLib = true
		m = m.open(msg.article)
		m = m.layout()
		return m, tea.Batch(save, m.articleCmds(), m.wrapRestCmd())
	}
	return m, nil
}

// listStyles are the list's default styles with a steady filter cursor and
// dots that stay visible on 16 colours (their dark grey turns black there).
func listStyles(isDark bool) list.Styles {
	s := list.DefaultStyles(isDark)
	s.Filter.Cursor.Blink = false
	line := ruleColor(isDark)
	s.StatusBarFilterCount = s.StatusBarFilterCount.Foreground(line)
	s.InactivePaginationDot = s.InactivePaginationDot.Foreground(line)
	s.DividerDot = s.DividerDot.Foreground(line)
	return s
}
