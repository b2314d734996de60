package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"figs/articles/store"
	"figs/model"
	"figs/model/extract"
)

func newReviewCmd(e env, g *globalFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "review",
		Short: "Export or list the verdicts and notes kept on figures",
		Long: "figs review works on the review database (--db, else $FIGS_DB, else " +
			"$XDG_DATA_HOME/figs/figs.db; a file path or a postgres:// URL): export prints the review of one article, " +
			"list shows every reviewed article and its progress.",
		Args: cobra.NoArgs,
	}
	cmd.AddCommand(newReviewExportCmd(e, g), newReviewListCmd(e, g))
	return cmd
}

func newReviewExportCmd(e env, g *globalFlags) *cobra.Command {
	var format string
	var history bool
	cmd := &cobra.Command{
		Use:   "export [SOURCE]",
		Short: "Print the review of an article (default: the built-in article)",
		Long: "export loads SOURCE like figs facts, finds its figures, attaches the marks kept " +
			"for it (marks whose figure is gone are listed as orphaned) and prints the review as " +
			"Markdown, JSON, CSV or schema.org ClaimReview JSON-LD (one per figure with a verdict). " +
			"Each figure names the reviewer who gave its verdict; --history adds every verdict and note " +
			"a later save replaced (last write wins), with who set it and when.",
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(store.Formats(), format) {
				return fmt.Errorf("--format %q: want one of %s", format, strings.Join(store.Formats(), ", "))
			}
			if history && !slices.Contains(store.HistoryFormats(), format) {
				return fmt.Errorf("--history: the history is shown in %s only, not %s", strings.Join(store.HistoryFormats(), " and "), format)
			}
			a, err := loadSource(cmd.Context(), e, *g, args)
			if err != nil {
				return err
			}
			s, err := openStore(cmd.Context(), *g)
			if err != nil {
				return err
			}
			defer s.Close()
			opts := store.ExportOptions{Format: format, History: history}
			return s.Export(cmd.Context(), a, reviewFacts(a, g.lang), opts, e.stdout)
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "md", "output format: "+strings.Join(store.Formats(), ", "))
	cmd.Flags().BoolVar(&history, "history", false,
		"also show every verdict and note a later save replaced, who set it and when ("+strings.Join(store.HistoryFormats(), " and ")+" only)")
	return cmd
}

// reviewFacts finds the figures of a and their comparisons the way figs
// facts and the reader do, so marks attach to the same figures and progress
// counts the same review items.
func reviewFacts(a model.Article, lang string) model.Facts {
	return extract.Article(a, lang)
}

func newReviewListCmd(e env, g *globalFlags) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the reviewed articles and their progress",
		Long: "list shows each reviewed article's progress as the reader's header counts it: " +
			"checked review items out of all, where an item is a figure that measures something " +
			"(dates and ordinals are not reviewed) and a comparison of two figures is one item. " +
			"The counts are those of the last save, or of the last time the reader opened the article.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path, err := dbPath(g.db, os.Getenv, os.UserHomeDir)
			if err != nil {
				return err
			}
			if !store.IsURL(path) && dbMissing(path) {
				// Listing only reads: no database is no reviews, and
				// nothing is created.
				if asJSON {
					return writeListJSON(e.stdout, nil)
				}
				fmt.Fprintf(e.stdout, "no reviews yet (no database at %s)\n", absPath(path))
				return nil
			}
			s, err := openStore(cmd.Context(), *g)
			if err != nil {
				return err
			}
			defer s.Close()
			list, err := s.List(cmd.Context())
			if err != nil {
				return err
			}
			if asJSON {
				return writeListJSON(e.stdout, list)
			}
			if len(list) == 0 {
				fmt.Fprintf(e.stdout, "no reviews yet in %s\n", s.Path())
				return nil
			}
			tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "PROGRESS\tVERIFIED\tDISPUTED\tUNSURE\tORPHANED\tCHECKS\tUPDATED\tTITLE\tSOURCE\tHASH")
			for _, p := range list {
				fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%s\t%s\t%s\t%s\t%s\n",
					reviewProgress(p), p.Verified, p.Disputed, p.Unsure, p.Orphaned, reviewChecks(p),
					p.Updated.UTC().Format(time.DateTime), oneLine(p.Title), oneLine(p.Source), p.Hash[:min(12, len(p.Hash))])
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array instead of a table")
	return cmd
}

// dbMissing reports that no file or directory is at path; any other error
// is left for opening the store to report.
func dbMissing(path string) bool {
	_, err := os.Stat(path)
	return errors.Is(err, fs.ErrNotExist)
}

// absPath is path made absolute where it can be, as the store names it.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// writeListJSON prints the reviewed articles as a JSON array ([] when none).
func writeListJSON(w io.Writer, list []store.ArticleProgress) error {
	if list == nil {
		list = []store.ArticleProgress{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(list); err != nil {
		return fmt.Errorf("list: %w", err)
	}
	return nil
}

// reviewChecks is the consistency checks' column: "1/2 open", "0/2 open",
// "-" when the article raises none, "?" when not counted yet (no save
// since figs counted checks).
func reviewChecks(p store.ArticleProgress) string {
	switch {
	case p.Checks < 0:
		return "?"
	case p.Checks == 0:
		return "-"
	}
	return fmt.Sprintf("%d/%d open", p.ChecksOpen, p.Checks)
}

// reviewProgress is "checked/items", counted as the reader's header counts
// them (quantities only, a comparison once), or only the checked count
// when the number of items is unknown (reviews from an old database that
// the reader has not opened since).
func reviewProgress(p store.ArticleProgress) string {
	if p.Figures == 0 {
		return fmt.Sprintf("%d/?", p.Checked())
	}
	return fmt.Sprintf("%d/%d", p.Checked(), p.Items)
}
