package store

import (
	"encoding/json"
	"io"
	"time"

	"figs/model"
)

// jsonExport is the JSON export: the shape figs review export documents.
type jsonExport struct {
	Article  jsonArticle   `json:"article"`
	Figures  []jsonFigure  `json:"figures"`
	Summary  model.Summary `json:"summary"`            // review items, as the reader counts them, and every figure
	Orphaned []jsonFigure  `json:"orphaned,omitempty"` // marks that no longer match a figure; ID -1
	Checks   []jsonCheck   `json:"checks,omitempty"`   // the consistency checks, with the verdict on each
	History  *[]jsonChange `json:"history,omitempty"`  // with --history: every value a later save replaced, oldest first
}

// jsonChange is one replaced value; ID is the figure's, -1 when it is gone.
type jsonChange struct {
	ID    int    `json:"id"`
	Check bool   `json:"check,omitempty"` // a consistency check's own value; text is its message
	Text  string `json:"text"`
	Field string `json:"field"`
	Old   string `json:"old"`
	OldBy string `json:"old_reviewer"`
	OldAt string `json:"old_updated"`
	New   string `json:"new"`
	NewBy string `json:"new_reviewer"`
	NewAt string `json:"new_updated"`
}

// jsonCheck is one consistency check: what figs facts lists, and its
// review.
type jsonCheck struct {
	Kind     string `json:"kind"`
	Facts    []int  `json:"facts"` // figure IDs
	Message  string `json:"message"`
	Open     bool   `json:"open"` // no verdict on the check, nor on each of its figures
	Verdict  string `json:"verdict"`
	Note     string `json:"note"`
	Reviewer string `json:"reviewer"`
	Updated  string `json:"updated"` // RFC 3339 UTC; empty when never marked
}

type jsonArticle struct {
	Title  string `json:"title"`
	Source string `json:"source"`
	Hash   string `json:"hash"`
}

type jsonFigure struct {
	ID       int    `json:"id"`
	Text     string `json:"text"`
	Display  string `json:"display"`
	Kind     string `json:"kind"`
	Verdict  string `json:"verdict"`
	Note     string `json:"note"`
	Reviewer string `json:"reviewer"`
	Updated  string `json:"updated"` // RFC 3339 UTC; empty when never marked
}

func writeJSON(w io.Writer, r review) error {
	out := jsonExport{
		Article: jsonArticle{Title: r.article.Title, Source: r.article.Source, Hash: r.hash},
		Figures: make([]jsonFigure, 0, len(r.figures)),
		Summary: r.summary,
	}
	for _, f := range r.figures {
		out.Figures = append(out.Figures, jsonFigure{
			ID: f.fact.ID, Text: f.fact.Text, Display: f.fact.Display, Kind: string(f.fact.Kind),
			Verdict: string(f.mark.Verdict), Note: f.mark.Note, Reviewer: reviewerName(f.mark.Reviewer),
			Updated: updated(f.mark, time.RFC3339),
		})
	}
	for _, m := range r.orphans {
		out.Orphaned = append(out.Orphaned, jsonFigure{
			ID: -1, Text: m.Text, Verdict: string(m.Verdict), Note: m.Note,
			Reviewer: reviewerName(m.Reviewer), Updated: updated(m, time.RFC3339),
		})
	}
	for _, c := range r.checks {
		jc := jsonCheck{Kind: string(c.check.Kind), Facts: c.check.Facts, Message: c.check.Message, Open: c.open(),
			Verdict: string(c.mark.Verdict.Normal()), Note: c.mark.Note, Reviewer: reviewerName(c.mark.Reviewer)}
		if !c.mark.Updated.IsZero() {
			jc.Updated = c.mark.Updated.UTC().Format(time.RFC3339)
		}
		out.Checks = append(out.Checks, jc)
	}
	if r.withHistory {
		changes := make([]jsonChange, 0, len(r.history))
		for _, h := range r.history {
			changes = append(changes, jsonChange{
				ID: historyID(r, h), Check: h.Check, Text: h.Text, Field: h.Field,
				Old: h.Old, OldBy: reviewerName(h.OldBy), OldAt: h.OldAt.Format(time.RFC3339),
				New: h.New, NewBy: reviewerName(h.NewBy), NewAt: h.NewAt.Format(time.RFC3339),
			})
		}
		out.History = &changes
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// historyID is the figure ID of h in r, -1 when its figure is gone.
func historyID(r review, h HistoryEntry) int {
	if h.FactID < 0 || h.FactID >= len(r.figures) {
		return -1
	}
	return r.figures[h.FactID].fact.ID
}
