package tui

import (
	"context"
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

// library is the picker of the articles of a Library. The list is built
// when the picker is first shown and held by pointer: a list is 29 KB, and
// Bubble Tea keeps only the latest model, so it is changed in place.
type library struct {
	src    Library // nil disables the picker
	ctx    context.Context
	list   *list.Model
	loaded bool
	isDark bool
}

func newLibrary(ctx context.Context, src Library, isDark bool) library {
	return library{src: src, ctx: ctx, isDark: isDark}
}

// build makes the list on first use.
func (m *library) build() {
	if m.list != nil {
		return
	}
	d := list.NewDefaultDelegate()
	d.Styles = list.NewDefaultItemStyles(m.isDark)
	l := list.New(nil, d, 80, 20)
	l.Title = "Library"
	l.Styles = listStyles(m.isDark)
	l.FilterInput.SetStyles(l.Styles.Filter)
	l.SetShowHelp(false)
	l.SetStatusBarItemName("article", "articles")
	l.DisableQuitKeybindings()
	m.list = &l
}

func (m *library) restyle(isDark bool) {
	m.isDark = isDark
	if m.list == nil {
		return
	}
	d := list.NewDefaultDelegate()
	d.Styles = list.NewDefaultItemStyles(isDark)
	m.list.SetDelegate(d)
	m.list.Styles = listStyles(isDark)
	m.list.FilterInput.SetStyles(m.list.Styles.Filter)
}

func (m *library) setSize(w, h int) {
	if m.list != nil {
		m.list.SetSize(max(w, 1), max(h, 1))
	}
}

// show builds the picker and asks for the entries.
func (m *library) show(w, h int) tea.Cmd {
	m.build()
	m.setSize(w, h)
	return loadEntriesCmd(m.ctx, m.src)
}

func (m *library) setEntries(entries []model.ArticleInfo) tea.Cmd {
	m.build()
	items := make([]list.Item, len(entries))
	for i, e := range entries {
		items[i] = libraryItem{e}
	}
	m.loaded = true
	return m.list.SetItems(items)
}

// filtering reports whether a filter is being typed, and unfiltered
// whether none is applied.
func (m library) filtering() bool { return m.list != nil && m.list.FilterState() == list.Filtering }

func (m library) unfiltered() bool { return m.list == nil || m.list.FilterState() == list.Unfiltered }

// Update passes msg to the list.
func (m library) Update(msg tea.Msg) (library, tea.Cmd) {
	if m.list == nil {
		return m, nil
	}
	l, cmd := m.list.Update(msg)
	*m.list = l
	return m, cmd
}

// View draws the list, or a note while it loads.
func (m library) View() string {
	if m.list == nil {
		return ""
	}
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
func (m library) empty() bool { return m.loaded && len(m.list.Items()) == 0 }

// selected is the name of the highlighted article, or "".
func (m library) selected() string {
	if m.list == nil {
		return ""
	}
	if it, ok := m.list.SelectedItem().(libraryItem); ok {
		return it.info.Name
	}
	return ""
}

// openCmd opens the highlighted article, if there is one.
func (m library) openCmd() tea.Cmd {
	if name := m.selected(); name != "" {
		return openArticleCmd(m.ctx, m.src, name)
	}
	return nil
}

// help is the picker's help: open only when there is an article to open,
// back only when an article was open before.
func (m library) help(k keyMap, hasArticle bool) []key.Binding {
	open, back := k.LibraryOpen, k.LibraryBack
	open.SetEnabled(!m.empty())
	back.SetEnabled(hasArticle)
	return []key.Binding{open, back, k.Quit}
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
