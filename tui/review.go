package tui

import (
	"fmt"
	"slices"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"figs/model"
)

func newNoteEditor(isDark bool) textarea.Model {
	ta := textarea.New()
	ta.Placeholder = "why this verdict…"
	ta.ShowLineNumbers = false
	ta.CharLimit = 4000
	// enter saves the note, so a new line needs alt+enter.
	ta.KeyMap.InsertNewline.SetKeys("alt+enter")
	ta.SetStyles(noteStyles(isDark))
	return ta
}

// noteStyles are the editor's default styles with a steady cursor.
func noteStyles(isDark bool) textarea.Styles {
	s := textarea.DefaultStyles(isDark)
	s.Cursor.Blink = false
	return s
}

// handleReviewKey marks the selected figure, edits its note, and writes or
// reloads the review.
func (m App) handleReviewKey(msg tea.KeyPressMsg) (App, tea.Cmd, bool) {
	switch {
	case key.Matches(msg, m.keys.Verify):
		m, cmd := m.setVerdict(model.Verified)
		return m, cmd, true
	case key.Matches(msg, m.keys.Dispute):
		m, cmd := m.setVerdict(model.Disputed)
		return m, cmd, true
	case key.Matches(msg, m.keys.Unsure):
		m, cmd := m.setVerdict(model.Unsure)
		return m, cmd, true
	case key.Matches(msg, m.keys.ClearVerdict):
		m, cmd := m.setVerdict(model.Unchecked)
		return m, cmd, true
	case key.Matches(msg, m.keys.Note):
		m, cmd := m.startNote()
		return m, cmd, true
	case key.Matches(msg, m.keys.UncheckedOnly):
		m.uncheckedOnly = !m.uncheckedOnly
		m.status = "n/N visit every figure"
		if m.uncheckedOnly {
			m.status = "n/N visit unchecked figures only"
		}
		return m, nil, true
	case key.Matches(msg, m.keys.Export):
		m, cmd := m.writeReport()
		return m, cmd, true
	case key.Matches(msg, m.keys.Reload):
		if m.opts.Store == nil {
			m.status = "no review store"
			return m, nil, true
		}
		m.status = "reloading marks…"
		return m, m.loadMarksCmd(), true
	}
	return m, nil, false
}

// markOf is the current mark of the selected figure, ready to change.
func (m App) markOf(i int) model.Mark {
	mk := model.Mark{Verdict: model.Unchecked}
	if i < len(m.marks) && m.marks[i].Verdict != "" {
		mk = m.marks[i]
	}
	f := m.fig.facts[i]
	mk.FactID, mk.Text = i, f.Text
	mk.Reviewer, mk.Updated = m.opts.Reviewer, time.Now().UTC()
	return mk
}

// reviewable says why the selected figure cannot be marked now, if it cannot.
func (m App) reviewable() string {
	switch {
	case m.selected < 0 || m.selected >= len(m.fig.facts):
		return "no figure selected"
	case !m.fig.complete():
		return "still counting figures: mark once the count is done"
	}
	return ""
}

// setVerdict marks the selected row: both figures of a comparison get the
// verdict, since the row is reviewed as one item.
func (m App) setVerdict(v model.Verdict) (App, tea.Cmd) {
	if why := m.reviewable(); why != "" {
		m.status = why
		return m, nil
	}
	return m.save(model.MarkVerdict, func(mk *model.Mark) { mk.Verdict = v })
}

// save changes the field set of the marks of the selected row with change
// and writes them through the store, which keeps the other field as the
// latest mark has it; the screen shows the stored marks once they are durable.
func (m App) save(set model.MarkFields, change func(*model.Mark)) (App, tea.Cmd) {
	a, b := m.fig.rowFacts(m.selected)
	var mks []model.Mark
	for _, i := range []int{a, b} {
		if i >= 0 {
			mk := m.markOf(i)
			change(&mk)
			mk.Set = set
			mks = append(mks, mk)
		}
	}
	if m.opts.Store == nil {
		for _, mk := range mks {
			m = m.applyMark(mk)
		}
		m.status = "marked (no review store: not kept)"
		return m, nil
	}
	m.status = "saving…"
	figs := m.fig.found(m.lang)
	cmds := make([]tea.Cmd, len(mks))
	for k, mk := range mks {
		cmds[k] = saveMarkCmd(m.ctx, m.opts.Store, m.gen, m.article, figs, mk)
	}
	return m, tea.Sequence(cmds...) // one write after the other: one database
}

