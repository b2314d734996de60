-- A figs review database as schema version 1 wrote it, with a few marks.
-- TestMigrateFromV1 opens a copy and checks that migration keeps them.
CREATE TABLE schema_migrations (
	version INTEGER PRIMARY KEY,
	applied TEXT NOT NULL
);
INSERT INTO schema_migrations VALUES (1, '2026-01-02T10:00:00.000000000Z');

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
);

INSERT INTO articles VALUES (1, 'c0ffee', 'src:bridge.txt', 'bridge.txt', 'The bridge', '2026-01-02T10:05:00.000000000Z');
INSERT INTO marks (article_id, fact_key, fact_text, verdict, note, reviewer, created) VALUES
	(1, '12 km|the bridge is|long', '12 km', 'unsure', 'ask the council', 'ana', '2026-01-02T10:01:00.000000000Z'),
	(1, '12 km|the bridge is|long', '12 km', 'verified', 'council map', 'ana', '2026-01-02T10:02:00.000000000Z'),
	(1, '35 million euros|it cost|', '35 million euros', 'disputed', 'budget says 38', 'ben', '2026-01-02T10:03:00.000000000Z'),
	(1, '4 years|took|', '4 years', 'verified', '', 'ben', '2026-01-02T10:04:00.000000000Z'),
	(1, '4 years|took|', '4 years', 'unchecked', '', 'ben', '2026-01-02T10:05:00.000000000Z');
INSERT INTO positions VALUES ('src:bridge.txt', 'c0ffee', 42, '2026-01-02T10:05:00.000000000Z');
