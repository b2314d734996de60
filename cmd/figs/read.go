package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/user"
	"path/filepath"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"figs/articles"
	"figs/articles/store"
	"figs/model"
	"figs/tui"
)

// runRead opens the reader on the source in args: the default article when
// there is none, the library picker when it is a folder.
func runRead(ctx context.Context, e env, g globalFlags, args []string) error {
	start := time.Now()
	// The renderer measures text with go-runewidth, which builds a table of
	// every rune on its first rune above U+02FF: a few milliseconds that
	// would delay the first frame. Build it now, while the article loads.
	go ansi.StringWidthWc("–")
	var tr *startTrace
	if path := os.Getenv("FIGS_START_TRACE"); path != "" {
		tr = &startTrace{path: path, start: start}
		defer tr.close()
	}
	opts := tui.Options{Lang: g.lang, Reviewer: localReviewer(), Context: ctx, Library: articles.Embedded()}
	folder, err := sourceFolder(e, g, args)
	if err != nil {
		return err
	}
	var art model.Article
	if folder != nil {
		opts.Library, opts.StartInLibrary = folder, true
	} else if art, err = loadSource(ctx, e, g, args); err != nil {
		return err
	}
	tr.mark("source loaded")
	path, err := dbPath(g.db, os.Getenv, os.UserHomeDir)
	if err != nil {
		return err
	}
	open, err := storeOpener(ctx, g, path)
	if err != nil {
		return err
	}
	tr.mark("database checked")
	st := &lazyStore{open: open}
	defer st.Close()
	opts.Store, opts.Live = st, st

	input, closeInput, err := readerInput(e, args)
	if err != nil {
		return err
	}
	defer closeInput()
	var reader tea.Model = tui.New(art, opts)
	if tr != nil {
		tr.mark("reader built")
		reader = tracedModel{Model: reader, tr: tr}
	}
	// the renderer draws on its ticks: at the most frames a second Bubble Tea
	// allows, a key's answer and the first frame wait least for one
	p := tea.NewProgram(reader, tea.WithContext(ctx), tea.WithInput(input), tea.WithOutput(e.stdout),
		tea.WithFPS(tui.FrameRate))
	if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrInterrupted) && !errors.Is(err, tea.ErrProgramKilled) {
		return fmt.Errorf("reader: %w", err)
	}
	return nil
}

// checkDB makes sure the review database at path can be opened for writing,
// with a few system calls and without SQLite: the store itself opens in the
// background so that the first frame does not wait for it, and a bad --db
// must stop figs with one line, not show up later in the status line. It
// creates the file and its directory when missing, as the store would, and
// checks that the directory takes SQLite's write-ahead log beside the file.
func checkDB(path string) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fmt.Errorf("review database: %w", err)
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return fmt.Errorf("review database: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("review database: %w", err)
	}
	probe, err := os.CreateTemp(dir, ".figs-probe-*")
	if err != nil {
		return fmt.Errorf("review database: directory %s is not writable: %w", dir, err)
	}
	name := probe.Name()
	_ = probe.Close()
	_ = os.Remove(name)
	return nil
}

// readerInput is where the reader takes its keys from: stdin, or the
// terminal itself when the article was read from stdin.
func readerInput(e env, args []string) (io.Reader, func(), error) {
	if len(args) == 0 || args[0] != "-" {
		return e.stdin, func() {}, nil
	}
	tty, err := os.Open("/dev/tty")
	if err != nil {
		return nil, nil, fmt.Errorf("read keys from the terminal: %w", err)
	}
	return tty, func() { _ = tty.Close() }, nil
}

// localReviewer names the person at this terminal.
func localReviewer() model.Reviewer {
	if u, err := user.Current(); err == nil {
		return model.Reviewer{Name: u.Username}
	}
	return model.Reviewer{Name: "local"}
}

// lazyStore opens the review store on first use, which is in one of the
// reader's commands, so the first frame does not wait for the database.
type lazyStore struct {
	once sync.Once
	open func() (*store.Store, error)
	st   *store.Store
	err  error
}

var _ tui.Store = (*lazyStore)(nil)

func (l *lazyStore) get() (*store.Store, error) {
	l.once.Do(func() { l.st, l.err = l.open() })
	return l.st, l.err
}

// Marks implements tui.Store.
func (l *lazyStore) Marks(ctx context.Context, a model.Article, figs model.Facts) ([]model.Mark, error) {
	s, err := l.get()
	if err != nil {
		return nil, err
	}
	return s.Marks(ctx, a, figs)
}

// SaveMark implements tui.Store.
func (l *lazyStore) SaveMark(ctx context.Context, a model.Article, figs model.Facts, m model.Mark) error {
	s, err := l.get()
	if err != nil {
		return err
	}
	return s.SaveMark(ctx, a, figs, m)
}

// CheckMarks implements tui.Store.
func (l *lazyStore) CheckMarks(ctx context.Context, a model.Article) ([]model.CheckMark, error) {
	s, err := l.get()
	if err != nil {
		return nil, err
	}
	return s.CheckMarks(ctx, a)
}

// SaveCheckMark implements tui.Store.
func (l *lazyStore) SaveCheckMark(ctx context.Context, a model.Article, figs model.Facts, checks []model.Check, m model.CheckMark) (model.CheckMark, error) {
	s, err := l.get()
	if err != nil {
		return model.CheckMark{}, err
	}
	return s.SaveCheckMark(ctx, a, figs, checks, m)
}

// Position implements tui.Store.
func (l *lazyStore) Position(ctx context.Context, a model.Article, r model.Reviewer) (int, bool, error) {
	s, err := l.get()
	if err != nil {
		return 0, false, err
	}
	return s.Position(ctx, a, r)
}

// SavePosition implements tui.Store.
func (l *lazyStore) SavePosition(ctx context.Context, a model.Article, r model.Reviewer, offset int) error {
	s, err := l.get()
	if err != nil {
		return err
	}
	return s.SavePosition(ctx, a, r, offset)
}

// WriteReport implements tui.Store.
func (l *lazyStore) WriteReport(ctx context.Context, a model.Article, figs model.Facts) (string, error) {
	s, err := l.get()
	if err != nil {
		return "", err
	}
	return s.WriteReport(ctx, a, figs)
}

// Close closes the store if it was opened, and keeps it from opening later.
func (l *lazyStore) Close() error {
	l.once.Do(func() { l.err = errors.New("review database closed") })
	if l.st != nil {
		return l.st.Close()
	}
	return nil
}
