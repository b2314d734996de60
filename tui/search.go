package tui

import (
	"regexp"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// maxMatches bounds the matches kept for one search of a huge article.
const maxMatches = 100000

// search is the text search: the query line while it is typed, and the
// matches of the last query, which the pane highlights and n/N step through.
type search struct {
	// input is held by pointer: a textinput is 8 KB, and Bubble Tea keeps
	// only the latest model, so it is changed in place.
	input   *textinput.Model
	query   string
	matches [][2]int
	current int // index in matches, -1 for none
}

func newSearch(isDark bool) search {
	ti := textinput.New()
	ti.Prompt = "/"
	ti.Placeholder = "search the text"
	ti.CharLimit = 200
	ti.SetStyles(searchStyles(isDark))
	return search{input: &ti, current: -1}
}

// searchStyles are the input's default styles with a steady cursor: a
// blinking one redraws the screen twice a second, which is noise over SSH.
func searchStyles(isDark bool) textinput.Styles {
	s := textinput.DefaultStyles(isDark)
	s.Cursor.Blink = false
	return s
}

func (m *search) restyle(isDark bool) { m.input.SetStyles(searchStyles(isDark)) }

func (m *search) setWidth(w int) { m.input.SetWidth(max(w-4, 1)) }

// start opens an empty query line.
func (m *search) start() tea.Cmd {
	m.input.SetValue("")
	return m.input.Focus()
}

// stop closes the query line and returns what was typed.
func (m *search) stop() string {
	m.input.Blur()
	return m.input.Value()
}

// Update passes msg to the query line.
func (m search) Update(msg tea.Msg) (search, tea.Cmd) {
	in, cmd := m.input.Update(msg)
	*m.input = in
	return m, cmd
}

// View draws the query line.
func (m search) View() string { return m.input.View() }

// find highlights every match of q in text, ignoring case, and makes the
// first one at or after top current. It reports whether there is one.
func (m *search) find(text, q string, top int) bool {
	q = strings.TrimSpace(q)
	m.clear()
	if q == "" {
		return false
	}
	re := regexp.MustCompile("(?i)" + regexp.QuoteMeta(q))
	for _, loc := range re.FindAllStringIndex(text, maxMatches) {
		m.matches = append(m.matches, [2]int{loc[0], loc[1]})
	}
	m.query = q
	if len(m.matches) == 0 {
		return false
	}
	m.current = 0
	for i, mt := range m.matches {
		if mt[0] >= top {
			m.current = i
			break
		}
	}
	return true
}

// step makes the next (dir 1) or previous (dir -1) match current, wrapping
// around, and returns its offset.
func (m *search) step(dir int) int {
	n := len(m.matches)
	m.current = ((m.current+dir)%n + n) % n
	return m.matches[m.current][0]
}

func (m *search) clear() { m.query, m.matches, m.current = "", nil, -1 }

func joinFields(s string) string { return strings.Join(strings.Fields(s), " ") }
