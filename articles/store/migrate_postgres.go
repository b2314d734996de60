package store

// postgresMigrationsTable records the versions applied to a PostgreSQL
// database.
const postgresMigrationsTable = `CREATE TABLE IF NOT EXISTS schema_migrations (
	version integer PRIMARY KEY,
	applied timestamptz NOT NULL
)`

// postgresMigrations returns every schema change of the PostgreSQL engine
// in order. Its versions are its own: version 1 is the schema SQLite
// reached at its version 5. Never edit a released one: add the next.
func postgresMigrations() []migration {
	return []migration{
		{1, `
CREATE TABLE articles (
	id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	hash     text NOT NULL UNIQUE,
	doc      text NOT NULL,
	source   text NOT NULL,
	title    text NOT NULL,
	updated  timestamptz NOT NULL,
	figures  integer NOT NULL DEFAULT 0,
	items    integer NOT NULL DEFAULT -1,
	verified integer NOT NULL DEFAULT 0,
	disputed integer NOT NULL DEFAULT 0,
	unsure   integer NOT NULL DEFAULT 0,
	orphaned integer NOT NULL DEFAULT 0
);
CREATE INDEX articles_doc ON articles (doc);
CREATE TABLE marks (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id  bigint NOT NULL REFERENCES articles (id),
	fact_key    text NOT NULL,
	fact_text   text NOT NULL,
	verdict     text NOT NULL CHECK (verdict IN ('unchecked', 'verified', 'disputed', 'unsure')),
	note        text NOT NULL DEFAULT '',
	reviewer    text NOT NULL,
	fingerprint text NOT NULL DEFAULT '',
	created     timestamptz NOT NULL,
	verdict_by  text NOT NULL DEFAULT '',
	verdict_fp  text NOT NULL DEFAULT '',
	verdict_at  timestamptz NOT NULL,
	note_by     text NOT NULL DEFAULT '',
	note_fp     text NOT NULL DEFAULT '',
	note_at     timestamptz NOT NULL
);
CREATE INDEX marks_article_key ON marks (article_id, fact_key, id);
CREATE TABLE mark_history (
	id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id bigint NOT NULL REFERENCES articles (id),
	fact_key   text NOT NULL,
	fact_text  text NOT NULL,
	field      text NOT NULL CHECK (field IN ('verdict', 'note')),
	old_value  text NOT NULL,
	old_by     text NOT NULL,
	old_fp     text NOT NULL,
	old_at     timestamptz NOT NULL,
	new_value  text NOT NULL,
	new_by     text NOT NULL,
	new_fp     text NOT NULL,
	new_at     timestamptz NOT NULL
);
CREATE INDEX mark_history_article ON mark_history (article_id, id);
CREATE TABLE positions (
	doc         text NOT NULL,
	reviewer    text NOT NULL,
	fingerprint text NOT NULL,
	hash        text NOT NULL,
	pos         integer NOT NULL,
	updated     timestamptz NOT NULL,
	PRIMARY KEY (doc, reviewer, fingerprint)
);
CREATE TABLE presence (
	session     text PRIMARY KEY,
	doc         text NOT NULL,
	hash        text NOT NULL,
	reviewer    text NOT NULL,
	fingerprint text NOT NULL,
	figure      integer NOT NULL,
	fact_key    text NOT NULL,
	joined      timestamptz NOT NULL,
	seen        timestamptz NOT NULL,
	expires     timestamptz NOT NULL
);
CREATE INDEX presence_doc ON presence (doc, expires);`},
		// Version 2 keeps reviewers' verdicts and notes on consistency
		// checks (SQLite's version 6).
		{2, `
CREATE TABLE check_marks (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id  bigint NOT NULL REFERENCES articles (id),
	check_key   text NOT NULL,
	kind        text NOT NULL,
	message     text NOT NULL,
	verdict     text NOT NULL CHECK (verdict IN ('unchecked', 'verified', 'disputed', 'unsure')),
	note        text NOT NULL DEFAULT '',
	reviewer    text NOT NULL,
	fingerprint text NOT NULL DEFAULT '',
	created     timestamptz NOT NULL,
	verdict_by  text NOT NULL,
	verdict_fp  text NOT NULL,
	verdict_at  timestamptz NOT NULL,
	note_by     text NOT NULL,
	note_fp     text NOT NULL,
	note_at     timestamptz NOT NULL
);
CREATE INDEX check_marks_article_key ON check_marks (article_id, check_key, id);`},
		// Version 3: the checks raised and open in the progress snapshot
		// (SQLite's version 7).
		{3, `
ALTER TABLE articles ADD COLUMN checks      integer NOT NULL DEFAULT -1;
ALTER TABLE articles ADD COLUMN checks_open integer NOT NULL DEFAULT -1;`},
	}
}
