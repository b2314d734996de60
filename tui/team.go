package tui

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"figs/model"
)

// team is the open article as a team reviews it, through a LiveStore:
// the others who have it open and the figure each has selected, whether
// the database answers, and the changes the store pushes (other
// reviewers' marks), which it turns into messages. It watches one article
// at a time: opening another ends the watch and the presence of the last.
type team struct {
	ctx      context.Context
	live     LiveStore // nil: no live changes, marks of others only on R
	reviewer model.Reviewer

	gen     int                 // the document generation watched
	cancel  context.CancelFunc  // ends the watch and the presence
	changes <-chan model.Change // nil until the watch started
	session string              // this reader's presence, "" until joined
	present []model.Presence    // everyone with the article open, this reader too
	others  []model.Presence    // present without this reader (see setPresent)
	keys    map[string]int      // figure key → index, for presences on another version
	keyList []string            // the key of each figure
	hash    string              // the open version (model.ArticleHash)
	down    bool                // the database went away and has not come back
	loading bool                // a reload of the marks pushed is on its way
	again   loads               // more marks were pushed meanwhile: reload these once more
	sel     int                 // the figure this reader was last said to have selected
	selSeq  int                 // bumped on every selection change, for the throttle
	delay   time.Duration       // how long a selection must stay before it is told
	manual  bool                // tests take changes from the channel themselves
}

// selectDelay is how long a selection stays before the others are told of
// it: holding j does not write a row per figure passed.
const selectDelay = 150 * time.Millisecond

func newTeam(ctx context.Context, live LiveStore, r model.Reviewer) team {
	return team{ctx: ctx, live: live, reviewer: r, sel: -1, delay: selectDelay}
}

// liveStartedMsg is sent by team.startCmd once the store watches the
// article and this reader has joined it.
type liveStartedMsg struct {
	gen     int
	changes <-chan model.Change
	session string
	err     error
}

// liveMsg is one change the store pushed for the article of gen.
type liveMsg struct {
	gen    int
	change model.Change
}

// selectTickMsg is sent by the throttle of selection changes.
type selectTickMsg struct{ gen, seq int }

// stop ends the watch and the presence of the article watched.
func (t *team) stop() {
	if t.cancel != nil {
		t.cancel()
	}
	*t = team{ctx: t.ctx, live: t.live, reviewer: t.reviewer, sel: -1, delay: t.delay, manual: t.manual}
}

// startCmd watches doc's article and joins it, once its figures are all
// known (presences name figures). Nil without a live store.
func (t *team) startCmd(doc document) tea.Cmd {
	if t.live == nil || !doc.loaded() || !doc.fig.complete() || t.cancel != nil && t.gen == doc.gen {
		return nil
	}
	t.stop()
	ctx, cancel := context.WithCancel(t.ctx)
	t.gen, t.cancel = doc.gen, cancel
	t.hash = model.ArticleHash(doc.article)
	keys := model.FigureKeys(doc.article.Text, doc.fig.facts)
	t.keys, t.keyList = make(map[string]int, len(keys)), keys
	for i, k := range keys {
		t.keys[k] = i
	}
	live, a, r, gen := t.live, doc.article, t.reviewer, doc.gen
	return func() tea.Msg {
		ch, err := live.Watch(ctx, a)
		if err != nil {
			return liveStartedMsg{gen: gen, err: err}
		}
		session, err := live.Join(ctx, a, r)
		return liveStartedMsg{gen: gen, changes: ch, session: session, err: err}
	}
}

// started takes in the watch; it returns the command that waits for the
// first change.
func (t *team) started(msg liveStartedMsg) tea.Cmd {
	if msg.gen != t.gen || t.cancel == nil {
		return nil
	}
	t.changes, t.session = msg.changes, msg.session
	t.setPresent(t.present)
	return t.waitCmd()
}

// waitCmd waits for the next change the store pushes; nil once the watch
// ended (the channel closed).
func (t team) waitCmd() tea.Cmd {
	ch, gen := t.changes, t.gen
	if ch == nil || t.manual {
		return nil
	}
	return func() tea.Msg {
		c, ok := <-ch
		if !ok {
			return nil
		}
		return liveMsg{gen: gen, change: c}
	}
}

// setPresent takes in who has the article open, and keeps the others
// besides this reader, joined first, for the rows, the detail box and the
// header, which every frame draws.
func (t *team) setPresent(ps []model.Presence) {
	t.present = ps
	t.others = nil
	for _, p := range ps {
		if p.Session != t.session || t.session == "" && p.Reviewer == t.reviewer {
			t.others = append(t.others, p)
		}
	}
}

