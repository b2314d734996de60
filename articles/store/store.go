// Package store keeps review marks and reading positions in a SQLite file.
//
// One *Store is safe for concurrent use, and several processes may open the
// same file: the database runs in WAL mode with a busy timeout, and every
// write is one IMMEDIATE transaction, so writers queue instead of failing or
// overwriting each other. Marks are written with synchronous=FULL: in WAL
// mode that syncs the log on every commit, so a mark survives a crash or a
// power cut as soon as SaveMark returns (NORMAL would only guarantee that
// the file is not corrupted, and may lose the last commits).
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

// Store is the review store: marks, their history, and reading positions.
type Store struct {
	db   *sql.DB
	path string
	// writeMu queues this process's writers before SQLite does, so they
	// wait on a mutex instead of spinning in SQLite's busy handler.
	writeMu sync.Mutex
}

// Open opens the store at path, creating the file and its directory (0700)
// when missing, and brings its schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
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
	s := &Store{db: db, path: abs}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
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

// Path is the absolute path of the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	return nil
}

// write runs fn in one IMMEDIATE transaction and commits it.
func (s *Store) write(ctx context.Context, fn func(*sql.Tx) error) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
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
