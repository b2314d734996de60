package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"figs/model"
)

// querier is what reads need of a *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// docKey groups the versions of one article: marks made on an earlier
// version of the same source re-attach to the current one. A local path is
// made absolute, so "a.txt", "./a.txt" and "/home/x/a.txt" are one article.
// Standard input has no stable name, so there only the exact text counts.
func docKey(a model.Article, hash string) string {
	switch {
	case a.Source == "" || a.Source == "-":
		return "hash:" + hash
	case a.Source == "default" || strings.Contains(a.Source, "://"):
		return "src:" + a.Source
	}
	if abs, err := filepath.Abs(a.Source); err == nil {
		return "src:" + abs
	}
	return "src:" + a.Source
}

// docKeys are the keys to look a up by: its docKey, and the source as
// given, which databases from schema version 1 stored.
func docKeys(a model.Article, hash string) (string, string) {
	key := docKey(a, hash)
	if strings.HasPrefix(key, "hash:") {
		return key, key
	}
	return key, "src:" + a.Source
}

// Marks returns the latest mark of each figure of a, attached to
// figs.Facts (Mark.FactID is the index in figs.Facts, -1 for an orphaned
// mark). Marks made on earlier versions of the same source are included and
// re-attached. Marks implements tui.Store.
func (s *Store) Marks(ctx context.Context, a model.Article, figs model.Facts) ([]model.Mark, error) {
	hash := model.ArticleHash(a)
	marks, err := latestMarks(ctx, s.db, a, hash)
	if err != nil {
		return nil, fmt.Errorf("marks of %s: %w", a.Source, err)
	}
	attached := model.Attach(marks, a.Text, figs.Facts)
	// figs review list shows a snapshot of the progress (the store keeps no
	// article text): bring it up to date with the marks just read. A failed
	// refresh leaves the older snapshot, and the marks are still good.
	_ = s.refreshProgress(ctx, a, hash, figs, attached)
	return attached, nil
}

// refreshProgress rewrites the progress snapshot of the version hash of a,
// when it has one and it differs from what marks say now.
func (s *Store) refreshProgress(ctx context.Context, a model.Article, hash string, figs model.Facts, marks []model.Mark) error {
	var id int64
	var old snapshot
	err := s.db.QueryRowContext(ctx, `SELECT id, figures, items, verified, disputed, unsure, orphaned FROM articles WHERE hash = ?`, hash).
		Scan(&id, &old.sum.Figures, &old.sum.Items, &old.sum.Verified, &old.sum.Disputed, &old.sum.Unsure, &old.orphaned)
	if err != nil {
		return err // sql.ErrNoRows: never marked, nothing to refresh
	}
	if newSnapshot(figs, marks) == old {
		return nil
	}
	// Count again from the marks inside the write, so a save that came
	// in since they were read is not undone.
	return s.write(ctx, func(tx *sql.Tx) error {
		current, err := latestMarks(ctx, tx, a, hash)
		if err != nil {
			return err
		}
		return updateProgress(ctx, tx, id, newSnapshot(figs, model.Attach(current, a.Text, figs.Facts)))
	})
}

// latestMarks returns the latest row of every figure key of the versions
// of a, oldest first, leaving out figures whose latest row clears them.
func latestMarks(ctx context.Context, q querier, a model.Article, hash string) ([]model.Mark, error) {
	key, alias := docKeys(a, hash)
	rows, err := q.QueryContext(ctx, `
SELECT m.fact_key, m.fact_text, m.verdict, m.note, m.reviewer, m.fingerprint, m.created
FROM marks m
WHERE m.id IN (
	SELECT max(m2.id) FROM marks m2 JOIN articles a2 ON a2.id = m2.article_id
	WHERE a2.doc IN (?, ?) GROUP BY m2.fact_key)
ORDER BY m.id`, key, alias)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Mark
	for rows.Next() {
		var m model.Mark
		var created string
		if err := rows.Scan(&m.Key, &m.Text, &m.Verdict, &m.Note, &m.Reviewer.Name, &m.Reviewer.Fingerprint, &created); err != nil {
			return nil, err
		}
		if cleared(m) {
			continue
		}
		m.FactID = -1
		m.Updated = parseTime(created)
		out = append(out, m)
	}
	return out, rows.Err()
}

// cleared reports whether m says "no mark on this figure".
func cleared(m model.Mark) bool { return m.Verdict == model.Unchecked && m.Note == "" }

func validVerdict(v model.Verdict) bool {
	switch v {
	case model.Unchecked, model.Verified, model.Disputed, model.Unsure:
		return true
	}
	return false
}

