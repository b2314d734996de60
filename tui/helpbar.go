package tui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// helpBar is the help: the footer's short help, fitted to the room the
// footer leaves it (cached in Update), and the full help drawn over the body.
type helpBar struct {
	// help is held by pointer: it is 4.6 KB, and Bubble Tea keeps only the
	// latest model, so it is changed in place.
	help    *help.Model
	short   string // the short help, fitted to shortW columns
	shortW  int
	showAll bool
}

func newHelpBar(isDark bool) helpBar {
	h := help.New()
	h.Styles = helpStyles(isDark)
	return helpBar{help: &h}
}

func (m *helpBar) restyle(isDark bool) {
	m.help.Styles = helpStyles(isDark)
	m.short = ""
}

func (m *helpBar) setWidth(w int) { m.help.SetWidth(w) }

// refresh fits the short help to room columns when the room changed: the
// keys that do not fit are left out from the middle, so that "? more" and
// "q quit", which lead to all the others, are always there.
func (m *helpBar) refresh(keys help.KeyMap, room int) {
	if m.short != "" && m.shortW == room {
		return
	}
	h := *m.help
	h.SetWidth(0)
	ks := keys.ShortHelp()
	for {
		s := h.ShortHelpView(ks)
		if ansi.StringWidth(s) <= room || len(ks) <= 2 {
			m.short, m.shortW = s, room
			return
		}
		ks = append(ks[:len(ks)-3:len(ks)-3], ks[len(ks)-2:]...)
	}
}

// shortView is the fitted short help, cut to room columns.
func (m helpBar) shortView(room int) string { return ansi.Truncate(m.short, room, "…") }

// bindingsView is a one-line help of bindings, for the modes with a few keys.
func (m helpBar) bindingsView(bindings []key.Binding) string { return m.help.ShortHelpView(bindings) }

// fullView draws the full help of keys in a box centred in w x h, with
// extra below the keys as far as there is room (room tells extra how many
// lines it may take, and w how wide).
func (m helpBar) fullView(st *styles, keys help.KeyMap, w, h int, extra func(w, room int) []string) []string {
	groups := keys.FullHelp()
	unbound := *m.help
	unbound.SetWidth(0)
	view := unbound.FullHelpView(groups)
	if lipgloss.Width(view)+st.overlay.GetHorizontalFrameSize() > w {
		// too wide for the screen: the columns in two rows
		half := (len(groups) + 1) / 2
		view = m.help.FullHelpView(groups[:half]) + "\n\n" + m.help.FullHelpView(groups[half:])
	}
	room := h - st.overlay.GetVerticalFrameSize() - lipgloss.Height(view) - 1
	if more := extra(w-st.overlay.GetHorizontalFrameSize(), room); len(more) > 0 {
		view += "\n\n" + strings.Join(more, "\n")
	}
	box := lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, st.overlay.Render(view))
	lines := strings.Split(box, "\n")
	for i := range lines {
		lines[i] = fit(lines[i], w)
	}
	for len(lines) < h {
		lines = append(lines, strings.Repeat(" ", w))
	}
	return lines[:h]
}
