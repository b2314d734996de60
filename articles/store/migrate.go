package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// migration brings the schema from version-1 to version.
type migration struct {
	version int
	sql     string
}

// migrations returns every schema change in order. Never edit a released
// one: add the next version instead (testdata/schema_v1.sql is version 1 as
// released).
func migrations() []migration {
	return []migration{
		{1, `
CREATE TABLE articles (
	id      INTEGER PRIMARY KEY,
	hash    TEXT NOT NULL UNIQUE,
	doc     TEXT NOT NULL,
	source  TEXT NOT NULL,
	title   TEXT NOT NULL,
	updated TEXT NOT NULL
);
CREATE INDEX articles_doc ON articles (doc);
CREATE TABLE marks (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	article_id INTEGER NOT NULL REFERENCES articles (id),
	fact_key   TEXT NOT NULL,
	fact_text  TEXT NOT NULL,
	verdict    TEXT NOT NULL CHECK (verdict IN ('unchecked', 'verified', 'disputed', 'unsure')),
	note       TEXT NOT NULL DEFAULT '',
	reviewer   TEXT NOT NULL,
	created    TEXT NOT NULL
);
CREATE TABLE positions (
	doc     TEXT PRIMARY KEY,
	hash    TEXT NOT NULL,
	pos     INTEGER NOT NULL,
	updated TEXT NOT NULL
);`},
		// Version 2 records the reviewer's SSH key, keeps a progress
		// snapshot per article version for figs review list, and indexes
		// the latest-mark lookups. Old articles get their counts from
		// their latest marks; their figure count is unknown (0).
		{2, `
ALTER TABLE marks ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
CREATE INDEX marks_article_key ON marks (article_id, fact_key, id);
ALTER TABLE articles ADD COLUMN figures  INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN verified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN disputed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN unsure   INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET
	verified = (SELECT count(*) FROM marks m WHERE m.article_id = articles.id AND m.verdict = 'verified'
		AND m.id = (SELECT max(id) FROM marks l WHERE l.article_id = m.article_id AND l.fact_key = m.fact_key)),
	disputed = (SELECT count(*) FROM marks m WHERE m.article_id = articles.id AND m.verdict = 'disputed'
		AND m.id = (SELECT max(id) FROM marks l WHERE l.article_id = m.article_id AND l.fact_key = m.fact_key)),
	unsure = (SELECT count(*) FROM marks m WHERE m.article_id = articles.id AND m.verdict = 'unsure'
		AND m.id = (SELECT max(id) FROM marks l WHERE l.article_id = m.article_id AND l.fact_key = m.fact_key));`},
		// Version 3 keeps a reading position per reviewer (name and key
		// fingerprint), so readers sharing a server do not move each
		// other. Older positions keep an empty reviewer: any reviewer
		// without a position of their own starts there.
		{3, `
CREATE TABLE positions_v3 (
	doc         TEXT NOT NULL,
	reviewer    TEXT NOT NULL,
	fingerprint TEXT NOT NULL,
	hash        TEXT NOT NULL,
	pos         INTEGER NOT NULL,
	updated     TEXT NOT NULL,
	PRIMARY KEY (doc, reviewer, fingerprint)
);
INSERT INTO positions_v3 (doc, reviewer, fingerprint, hash, pos, updated)
	SELECT doc, '', '', hash, pos, updated FROM positions;
DROP TABLE positions;
ALTER TABLE positions_v3 RENAME TO positions;`},
		// Version 4 counts progress by review items, as the reader does
		// (quantities only, a comparison once): verified, disputed and
		// unsure become item counts and items is the number of items.
		// Older snapshots counted figures: their item count is unknown
		// (-1) until the reader next loads the article's marks.
		{4, `
ALTER TABLE articles ADD COLUMN items INTEGER NOT NULL DEFAULT -1;`},
	}
}

// schemaVersion is the version this build writes.
func schemaVersion() int { ms := migrations(); return ms[len(ms)-1].version }

// migrate applies the missing migrations in one IMMEDIATE transaction, so
// processes opening a new file at once apply each migration exactly once.
func (s *Store) migrate(ctx context.Context) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
	version INTEGER PRIMARY KEY,
	applied TEXT NOT NULL
)`); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		var current int
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		if current > schemaVersion() {
			return fmt.Errorf("database schema version %d is newer than this figs understands (%d)", current, schemaVersion())
		}
		for _, m := range migrations() {
			if m.version <= current {
				continue
			}
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return fmt.Errorf("migrate to version %d: %w", m.version, err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied) VALUES (?, ?)`,
				m.version, formatTime(time.Now())); err != nil {
				return fmt.Errorf("migrate to version %d: %w", m.version, err)
			}
		}
		return nil
	})
}
