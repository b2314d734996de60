package store

import (
	"context"
	"time"
)

// engine is one database behind a Store: SQLite (a file) or PostgreSQL (a
// server). The review rules (merging a save with the latest mark, history,
// progress snapshots, attaching marks to figures) are written once, in
// Store, over the small SQL dialect both engines speak: placeholders are
// written "?" and the PostgreSQL engine numbers them; times are passed and
// scanned as time.Time and the SQLite engine stores them as text.
type engine interface {
	// kind names the engine in messages: "sqlite" or "postgres".
	kind() string
	// name is where the database is, as messages show it: the file's
	// path, or the URL without its password.
	name() string
	// reader runs single statements outside a transaction.
	reader() conn
	// write runs fn in one transaction and commits it. Writers with the
	// same lock key (an article's document key, or "" for none) are
	// serialised, so a save reads the latest marks no other save is
	// about to replace.
	write(ctx context.Context, lock string, fn func(conn) error) error
	// announce tells the other stores on this database about ev, as part
	// of the transaction c: at once on commit (PostgreSQL NOTIFY) or by a
	// row in the changes table that their pollers read (SQLite).
	announce(ctx context.Context, c conn, ev event) error
	// listen delivers the announced events to h until ctx ends, and tells
	// h when the database goes down and comes back.
	listen(ctx context.Context, h *hub)
	// connectTimeout bounds the store's own background checks.
	connectTimeout() time.Duration
	// ping checks that the database answers.
	ping(ctx context.Context) error
	close() error
}

// conn is what the review rules need of a database handle or transaction.
type conn interface {
	query(ctx context.Context, q string, args ...any) (rows, error)
	queryRow(ctx context.Context, q string, args ...any) row
	exec(ctx context.Context, q string, args ...any) (int64, error)
}

// rows is a result being read, as database/sql and pgx both have it.
type rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// row is a result of at most one row.
type row interface {
	Scan(dest ...any) error
}
