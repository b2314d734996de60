package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"figs/articles/store"
	"figs/tui"
)

// The store is what the reader and the server keep marks in, on SQLite or
// PostgreSQL; it offers the reader live changes and presence too.
var (
	_ tui.Store     = (*store.Store)(nil)
	_ tui.LiveStore = (*store.Store)(nil)
)

// dbPath resolves the review database, a file path or a postgres:// URL:
// --db, else $FIGS_DB, else
// $XDG_DATA_HOME/figs/figs.db (when absolute, as the XDG spec requires),
// else ~/.local/share/figs/figs.db.
func dbPath(flag string, getenv func(string) string, home func() (string, error)) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if p := getenv("FIGS_DB"); p != "" {
		return p, nil
	}
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "figs", "figs.db"), nil
	}
	h, err := home()
	if err != nil {
		return "", fmt.Errorf("find the review database: %w (set --db or FIGS_DB)", err)
	}
	if h == "" {
		return "", errors.New("find the review database: no home directory (set --db or FIGS_DB)")
	}
	return filepath.Join(h, ".local", "share", "figs", "figs.db"), nil
}

// openStore opens the review store named by the flags and environment: a
// SQLite file, created (with its directory, mode 0700) when missing, or a
// PostgreSQL server, connected to at once. A URL is never taken for a
// path: a server that cannot be reached is an error, not a new file.
// Reports that cannot go beside their article go beside a SQLite file,
// or into the data directory for a server.
func openStore(ctx context.Context, g globalFlags) (*store.Store, error) {
	db, err := dbPath(g.db, os.Getenv, os.UserHomeDir)
	if err != nil {
		return nil, err
	}
	cfg := store.Config{DB: db}
	if store.IsURL(db) {
		cfg.ReportDir, _ = serveDataDir()
	}
	s, err := store.OpenConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("review database: %w", err)
	}
	return s, nil
}

// storeOpener prepares the reader's store at db: a database server is
// connected to now, so that a wrong URL, a server that is down or a
// refused password stops figs with one line before the reader starts; a
// file is checked now (checkDB) and opened when first used.
func storeOpener(ctx context.Context, g globalFlags, db string) (func() (*store.Store, error), error) {
	if !store.IsURL(db) {
		if err := checkDB(db); err != nil {
			return nil, err
		}
		return func() (*store.Store, error) { return openStore(ctx, g) }, nil
	}
	s, err := openStore(ctx, g)
	if err != nil {
		return nil, err
	}
	return func() (*store.Store, error) { return s, nil }, nil
}
