package main

import (
	"strings"

	"github.com/spf13/cobra"
)

// globalFlags are the flags every subcommand understands.
type globalFlags struct {
	db      string // --db PATH or URL, else $FIGS_DB, else the data dir
	lang    string // --lang auto|de|en
	maxSize int64  // --max-size bytes
}

func (g *globalFlags) register(root *cobra.Command) {
	pf := root.PersistentFlags()
	pf.StringVar(&g.db, "db", "", "review database: a SQLite file or a postgres:// URL (default $FIGS_DB or $XDG_DATA_HOME/figs/figs.db)")
	pf.StringVar(&g.lang, "lang", "auto", "article language: auto, de or en")
	pf.Int64Var(&g.maxSize, "max-size", 32<<20, "refuse articles larger than this many bytes")
}

// oneLine folds an error message onto a single line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
