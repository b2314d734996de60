// Package tui is the figs reader: the article pane, the figure sidebar and
// the review keys, as one Bubble Tea program. It is used locally and, one App
// per session, over SSH.
package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"figs/model"
)

// Options configure an App. The zero value is a reader with no store.
type Options struct{}

// App is the root model of the reader, the only tea.Model in figs.
type App struct {
	article       model.Article
	width, height int
}

// New returns a reader on article a.
func New(a model.Article, opts Options) App {
	return App{article: a}
}

// Init implements tea.Model.
func (m App) Init() tea.Cmd { return tea.RequestBackgroundColor }

// Update implements tea.Model.
func (m App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case tea.KeyPressMsg:
		if msg.String() == "q" || msg.String() == "ctrl+c" {
			return m, tea.Quit
		}
	}
	return m, nil
}

// View implements tea.Model.
func (m App) View() tea.View {
	lines := strings.Split(m.article.Text, "\n")
	if m.height > 0 && len(lines) > m.height {
		lines = lines[:m.height]
	}
	v := tea.NewView(strings.Join(lines, "\n"))
	v.AltScreen = true
	return v
}