// figureOf is the figure p has selected in this reader's version of the
// article, or -1.
func (t team) figureOf(p model.Presence, nfacts int) int {
	i := -1
	switch {
	case p.Hash == t.hash:
		i = p.Figure
	case p.Key != "":
		if k, ok := t.keys[p.Key]; ok {
			i = k
		}
	}
	if i < 0 || i >= nfacts {
		return -1
	}
	return i
}

// at is who else has figure i (or, for a comparison, its partner) selected.
func (t team) at(fig figures, i int) []model.Reviewer {
	var out []model.Reviewer
	for _, p := range t.others {
		if f := t.figureOf(p, len(fig.facts)); f >= 0 && (f == i || f == fig.items.Partner(i)) {
			out = append(out, p.Reviewer)
		}
	}
	return out
}

// notes adds to into, row by row, a marker where others have a figure
// selected: the first letter of the reviewer's name, or how many they are.
func (t team) notes(fig figures, into map[int]rowNote) map[int]rowNote {
	count := map[int][]model.Reviewer{}
	for _, p := range t.others {
		f := t.figureOf(p, len(fig.facts))
		if f < 0 {
			continue
		}
		lead, _ := fig.items.Pair(f)
		count[lead] = append(count[lead], p.Reviewer)
	}
	if len(count) == 0 {
		return into
	}
	if into == nil {
		into = make(map[int]rowNote, len(count))
	}
	for i, rs := range count {
		into[i] = rowNote{mark: presenceMark(rs), tone: tonePresence}
	}
	return into
}

// presenceMark is the one column that says who is on a row.
func presenceMark(rs []model.Reviewer) string {
	if len(rs) > 1 {
		if len(rs) > 9 {
			return "+"
		}
		return fmt.Sprint(len(rs))
	}
	if r, _ := utf8.DecodeRuneInString(rs[0].Name); r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return strings.ToLower(string(r))
	}
	return "•"
}

// header is the header's segment on who else is here: "with bob",
// "with bob, eve", "with 3 others"; "" when alone.
func (t team) header() string {
	os := t.others
	names := make([]string, 0, len(os))
	seen := map[string]bool{}
	for _, p := range os {
		n := clean(p.Reviewer.Name)
		if n == "" {
			n = "someone"
		}
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	switch {
	case len(os) == 0:
		return ""
	case len(names) <= 2 && len(os) <= 2:
		return "with " + strings.Join(names, ", ")
	}
	return fmt.Sprintf("with %d others", len(os))
}

// alert is the header's warning while the database is away.
func (t team) alert(unsaved int) string {
	if !t.down && unsaved == 0 {
		return ""
	}
	s := "database down"
	if !t.down {
		s = "not saved yet"
	}
	if unsaved > 0 {
		s += fmt.Sprintf(": %d unsaved, retrying", unsaved)
	} else {
		s += ": retrying"
	}
	return s
}

// selected notes that this reader now has figure i selected; the others
// are told once it stays for t.delay.
func (t *team) selected(i int) tea.Cmd {
	if t.session == "" || i == t.sel {
		return nil
	}
	t.selSeq++
	msg := selectTickMsg{gen: t.gen, seq: t.selSeq}
	if t.delay <= 0 {
		return func() tea.Msg { return msg }
	}
	return tea.Tick(t.delay, func(time.Time) tea.Msg { return msg })
}

// tick tells the others the selection if it has not changed since.
func (t *team) tick(msg selectTickMsg, i int) tea.Cmd {
	if msg.gen != t.gen || msg.seq != t.selSeq || t.session == "" || i == t.sel {
		return nil
	}
	t.sel = i
	key := ""
	if i >= 0 && i < len(t.keyList) {
		key = t.keyList[i]
	}
	live, ctx, session := t.live, t.ctx, t.session
	return func() tea.Msg {
		// a selection that does not reach the database is only a marker
		// the others miss; the health line says when it is down
		_ = live.Select(ctx, session, i, key)
		return nil
	}
}

// byName is how the status line names a reviewer.
func byName(r model.Reviewer) string {
	if n := clean(r.Name); n != "" {
		return n
	}
	return "someone"
}

// hereLines are the detail box's line on who else has the row of fact i
// selected: "here too: bob, eve".
func (t team) hereLines(fig figures, i int) []string {
	rs := t.at(fig, i)
	if len(rs) == 0 {
		return nil
	}
	const most = 3 // names; the rest are counted
	names := make([]string, 0, most+1)
	for _, r := range rs[:min(len(rs), most)] {
		names = append(names, byName(r))
	}
	if n := len(rs) - most; n > 0 {
		names = append(names, fmt.Sprintf("%d more", n))
	}
	return []string{"here too: " + strings.Join(names, ", ")}
}

// pushedMarksMsg is sent by the reload of the marks another reviewer's
// save started.
type pushedMarksMsg struct {
	marksMsg
	err error
	by  model.Reviewer
	key string
}

// reloadCmd loads the marks c changed again.
func (m *App) reloadCmd(c model.Change) tea.Cmd { return m.reload(changedMarks(c), c) }

// changedMarks is which marks c changed: a figure's, a check's, or both
// when c does not say.
func changedMarks(c model.Change) loads {
	switch {
	case c.Key == "":
		return loadAll
	case model.IsCheckKey(c.Key):
		return loadCheckMarks
	}
	return loadFigureMarks
}

// reload loads the marks what says again after c was pushed, unless a
// reload is on its way, which then loads them once more when done.
func (m *App) reload(what loads, c model.Change) tea.Cmd {
	if m.checks.known && len(m.checks.list) == 0 {
		what &^= loadCheckMarks // no check to show a mark on
	}
	if m.team.loading {
		m.team.again |= what
		return nil
	}
	load := m.review.loadSomeCmd(m.doc, what)
	if load == nil {
		return nil
	}
	m.team.loading = true
	gen := m.doc.gen
	return func() tea.Msg {
		pushed := pushedMarksMsg{marksMsg: marksMsg{gen: gen}, by: c.By, key: c.Key}
		switch msg := load().(type) {
		case marksMsg:
			pushed.marksMsg = msg
		case errMsg:
			pushed.err = msg.err
		}
		return pushed
	}
}

// handleLiveMsg takes in what the live store pushed: the marks others
// saved, who is here, and the database's health.
func (m *App) handleLiveMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case liveStartedMsg:
		if msg.gen != m.doc.gen {
			return nil
		}
		if msg.err != nil {
			m.status, m.isErr = "live review unavailable: "+msg.err.Error(), true
		}
		return tea.Batch(m.team.started(msg), m.team.selected(m.side.selected))
	case liveMsg:
		if msg.gen != m.doc.gen || msg.gen != m.team.gen {
			return nil
		}
		return tea.Batch(m.takeChange(msg.change), m.team.waitCmd())
	case pushedMarksMsg:
		return m.takePushedMarks(msg)
	case selectTickMsg:
		return m.team.tick(msg, m.side.selected)
	}
	return nil
}

