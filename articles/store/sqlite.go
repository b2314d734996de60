package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sync"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// busyTimeout is how long a write waits for another writer before failing.
// It is long because many processes may queue behind one slow disk sync.
const busyTimeout = 30 * time.Second

// timeFormat stores times as fixed-width UTC text, so they sort as text.
const timeFormat = "2006-01-02T15:04:05.000000000Z"

// sqliteEngine keeps the store in one file. Several processes may open the
// same file: the database runs in WAL mode with a busy timeout, and every
// write is one IMMEDIATE transaction, so writers queue instead of failing
// or overwriting each other. Marks are written with synchronous=FULL: in
// WAL mode that syncs the log on every commit, so a mark survives a crash
// or a power cut as soon as SaveMark returns.
type sqliteEngine struct {
	db   *sql.DB
	path string
	// writeMu queues this process's writers before SQLite does, so they
	// wait on a mutex instead of spinning in SQLite's busy handler.
	writeMu sync.Mutex
	poll    time.Duration
}

// openSQLite opens the file at path, creating it and its directory (0700)
// when missing, and brings its schema up to date.
func openSQLite(ctx context.Context, path string, poll time.Duration) (*sqliteEngine, error) {
	if path == "" {
		return nil, errors.New("open store: empty path")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(abs), 0o700); err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	if fi, err := os.Stat(abs); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("open store %s: is a directory", path)
	}
	db, err := sql.Open("sqlite", dsn(abs))
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	e := &sqliteEngine{db: db, path: abs, poll: poll}
	if err := migrate(ctx, e, sqliteMigrations(), sqliteMigrationsTable); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return e, nil
}

// dsn is the modernc.org/sqlite data source for the file at abs. The file:
// URI form escapes any '?' or '#' in the path.
func dsn(abs string) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(FULL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Set("_txlock", "immediate")
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: q.Encode()}
	return u.String()
}

func (e *sqliteEngine) kind() string { return "sqlite" }
func (e *sqliteEngine) name() string { return e.path }
func (e *sqliteEngine) reader() conn { return sqliteConn{e.db} }

func (e *sqliteEngine) close() error { return e.db.Close() }

func (e *sqliteEngine) ping(ctx context.Context) error {
	var one int
	return e.db.QueryRowContext(ctx, `SELECT 1 FROM schema_migrations LIMIT 1`).Scan(&one)
}

// write runs fn in one IMMEDIATE transaction: SQLite has one writer at a
// time, so the lock key is not needed.
func (e *sqliteEngine) write(ctx context.Context, _ string, fn func(conn) error) error {
	e.writeMu.Lock()
	defer e.writeMu.Unlock()
	tx, err := e.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(sqliteConn{tx}); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// sqlQuerier is what sqliteConn needs of a *sql.DB or a *sql.Tx.
type sqlQuerier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// sqliteConn runs the common SQL on SQLite: time.Time arguments become
// fixed-width UTC text, and *time.Time destinations are parsed from it.
type sqliteConn struct{ q sqlQuerier }

func (c sqliteConn) query(ctx context.Context, q string, args ...any) (rows, error) {
	r, err := c.q.QueryContext(ctx, q, sqliteArgs(args)...)
	if err != nil {
		return nil, err
	}
	return sqliteRows{r}, nil
}

func (c sqliteConn) queryRow(ctx context.Context, q string, args ...any) row {
	return sqliteRow{c.q.QueryRowContext(ctx, q, sqliteArgs(args)...)}
}

func (c sqliteConn) exec(ctx context.Context, q string, args ...any) (int64, error) {
	res, err := c.q.ExecContext(ctx, q, sqliteArgs(args)...)
	if err != nil {
		return 0, err
	}
	n, _ := res.RowsAffected()
	return n, nil
}

func sqliteArgs(args []any) []any {
	for i, a := range args {
		if t, ok := a.(time.Time); ok {
			args[i] = formatTime(t)
		}
	}
	return args
}

type sqliteRows struct{ *sql.Rows }

func (r sqliteRows) Close() { _ = r.Rows.Close() }

func (r sqliteRows) Scan(dest ...any) error { return scanTimes(r.Rows.Scan, dest) }

type sqliteRow struct{ *sql.Row }

func (r sqliteRow) Scan(dest ...any) error { return scanTimes(r.Row.Scan, dest) }

// scanTimes scans with scan, reading *time.Time destinations as text.
func scanTimes(scan func(...any) error, dest []any) error {
	var times []*time.Time
	var texts []*string
	for i, d := range dest {
		if t, ok := d.(*time.Time); ok {
			s := new(string)
			dest[i] = s
			times, texts = append(times, t), append(texts, s)
		}
	}
	if err := scan(dest...); err != nil {
		return err
	}
	for i, t := range times {
		*t = parseTime(*texts[i])
	}
	return nil
}

func formatTime(t time.Time) string { return t.UTC().Format(timeFormat) }

func parseTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t.UTC()
}
