// Package tui is the figs reader: the article pane, the figure sidebar and
// the review keys, as one Bubble Tea program. It is used locally and, one App
// per session, over SSH.
package tui

import (
	"context"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"figs/model"
	"figs/model/extract"
)

// Options configure an App. The zero value is a reader with no store.
type Options struct {
	Store          Store          // where marks and reading positions are kept; nil keeps nothing
	Reviewer       model.Reviewer // who marks figures in this App
	Library        Library        // the articles L lists; nil disables L
	StartInLibrary bool           // open on the library picker instead of the article
	Lang           string         // extraction language override; "" or "auto" detects
	// Context bounds the store and library calls; nil means context.Background().
	Context context.Context
}

// mode is what the keyboard drives.
type mode int

const (
	modeReader mode = iota
	modeSearch
	modeNote
	modeLibrary
)

// focusArea is the part of the reader that j and k move.
type focusArea int

const (
	focusPane focusArea = iota
	focusSidebar
)

// App is the root model of the reader, the only tea.Model in figs.
type App struct {
	opts    Options
	ctx     context.Context
	article model.Article
	title   string // the title as shown: one line, no controls
	gen     int    // bumped when another article is opened, to drop stale results
	lang    string
	counted bool // whether countFirst has run for this article

	run      extract.Run // the one extraction path, shared with figs facts
	fig      figures
	marks    []model.Mark
	orphans  []model.Mark // stored marks of figures the text no longer has
	pane     articlePane
	side     sidebar
	keys     keyMap
	st       *styles  // never changed in place: restyle swaps it
	w        *widgets // copied before a change (see mut), so App stays a value
	hasArt   bool     // whether an article is open (esc in the library returns to it)
	fromLib  bool     // whether it was opened from the library (esc in the reader returns there)
	pendPos  int      // a remembered position waiting for the layout, or -1
	mode     mode
	focus    focusArea
	selected int // index in fig.facts, -1 for none
	pinned   int
	filter   model.Kind

	width, height        int
	hideSide, narrowSide bool
	showHelp, mouseOff   bool
	uncheckedOnly        bool
	count                string
	query                string
	matches              [][2]int
	current              int
	status               string
	statusErr            bool

	// caches, refreshed by Update so that View only draws
	detail            []string  // the sidebar's detail box
	detailKey         detailKey // what detail was drawn for
	marksVer          int       // bumped on every change of marks
	checked, disputed int       // review progress
	figures           int       // the quantities, which the progress counts
	shortHelp         string    // the footer's help line
	shortHelpW        int       // the room it was fitted to

	posDelay time.Duration // how long the text must rest before its position is saved; 0 never
	posSeq   int           // bumped on every scroll, to save only the last position
	savedPos int           // the position last saved, or -1
}

// detailKey is everything the detail box depends on.
type detailKey struct {
	selected, pinned, width, height, facts, marksVer int
	dark                                             bool
}

// New returns a reader on article a.
func New(a model.Article, opts Options) App {
	ctx := opts.Context
	if ctx == nil {
		ctx = context.Background()
	}
	m := App{
		opts:     opts,
		ctx:      ctx,
		keys:     defaultKeyMap(),
		selected: -1,
		pinned:   -1,
		current:  -1,
		pendPos:  -1,
		posDelay: 2 * time.Second,
		savedPos: -1,
	}
	m = m.restyle(true)
	m.keys.Library.SetEnabled(opts.Library != nil)
	if opts.StartInLibrary && opts.Library != nil {
		m.mode = modeLibrary
		m.mut().lib = newLibraryView(true)
	}
	return m.open(a)
}

// open makes a the article of the App. Its figures are looked for with its
// first layout (countFirst), inside the program, while the renderer waits
// for its first tick anyway; the rest are counted by extractCmd.
func (m App) open(a model.Article) App {
	m.gen++
	m.article = a
	m.title = displayTitle(a)
	m.lang, m.counted = "", false
	m.run = extract.Run{Text: a.Text, Blocks: extract.Blocks(a)}
	m.pane = newArticlePane(a.Text, m.run.Blocks)
	m.fig = newFigures(len(a.Text))
	m.marks, m.orphans = nil, nil
	m = m.recount()
	m.selected, m.pinned, m.current = -1, -1, -1
	m.filter, m.query, m.matches = "", "", nil
	m.savedPos = -1
	m.side.offset = 0
	m.side.rebuild(m.fig, m.filter)
	m.hasArt = a.Text != ""
	if m.width > 0 {
		m = m.countFirst()
		m.pane.setSize(m.paneSize())
	}
	return m
}