// takeChange applies one pushed change.
func (m *App) takeChange(c model.Change) tea.Cmd {
	switch c.Kind {
	case model.ChangeMarks:
		return m.reloadCmd(c)
	case model.ChangePresence:
		m.team.setPresent(c.Present)
	case model.ChangeHealth:
		was := m.team.down
		m.team.down = c.Down
		switch {
		case c.Down && !was:
			m.status, m.isErr = "database unreachable: edits are kept and saved when it is back", true
		case !c.Down && was:
			m.status, m.isErr = "database back", false
			m.team.sel = -2 // the selection told while it was away may be lost: tell it again
			return tea.Batch(m.review.unsaved.roundCmd(m.opts.Context, m.opts.Store, m.doc), m.team.selected(m.side.selected))
		}
	}
	return nil
}

// takePushedMarks shows the marks loaded after others saved, and says who
// marked what when it was someone else.
func (m *App) takePushedMarks(msg pushedMarksMsg) tea.Cmd {
	if msg.gen != m.doc.gen {
		return nil
	}
	m.team.loading = false
	if msg.err != nil {
		m.status, m.isErr = msg.err.Error(), true
		return nil
	}
	m.takeMarks(msg.marksMsg)
	if msg.by.Name != "" && msg.by != m.opts.Reviewer && m.mode != modeNote {
		s := byName(msg.by) + " marked a figure"
		if model.IsCheckKey(msg.key) {
			s = m.checkChangeStatus(msg.by, msg.key)
		}
		if i, ok := m.team.keys[msg.key]; ok && msg.key != "" && i < len(m.doc.fig.facts) {
			lead, _ := m.doc.fig.items.Pair(i)
			what := clean(m.doc.fig.display(lead))
			if v := m.review.verdict(m.doc.fig, lead); v != model.Unchecked {
				s = byName(msg.by) + " " + v.Symbol() + " " + what
			} else {
				s = byName(msg.by) + " marked " + what
			}
		}
		m.status, m.isErr = s, false
	}
	if what := m.team.again; what != 0 {
		m.team.again = 0
		return m.reload(what, model.Change{Kind: model.ChangeMarks})
	}
	return nil
}
