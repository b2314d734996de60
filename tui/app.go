// Package tui is the figs reader: the article pane, the figure sidebar and
// the review keys, as one Bubble Tea program. It is used locally and, one App
// per session, over SSH.
package tui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"figs/model"
)

// Options configure an App. The zero value is a reader with no store.
type Options struct {
	Store          Store          // where marks and reading positions are kept; nil keeps nothing
	Reviewer       model.Reviewer // who marks figures in this App
	Library        Library        // the articles L lists; nil disables L
	StartInLibrary bool           // open on the library picker instead of the article
	Lang           string         // extraction language override; "" or "auto" detects
	// Live, when set, shows other reviewers' marks as they are saved, who
	// else has the article open, and whether the database answers; it is
	// usually the Store itself. Nil: others' marks show on R.
	Live LiveStore
	// Context bounds the store and library calls; nil means context.Background().
	Context context.Context
}

// FrameRate is the frame rate to run the reader at: the most Bubble Tea
// v2.1.1 allows (tea.WithFPS clamps to 120). Bubble Tea writes a frame only
// on its renderer's ticker, so a key's answer waits for the next tick, up
// to 1/FrameRate.
const FrameRate = 120

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

// App is the root model of the reader, the only tea.Model in figs. It
// composes one value per concern and routes messages to them; what each
// owns is said at its type. The bubbles inside (text input, note editor,
// help, library list) are held by pointer and changed in place, so a copy
// of App is a few KB; Update copies it once, as tea.Model requires, and its
// handlers change that copy through pointer receivers.
type App struct {
	opts Options
	keys keyMap
	st   *styles // never changed in place: restyle swaps it
	lay  layout

	doc    document    // the article and its figures, found progressively
	pane   articlePane // the wrapped text and its scroll position
	side   sidebar     // the figure list, the selection and the detail box
	search search      // the query line and the matches
	review review      // marks, notes, progress
	pos    position    // the reading position, remembered in the store
	lib    library     // the picker of the Library
	help   helpBar     // the footer's help and the full help
	checks checks      // the consistency checks of the article, once its figures are known
	team   team        // the others reviewing the article, and the database's health

	mode     mode
	focus    focusArea
	fromLib  bool // whether the article was opened from the library (esc returns there)
	mouseOff bool
	hideSide bool // the sidebar hidden on a wide screen
	narrow   bool // the sidebar shown over the text on a narrow screen
	count    string
	status   string
	// noteCheck is the key of the check the note editor is on, and
	// noteTitle what the editor's title says of it; "" when the editor is
	// on the selected figure
	noteCheck, noteTitle string
	// quitArmed: q was pressed with unsaved edits; the next q quits
	quitArmed bool
	isErr     bool
}

// New returns a reader on article a.
func New(a model.Article, opts Options) App {
	ctx := opts.Context
	if ctx == nil {
		ctx = context.Background()
		opts.Context = ctx
	}
	st := newStyles(true)
	m := App{
		opts:   opts,
		keys:   defaultKeyMap(),
		st:     &st,
		side:   newSidebar(),
		search: newSearch(true),
		review: newReview(ctx, opts.Store, opts.Reviewer, true),
		team:   newTeam(ctx, opts.Live, opts.Reviewer),
		pos:    newPosition(ctx, opts.Store, opts.Reviewer),
		lib:    newLibrary(ctx, opts.Library, true),
		help:   newHelpBar(true),
	}
	m.keys.Library.SetEnabled(opts.Library != nil)
	if opts.StartInLibrary && opts.Library != nil {
		m.mode = modeLibrary
		m.lib.build()
	}
	m.open(a)
	return m
}

// open makes a the article of the App. Its figures are looked for from its
// first layout on (see resize), in the background (see document).
func (m *App) open(a model.Article) {
	m.doc.open(a, m.opts.Lang)
	m.pane = newArticlePane(a.Text, m.doc.run.Blocks)
	m.review.reset(m.doc.fig)
	m.side.reset(m.doc.fig)
	m.search.clear()
	m.pos.reset()
	m.checks = newChecks(nil)
	m.team.stop()
	m.keys.enableChecks(false)
	if m.lay.width > 0 {
		m.doc.start()
		m.pane.setSize(m.lay.paneW, m.lay.bodyH)
	}
}

