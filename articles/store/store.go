// Package store keeps review marks, their history, reading positions and
// who is reading what, in a SQLite file (one person, one host) or on a
// PostgreSQL server (a desk of reviewers on several hosts).
//
// One *Store is safe for concurrent use, and several processes or hosts may
// open the same database. The review rules live here once; an engine
// (sqlite.go, postgres.go) runs them on its database. A save returns only
// once the database has committed it durably.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// Defaults of Config.
const (
	// DefaultPresenceTTL is how long a reviewer stays present on an
	// article without a heartbeat: a host killed outright disappears
	// from the others' screens after at most this long.
	DefaultPresenceTTL = 15 * time.Second
	// DefaultPoll is how often the SQLite engine looks for changes made
	// by other processes.
	DefaultPoll = 100 * time.Millisecond
	// DefaultConnectTimeout bounds connecting to PostgreSQL when the URL
	// sets no connect_timeout.
	DefaultConnectTimeout = 5 * time.Second
	// DefaultOpTimeout bounds one PostgreSQL operation, so a server that
	// stops answering gives an error instead of a hang.
	DefaultOpTimeout = 15 * time.Second
)

// Config says which database to open and how.
type Config struct {
	// DB is a file path (SQLite) or a postgres:// or postgresql:// URL.
	DB string
	// ReportDir is where WriteReport puts reports it cannot write beside
	// the article. Empty means the folder of the SQLite file; a
	// PostgreSQL store without one writes reports beside the article
	// only.
	ReportDir string
	// PresenceTTL, Poll, ConnectTimeout and OpTimeout default to the
	// Default constants when zero.
	PresenceTTL    time.Duration
	Poll           time.Duration
	ConnectTimeout time.Duration
	OpTimeout      time.Duration
}

// Store is the review store: marks, their history, reading positions and
// presence.
type Store struct {
	eng       engine
	reportDir string
	opTimeout time.Duration
	hub       *hub
}

// IsURL reports whether db names a database server rather than a file:
// anything of the form scheme://..., which is never taken for a path.
func IsURL(db string) bool {
	i := strings.Index(db, "://")
	if i <= 0 {
		return false
	}
	for _, r := range db[:i] {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '+' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// isPostgresURL reports whether db is a postgres:// or postgresql:// URL.
func isPostgresURL(db string) bool {
	l := strings.ToLower(db)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}

// Open opens the store at db, a file path or a PostgreSQL URL, with the
// default settings.
func Open(ctx context.Context, db string) (*Store, error) {
	return OpenConfig(ctx, Config{DB: db})
}

// OpenConfig opens the store cfg names and brings its schema up to date. A
// path is a SQLite file, created with its directory (0700) when missing. A
// postgres:// URL is connected to at once, within cfg.ConnectTimeout: a
// server that is down or refuses the login is an error, never a fallback
// to a file. Any other URL is refused.
func OpenConfig(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.PresenceTTL <= 0 {
		cfg.PresenceTTL = DefaultPresenceTTL
	}
	if cfg.Poll <= 0 {
		cfg.Poll = DefaultPoll
	}
	if cfg.ConnectTimeout <= 0 {
		cfg.ConnectTimeout = DefaultConnectTimeout
	}
	if cfg.OpTimeout <= 0 {
		cfg.OpTimeout = DefaultOpTimeout
	}
	s := &Store{reportDir: cfg.ReportDir}
	switch {
	case isPostgresURL(cfg.DB):
		e, err := openPostgres(ctx, cfg.DB, cfg.ConnectTimeout)
		if err != nil {
			return nil, err
		}
		s.eng, s.opTimeout = e, cfg.OpTimeout
	case IsURL(cfg.DB):
		scheme, _, _ := strings.Cut(cfg.DB, "://")
		return nil, fmt.Errorf("open store: unsupported database URL scheme %q: want a postgres:// or postgresql:// URL, or a file path", scheme)
	default:
		e, err := openSQLite(ctx, cfg.DB, cfg.Poll)
		if err != nil {
			return nil, err
		}
		s.eng = e
		if s.reportDir == "" {
			s.reportDir = dirOf(e.path)
		}
	}
	s.hub = newHub(s, cfg.PresenceTTL)
	return s, nil
}

// Engine names the database engine: "sqlite" or "postgres".
func (s *Store) Engine() string { return s.eng.kind() }

// Path is the absolute path of a SQLite store's file, or a PostgreSQL
// store's URL without its password.
func (s *Store) Path() string { return s.eng.name() }

// Close leaves every presence this store holds and closes the database.
func (s *Store) Close() error {
	s.hub.close()
	if err := s.eng.close(); err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	return nil
}

// op bounds one operation on a database server.
func (s *Store) op(ctx context.Context) (context.Context, context.CancelFunc) {
	if s.opTimeout <= 0 {
		return ctx, func() {}
	}
	return context.WithTimeout(ctx, s.opTimeout)
}

// isNoRows reports a query's "no such row", whichever engine ran it (pgx's
// ErrNoRows is also sql.ErrNoRows).
func isNoRows(err error) bool { return errors.Is(err, sql.ErrNoRows) }

func dirOf(path string) string { return filepath.Dir(path) }
