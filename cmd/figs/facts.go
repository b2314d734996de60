package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"figs/articles"
	"figs/model"
	"figs/model/check"
	"figs/model/extract"
)

// factsDoc is what figs facts --json prints for one source.
type factsDoc struct {
	Source      string             `json:"source"`
	Title       string             `json:"title"`
	Lang        string             `json:"lang"`
	Facts       []model.Fact       `json:"facts"`
	Comparisons []model.Comparison `json:"comparisons"`
	Checks      []model.Check      `json:"checks"` // figures that contradict each other
}

func newFactsCmd(e env, g *globalFlags) *cobra.Command {
	var asJSON, asJSONL bool
	cmd := &cobra.Command{
		Use:   "facts [--json | --jsonl] [SOURCE ...]",
		Short: "List the figures of articles",
		Long: "facts prints every figure found in each SOURCE (a file, or - for standard input; " +
			"the default article when none is given): as an aligned table, as one JSON document " +
			"(--json) or as one JSON object per line and source (--jsonl). Figures of one article " +
			"that contradict each other (a stated change its values do not give, parts above " +
			"their whole, shares above 100%, ...) are listed as checks after them.",
		RunE: func(cmd *cobra.Command, args []string) error {
			if asJSON && asJSONL {
				return fmt.Errorf("facts: --json and --jsonl exclude each other")
			}
			switch g.lang {
			case "", "auto", "de", "en":
			default:
				return fmt.Errorf("facts: unknown language %q (want auto, de or en)", g.lang)
			}
			mode := "table"
			if asJSON {
				mode = "json"
			} else if asJSONL {
				mode = "jsonl"
			}
			return runFacts(cmd.Context(), e, g, mode, args)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON document")
	cmd.Flags().BoolVar(&asJSONL, "jsonl", false, "print one JSON object per source and line")
	return cmd
}

// runFacts extracts and prints the figures of every source. A source that
// fails is reported on stderr as one line; the others still run, and the
// command then fails.
func runFacts(ctx context.Context, e env, g *globalFlags, mode string, sources []string) error {
	failed := false
	var docs []factsDoc
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	load := func(src string) (model.Article, error) {
		if src == "" {
			return articles.Default()
		}
		return articles.Load(ctx, src, articles.Options{MaxSize: g.maxSize, Stdin: e.stdin})
	}
	if len(sources) == 0 {
		sources = []string{""}
	}
	for i, src := range sources {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := load(src)
		if err != nil {
			name := src
			if name == "" {
				name = articles.DefaultSource
			}
			msg := oneLine(err.Error())
			if !strings.Contains(msg, name) {
				msg = name + ": " + msg
			}
			fmt.Fprintf(e.stderr, "figs: %s\n", msg)
			failed = true
			continue
		}
		fs := extract.Article(a, g.lang)
		doc := factsDoc{Source: a.Source, Title: a.Title, Lang: fs.Lang, Facts: fs.Facts, Comparisons: fs.Comparisons, Checks: check.Article(a.Text, fs)}
		if doc.Facts == nil {
			doc.Facts = []model.Fact{}
		}
		if doc.Comparisons == nil {
			doc.Comparisons = []model.Comparison{}
		}
		if doc.Checks == nil {
			doc.Checks = []model.Check{}
		}
		switch mode {
		case "jsonl":
			if err := enc.Encode(doc); err != nil {
				return fmt.Errorf("write: %w", err)
			}
		case "json":
			docs = append(docs, doc)
		default:
			if i > 0 {
				fmt.Fprintln(e.stdout)
			}
			if err := writeFactsTable(e.stdout, a.Text, doc); err != nil {
				return fmt.Errorf("write: %w", err)
			}
		}
	}
	if mode == "json" {
		var err error
		switch len(docs) {
		case 0:
		case 1:
			err = enc.Encode(docs[0])
		default:
			err = enc.Encode(docs)
		}
		if err != nil {
			return fmt.Errorf("write: %w", err)
		}
	}
	if failed {
		return errSilent
	}
	return nil
}

// writeFactsTable prints one source's figures as an aligned table:
// line:col, kind, figure, label; then its comparisons and its checks.
func writeFactsTable(w io.Writer, text string, doc factsDoc) error {
	title := doc.Title
	if utf8.RuneCountInString(title) > 70 {
		title = string([]rune(title)[:69]) + "…"
	}
	counts := model.FormatCount(len(doc.Facts), "figure", "figures")
	if len(doc.Checks) > 0 {
		counts += ", " + model.FormatCount(len(doc.Checks), "check", "checks")
	}
	fmt.Fprintf(w, "%s (%s, %s)\n", doc.Source, doc.Lang, counts)
	if title != "" {
		fmt.Fprintf(w, "%s\n", title)
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	pos := newLineIndex(text)
	fmt.Fprintln(tw, "AT\tKIND\tFIGURE\tLABEL")
	for _, f := range doc.Facts {
		line, col := pos.at(f.Start)
		fmt.Fprintf(tw, "%d:%d\t%s\t%s\t%s\n", line, col, f.Kind, cell(f.Display), cell(f.Label))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, c := range doc.Comparisons {
		fmt.Fprintf(w, "compare #%d with #%d: %s\n", c.A, c.B, cell(c.Display))
	}
	for _, c := range doc.Checks {
		ids := make([]string, len(c.Facts))
		for i, id := range c.Facts {
			ids[i] = fmt.Sprintf("#%d", id)
		}
		at := ""
		if len(c.Facts) > 0 && c.Facts[0] >= 0 && c.Facts[0] < len(doc.Facts) {
			line, col := pos.at(doc.Facts[c.Facts[0]].Start)
			at = fmt.Sprintf(" at %d:%d", line, col)
		}
		fmt.Fprintf(w, "check %s %s%s: %s\n", c.Kind, strings.Join(ids, " "), at, cell(c.Message))
	}
	return nil
}

// cell keeps a table cell on one line and free of tabs.
func cell(s string) string {
	if s == "" {
		return "-"
	}
	return strings.Join(strings.Fields(s), " ")
}

// lineIndex turns byte offsets into 1-based line and column (in runes).
type lineIndex struct {
	text   string
	starts []int
}

func newLineIndex(text string) lineIndex {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return lineIndex{text: text, starts: starts}
}

func (li lineIndex) at(off int) (int, int) {
	lo, hi := 0, len(li.starts)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if li.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	off = min(off, len(li.text))
	return lo + 1, utf8.RuneCountInString(li.text[li.starts[lo]:off]) + 1
}
