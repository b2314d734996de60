package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"figs/model"
	"figs/model/check"
)

// checksMsg is sent by checksCmd with the consistency checks of the open
// article, once all its figures are known.
type checksMsg struct {
	gen  int
	list []model.Check
}

// checksCmd runs the consistency checks of package model/check on the
// figures of the article of generation gen, off the update loop.
func checksCmd(gen int, text string, facts model.Facts) tea.Cmd {
	return func() tea.Msg {
		return checksMsg{gen: gen, list: check.Article(text, facts)}
	}
}

// checks are the consistency checks of the open article: what disagrees
// among its figures, and the reviewers' marks on them. A check is open
// until it has a verdict of its own (verified: the figures stand despite
// the flag; disputed: the article contradicts itself) or every figure it
// names has one.
type checks struct {
	list   []model.Check
	byFact map[int][]int     // fact → indexes into list of the checks naming it
	stored []model.CheckMark // the check marks as the store returned them
	marks  []model.CheckMark // by check: its mark as committed, zero when none
	cur    int               // the check w/W went to last, which V, X and A mark; -1
	known  bool              // the checks were run (list is the article's, even when empty)
	keys   []string          // model.CheckKeys of list, worked out on first need (keyOf)
}

func newChecks(list []model.Check) checks {
	c := checks{list: list, byFact: map[int][]int{}, marks: make([]model.CheckMark, len(list)), cur: -1}
	for k, ch := range list {
		for _, f := range ch.Facts {
			if n := c.byFact[f]; len(n) == 0 || n[len(n)-1] != k {
				c.byFact[f] = append(n, k)
			}
		}
	}
	return c
}

// take puts the check marks the store returned on the checks they attach
// to (model.AttachChecks) in text, whose figures are facts.
func (c *checks) take(text string, facts []model.Fact, stored []model.CheckMark) {
	c.stored = stored
	c.marks = make([]model.CheckMark, len(c.list))
	if len(stored) == 0 || len(c.list) == 0 {
		return
	}
	for _, m := range c.attach(text, facts) {
		if m.Check >= 0 && m.Check < len(c.marks) {
			c.marks[m.Check] = m
		}
	}
}

// apply shows saved, a check's mark as the store committed it, in place
// of every stored mark that attached to that check.
func (c *checks) apply(text string, facts []model.Fact, saved model.CheckMark) {
	var keep []model.CheckMark
	for _, m := range c.attach(text, facts) {
		if m.Check != saved.Check {
			keep = append(keep, m)
		}
	}
	if !saved.Cleared() {
		keep = append(keep, saved)
	}
	c.take(text, facts, keep)
}

// keysOf are the identities of the checks (model.CheckKeys) in text,
// whose figures are facts, worked out once, when first needed.
func (c *checks) keysOf(text string, facts []model.Fact) []string {
	if len(c.keys) != len(c.list) {
		c.keys = model.CheckKeys(text, facts, c.list)
	}
	return c.keys
}

// attach ties the stored check marks to the checks, by their keys.
func (c *checks) attach(text string, facts []model.Fact) []model.CheckMark {
	return model.AttachChecksKeyed(c.stored, c.keysOf(text, facts), text, facts, c.list)
}

// verdict is check k's own verdict, Unchecked when it has none.
func (c checks) verdict(k int) model.Verdict {
	if k < 0 || k >= len(c.marks) {
		return model.Unchecked
	}
	return c.marks[k].Verdict.Normal()
}

// target is the check V, X and A mark from the row of fact i: the one w/W
// went to last when it concerns the row, else the row's first; -1 when
// the row has none.
func (c checks) target(fig figures, i int) int {
	if i < 0 {
		return -1
	}
	ks := c.of(fig, i)
	if containsInt(ks, c.cur) {
		return c.cur
	}
	if len(ks) > 0 {
		return ks[0]
	}
	return -1
}

