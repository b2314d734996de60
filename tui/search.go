package tui

import (
	"regexp"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// maxMatches bounds the matches kept for one search of a huge article.
const maxMatches = 100000

func newSearchInput(isDark bool) textinput.Model {
	ti := textinput.New()
	ti.Prompt = "/"
	ti.Placeholder = "search the text"
	ti.CharLimit = 200
	ti.SetStyles(searchStyles(isDark))
	return ti
}

// searchStyles are the input's default styles with a steady cursor: a
// blinking one redraws the screen twice a second, which is noise over SSH.
func searchStyles(isDark bool) textinput.Styles {
	s := textinput.DefaultStyles(isDark)
	s.Cursor.Blink = false
	return s
}

func (m App) startSearch() (App, tea.Cmd) {
	m.mode = modeSearch
	w := m.mut()
	w.search.SetValue("")
	return m, w.search.Focus()
}

// handleSearchKey edits the query; enter finds it, esc gives up.
func (m App) handleSearchKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.SearchSubmit):
		m.mode = modeReader
		q := m.w.search.Value()
		m.mut().search.Blur()
		return m.find(q), nil
	case key.Matches(msg, m.keys.SearchCancel):
		m.mode = modeReader
		m.mut().search.Blur()
		return m, nil
	}
	var cmd tea.Cmd
	w := m.mut()
	w.search, cmd = w.search.Update(msg)
	return m, cmd
}

// find highlights every match of q, ignoring case, and shows the first one
// at or after the top of the pane.
func (m App) find(q string) App {
	q = strings.TrimSpace(q)
	m = m.clearSearch()
	if q == "" {
		return m
	}
	re := regexp.MustCompile("(?i)" + regexp.QuoteMeta(q))
	for _, loc := range re.FindAllStringIndex(m.article.Text, maxMatches) {
		m.matches = append(m.matches, [2]int{loc[0], loc[1]})
	}
	m.query = q
	if len(m.matches) == 0 {
		m.status = "no match for " + q
		return m
	}
	top := m.pane.topOffset()
	m.current = 0
	for i, mt := range m.matches {
		if mt[0] >= top {
			m.current = i
			break
		}
	}
	m.pane.showOffset(m.matches[m.current][0])
	return m
}

// stepMatch shows the next (dir 1) or previous (dir -1) match, wrapping around.
func (m App) stepMatch(dir int) App {
	n := len(m.matches)
	m.current = ((m.current+dir)%n + n) % n
	m.pane.showOffset(m.matches[m.current][0])
	return m
}

func (m App) clearSearch() App {
	m.query, m.matches, m.current = "", nil, -1
	return m
}

func joinFields(s string) string { return strings.Join(strings.Fields(s), " ") }