// countFirst finds the figures of the beginning of the article, once, before
// its first layout, so that the layout breaks no figure across lines.
func (m App) countFirst() App {
	if m.counted {
		return m
	}
	m.counted = true
	m.lang = extract.ArticleLang(m.article, m.opts.Lang)
	m.run.Lang = m.lang
	m.fig.add(m.run.First())
	m.pane.setFacts(m.fig.facts, 0, 0)
	m.marks = make([]model.Mark, len(m.fig.facts))
	m = m.recount()
	m.side.rebuild(m.fig, m.filter)
	if len(m.side.rows) > 0 {
		m.selected = m.side.rows[0]
	}
	return m
}

// Init implements tea.Model.
func (m App) Init() tea.Cmd {
	// the article's own commands start with the first layout (see resize)
	cmds := []tea.Cmd{tea.RequestBackgroundColor}
	if m.mode == modeLibrary {
		cmds = append(cmds, loadEntriesCmd(m.ctx, m.opts.Library))
	}
	return tea.Batch(cmds...)
}

// articleCmds starts what a freshly opened article needs: the rest of its
// figures, then its marks, and its reading position.
func (m App) articleCmds() tea.Cmd {
	if !m.counted {
		return nil // before the first layout: handleResize starts them
	}
	var cmds []tea.Cmd
	if !m.fig.complete() {
		cmds = append(cmds, extractCmd(m.gen, m.run, m.fig.nextBlk))
	} else {
		cmds = append(cmds, m.loadMarksCmd())
	}
	cmds = append(cmds, loadPositionCmd(m.ctx, m.opts.Store, m.gen, m.article, m.opts.Reviewer))
	return tea.Batch(cmds...)
}

// Update implements tea.Model.
func (m App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	next, cmd := m.dispatch(msg)
	n := next.(App)
	if n.gen == m.gen && n.pane.topOffset() != m.pane.topOffset() {
		n, cmd = n.schedulePositionSave(cmd)
	}
	return n.refresh(), cmd
}

// schedulePositionSave remembers the reading position once the reader has
// stopped scrolling for posDelay, so a session that ends without q (a
// closed SSH connection) still reopens where it was read.
func (m App) schedulePositionSave(cmd tea.Cmd) (App, tea.Cmd) {
	if m.opts.Store == nil || !m.hasArt || m.posDelay <= 0 {
		return m, cmd
	}
	m.posSeq++
	gen, seq := m.gen, m.posSeq
	return m, tea.Batch(cmd, tea.Tick(m.posDelay, func(time.Time) tea.Msg { return positionTickMsg{gen: gen, seq: seq} }))
}

// refresh redraws the cached parts of the screen whose inputs changed.
func (m App) refresh() App {
	k := detailKey{
		selected: m.selected, pinned: m.pinned, width: m.side.width, height: m.side.height,
		facts: len(m.fig.facts), marksVer: m.marksVer, dark: m.st.isDark,
	}
	if k != m.detailKey || m.detail == nil {
		m.detail = m.side.detail(m.st, m.sideView())
		if m.detail == nil {
			m.detail = []string{}
		}
		m.detailKey = k
	}
	if room := m.helpRoom(); m.shortHelpW != room || m.shortHelp == "" {
		m.shortHelp = m.fitShortHelp(room)
		m.shortHelpW = room
	}
	return m
}

// fitShortHelp is the footer's help in at most room columns: the keys that
// do not fit are left out from the middle, so that "? more" and "q quit",
// which lead to all the others, are always there.
func (m App) fitShortHelp(room int) string {
	h := m.w.help
	h.SetWidth(0)
	keys := m.keys.ShortHelp()
	for {
		s := h.ShortHelpView(keys)
		if ansi.StringWidth(s) <= room || len(keys) <= 2 {
			return s
		}
		keys = append(keys[:len(keys)-3:len(keys)-3], keys[len(keys)-2:]...)
	}
}

// dispatch sends msg to its handler.
func (m App) dispatch(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.handleResize(msg)
	case linesMsg:
		return m.addLines(msg), nil
	case tea.BackgroundColorMsg:
		return m.restyle(msg.IsDark()), nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.MouseMsg:
		return m.handleMouse(msg)
	case figuresMsg:
		return m.addFigures(msg)
	case marksMsg, markSavedMsg, positionMsg, reportMsg, positionSavedMsg, positionTickMsg:
		return m.handleStoreMsg(msg)
	case entriesMsg, articleMsg:
		return m.handleLibraryMsg(msg)
	case errMsg:
		m.status, m.statusErr = msg.err.Error(), true
		return m, nil
	}
	return m.updateFocused(msg)
}

