package tui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"figs/model"
)

// position remembers the reading position: once the text has rested for
// delay after a scroll, and on quit, so a session that ends without q (a
// closed SSH connection) still reopens where it was read.
type position struct {
	ctx      context.Context
	store    Store
	reviewer model.Reviewer
	delay    time.Duration // 0 never saves on a timer
	seq      int           // bumped on every scroll, to save only the last position
	saved    int           // the position last saved, or -1
}

func newPosition(ctx context.Context, st Store, r model.Reviewer) position {
	return position{ctx: ctx, store: st, reviewer: r, delay: 2 * time.Second, saved: -1}
}

// reset forgets the position saved for the article before.
func (m *position) reset() { m.saved = -1 }

// scrolled starts the timer after a scroll of the open article.
func (m *position) scrolled(doc document) tea.Cmd {
	if m.store == nil || !doc.loaded() || m.delay <= 0 {
		return nil
	}
	m.seq++
	gen, seq := doc.gen, m.seq
	return tea.Tick(m.delay, func(time.Time) tea.Msg { return positionTickMsg{gen: gen, seq: seq} })
}

// tick saves off when msg is the timer of the last scroll and off is new.
func (m *position) tick(doc document, msg positionTickMsg, off int) tea.Cmd {
	if msg.gen != doc.gen || msg.seq != m.seq || off == m.saved || m.store == nil {
		return nil
	}
	m.saved = off
	return savePositionCmd(m.ctx, m.store, doc.article, m.reviewer, off)
}

// saveCmd saves off for the open article now (on quit, or before another
// article opens); nil without a store or an article.
func (m position) saveCmd(doc document, off int) tea.Cmd {
	if m.store == nil || !doc.loaded() {
		return nil
	}
	return savePositionCmd(m.ctx, m.store, doc.article, m.reviewer, off)
}

// loadCmd reads the remembered position of the open article.
func (m position) loadCmd(doc document) tea.Cmd {
	return loadPositionCmd(m.ctx, m.store, doc.gen, doc.article, m.reviewer)
}
