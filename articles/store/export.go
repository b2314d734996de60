package store

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"figs/model"
	"figs/model/check"
)

// Formats lists the export formats in the order help shows them.
func Formats() []string { return []string{"md", "json", "csv", "claimreview"} }

// HistoryFormats lists the export formats that can show the history.
func HistoryFormats() []string { return []string{"md", "json"} }

// ExportOptions say what Export writes.
type ExportOptions struct {
	Format  string // one of Formats
	History bool   // add every value a later save replaced (md and json only)
}

// Export writes the review of a, with the current marks attached to
// figs.Facts, to w as opts say.
func (s *Store) Export(ctx context.Context, a model.Article, figs model.Facts, opts ExportOptions, w io.Writer) error {
	if !slices.Contains(Formats(), opts.Format) {
		return unknownFormat(opts.Format)
	}
	if opts.History && !slices.Contains(HistoryFormats(), opts.Format) {
		return fmt.Errorf("export %s: the history is shown in %s only", opts.Format, strings.Join(HistoryFormats(), " and "))
	}
	r, err := s.review(ctx, a, figs)
	if err != nil {
		return err
	}
	if opts.History {
		if r.history, err = s.History(ctx, a, figs); err != nil {
			return err
		}
		r.withHistory = true
	}
	return writeExport(w, opts.Format, r)
}

// review loads the marks of a and of its checks.
func (s *Store) review(ctx context.Context, a model.Article, figs model.Facts) (review, error) {
	marks, err := s.Marks(ctx, a, figs)
	if err != nil {
		return review{}, err
	}
	r := newReview(a, figs, marks)
	if len(r.checks) > 0 {
		cms, err := s.CheckMarks(ctx, a)
		if err != nil {
			return review{}, err
		}
		takeCheckMarks(a, figs, r.checks, cms)
	}
	return r, nil
}

// WriteExport writes the review of a to w in format: its figures, the marks
// on them (as returned by Marks: FactID is the index in figs.Facts, -1 for
// orphans) and a summary. The summary counts review items as the reader
// does (see model.Progress), by figs.Comparisons.
func WriteExport(w io.Writer, format string, a model.Article, figs model.Facts, marks []model.Mark) error {
	if !slices.Contains(Formats(), format) {
		return unknownFormat(format)
	}
	return writeExport(w, format, newReview(a, figs, marks))
}

func writeExport(w io.Writer, format string, r review) error {
	var err error
	switch format {
	case "md":
		err = writeMarkdown(w, r)
	case "json":
		err = writeJSON(w, r)
	case "csv":
		err = writeCSV(w, r)
	case "claimreview":
		err = writeClaimReview(w, r)
	default:
		return unknownFormat(format)
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	return nil
}

func unknownFormat(format string) error {
	return fmt.Errorf("unknown export format %q (want %s)", format, strings.Join(Formats(), ", "))
}

// review is an article's figures paired with their marks, the common input
// of every export format.
type review struct {
	article model.Article
	hash    string
	figures []figureReview
	orphans []model.Mark
	summary model.Summary
	// history is every value replaced, when withHistory.
	history     []HistoryEntry
	withHistory bool
	// checks are the consistency checks of the article (model/check), with
	// the verdicts of the figures they name; the Markdown report lists them.
	checks []checkReview
}

// checkReview is one consistency check, the verdict of each figure it
// names, in the order of check.Facts, and the mark on the check itself.
type checkReview struct {
	check    model.Check
	verdicts []model.Verdict
	mark     model.CheckMark // Verdict "" when the check has none
}

// figureReview is one figure and its mark; an unmarked figure has a zero
// mark with Verdict Unchecked.
type figureReview struct {
	fact model.Fact
	mark model.Mark
}

// newReview pairs figs.Facts with marks; the summary counts review items,
// a comparison in figs.Comparisons being one.
func newReview(a model.Article, figs model.Facts, marks []model.Mark) review {
	facts := figs.Facts
	r := review{article: a, hash: model.ArticleHash(a), figures: make([]figureReview, len(facts))}
	for i, f := range facts {
		r.figures[i] = figureReview{fact: f, mark: model.Mark{FactID: i, Verdict: model.Unchecked}}
	}
	for _, m := range marks {
		if m.Verdict == "" {
			m.Verdict = model.Unchecked
		}
		if m.FactID < 0 || m.FactID >= len(facts) {
			r.orphans = append(r.orphans, m)
			continue
		}
		r.figures[m.FactID].mark = m
	}
	r.summary = model.Progress(facts, figs.Comparisons, marks)
	r.checks = reviewChecks(a, figs, marks)
	return r
}

// reviewChecks runs the consistency checks on figs and pairs each with the
// verdicts of its figures (a comparison's figures share one verdict).
func reviewChecks(a model.Article, figs model.Facts, marks []model.Mark) []checkReview {
	list := check.Article(a.Text, figs)
	if len(list) == 0 {
		return nil
	}
	var items model.Items
	items.Add(len(figs.Facts), figs.Comparisons)
	out := make([]checkReview, len(list))
	for k, c := range list {
		out[k].check = c
		for _, f := range c.Facts {
			v := model.Unchecked
			if f >= 0 && f < len(figs.Facts) {
				v = items.Verdict(f, marks)
			}
			out[k].verdicts = append(out[k].verdicts, v)
		}
	}
	return out
}

// takeCheckMarks puts each of cms on the check of rs, the checks of a, it
// attaches to (model.AttachChecks); marks of checks no longer raised are
// left out.
func takeCheckMarks(a model.Article, figs model.Facts, rs []checkReview, cms []model.CheckMark) {
	if len(rs) == 0 || len(cms) == 0 {
		return
	}
	list := make([]model.Check, len(rs))
	for k, c := range rs {
		list[k] = c.check
	}
	for _, m := range model.AttachChecks(cms, a.Text, figs.Facts, list) {
		if m.Check >= 0 {
			rs[m.Check].mark = m
		}
	}
}

// open reports whether the check is still to be looked at: it has no
// verdict of its own, and a figure it names has none either.
func (c checkReview) open() bool {
	if c.mark.Verdict.Normal() != model.Unchecked {
		return false
	}
	for _, v := range c.verdicts {
		if v.Normal() == model.Unchecked {
			return true
		}
	}
	return false
}

// progress is the one-line state of a review, as the reader's header says
// it: "5/12 checked, 1 disputed", counting review items.
func progress(s model.Summary) string {
	return fmt.Sprintf("%d/%d checked, %d disputed", s.Checked(), s.Items, s.Disputed)
}

// reviewerName is how exports name a reviewer: the name, and the key
// fingerprint when the mark was made over SSH.
func reviewerName(r model.Reviewer) string {
	if r.Fingerprint == "" {
		return r.Name
	}
	return r.Name + " (" + r.Fingerprint + ")"
}

// updated formats when a mark was made; unmarked figures have no time.
func updated(m model.Mark, layout string) string {
	if m.Updated.IsZero() {
		return ""
	}
	return m.Updated.UTC().Format(layout)
}
