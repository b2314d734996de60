package tui

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"figs/model"
)

// unsaved are the edits the store did not take, the database being away:
// kept in memory by figure, shown with a * on their rows and counted in
// the header, and saved again, oldest first, until the store takes them.
// Nothing a reviewer did is dropped without their saying so (q asks first).
type unsaved struct {
	marks    map[int]model.Mark // by figure; Updated is when the edit was made
	retrying bool               // a round of saves is on its way
	seq      int                // the retry timer's generation
	wait     time.Duration      // until the next round; doubles up to maxRetryWait
	err      string             // why the last save failed
	manual   bool               // tests start rounds themselves: no timer
}

// The wait between rounds of saving unsaved edits.
const (
	firstRetryWait = 500 * time.Millisecond
	maxRetryWait   = 5 * time.Second
)

// retryTickMsg is sent by the retry timer of unsaved edits.
type retryTickMsg struct{ gen, seq int }

// retryDoneMsg ends a round of saves of unsaved edits.
type retryDoneMsg struct{ gen int }

// markFailedMsg is sent by saveMarkCmd when the store did not take mark.
type markFailedMsg struct {
	gen  int
	mark model.Mark
	err  error
}

func (u unsaved) len() int { return len(u.marks) }

// has reports whether figure i has an unsaved edit.
func (u unsaved) has(i int) bool {
	_, ok := u.marks[i]
	return ok
}

// keep holds mk until it is saved. An edit of the other field of the same
// figure joins it: both fields are then saved.
func (u *unsaved) keep(mk model.Mark) {
	if u.marks == nil {
		u.marks = map[int]model.Mark{}
	}
	if old, ok := u.marks[mk.FactID]; ok && old.Set != 0 && mk.Set != 0 {
		mk.Set |= old.Set
	}
	u.marks[mk.FactID] = mk
}

// saved forgets the edit of figure i if it was made by sent, when the edit
// saved then was made: a later one still waits.
func (u *unsaved) saved(i int, sent time.Time) {
	if mk, ok := u.marks[i]; ok && !mk.Updated.After(sent) {
		delete(u.marks, i)
	}
	if len(u.marks) == 0 {
		u.wait, u.err = 0, ""
	}
}

// over is marks with the unsaved edits laid over them; marks itself when
// there are none.
func (u unsaved) over(marks []model.Mark) []model.Mark {
	if len(u.marks) == 0 {
		return marks
	}
	out := slices.Clone(marks)
	for i, mk := range u.marks {
		if i >= 0 && i < len(out) {
			out[i] = mk
		}
	}
	return out
}

// failed keeps mk, which the store refused, and starts the timer of the
// next round unless a round is on its way (which starts it when done).
func (u *unsaved) failed(gen int, mk model.Mark, err error) tea.Cmd {
	u.keep(mk)
	u.err = err.Error()
	if u.retrying {
		return nil
	}
	return u.schedule(gen)
}

// schedule starts the timer of the next round.
func (u *unsaved) schedule(gen int) tea.Cmd {
	u.wait = min(max(u.wait*2, firstRetryWait), maxRetryWait)
	u.seq++
	msg := retryTickMsg{gen: gen, seq: u.seq}
	if u.manual {
		return nil
	}
	return tea.Tick(u.wait, func(time.Time) tea.Msg { return msg })
}

// roundCmd saves every unsaved edit, oldest first, one after the other,
// then says the round is done; nil when a round is on its way or nothing
// waits.
func (u *unsaved) roundCmd(ctx context.Context, st Store, doc document) tea.Cmd {
	if u.retrying || len(u.marks) == 0 || st == nil {
		return nil
	}
	u.retrying = true
	u.seq++ // a timer still running is void: this round replaces it
	mks := slices.SortedFunc(maps.Values(u.marks), func(a, b model.Mark) int { return a.Updated.Compare(b.Updated) })
	figs := doc.found()
	cmds := make([]tea.Cmd, 0, len(mks)+1)
	for _, mk := range mks {
		cmds = append(cmds, saveMarkCmd(ctx, st, doc.gen, doc.article, figs, mk))
	}
	gen := doc.gen
	cmds = append(cmds, func() tea.Msg { return retryDoneMsg{gen: gen} })
	return tea.Sequence(cmds...)
}

// done ends a round; the timer starts again if edits still wait.
func (u *unsaved) done(gen int) tea.Cmd {
	u.retrying = false
	if len(u.marks) == 0 {
		return nil
	}
	return u.schedule(gen)
}

// status is the status line after a save failed: the error's last part
// ("connection refused"), the whole of it being too long for one line.
func (u unsaved) status() string {
	why := u.err
	if i := strings.LastIndex(why, ": "); i >= 0 && i+2 < len(why) {
		why = why[i+2:]
	}
	why = strings.TrimSuffix(strings.TrimSpace(why), ")")
	return fmt.Sprintf("not saved (%s): %s kept, retrying", clean(why), model.FormatCount(len(u.marks), "figure", "figures"))
}

// rows is the number of sidebar rows with an unsaved edit: a comparison
// is one.
func (u unsaved) rows(fig figures) int {
	leads := map[int]bool{}
	for i := range u.marks {
		if i >= 0 && i < len(fig.facts) {
			lead, _ := fig.items.Pair(i)
			leads[lead] = true
		}
	}
	return len(leads)
}

// unsavedNotes adds a * to the rows with an unsaved edit.
func (m review) unsavedNotes(fig figures, into map[int]rowNote) map[int]rowNote {
	if m.unsaved.len() == 0 {
		return into
	}
	if into == nil {
		into = map[int]rowNote{}
	}
	for i := range m.unsaved.marks {
		if i >= 0 && i < len(fig.facts) {
			lead, _ := fig.items.Pair(i)
			into[lead] = rowNote{mark: "*", tone: toneUnsaved}
		}
	}
	return into
}