// handleResize lays the screen out for its new size. The first size also
// starts the background work of the article (the rest of its figures, its
// marks and position, the rest of its layout) only now, once the first
// frame is laid out, so that the work does not compete with it.
func (m App) handleResize(msg tea.WindowSizeMsg) (App, tea.Cmd) {
	first := m.width <= 0 || m.height <= 0
	if first && msg.Width > 0 && msg.Height > 0 {
		m = m.countFirst()
	}
	m = m.resize(msg.Width, msg.Height)
	if first && m.width > 0 && m.height > 0 {
		return m, tea.Batch(m.wrapRestCmd(), m.articleCmds())
	}
	return m, m.wrapRestCmd()
}

// updateFocused passes other messages (cursor blinks, list filtering) to the
// component that has the keyboard.
func (m App) updateFocused(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch m.mode {
	case modeSearch:
		w := m.mut()
		w.search, cmd = w.search.Update(msg)
	case modeNote:
		w := m.mut()
		w.note, cmd = w.note.Update(msg)
	case modeLibrary:
		w := m.mut()
		w.lib, cmd = w.lib.Update(msg)
	case modeReader:
	}
	return m, cmd
}

// View implements tea.Model.
func (m App) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	if !m.mouseOff {
		v.MouseMode = tea.MouseModeCellMotion
	}
	v.WindowTitle = "figs"
	if m.title != "" {
		v.WindowTitle = "figs: " + m.title
	}
	return v
}

// restyle rebuilds every style for the terminal's background.
func (m App) restyle(isDark bool) App {
	st := newStyles(isDark)
	m.st = &st
	m.shortHelp = ""
	if m.w == nil {
		m.w = newWidgets(isDark)
		return m
	}
	w := m.mut()
	w.help.Styles = helpStyles(isDark)
	w.search.SetStyles(searchStyles(isDark))
	w.note.SetStyles(noteStyles(isDark))
	w.lib.restyle(isDark)
	return m
}

// widgets are the bubbles the App uses; they are large, so App holds them
// by pointer and copies them before any change.
type widgets struct {
	help   help.Model
	search textinput.Model
	note   textarea.Model
	lib    libraryView // built when the library is first shown
}

func newWidgets(isDark bool) *widgets {
	w := &widgets{help: help.New(), search: newSearchInput(isDark), note: newNoteEditor(isDark)}
	w.help.Styles = helpStyles(isDark)
	return w
}

// mut gives m its own copy of the widgets to change, so that App values
// handed out before keep theirs.
func (m *App) mut() *widgets {
	w := *m.w
	m.w = &w
	return m.w
}

// addLines takes in the layout of the rest of a long article; the figures
// found meanwhile are laid out again, and a remembered position applied.
func (m App) addLines(msg linesMsg) App {
	if msg.gen != m.gen || !m.pane.addLines(msg.width, msg.from, msg.lines) {
		return m
	}
	m.pane.setFacts(m.fig.facts, max(msg.factsTo, msg.from), m.fig.nextBlk)
	if m.pendPos >= 0 {
		m.pane.top = lineAt(m.pane.lines, m.pendPos)
		m.pane.clamp()
		m.pendPos = -1
		return m.follow()
	}
	return m
}

// addFigures takes in the figures of the next chunk and asks for more.
func (m App) addFigures(msg figuresMsg) (tea.Model, tea.Cmd) {
	if msg.gen != m.gen {
		return m, nil
	}
	from := m.fig.nextBlk
	m.fig.add(msg.chunk)
	m.pane.setFacts(m.fig.facts, from, m.fig.nextBlk)
	m.marks = append(m.marks, make([]model.Mark, len(m.fig.facts)-len(m.marks))...)
	m = m.recount()
	m.side.rebuild(m.fig, m.filter)
	if m.selected < 0 && len(m.side.rows) > 0 {
		m.selected = m.side.rows[0]
	}
	if !m.fig.complete() {
		return m, extractCmd(m.gen, m.run, m.fig.nextBlk)
	}
	return m, m.loadMarksCmd()
}

// displayTitle is the title of a as the header shows it: one line without
// control characters, and not longer than any screen.
func displayTitle(a model.Article) string {
	t := a.Title
	if t == "" {
		t = a.Source
	}
	if len(t) > 600 {
		t = t[:runeStart(t, 600)]
	}
	return joinFields(clean(t))
}
