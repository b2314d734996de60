package tui

import (
	"context"
	"fmt"
	"slices"

	tea "charm.land/bubbletea/v2"

	"figs/model"
)

// saveMarkCmd stores the fields mk.Set of mk; markSavedMsg arrives only
// once the write is durable, with the figure's mark as now stored: the store
// merged the change with other reviewers' latest mark, which the screen may
// not have shown. A save the store did not take comes back as
// markFailedMsg, for the reader to keep and try again.
func saveMarkCmd(ctx context.Context, st Store, gen int, a model.Article, figs model.Facts, mk model.Mark) tea.Cmd {
	return func() tea.Msg {
		if err := st.SaveMark(ctx, a, figs, mk); err != nil {
			return markFailedMsg{gen: gen, mark: mk, err: err}
		}
		saved := markSavedMsg{gen: gen, set: mk.Set, sent: mk.Updated}
		marks, err := st.Marks(ctx, a, figs)
		if err != nil {
			// committed all the same: show the edit as saved
			saved.mark = mk
			saved.mark.Set = 0
			return saved
		}
		saved.mark = storedMark(marks, mk)
		return saved
	}
}

// storedMark is the mark of figure mk.FactID in marks, or an unchecked one
// when the save cleared it.
func storedMark(marks []model.Mark, mk model.Mark) model.Mark {
	for _, got := range marks {
		if got.FactID == mk.FactID {
			return got
		}
	}
	return model.Mark{FactID: mk.FactID, Text: mk.Text, Verdict: model.Unchecked, Reviewer: mk.Reviewer, Updated: mk.Updated}
}

// loadPositionCmd reads r's remembered reading position in a.
func loadPositionCmd(ctx context.Context, st Store, gen int, a model.Article, r model.Reviewer) tea.Cmd {
	if st == nil || a.Text == "" {
		return nil
	}
	return func() tea.Msg {
		off, ok, err := st.Position(ctx, a, r)
		if err != nil {
			return errMsg{fmt.Errorf("load position: %w", err)}
		}
		return positionMsg{gen: gen, offset: off, ok: ok}
	}
}

// savePositionCmd remembers r's reading position in a.
func savePositionCmd(ctx context.Context, st Store, a model.Article, r model.Reviewer, off int) tea.Cmd {
	return func() tea.Msg {
		if err := st.SavePosition(ctx, a, r, off); err != nil {
			return errMsg{fmt.Errorf("save position: %w", err)}
		}
		return positionSavedMsg{}
	}
}

// writeReportCmd writes the review report of a.
func writeReportCmd(ctx context.Context, st Store, a model.Article, figs model.Facts) tea.Cmd {
	return func() tea.Msg {
		path, err := st.WriteReport(ctx, a, figs)
		if err != nil {
			return errMsg{fmt.Errorf("write report: %w", err)}
		}
		return reportMsg{path: path}
	}
}

// loadEntriesCmd lists the articles of lib.
func loadEntriesCmd(ctx context.Context, lib Library) tea.Cmd {
	if lib == nil {
		return nil
	}
	return func() tea.Msg {
		entries, err := lib.Entries(ctx)
		if err != nil {
			return errMsg{fmt.Errorf("list library: %w", err)}
		}
		return entriesMsg{entries: entries}
	}
}

// openArticleCmd loads the article called name from lib.
func openArticleCmd(ctx context.Context, lib Library, name string) tea.Cmd {
	return func() tea.Msg {
		a, err := lib.Open(ctx, name)
		if err != nil {
			return errMsg{fmt.Errorf("open %s: %w", name, err)}
		}
		return articleMsg{article: a}
	}
}

// wrapRestCmd lays out the blocks of a long article after its top, which
// was laid out for the first frame.
func (m App) wrapRestCmd() tea.Cmd {
	if m.pane.complete() || m.pane.lines == nil {
		return nil
	}
	gen, text, blocks, from, width := m.doc.gen, m.pane.text, m.pane.blocks, m.pane.wrapped, m.pane.textW
	facts, factsTo := slices.Clip(m.doc.fig.facts), m.doc.fig.nextBlk
	return func() tea.Msg {
		lines := wrapRange(text, blocks, from, len(blocks), width, facts)
		return linesMsg{gen: gen, width: width, from: from, factsTo: factsTo, lines: lines}
	}
}
