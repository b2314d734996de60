package store

import (
	"context"
	"fmt"
	"time"
)

// migration brings the schema from version-1 to version.
type migration struct {
	version int
	sql     string
}

// sqliteMigrationsTable records the versions applied to a SQLite file.
const sqliteMigrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version INTEGER PRIMARY KEY,
	applied TEXT NOT NULL
)`

// sqliteMigrations returns every schema change of the SQLite engine in
// order. Never edit a released one: add the next version instead
// (testdata/schema_v1.sql is version 1 as released).
func sqliteMigrations() []migration {
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
		// Version 5 is the team version. Each mark says who set its
		// verdict and who wrote its note, and when (a save of one field
		// carries the other's author along). mark_history keeps every
		// value a save replaced. presence says who has an article open,
		// and changes is the sequence other processes poll for marks
		// and presence changed.
		{5, `
ALTER TABLE marks ADD COLUMN verdict_by TEXT NOT NULL DEFAULT '';
ALTER TABLE marks ADD COLUMN verdict_fp TEXT NOT NULL DEFAULT '';
ALTER TABLE marks ADD COLUMN verdict_at TEXT NOT NULL DEFAULT '';
ALTER TABLE marks ADD COLUMN note_by    TEXT NOT NULL DEFAULT '';
ALTER TABLE marks ADD COLUMN note_fp    TEXT NOT NULL DEFAULT '';
ALTER TABLE marks ADD COLUMN note_at    TEXT NOT NULL DEFAULT '';
UPDATE marks SET verdict_by = reviewer, verdict_fp = fingerprint, verdict_at = created,
	note_by = reviewer, note_fp = fingerprint, note_at = created;
CREATE TABLE mark_history (
	id         INTEGER PRIMARY KEY AUTOINCREMENT,
	article_id INTEGER NOT NULL REFERENCES articles (id),
	fact_key   TEXT NOT NULL,
	fact_text  TEXT NOT NULL,
	field      TEXT NOT NULL CHECK (field IN ('verdict', 'note')),
	old_value  TEXT NOT NULL,
	old_by     TEXT NOT NULL,
	old_fp     TEXT NOT NULL,
	old_at     TEXT NOT NULL,
	new_value  TEXT NOT NULL,
	new_by     TEXT NOT NULL,
	new_fp     TEXT NOT NULL,
	new_at     TEXT NOT NULL
);
CREATE INDEX mark_history_article ON mark_history (article_id, id);
CREATE TABLE presence (
	session     TEXT PRIMARY KEY,
	doc         TEXT NOT NULL,
	hash        TEXT NOT NULL,
	reviewer    TEXT NOT NULL,
	fingerprint TEXT NOT NULL,
	figure      INTEGER NOT NULL,
	fact_key    TEXT NOT NULL,
	joined      TEXT NOT NULL,
	seen        TEXT NOT NULL,
	expires     TEXT NOT NULL
);
CREATE INDEX presence_doc ON presence (doc, expires);
CREATE TABLE changes (
	seq         INTEGER PRIMARY KEY AUTOINCREMENT,
	tag         TEXT NOT NULL,
	kind        TEXT NOT NULL,
	reviewer    TEXT NOT NULL,
	fingerprint TEXT NOT NULL,
	fact_key    TEXT NOT NULL,
	created     TEXT NOT NULL
);
CREATE INDEX changes_created ON changes (created);`},
		// Version 6 keeps reviewers' verdicts and notes on consistency
		// checks as a whole, by the check's key (its kind and the keys of
		// its figures, model.CheckKeys), with who set each field and when,
		// as marks have them.
		{6, `
CREATE TABLE check_marks (
	id          INTEGER PRIMARY KEY AUTOINCREMENT,
	article_id  INTEGER NOT NULL REFERENCES articles (id),
	check_key   TEXT NOT NULL,
	kind        TEXT NOT NULL,
	message     TEXT NOT NULL,
	verdict     TEXT NOT NULL CHECK (verdict IN ('unchecked', 'verified', 'disputed', 'unsure')),
	note        TEXT NOT NULL DEFAULT '',
	reviewer    TEXT NOT NULL,
	fingerprint TEXT NOT NULL DEFAULT '',
	created     TEXT NOT NULL,
	verdict_by  TEXT NOT NULL,
	verdict_fp  TEXT NOT NULL,
	verdict_at  TEXT NOT NULL,
	note_by     TEXT NOT NULL,
	note_fp     TEXT NOT NULL,
	note_at     TEXT NOT NULL
);
CREATE INDEX check_marks_article_key ON check_marks (article_id, check_key, id);`},
		// Version 7 keeps in the progress snapshot how many consistency
		// checks the version raises and how many are open; -1 until a
		// save counts them.
		{7, `
ALTER TABLE articles ADD COLUMN checks      INTEGER NOT NULL DEFAULT -1;
ALTER TABLE articles ADD COLUMN checks_open INTEGER NOT NULL DEFAULT -1;`},
	}
}

// migrationLock is the write lock key migrations take: on PostgreSQL an
// advisory lock, so hosts starting at once against an empty database
// apply each migration exactly once.
const migrationLock = "figs:migrate" // document keys start with "src:" or "hash:"

// latestVersion is the last version of ms.
func latestVersion(ms []migration) int { return ms[len(ms)-1].version }

// migrate applies the missing migrations of ms in one transaction, under
// the migration lock (SQLite: the one writer; PostgreSQL: an advisory
// lock taken first thing in the transaction), after creating the table
// of applied versions with table.
func migrate(ctx context.Context, e engine, ms []migration, table string) error {
	return e.write(ctx, migrationLock, func(c conn) error {
		if _, err := c.exec(ctx, table); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		var current int
		if err := c.queryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		if current > latestVersion(ms) {
			return fmt.Errorf("database schema version %d is newer than this figs understands (%d)", current, latestVersion(ms))
		}
		for _, m := range ms {
			if m.version <= current {
				continue
			}
			if _, err := c.exec(ctx, m.sql); err != nil {
				return fmt.Errorf("migrate to version %d: %w", m.version, err)
			}
			if _, err := c.exec(ctx, `INSERT INTO schema_migrations (version, applied) VALUES (?, ?)`,
				m.version, time.Now()); err != nil {
				return fmt.Errorf("migrate to version %d: %w", m.version, err)
			}
		}
		return nil
	})
}
