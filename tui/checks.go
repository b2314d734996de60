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
// among its figures. A check is open until every figure it names has a
// verdict; the verdicts say what the reviewer found (verified: the figures
// are right despite the flag, disputed: they are wrong).
type checks struct {
	list   []model.Check
	byFact map[int][]int // fact → indexes into list of the checks naming it
}

func newChecks(list []model.Check) checks {
	c := checks{list: list, byFact: map[int][]int{}}
	for k, ch := range list {
		for _, f := range ch.Facts {
			if n := c.byFact[f]; len(n) == 0 || n[len(n)-1] != k {
				c.byFact[f] = append(n, k)
			}
		}
	}
	return c
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

// isOpen reports whether check k has a figure without a verdict.
func (c checks) isOpen(fig figures, rev review, k int) bool {
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
// by every figure named (the sidebar looks a row up by its lead figure); a
// ⚠ takes the place of another part's mark on that row. into may be nil.
func (c checks) notes(fig figures, into map[int]rowNote) map[int]rowNote {
	if len(c.list) == 0 {
		return into
	}
	out := into
	if out == nil {
		out = make(map[int]rowNote, len(c.byFact)*2)
	}
	for f := range c.byFact {
		out[f] = rowNote{mark: "⚠"}
		if p := fig.items.Partner(f); p >= 0 {
			out[p] = rowNote{mark: "⚠"}
		}
	}
	return out
}

// lines are what the detail box adds for the row of fact i: each check
// concerning it, with its status.
func (c checks) lines(fig figures, rev review, i int) []string {
	if i < 0 {
		return nil
	}
	var out []string
	for _, k := range c.of(fig, i) {
		ch := c.list[k]
		status := "open"
		if !c.isOpen(fig, rev, k) {
			status = "closed"
		}
		what := "check"
		if ch.Kind.Weak() {
			what = "check this"
		}
		out = append(out, fmt.Sprintf("⚠ %s (%s, %s): %s", what, ch.Kind, status, ch.Message))
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
func (c checks) step(fig figures, from, dir int) (k, fact int) {
	n := len(c.list)
	if n == 0 {
		return -1, -1
	}
	cur := -1
	if ks := c.of(fig, max(from, 0)); from >= 0 && len(ks) > 0 {
		cur = ks[0]
		if dir < 0 {
			cur = ks[len(ks)-1]
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
	m.checks = newChecks(msg.list)
	on := len(msg.list) > 0
	m.keys.NextCheck.SetEnabled(on)
	m.keys.PrevCheck.SetEnabled(on)
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
	m.status = fmt.Sprintf("check %d/%d", k+1, len(m.checks.list))
	if m.side.selected != i && m.side.selected != m.doc.fig.items.Partner(i) {
		m.status = "the check's figure is filtered out (t)"
	}
}
