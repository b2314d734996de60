package tui

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"figs/model"
)

// review is the marks of the open article: every figure's latest verdict
// and note as the store has them, the orphaned marks, the progress counted
// by model.Progress, and the note editor. It talks to the store only
// through commands; what they answer comes back through take and apply,
// which is also where marks pushed by other reviewers will land.
type review struct {
	ctx      context.Context
	store    Store // nil keeps nothing
	reviewer model.Reviewer

	marks         []model.Mark // as committed, indexed by figure; zero Marks in the gaps
	shown         []model.Mark // marks with the unsaved ones over them: what the rows show
	unsaved       unsaved      // edits the store did not take yet, tried again
	orphans       []model.Mark // stored marks of figures the text no longer has
	progress      model.Summary
	ver           int // bumped on every change of marks, for the detail box's cache
	uncheckedOnly bool

	// note is the editor of a note, held by pointer: a textarea is 15 KB,
	// and Bubble Tea keeps only the latest model, so it is changed in place.
	note *textarea.Model
}

func newReview(ctx context.Context, st Store, r model.Reviewer, isDark bool) review {
	ta := newNoteEditor(isDark)
	return review{ctx: ctx, store: st, reviewer: r, note: &ta}
}

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

func (m *review) restyle(isDark bool) { m.note.SetStyles(noteStyles(isDark)) }

func (m *review) setWidth(w int) {
	m.note.SetWidth(max(w-2, 1))
	m.note.SetHeight(noteHeight)
}

// reset forgets the marks of the article before.
func (m *review) reset(fig figures) {
	m.marks, m.orphans, m.unsaved = nil, nil, unsaved{manual: m.unsaved.manual}
	m.grow(fig)
}

// grow makes room for the figures found since, which have no mark yet.
func (m *review) grow(fig figures) {
	if n := len(fig.facts) - len(m.marks); n > 0 {
		m.marks = append(m.marks, make([]model.Mark, n)...)
	}
	m.recount(fig)
}

// recount updates the review progress after the marks changed, by the one
// rule the report and figs review list use too (model.Progress).
// Progress counts committed marks only: an edit shows as saved once the
// database has it.
func (m *review) recount(fig figures) {
	m.ver++
	m.progress = model.Progress(fig.facts, fig.comps, m.marks)
	m.shown = m.unsaved.over(m.marks)
}

// verdict is the verdict of the row of fact i (model.Items.Verdict).
// An unsaved verdict shows (with the row's * saying it is not kept yet).
func (m review) verdict(fig figures, i int) model.Verdict { return fig.items.Verdict(i, m.shown) }

// note of fact i, or "".
func (m review) noteOf(i int) string {
	if i >= 0 && i < len(m.shown) {
		return m.shown[i].Note
	}
	return ""
}

// markOf is the current mark of fact i as shown (an unsaved edit
// included), ready to change.
func (m review) markOf(fig figures, i int) model.Mark {
	mk := model.Mark{Verdict: model.Unchecked}
	if i < len(m.shown) && m.shown[i].Verdict != "" {
		mk = m.shown[i]
	}
	mk.FactID, mk.Text = i, fig.facts[i].Text
	mk.Reviewer, mk.Updated = m.reviewer, time.Now().UTC()
	return mk
}

// reviewable says why fact i cannot be marked now, if it cannot.
func reviewable(fig figures, i int) string {
	switch {
	case i < 0 || i >= len(fig.facts):
		return "no figure selected"
	case !fig.complete():
		return "still counting figures: mark once the count is done"
	}
	return ""
}

// save changes the field set of the marks of the row of fact i with change
// and writes them through the store, which keeps the other field as the
// latest mark has it; the screen shows the stored marks once they are
// durable. Both figures of a comparison are changed: the row is one item.
func (m *review) save(doc document, i int, set model.MarkFields, change func(*model.Mark)) (tea.Cmd, string) {
	a, b := doc.fig.items.Pair(i)
	var mks []model.Mark
	for _, k := range []int{a, b} {
		if k >= 0 {
			mk := m.markOf(doc.fig, k)
			change(&mk)
			mk.Set = set
			mks = append(mks, mk)
		}
	}
	if m.store == nil {
		for _, mk := range mks {
			m.apply(doc.fig, mk, mk.Updated)
		}
		return nil, "marked (no review store: not kept)"
	}
	if m.unsaved.retrying || m.unsaved.len() > 0 {
		// the database is away: the edit waits with the others, in order
		for _, mk := range mks {
			m.unsaved.keep(mk)
		}
		m.recount(doc.fig)
		return nil, "not saved yet: kept, and saved once the database answers"
	}
	figs := doc.found()
	cmds := make([]tea.Cmd, len(mks))
	for k, mk := range mks {
		cmds[k] = saveMarkCmd(m.ctx, m.store, doc.gen, doc.article, figs, mk)
	}
	return tea.Sequence(cmds...), "saving…" // one write after the other: one database
}

// apply shows mk, a figure's mark as stored.
// sent is when the edit saved was made: an unsaved edit made before it is
// now in the store, a later one still waits.
func (m *review) apply(fig figures, mk model.Mark, sent time.Time) {
	if mk.FactID < 0 || mk.FactID >= len(m.marks) {
		return
	}
	m.marks = slices.Clone(m.marks)
	m.marks[mk.FactID] = mk
	m.unsaved.saved(mk.FactID, sent)
	m.recount(fig)
}