// SaveMark records m on figs.Facts[m.FactID] of a as a new history row and
// returns once the row is durable. Only the fields in m.Set change: the
// others are taken from the figure's latest mark inside the same
// transaction, so a note from one reviewer keeps another's newer verdict.
// A mark that ends with Verdict Unchecked (or empty) and no note clears the
// figure. A zero m.Updated means now. SaveMark implements tui.Store.
func (s *Store) SaveMark(ctx context.Context, a model.Article, figs model.Facts, m model.Mark) error {
	facts := figs.Facts
	if m.FactID < 0 || m.FactID >= len(facts) {
		noun := "figures"
		if len(facts) == 1 {
			noun = "figure"
		}
		return fmt.Errorf("save mark: figure %d out of range (%d %s)", m.FactID, len(facts), noun)
	}
	if m.Verdict == "" {
		m.Verdict = model.Unchecked
	}
	if !validVerdict(m.Verdict) {
		return fmt.Errorf("save mark: unknown verdict %q", m.Verdict)
	}
	if m.Updated.IsZero() {
		m.Updated = time.Now()
	}
	m.Updated = m.Updated.UTC()
	m.Key = model.FigureKeys(a.Text, facts)[m.FactID]
	m.Text = facts[m.FactID].Text
	hash := model.ArticleHash(a)
	doc := docKey(a, hash)

	err := s.write(ctx, func(tx *sql.Tx) error {
		articleID, err := upsertArticle(ctx, tx, a, hash, doc, len(facts), m.Updated)
		if err != nil {
			return err
		}
		current, err := latestMarks(ctx, tx, a, hash)
		if err != nil {
			return err
		}
		var kept []model.Mark
		// Without a latest mark the figure is unmarked: a field the save
		// does not set is empty, not what the reviewer's screen showed.
		merged := merge(m, model.Mark{Verdict: model.Unchecked})
		for _, old := range model.Attach(current, a.Text, facts) {
			if old.FactID != m.FactID {
				kept = append(kept, old)
				continue
			}
			merged = merge(m, old) // oldest first: the latest wins
			// The figure's previous mark was stored under another key
			// (an earlier version of the text): clear that key too, or
			// it would re-attach here after this mark is cleared.
			if old.Key != m.Key {
				tomb := model.Mark{Key: old.Key, Text: old.Text, Verdict: model.Unchecked, Reviewer: m.Reviewer, Updated: m.Updated}
				if err := insertMark(ctx, tx, articleID, tomb); err != nil {
					return err
				}
			}
		}
		m = merged
		if err := insertMark(ctx, tx, articleID, m); err != nil {
			return err
		}
		if !cleared(m) {
			kept = append(kept, m)
		}
		return updateProgress(ctx, tx, articleID, newSnapshot(figs, kept))
	})
	if err != nil {
		return fmt.Errorf("save mark on %s: %w", a.Source, err)
	}
	return nil
}

// merge is m with the fields it does not set taken from old, the figure's
// latest mark.
func merge(m, old model.Mark) model.Mark {
	if !m.Set.Has(model.MarkVerdict) {
		m.Verdict = old.Verdict
	}
	if !m.Set.Has(model.MarkNote) {
		m.Note = old.Note
	}
	return m
}

func upsertArticle(ctx context.Context, tx *sql.Tx, a model.Article, hash, doc string, figures int, now time.Time) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `
INSERT INTO articles (hash, doc, source, title, updated, figures) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (hash) DO UPDATE SET doc = excluded.doc, title = excluded.title, updated = excluded.updated,
	figures = excluded.figures
RETURNING id`, hash, doc, a.Source, a.Title, formatTime(now), figures).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("record article: %w", err)
	}
	return id, nil
}

func insertMark(ctx context.Context, tx *sql.Tx, articleID int64, m model.Mark) error {
	_, err := tx.ExecContext(ctx, `
INSERT INTO marks (article_id, fact_key, fact_text, verdict, note, reviewer, fingerprint, created)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		articleID, m.Key, m.Text, string(m.Verdict), m.Note, m.Reviewer.Name, m.Reviewer.Fingerprint, formatTime(m.Updated))
	if err != nil {
		return fmt.Errorf("record mark: %w", err)
	}
	return nil
}

// snapshot is the progress figs review list shows for one article
// version: review items by verdict (Unchecked is not stored) and the
// marks that no longer match a figure.
type snapshot struct {
	sum      model.Summary
	orphaned int
}

// newSnapshot counts marks, attached to figs.Facts (or orphaned, FactID
// -1), by the review items of figs.
func newSnapshot(figs model.Facts, marks []model.Mark) snapshot {
	sn := snapshot{sum: model.Progress(figs.Facts, figs.Comparisons, marks)}
	sn.sum.Unchecked = 0
	for _, m := range marks {
		if m.FactID < 0 || m.FactID >= len(figs.Facts) {
			sn.orphaned++
		}
	}
	return sn
}

// updateProgress stores the snapshot figs review list shows.
func updateProgress(ctx context.Context, tx *sql.Tx, articleID int64, sn snapshot) error {
	p := sn.sum
	_, err := tx.ExecContext(ctx, `UPDATE articles SET figures = ?, items = ?, verified = ?, disputed = ?, unsure = ?, orphaned = ? WHERE id = ?`,
		p.Figures, p.Items, p.Verified, p.Disputed, p.Unsure, sn.orphaned, articleID)
	if err != nil {
		return fmt.Errorf("record progress: %w", err)
	}
	return nil
}
