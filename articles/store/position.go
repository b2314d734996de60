package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	"figs/model"
)

// Position returns the remembered reading position of a, a byte offset into
// a.Text on a rune boundary, and whether one was remembered. A position
// saved on an earlier version of the same source is reused, clamped to the
// current text. Position implements tui.Store.
func (s *Store) Position(ctx context.Context, a model.Article) (int, bool, error) {
	var pos int
	key, alias := docKeys(a, model.ArticleHash(a))
	err := s.db.QueryRowContext(ctx, `SELECT pos FROM positions WHERE doc IN (?, ?) ORDER BY updated DESC LIMIT 1`,
		key, alias).Scan(&pos)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("position in %s: %w", a.Source, err)
	}
	return clampOffset(a.Text, pos), true, nil
}

// SavePosition remembers the reading position of a. SavePosition implements
// tui.Store.
func (s *Store) SavePosition(ctx context.Context, a model.Article, offset int) error {
	hash := model.ArticleHash(a)
	offset = clampOffset(a.Text, offset)
	err := s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `
INSERT INTO positions (doc, hash, pos, updated) VALUES (?, ?, ?, ?)
ON CONFLICT (doc) DO UPDATE SET hash = excluded.hash, pos = excluded.pos, updated = excluded.updated`,
			docKey(a, hash), hash, offset, formatTime(time.Now()))
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
