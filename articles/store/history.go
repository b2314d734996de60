package store

import (
	"context"
	"fmt"
	"time"

	"figs/model"
)

// HistoryEntry is one value a save replaced: a verdict or a note that
// someone set and a later save (last write wins) changed.
type HistoryEntry struct {
	FactID int    // index in the figures the history was attached to, -1 if the figure is gone (or Check)
	Text   string // the figure's text when it was marked; a check's message
	Check  bool   // the value was a consistency check's own (see SaveCheckMark)
	Field  string // "verdict" or "note"
	Old    string
	OldBy  model.Reviewer
	OldAt  time.Time
	New    string
	NewBy  model.Reviewer
	NewAt  time.Time
}

// History returns every value replaced on the figures of a, oldest
// first, attached to figs.Facts as marks are (FactID -1 for a figure no
// longer in the text).
func (s *Store) History(ctx context.Context, a model.Article, figs model.Facts) ([]HistoryEntry, error) {
	ctx, cancel := s.op(ctx)
	defer cancel()
	key, alias := docKeys(a, model.ArticleHash(a))
	rs, err := s.eng.reader().query(ctx, `
SELECT h.fact_key, h.fact_text, h.field, h.old_value, h.old_by, h.old_fp, h.old_at, h.new_value, h.new_by, h.new_fp, h.new_at
FROM mark_history h JOIN articles a ON a.id = h.article_id
WHERE a.doc IN (?, ?) ORDER BY h.id`, key, alias)
	if err != nil {
		return nil, fmt.Errorf("history of %s: %w", a.Source, err)
	}
	defer rs.Close()
	var out []HistoryEntry
	var keys []string
	for rs.Next() {
		var e HistoryEntry
		var key string
		if err := rs.Scan(&key, &e.Text, &e.Field, &e.Old, &e.OldBy.Name, &e.OldBy.Fingerprint, &e.OldAt,
			&e.New, &e.NewBy.Name, &e.NewBy.Fingerprint, &e.NewAt); err != nil {
			return nil, fmt.Errorf("history of %s: %w", a.Source, err)
		}
		e.OldAt, e.NewAt = e.OldAt.UTC(), e.NewAt.UTC()
		out = append(out, e)
		keys = append(keys, key)
	}
	if err := rs.Err(); err != nil {
		return nil, fmt.Errorf("history of %s: %w", a.Source, err)
	}
	// Attach each figure key once, as a mark would be: Attach gives each
	// figure at most one mark.
	index := map[string]int{}
	var probes []model.Mark
	for i, k := range keys {
		if model.IsCheckKey(k) {
			out[i].Check = true
			continue
		}
		if _, ok := index[k]; !ok {
			index[k] = len(probes)
			probes = append(probes, model.Mark{Key: k, Text: out[i].Text, FactID: -1})
		}
	}
	attached := model.Attach(probes, a.Text, figs.Facts)
	for i, k := range keys {
		out[i].FactID = -1
		if !out[i].Check {
			out[i].FactID = attached[index[k]].FactID
		}
	}
	return out, nil
}