// of is the checks concerning the row of fact i: of the figure or, for a
// comparison, of either of its figures.
func (c checks) of(fig figures, i int) []int {
	out := c.byFact[i]
	if p := fig.items.Partner(i); p >= 0 {
		for _, k := range c.byFact[p] {
			if !containsInt(out, k) {
				out = append(out[:len(out):len(out)], k)
			}
		}
	}
	return out
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// isOpen reports whether check k is still to be looked at: it has no
// verdict of its own and a figure without one.
func (c checks) isOpen(fig figures, rev review, k int) bool {
	if c.verdict(k) != model.Unchecked {
		return false
	}
	for _, f := range c.list[k].Facts {
		if f < 0 || f >= len(fig.facts) || rev.verdict(fig, f) == model.Unchecked {
			return true
		}
	}
	return false
}

// open counts the open checks.
func (c checks) open(fig figures, rev review) int {
	n := 0
	for k := range c.list {
		if c.isOpen(fig, rev, k) {
			n++
		}
	}
	return n
}

// notes adds to into the ⚠ of the sidebar rows the checks concern, keyed
// by every figure named (the sidebar looks a row up by its lead figure),
// dimmed on rows whose checks are all closed; a ⚠ takes the place of
// another part's mark on that row. into may be nil.
func (c checks) notes(fig figures, rev review, into map[int]rowNote) map[int]rowNote {
	if len(c.list) == 0 {
		return into
	}
	out := into
	if out == nil {
		out = make(map[int]rowNote, len(c.byFact)*2)
	}
	for f := range c.byFact {
		note := rowNote{mark: "⚠", tone: toneCheckClosed}
		for _, k := range c.of(fig, f) {
			if c.isOpen(fig, rev, k) {
				note.tone = toneCheck
				break
			}
		}
		out[f] = note
		if p := fig.items.Partner(f); p >= 0 {
			out[p] = note
		}
	}
	return out
}

// lines are what the detail box adds for the row of fact i: each check
// concerning it, with its status, who gave it its verdict, and its note.
// With several, "›" points at the one V, X and A mark.
func (c checks) lines(fig figures, rev review, i int) []string {
	if i < 0 {
		return nil
	}
	ks := c.of(fig, i)
	target := c.target(fig, i)
	var out []string
	for _, k := range ks {
		ch := c.list[k]
		status := "open"
		if v := c.verdict(k); v != model.Unchecked {
			status = string(v)
		} else if !c.isOpen(fig, rev, k) {
			status = "closed"
		}
		what := "check"
		if ch.Kind.Weak() {
			what = "check this"
		}
		lead := "⚠ "
		if len(ks) > 1 && k == target {
			lead = "›⚠ "
		}
		out = append(out, fmt.Sprintf("%s%s (%s, %s): %s", lead, what, ch.Kind, status, ch.Message))
		mk := c.marks[k]
		if v := mk.Verdict.Normal(); v != model.Unchecked && mk.Reviewer.Name != "" {
			out = append(out, "  "+byLine(v.Symbol()+" check "+string(v), mk.Reviewer, mk.Updated))
		}
		if mk.Note != "" {
			out = append(out, "  check note: "+clean(mk.Note))
		}
	}
	return out
}

// header is the header's segment: the count of open checks, or "" when
// there are none.
func (c checks) header(fig figures, rev review) string {
	if len(c.list) == 0 {
		return ""
	}
	n := c.open(fig, rev)
	if n == 0 {
		return "checks closed"
	}
	if n == 1 {
		return "1 check"
	}
	return fmt.Sprintf("%d checks", n)
}

// step is the check after (dir 1) or before (dir -1) the one concerning
// fact from, wrapping, and its first figure; -1, -1 when there are none.
// On a row with checks not gone to yet (the first row when the article
// opens, a row reached with n), the row's own check comes first.
func (c checks) step(fig figures, from, dir int) (k, fact int) {
	n := len(c.list)
	if n == 0 {
		return -1, -1
	}
	cur := -1
	if ks := c.of(fig, max(from, 0)); from >= 0 && len(ks) > 0 {
		switch {
		case containsInt(ks, c.cur):
			cur = c.cur
		case dir > 0:
			return c.first(ks[0])
		default:
			return c.first(ks[len(ks)-1])
		}
	}
	switch {
	case cur < 0 && dir > 0:
		// the first check after from in reading order
		k = 0
		for j, ch := range c.list {
			if len(ch.Facts) > 0 && ch.Facts[0] > from {
				k = j
				break
			}
		}
	case cur < 0:
		k = n - 1
		for j := n - 1; j >= 0; j-- {
			if fs := c.list[j].Facts; len(fs) > 0 && fs[0] < from {
				k = j
				break
			}
		}
	default:
		k = ((cur+dir)%n + n) % n
	}
	return c.first(k)
}

// first is check k and its first figure, -1 when it names none.
func (c checks) first(k int) (int, int) {
	if fs := c.list[k].Facts; len(fs) > 0 {
		return k, fs[0]
	}
	return k, -1
}

// addChecks takes in the checks of the open article, dropping those of an
// article no longer open.
func (m *App) addChecks(msg checksMsg) {
	if msg.gen != m.doc.gen {
		return
	}
	stored := m.checks.stored // the check marks may have come first
	m.checks = newChecks(msg.list)
	m.checks.known = true
	m.checks.take(m.doc.article.Text, m.doc.fig.facts, stored)
	m.keys.enableChecks(len(msg.list) > 0)
	m.refresh()
}

// stepCheck selects the first figure of the next (dir 1) or previous
// (dir -1) check, wrapping, and scrolls the text to it.
func (m *App) stepCheck(dir int) {
	k, i := m.checks.step(m.doc.fig, m.side.selected, dir)
	if i < 0 {
		m.status = "no checks"
		return
	}
	m.selectFact(i, true)
	m.checks.cur = k
	m.status = fmt.Sprintf("check %d/%d", k+1, len(m.checks.list))
	if m.side.selected != i && m.side.selected != m.doc.fig.items.Partner(i) {
		m.status = "the check's figure is filtered out (t)"
	}
}
