package main

import (
	"context"
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"figs/articles"
	"figs/model"
	"figs/tui"
)

// runRead opens the reader on the source in args, or on the default article.
func runRead(ctx context.Context, e env, g globalFlags, args []string) error {
	art, err := loadSource(ctx, e, g, args)
	if err != nil {
		return err
	}
	app := tui.New(art, tui.Options{})
	p := tea.NewProgram(app, tea.WithContext(ctx), tea.WithInput(e.stdin), tea.WithOutput(e.stdout))
	if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrInterrupted) && !errors.Is(err, tea.ErrProgramKilled) {
		return fmt.Errorf("reader: %w", err)
	}
	return nil
}

// loadSource loads the one source in args, or the default article.
func loadSource(ctx context.Context, e env, g globalFlags, args []string) (model.Article, error) {
	if len(args) == 0 {
		return articles.Default()
	}
	return articles.Load(ctx, args[0], articles.Options{MaxSize: g.maxSize, Stdin: e.stdin})
}
