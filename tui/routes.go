package tui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"figs/model"
)

// handleSearchKey edits the query; enter finds it, esc gives up.
func (m *App) handleSearchKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.SearchSubmit):
		m.mode = modeReader
		if !m.search.find(m.doc.article.Text, m.search.stop(), m.pane.topOffset()) {
			if m.search.query != "" {
				m.status = "no match for " + m.search.query
			}
			return nil
		}
		m.pane.showOffset(m.search.matches[m.search.current][0])
		return nil
	case key.Matches(msg, m.keys.SearchCancel):
		m.mode = modeReader
		m.search.stop()
		return nil
	}
	var cmd tea.Cmd
	m.search, cmd = m.search.Update(msg)
	return cmd
}

// handleReviewKey marks the selected figure, edits its note, and writes or
// reloads the review.
func (m *App) handleReviewKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	switch {
	case key.Matches(msg, m.keys.Verify):
		return m.setVerdict(model.Verified), true
	case key.Matches(msg, m.keys.Dispute):
		return m.setVerdict(model.Disputed), true
	case key.Matches(msg, m.keys.Unsure):
		return m.setVerdict(model.Unsure), true
	case key.Matches(msg, m.keys.ClearVerdict):
		return m.setVerdict(model.Unchecked), true
	case key.Matches(msg, m.keys.Note):
		return m.startNote(), true
	case key.Matches(msg, m.keys.CheckVerify):
		return m.setCheckVerdict(model.Verified), true
	case key.Matches(msg, m.keys.CheckDispute):
		return m.setCheckVerdict(model.Disputed), true
	case key.Matches(msg, m.keys.CheckNote):
		return m.startCheckNote(), true
	case key.Matches(msg, m.keys.UncheckedOnly):
		m.review.uncheckedOnly = !m.review.uncheckedOnly
		m.status = "n/N visit every figure"
		if m.review.uncheckedOnly {
			m.status = "n/N visit unchecked figures only"
		}
		return nil, true
	case key.Matches(msg, m.keys.Export):
		cmd, status := m.review.reportCmd(m.doc)
		m.status = status
		return cmd, true
	case key.Matches(msg, m.keys.Reload):
		if m.opts.Store == nil {
			m.status = "no review store"
			return nil, true
		}
		m.status = "reloading marks…"
		return m.review.loadCmd(m.doc), true
	}
	return nil, false
}

// setVerdict marks the selected row: both figures of a comparison get the
// verdict, since the row is reviewed as one item.
func (m *App) setVerdict(v model.Verdict) tea.Cmd {
	if why := reviewable(m.doc.fig, m.side.selected); why != "" {
		m.status = why
		return nil
	}
	cmd, status := m.review.save(m.doc, m.side.selected, model.MarkVerdict, func(mk *model.Mark) { mk.Verdict = v })
	m.status = status
	return cmd
}

func (m *App) startNote() tea.Cmd {
	if why := reviewable(m.doc.fig, m.side.selected); why != "" {
		m.status = why
		return nil
	}
	m.mode = modeNote
	cmd := m.review.startNote(m.review.noteOf(m.side.selected))
	m.relayout()
	return cmd
}

// handleNoteKey edits the note; enter saves it, esc drops the edit.
func (m *App) handleNoteKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.NoteSave):
		note := m.review.stopNote()
		m.mode = modeReader
		m.relayout()
		if m.noteCheck != "" {
			return m.saveCheckNote(note)
		}
		cmd, status := m.review.save(m.doc, m.side.selected, model.MarkNote, func(mk *model.Mark) { mk.Note = note })
		m.status = status
		return cmd
	case key.Matches(msg, m.keys.NoteCancel):
		m.review.stopNote()
		m.mode = modeReader
		m.noteCheck, m.noteTitle = "", ""
		m.status = "note not changed"
		m.relayout()
		return nil
	}
	return m.review.updateNote(msg)
}

// handleStoreMsg takes in what the store answered.
func (m *App) handleStoreMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case marksMsg:
		if msg.gen != m.doc.gen {
			return nil
		}
		m.takeMarks(msg)
		if n := len(m.review.orphans); m.status == "" && n > 0 {
			m.status = model.FormatCount(n, "mark", "marks") + " left from an earlier text: ? lists them"
		}
		if m.status == "reloading marks…" {
			m.status = fmt.Sprintf("marks reloaded: %s", m.review.progressText())
		}
	case markSavedMsg:
		if msg.gen != m.doc.gen {
			return nil
		}
		m.review.apply(m.doc.fig, msg.mark, msg.sent)
		m.status = savedStatus(msg.mark, msg.set)
		if n := m.review.unsaved.len(); n > 0 {
			m.status += fmt.Sprintf("; %d more to save", n)
		}
	case markFailedMsg:
		if msg.gen != m.doc.gen {
			return nil
		}
		cmd := m.review.unsaved.failed(msg.gen, msg.mark, msg.err)
		m.review.recount(m.doc.fig)
		m.status, m.isErr = m.review.unsaved.status(), true
		return cmd
	case retryTickMsg:
		if msg.gen != m.doc.gen || msg.seq != m.review.unsaved.seq {
			return nil
		}
		return m.review.unsaved.roundCmd(m.opts.Context, m.opts.Store, m.doc)
	case retryDoneMsg:
		if msg.gen != m.doc.gen {
			return nil
		}
		return m.review.unsaved.done(msg.gen)
	case positionMsg:
		if msg.gen != m.doc.gen || !msg.ok {
			return nil
		}
		if m.pane.goTo(msg.offset) {
			m.follow()
		}
	case reportMsg:
		m.status = "report written to " + msg.path
	case positionTickMsg:
		return m.pos.tick(m.doc, msg, m.pane.topOffset())
	}
	return nil
}

func (m *App) openLibrary() tea.Cmd {
	if m.opts.Library == nil {
		return nil
	}
	m.mode = modeLibrary
	m.status = ""
	m.relayout()
	return m.lib.show(m.lay.width, m.lay.height-m.lay.footerH)
}

// handleLibraryKey opens the highlighted article or returns to the open one;
// every other key, and every key while filtering, goes to the list.
func (m *App) handleLibraryKey(msg tea.KeyPressMsg) tea.Cmd {
	m.status, m.isErr = "", false
	switch {
	case m.lib.filtering():
	case key.Matches(msg, m.keys.LibraryOpen):
		return m.lib.openCmd()
	case key.Matches(msg, m.keys.LibraryBack) && m.lib.unfiltered():
		if m.doc.loaded() {
			m.mode = modeReader
			m.relayout()
		}
		return nil
	case key.Matches(msg, m.keys.Quit):
		return m.quitCmd()
	}
	var cmd tea.Cmd
	m.lib, cmd = m.lib.Update(msg)
	return cmd
}

// handleLibraryMsg takes in the list of articles or an opened article.
func (m *App) handleLibraryMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case entriesMsg:
		return m.lib.setEntries(msg.entries)
	case articleMsg:
		save := m.pos.saveCmd(m.doc, m.pane.topOffset())
		m.mode = modeReader
		m.focus = focusPane
		m.fromLib = true
		m.open(msg.article)
		m.relayout()
		return tea.Batch(save, m.articleCmds(), m.wrapRestCmd())
	}
	return nil
}