func (m App) applyMark(mk model.Mark) App {
	if mk.FactID < 0 || mk.FactID >= len(m.marks) {
		return m
	}
	m.marks = slices.Clone(m.marks)
	m.marks[mk.FactID] = mk
	return m.recount()
}

// recount updates the review progress after the marks changed, by the one
// rule the report and figs review list use too (model.Progress): a
// comparison is one item, dates and ordinals are not items.
func (m App) recount() App {
	m.marksVer++
	p := model.Progress(m.fig.facts, m.fig.comps, m.marks)
	m.checked, m.disputed, m.figures = p.Checked(), p.Disputed, p.Items
	return m
}

// rowVerdict is the verdict of the row of fact i: for a comparison, the
// worse of its two figures'.
func (m App) rowVerdict(i int) model.Verdict {
	a, b := m.fig.rowFacts(i)
	v := verdictAt(m.marks, a)
	if b >= 0 {
		v = worst(v, verdictAt(m.marks, b))
	}
	return v
}

func (m App) startNote() (App, tea.Cmd) {
	if why := m.reviewable(); why != "" {
		m.status = why
		return m, nil
	}
	m.mode = modeNote
	w := m.mut()
	w.note.SetValue(m.markOf(m.selected).Note)
	cmd := w.note.Focus()
	return m.layout(), cmd
}

// handleNoteKey edits the note; enter saves it, esc drops the edit.
func (m App) handleNoteKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.NoteSave):
		note := m.w.note.Value()
		m.mode = modeReader
		m.mut().note.Blur()
		m = m.layout()
		return m.save(model.MarkNote, func(mk *model.Mark) { mk.Note = note })
	case key.Matches(msg, m.keys.NoteCancel):
		m.mode = modeReader
		m.mut().note.Blur()
		m.status = "note not changed"
		return m.layout(), nil
	}
	var cmd tea.Cmd
	w := m.mut()
	w.note, cmd = w.note.Update(msg)
	return m, cmd
}

func (m App) writeReport() (App, tea.Cmd) {
	if m.opts.Store == nil {
		m.status = "no review store: nothing to report"
		return m, nil
	}
	if !m.fig.complete() {
		m.status = "still counting figures: write the report once the count is done"
		return m, nil
	}
	m.status = "writing report…"
	return m, writeReportCmd(m.ctx, m.opts.Store, m.article, m.fig.found(m.lang))
}

// handleStoreMsg takes in what the store answered.
func (m App) handleStoreMsg(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case marksMsg:
		if msg.gen != m.gen {
			return m, nil
		}
		m.marks = make([]model.Mark, len(m.fig.facts))
		for _, mk := range msg.marks {
			if mk.FactID >= 0 && mk.FactID < len(m.marks) {
				m.marks[mk.FactID] = mk
			}
		}
		m.orphans = orphansOf(msg.marks)
		m = m.recount()
		if m.status == "" && len(m.orphans) > 0 {
			m.status = model.FormatCount(len(m.orphans), "mark", "marks") + " left from an earlier text: ? lists them"
		}
		if m.status == "reloading marks…" {
			m.status = fmt.Sprintf("marks reloaded: %s", m.progressText())
		}
	case markSavedMsg:
		if msg.gen != m.gen {
			return m, nil
		}
		m = m.applyMark(msg.mark)
		m.status = savedStatus(msg.mark, msg.set)
	case positionMsg:
		if msg.gen != m.gen || !msg.ok {
			return m, nil
		}
		if m.pane.lines == nil || !m.pane.complete() {
			m.pendPos = msg.offset // applied once the layout is done
			return m, nil
		}
		m.pane.top = lineAt(m.pane.lines, msg.offset)
		m.pane.clamp()
		return m.follow(), nil
	case reportMsg:
		m.status = "report written to " + msg.path
	case positionTickMsg:
		off := m.pane.topOffset()
		if msg.gen != m.gen || msg.seq != m.posSeq || off == m.savedPos || m.opts.Store == nil {
			return m, nil
		}
		m.savedPos = off
		return m, savePositionCmd(m.ctx, m.opts.Store, m.article, m.opts.Reviewer, off)
	}
	return m, nil
}

// savedStatus says what a save of the fields set stored: the verdict, or
// the note.
func savedStatus(mk model.Mark, set model.MarkFields) string {
	switch {
	case set.Has(model.MarkVerdict) && mk.Verdict == model.Unchecked:
		return "saved: verdict cleared"
	case set.Has(model.MarkVerdict):
		return "saved: " + string(mk.Verdict)
	case mk.Note == "":
		return "saved: note removed"
	}
	return "saved: note"
}
