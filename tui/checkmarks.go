package tui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"figs/model"
)

// checkMarkSavedMsg is sent by saveCheckMarkCmd once the store committed
// a mark on a check: mark is the check's mark as stored.
type checkMarkSavedMsg struct {
	gen  int
	mark model.CheckMark
	set  model.MarkFields
}

// checkMarkFailedMsg is sent by saveCheckMarkCmd when the store did not
// take the mark. Nothing shows as saved: the reviewer sees the error and
// gives the mark again.
type checkMarkFailedMsg struct {
	gen int
	err error
}

// saveCheckMarkCmd writes mk on checks[mk.Check] of a through st.
func saveCheckMarkCmd(ctx context.Context, st Store, gen int, a model.Article, figs model.Facts, checks []model.Check, mk model.CheckMark) tea.Cmd {
	return func() tea.Msg {
		saved, err := st.SaveCheckMark(ctx, a, figs, checks, mk)
		if err != nil {
			return checkMarkFailedMsg{gen: gen, err: err}
		}
		return checkMarkSavedMsg{gen: gen, mark: saved, set: mk.Set}
	}
}

// checkTarget is the check V, X and A mark from the selected row, or why
// there is none to mark.
func (m *App) checkTarget() (int, string) {
	if !m.doc.fig.complete() {
		return -1, "still counting figures: mark once the count is done"
	}
	k := m.checks.target(m.doc.fig, m.side.selected)
	if k < 0 {
		return -1, "no check on this figure: w goes to the next ⚠"
	}
	return k, ""
}

// setCheckVerdict gives the selected row's check verdict v, or takes it
// back when the check has it already (V twice undoes a V).
func (m *App) setCheckVerdict(v model.Verdict) tea.Cmd {
	k, why := m.checkTarget()
	if why != "" {
		m.status = why
		return nil
	}
	if m.checks.verdict(k) == v {
		v = model.Unchecked
	}
	return m.saveCheckMark(k, model.MarkVerdict, func(mk *model.CheckMark) { mk.Verdict = v })
}

// startCheckNote opens the note editor on the note of the selected row's
// check.
func (m *App) startCheckNote() tea.Cmd {
	k, why := m.checkTarget()
	if why != "" {
		m.status = why
		return nil
	}
	m.mode = modeNote
	m.noteCheck = m.checkKey(k)
	m.noteTitle = "note on check: " + clean(m.checks.list[k].Message)
	cmd := m.review.startNote(m.checks.marks[k].Note)
	m.relayout()
	return cmd
}

// saveCheckNote saves note on the check the editor was opened on, if the
// article still raises it.
func (m *App) saveCheckNote(note string) tea.Cmd {
	k := m.checkOfKey(m.noteCheck)
	m.noteCheck, m.noteTitle = "", ""
	if k < 0 {
		m.status, m.isErr = "the check is gone: note not saved", true
		return nil
	}
	return m.saveCheckMark(k, model.MarkNote, func(mk *model.CheckMark) { mk.Note = note })
}

// checkChangeStatus says what reviewer by did to the check of key:
// "ana ✗ check: stated +30%, …", or that they marked a check.
func (m *App) checkChangeStatus(by model.Reviewer, key string) string {
	if k := m.checkOfKey(key); k >= 0 {
		if v := m.checks.verdict(k); v != model.Unchecked {
			return byName(by) + " " + v.Symbol() + " check: " + clean(m.checks.list[k].Message)
		}
	}
	return byName(by) + " marked a check ⚠"
}

// checkKey is the identity of check k (model.CheckKeys).
func (m *App) checkKey(k int) string {
	return m.checks.keysOf(m.doc.article.Text, m.doc.fig.facts)[k]
}

// checkOfKey is the check of the open article whose identity is key, or -1.
func (m *App) checkOfKey(key string) int {
	if len(m.checks.list) == 0 {
		return -1
	}
	for k, ck := range m.checks.keysOf(m.doc.article.Text, m.doc.fig.facts) {
		if ck == key {
			return k
		}
	}
	return -1
}

// saveCheckMark changes the fields set of check k's mark with change and
// writes it through the store; the check shows the mark once it is durable.
func (m *App) saveCheckMark(k int, set model.MarkFields, change func(*model.CheckMark)) tea.Cmd {
	mk := m.checks.marks[k]
	if mk.Verdict == "" {
		mk.Verdict = model.Unchecked
	}
	mk.Check, mk.Key, mk.Kind, mk.Message = k, m.checkKey(k), m.checks.list[k].Kind, m.checks.list[k].Message
	mk.Reviewer, mk.Updated, mk.Set = m.opts.Reviewer, time.Now().UTC(), set
	change(&mk)
	if m.opts.Store == nil {
		m.checks.apply(m.doc.article.Text, m.doc.fig.facts, mk)
		m.status = "marked (no review store: not kept)"
		return nil
	}
	m.status = "saving…"
	return saveCheckMarkCmd(m.opts.Context, m.opts.Store, m.doc.gen, m.doc.article, m.doc.found(), m.checks.list, mk)
}

// handleCheckMarkMsg takes in what the store answered to a check's mark.
func (m *App) handleCheckMarkMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case checkMarkSavedMsg:
		if msg.gen != m.doc.gen {
			return nil
		}
		m.checks.apply(m.doc.article.Text, m.doc.fig.facts, msg.mark)
		m.status, m.isErr = checkSavedStatus(msg.mark, msg.set), false
	case checkMarkFailedMsg:
		if msg.gen != m.doc.gen {
			return nil
		}
		m.status, m.isErr = "check not marked: "+msg.err.Error(), true
	}
	return nil
}

// checkSavedStatus says what a save of the fields set stored on a check.
func checkSavedStatus(mk model.CheckMark, set model.MarkFields) string {
	v := mk.Verdict.Normal()
	switch {
	case set.Has(model.MarkVerdict) && v == model.Unchecked:
		return "saved: check's verdict cleared"
	case set.Has(model.MarkVerdict):
		return "saved: check " + string(v)
	case mk.Note == "":
		return "saved: check's note removed"
	}
	return "saved: check's note"
}