// Init implements tea.Model.
func (m App) Init() tea.Cmd {
	// the article's own commands start with the first layout (see resize)
	cmds := []tea.Cmd{tea.RequestBackgroundColor}
	if m.mode == modeLibrary {
		cmds = append(cmds, loadEntriesCmd(m.opts.Context, m.opts.Library))
	}
	return tea.Batch(cmds...)
}

// articleCmds starts what a freshly opened article needs: the rest of its
// figures (then its marks), and its reading position.
func (m App) articleCmds() tea.Cmd {
	if !m.doc.started {
		return nil // before the first layout: resize starts them
	}
	more := m.doc.extractCmd()
	if more == nil {
		more = m.review.loadCmd(m.doc)
	}
	return tea.Batch(more, m.pos.loadCmd(m.doc))
}

// Update implements tea.Model. It routes msg and then, if the text
// scrolled, starts the timer that remembers the position, and redraws the
// cached parts whose inputs changed, so that View only draws.
func (m App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	gen, top, sel := m.doc.gen, m.pane.topOffset(), m.side.selected
	cmd := m.route(msg)
	if m.doc.gen == gen && m.pane.topOffset() != top {
		if save := m.pos.scrolled(m.doc); save != nil {
			cmd = tea.Batch(cmd, save)
		}
	}
	if m.doc.gen == gen && m.side.selected != sel {
		if tell := m.team.selected(m.side.selected); tell != nil {
			cmd = tea.Batch(cmd, tell)
		}
	}
	m.refresh()
	return m, cmd
}

// route sends msg to its handler; a message with no case goes to the
// component that has the keyboard.
func (m *App) route(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		m.restyle(msg.IsDark())
		return nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.MouseMsg:
		return m.handleMouse(msg)
	case figuresMsg:
		return m.addFigures(msg)
	case checksMsg:
		m.addChecks(msg)
		return nil
	case linesMsg:
		m.addLines(msg)
		return nil
	case checkMarkSavedMsg, checkMarkFailedMsg:
		return m.handleCheckMarkMsg(msg)
	case marksMsg, markSavedMsg, markFailedMsg, retryTickMsg, retryDoneMsg,
		positionMsg, reportMsg, positionSavedMsg, positionTickMsg:
		return m.handleStoreMsg(msg)
	case liveStartedMsg, liveMsg, pushedMarksMsg, selectTickMsg:
		return m.handleLiveMsg(msg)
	case entriesMsg, articleMsg:
		return m.handleLibraryMsg(msg)
	case errMsg:
		m.status, m.isErr = msg.err.Error(), true
		return nil
	}
	return m.updateFocused(msg)
}

// updateFocused passes other messages (cursor blinks, list filtering) to the
// component that has the keyboard.
func (m *App) updateFocused(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch m.mode {
	case modeSearch:
		m.search, cmd = m.search.Update(msg)
	case modeNote:
		cmd = m.review.updateNote(msg)
	case modeLibrary:
		m.lib, cmd = m.lib.Update(msg)
	case modeReader:
	}
	return cmd
}

// refresh redraws the cached parts of the screen whose inputs changed: the
// detail box and the footer's help.
func (m *App) refresh() {
	m.side.refresh(m.st, m.sideInput())
	m.help.refresh(m.keys, m.helpRoom())
}

// sideInput is what the sidebar draws from besides its own state.
func (m App) sideInput() sideInput {
	in := sideInput{fig: m.doc.fig, rev: m.review, text: m.doc.article.Text}
	in.notes = m.checks.notes(m.doc.fig, m.review, in.notes)
	in.notes = m.team.notes(m.doc.fig, in.notes)
	in.notes = m.review.unsavedNotes(m.doc.fig, in.notes)
	in.extra = m.review.byLines(m.doc.fig, m.side.selected)
	in.extra = append(in.extra, m.team.hereLines(m.doc.fig, m.side.selected)...)
	in.extra = append(in.extra, m.checks.lines(m.doc.fig, m.review, m.side.selected)...)
	return in
}

