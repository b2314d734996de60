package store

import (
	"context"
	"fmt"
	"time"
	"unicode/utf8"

	"figs/model"
)

// Position returns r's remembered reading position in a, a byte offset
// into a.Text on a rune boundary, and whether one was remembered. Without a
// position of r's own, one saved before positions were kept per reviewer is
// used. A position saved on an earlier version of the same source is
// reused, clamped to the current text. Position implements tui.Store.
func (s *Store) Position(ctx context.Context, a model.Article, r model.Reviewer) (int, bool, error) {
	var pos int
	key, alias := docKeys(a, model.ArticleHash(a))
	ctx, cancel := s.op(ctx)
	defer cancel()
	err := s.eng.reader().queryRow(ctx, `
SELECT pos FROM positions
WHERE doc IN (?, ?) AND ((reviewer = ? AND fingerprint = ?) OR (reviewer = '' AND fingerprint = ''))
ORDER BY (reviewer = ? AND fingerprint = ?) DESC, updated DESC LIMIT 1`,
		key, alias, r.Name, r.Fingerprint, r.Name, r.Fingerprint).Scan(&pos)
	if isNoRows(err) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("position in %s: %w", a.Source, err)
	}
	return clampOffset(a.Text, pos), true, nil
}

// SavePosition remembers r's reading position in a. SavePosition
// implements tui.Store.
func (s *Store) SavePosition(ctx context.Context, a model.Article, r model.Reviewer, offset int) error {
	hash := model.ArticleHash(a)
	offset = clampOffset(a.Text, offset)
	ctx, cancel := s.op(ctx)
	defer cancel()
	err := s.eng.write(ctx, "", func(c conn) error {
		_, err := c.exec(ctx, `
INSERT INTO positions (doc, reviewer, fingerprint, hash, pos, updated) VALUES (?, ?, ?, ?, ?, ?)
ON CONFLICT (doc, reviewer, fingerprint) DO UPDATE SET hash = excluded.hash, pos = excluded.pos, updated = excluded.updated`,
			docKey(a, hash), r.Name, r.Fingerprint, hash, offset, time.Now())
		return err
	})
	if err != nil {
		return fmt.Errorf("save position in %s: %w", a.Source, err)
	}
	return nil
}

// clampOffset puts offset inside text and on the start of a rune.
func clampOffset(text string, offset int) int {
	offset = max(0, min(offset, len(text)))
	for offset > 0 && offset < len(text) && !utf8.RuneStart(text[offset]) {
		offset--
	}
	return offset
}