// take replaces the marks with those the store returned for the article.
func (m *review) take(fig figures, marks []model.Mark) {
	m.marks = make([]model.Mark, len(fig.facts))
	for _, mk := range marks {
		if mk.FactID >= 0 && mk.FactID < len(m.marks) {
			m.marks[mk.FactID] = mk
		}
	}
	m.orphans = orphansOf(marks)
	m.recount(fig)
}

// loads says which marks a load reads: the figures', the checks', or both.
type loads uint8

const (
	loadFigureMarks loads = 1 << iota
	loadCheckMarks
	loadAll = loadFigureMarks | loadCheckMarks
)

// loadCmd reads the marks of the open article and of its checks once all
// its figures are known.
func (m review) loadCmd(doc document) tea.Cmd { return m.loadSomeCmd(doc, loadAll) }

// loadSomeCmd reads the marks what says of the open article, once all its
// figures are known.
func (m review) loadSomeCmd(doc document, what loads) tea.Cmd {
	st, ctx, a, gen := m.store, m.ctx, doc.article, doc.gen
	if st == nil || what == 0 || !doc.loaded() || !doc.fig.complete() {
		return nil
	}
	figs := doc.found()
	return func() tea.Msg {
		msg := marksMsg{gen: gen, loaded: what}
		var err error
		if what&loadFigureMarks != 0 {
			if msg.marks, err = st.Marks(ctx, a, figs); err != nil {
				return errMsg{fmt.Errorf("load marks: %w", err)}
			}
		}
		if what&loadCheckMarks != 0 {
			if msg.checkMarks, err = st.CheckMarks(ctx, a); err != nil {
				return errMsg{fmt.Errorf("load marks: %w", err)}
			}
		}
		return msg
	}
}

// takeMarks shows the marks msg loaded.
func (m *App) takeMarks(msg marksMsg) {
	if msg.loaded&loadFigureMarks != 0 {
		m.review.take(m.doc.fig, msg.marks)
	}
	if msg.loaded&loadCheckMarks != 0 {
		m.checks.take(m.doc.article.Text, m.doc.fig.facts, msg.checkMarks)
	}
}

// reportCmd writes the review report, or says why it cannot.
func (m review) reportCmd(doc document) (tea.Cmd, string) {
	switch {
	case m.store == nil:
		return nil, "no review store: nothing to report"
	case !doc.fig.complete():
		return nil, "still counting figures: write the report once the count is done"
	}
	return writeReportCmd(m.ctx, m.store, doc.article, doc.found()), "writing report…"
}

// progressText is the review progress: "5/12 checked, 1 disputed".
func (m review) progressText() string {
	p := m.progress
	s := fmt.Sprintf("%d/%d checked", p.Checked(), max(p.Items, p.Checked()))
	if p.Disputed > 0 {
		s += fmt.Sprintf(", %d disputed", p.Disputed)
	}
	if n := len(m.orphans); n > 0 {
		s += fmt.Sprintf(", %d orphaned", n)
	}
	return s
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

// startNote opens the editor on note, a figure's or a check's.
func (m *review) startNote(note string) tea.Cmd {
	m.note.SetValue(note)
	return m.note.Focus()
}

// stopNote closes the editor and returns what was typed.
func (m *review) stopNote() string {
	m.note.Blur()
	return m.note.Value()
}

// updateNote passes msg to the editor.
func (m *review) updateNote(msg tea.Msg) tea.Cmd {
	ta, cmd := m.note.Update(msg)
	*m.note = ta
	return cmd
}

// byLines are the detail box's lines on who marked the row of fact i and
// when, and whether the edit is saved yet: "✓ verified by ana · 7 Dec 14:02".
func (m review) byLines(fig figures, i int) []string {
	if i < 0 || i >= len(m.shown) {
		return nil
	}
	lead, other := fig.items.Pair(i)
	var out []string
	for _, k := range []int{lead, other} {
		if k < 0 || k >= len(m.shown) {
			continue
		}
		if m.unsaved.has(k) {
			out = append(out, "* not saved yet: retrying")
			break
		}
		mk := m.marks[k]
		if mk.Verdict == "" || (mk.Verdict == model.Unchecked && mk.Note == "") || mk.Reviewer.Name == "" {
			continue
		}
		what := "note"
		if v := mk.Verdict.Normal(); v != model.Unchecked {
			what = v.Symbol() + " " + string(v)
		}
		s := byLine(what, mk.Reviewer, mk.Updated)
		if len(out) == 0 || out[0] != s {
			out = append(out, s)
		}
	}
	return out
}

// byLine says who marked something and when: "✓ verified by ana · 14:02".
func byLine(what string, r model.Reviewer, at time.Time) string {
	s := what + " by " + reviewerName(r)
	if !at.IsZero() {
		s += " · " + markTime(at, time.Now())
	}
	return s
}

// reviewerName is a reviewer as the detail box names them: the name and
// the start of their key's fingerprint, which tells two "ana"s apart.
func reviewerName(r model.Reviewer) string {
	s := byName(r)
	if fp := clean(r.Fingerprint); fp != "" {
		fp = strings.TrimPrefix(fp, "SHA256:")
		if len(fp) > 6 {
			fp = fp[:6]
		}
		s += " (" + fp + ")"
	}
	return s
}

// markTime is when a mark was made, as short as it can be said: the time
// of day today, else the day.
func markTime(t, now time.Time) string {
	t, now = t.Local(), now.Local()
	if y, d := t.Year(), t.YearDay(); y == now.Year() && d == now.YearDay() {
		return t.Format("15:04")
	}
	if t.Year() == now.Year() {
		return t.Format("2 Jan")
	}
	return t.Format("2 Jan 2006")
}
