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

// The SQLite store is what the reader and the server keep marks in.
var _ tui.Store = (*store.Store)(nil)

// dbPath resolves the review database: --db, else $FIGS_DB, else
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

// openStore opens the review store named by the flags and environment,
// creating it (and its directory, mode 0700) when missing.
func openStore(ctx context.Context, g globalFlags) (*store.Store, error) {
	path, err := dbPath(g.db, os.Getenv, os.UserHomeDir)
	if err != nil {
		return nil, err
	}
	s, err := store.Open(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("review database: %w", err)
	}
	return s, nil
}
