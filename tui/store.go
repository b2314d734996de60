package tui

import (
	"context"

	"figs/model"
)

// Store is what the reader needs of the review store. cmd passes the SQLite
// store; a nil Store means a reader without persistence.
type Store interface {
	// Marks returns the latest mark of each figure of a, attached to
	// figs.Facts: Mark.FactID is the index in figs.Facts, or -1 for an
	// orphaned mark. figs are the figures and comparisons the reader found,
	// which the store counts review progress by.
	Marks(ctx context.Context, a model.Article, figs model.Facts) ([]model.Mark, error)
	// SaveMark records m on figs.Facts[m.FactID]; it returns once the write is
	// durable. Only the fields in m.Set change; the others stay as the
	// figure's latest mark has them, whoever made it. A mark that ends with
	// Verdict Unchecked and no note clears the figure.
	SaveMark(ctx context.Context, a model.Article, figs model.Facts, m model.Mark) error
	// CheckMarks returns the latest mark on each consistency check of a
	// and its earlier versions, with Check -1: model.AttachChecks ties
	// them to the article's current checks.
	CheckMarks(ctx context.Context, a model.Article) ([]model.CheckMark, error)
	// SaveCheckMark records m on checks[m.Check], the checks of a whose
	// figures are figs, and returns the check's mark as stored once the
	// write is durable. Fields are kept and replaced as SaveMark does.
	SaveCheckMark(ctx context.Context, a model.Article, figs model.Facts, checks []model.Check, m model.CheckMark) (model.CheckMark, error)
	// Position returns r's remembered reading position in a, a byte offset
	// into a.Text, and whether one was remembered. Each reviewer has their
	// own, so readers sharing a store do not move each other.
	Position(ctx context.Context, a model.Article, r model.Reviewer) (int, bool, error)
	// SavePosition remembers r's reading position in a.
	SavePosition(ctx context.Context, a model.Article, r model.Reviewer, offset int) error
	// WriteReport writes the review report of a, whose figures and
	// comparisons are figs, and returns its path.
	WriteReport(ctx context.Context, a model.Article, figs model.Facts) (string, error)
}

// Library is a collection of articles the reader can list and open: a folder
// given on the command line, the server's library, or the embedded one.
type Library interface {
	// Entries lists the articles of the library, sorted for display.
	Entries(ctx context.Context) ([]model.ArticleInfo, error)
	// Open loads the article called name; names that leave the library are refused.
	Open(ctx context.Context, name string) (model.Article, error)
}