// View implements tea.Model.
func (m App) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	if !m.mouseOff {
		v.MouseMode = tea.MouseModeCellMotion
	}
	v.WindowTitle = "figs"
	if m.doc.title != "" {
		v.WindowTitle = "figs: " + m.doc.title
	}
	return v
}

// restyle rebuilds every style for the terminal's background.
func (m *App) restyle(isDark bool) {
	st := newStyles(isDark)
	m.st = &st
	m.help.restyle(isDark)
	m.search.restyle(isDark)
	m.review.restyle(isDark)
	m.lib.restyle(isDark)
	m.relayout()
}

// resize lays the screen out for its new size; the pane re-wraps and keeps
// its top line, and a selected figure that was in view stays in view. The
// first size also starts the background work of the article (the rest of
// its figures, its marks and position, the rest of its layout) only now,
// once the first frame is laid out, so that the work does not compete with it.
func (m *App) resize(w, h int) tea.Cmd {
	first := m.lay.width <= 0 || m.lay.height <= 0
	if first && w > 0 && h > 0 {
		m.doc.start()
	}
	inView := m.selectedInView()
	m.lay.width, m.lay.height = w, h
	m.relayout()
	if inView && !m.selectedInView() {
		m.pane.showOffset(m.doc.fig.facts[m.side.selected].Start)
	}
	if first && w > 0 && h > 0 {
		return tea.Batch(m.wrapRestCmd(), m.articleCmds())
	}
	return m.wrapRestCmd()
}

// relayout computes the layout again after the size or the state that
// shapes it changed, and gives every part its size.
func (m *App) relayout() {
	w, h := m.lay.width, m.lay.height
	if w <= 0 || h <= 0 {
		return
	}
	m.lay = newLayout(m.st, w, h, layoutState{hideSide: m.hideSide, narrowSide: m.narrow, note: m.mode == modeNote})
	m.pane.setSize(m.lay.paneW, m.lay.bodyH)
	m.side.setSize(m.lay.sideW, m.lay.bodyH)
	m.help.setWidth(w)
	m.search.setWidth(w)
	m.review.setWidth(w)
	m.lib.setSize(w, h-m.lay.footerH)
}

// selectedInView reports whether the selected figure is on screen.
func (m App) selectedInView() bool {
	i := m.side.selected
	if i < 0 || i >= len(m.doc.fig.facts) || m.pane.lines == nil {
		return false
	}
	f := m.doc.fig.facts[i]
	return f.Start >= m.pane.topOffset() && f.End <= m.pane.bottomOffset()
}

// addLines takes in the layout of the rest of a long article; the figures
// found meanwhile are laid out again, and a remembered position applied.
func (m *App) addLines(msg linesMsg) {
	if msg.gen != m.doc.gen || !m.pane.addLines(msg.width, msg.from, msg.lines) {
		return
	}
	m.pane.setFacts(m.doc.fig.facts, max(msg.factsTo, msg.from), m.doc.fig.nextBlk)
	if m.pane.applyPending() {
		m.follow()
	}
}

// addFigures takes in the figures of the next chunk and asks for more, or,
// once every figure is known, for the marks.
func (m *App) addFigures(msg figuresMsg) tea.Cmd {
	from, ok := m.doc.addChunk(msg)
	if !ok {
		return nil
	}
	m.pane.setFacts(m.doc.fig.facts, from, m.doc.fig.nextBlk)
	m.review.grow(m.doc.fig)
	m.side.rebuild(m.doc.fig)
	if m.side.selected < 0 {
		// the first figures: select the first one in view, where a
		// remembered position may have put the text already
		m.follow()
		m.side.selectFirst()
	}
	if more := m.doc.extractCmd(); more != nil {
		return more
	}
	return tea.Batch(m.review.loadCmd(m.doc), checksCmd(m.doc.gen, m.doc.article.Text, m.doc.found()), m.team.startCmd(m.doc))
}
