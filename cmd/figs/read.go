package main

import (
	"context"
	"errors"
	"fmt"
	"os/user"

	tea "charm.land/bubbletea/v2"

	"figs/model"
	"figs/tui"
)

// runRead opens the reader on the source in args, or on the default article.
func runRead(ctx context.Context, e env, g globalFlags, args []string) error {
	art, err := loadSource(ctx, e, g, args)
	if err != nil {
		return err
	}
	app := tui.New(art, tui.Options{Lang: g.lang, Reviewer: localReviewer(), Context: ctx})
	p := tea.NewProgram(app, tea.WithContext(ctx), tea.WithInput(e.stdin), tea.WithOutput(e.stdout))
	if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrInterrupted) && !errors.Is(err, tea.ErrProgramKilled) {
		return fmt.Errorf("reader: %w", err)
	}
	return nil
}

// localReviewer names the person at this terminal.
func localReviewer() model.Reviewer {
	if u, err := user.Current(); err == nil {
		return model.Reviewer{Name: u.Username}
	}
	return model.Reviewer{Name: "local"}
}
