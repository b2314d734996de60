package store

import (
	"context"
	"fmt"
	"time"
)

// ArticleProgress is one reviewed article in figs review list: its latest
// reviewed version and the state of its marks when last saved or loaded by
// the reader. It counts review items as the reader's header does (see
// model.Progress): quantities only, a comparison once.
type ArticleProgress struct {
	Title     string `json:"title"`
	Source    string `json:"source"`
	Hash      string `json:"hash"`
	Items     int    `json:"items"`   // review items; 0 if unknown (Figures 0)
	Figures   int    `json:"figures"` // every figure found, dates and ordinals too; 0 if unknown
	Verified  int    `json:"verified"`
	Disputed  int    `json:"disputed"`
	Unsure    int    `json:"unsure"`
	Unchecked int    `json:"unchecked"` // items without a verdict
	Orphaned  int    `json:"orphaned"`  // marks that no longer match a figure
	// Checks are the consistency checks the version raises, ChecksOpen
	// those without a verdict of their own whose figures are not all
	// reviewed; both -1 when unknown (not saved since figs counted them).
	Checks     int       `json:"checks"`
	ChecksOpen int       `json:"checks_open"`
	Updated    time.Time `json:"updated"`
}

// Checked is the number of items with a verdict.
func (p ArticleProgress) Checked() int { return p.Verified + p.Disputed + p.Unsure }

// List returns the articles with reviews, most recently reviewed first, one
// entry per source (its latest reviewed version).
func (s *Store) List(ctx context.Context) ([]ArticleProgress, error) {
	ctx, cancel := s.op(ctx)
	defer cancel()
	rows, err := s.eng.reader().query(ctx, `
SELECT a.title, a.source, a.hash, a.items, a.figures, a.verified, a.disputed, a.unsure, a.orphaned, a.checks, a.checks_open, a.updated
FROM articles a
WHERE a.id = (SELECT a2.id FROM articles a2 WHERE a2.doc = a.doc ORDER BY a2.updated DESC, a2.id DESC LIMIT 1)
ORDER BY a.updated DESC, a.id DESC`)
	if err != nil {
		return nil, fmt.Errorf("list reviews: %w", err)
	}
	defer rows.Close()
	var out []ArticleProgress
	for rows.Next() {
		var p ArticleProgress
		if err := rows.Scan(&p.Title, &p.Source, &p.Hash, &p.Items, &p.Figures, &p.Verified, &p.Disputed, &p.Unsure, &p.Orphaned, &p.Checks, &p.ChecksOpen, &p.Updated); err != nil {
			return nil, fmt.Errorf("list reviews: %w", err)
		}
		p.Updated = p.Updated.UTC()
		if p.Items < 0 {
			// counted by figures, before items were: unknown until the
			// reader next loads the article's marks
			p.Items, p.Figures = 0, 0
		}
		p.Unchecked = max(0, p.Items-p.Checked())
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list reviews: %w", err)
	}
	return out, nil
}
