package main

import (
	"context"

	"figs/model"
	"figs/tui"
)

// The local reader's store offers live changes too, opening the store on
// first use like every other call of lazyStore.
var _ tui.LiveStore = (*lazyStore)(nil)

// Watch implements tui.LiveStore.
func (l *lazyStore) Watch(ctx context.Context, a model.Article) (<-chan model.Change, error) {
	s, err := l.get()
	if err != nil {
		return nil, err
	}
	return s.Watch(ctx, a)
}

// Join implements tui.LiveStore.
func (l *lazyStore) Join(ctx context.Context, a model.Article, r model.Reviewer) (string, error) {
	s, err := l.get()
	if err != nil {
		return "", err
	}
	return s.Join(ctx, a, r)
}

// Select implements tui.LiveStore.
func (l *lazyStore) Select(ctx context.Context, session string, figure int, key string) error {
	s, err := l.get()
	if err != nil {
		return err
	}
	return s.Select(ctx, session, figure, key)
}

// Leave implements tui.LiveStore.
func (l *lazyStore) Leave(ctx context.Context, session string) error {
	s, err := l.get()
	if err != nil {
		return err
	}
	return s.Leave(ctx, session)
}

// Present implements tui.LiveStore.
func (l *lazyStore) Present(ctx context.Context, a model.Article) ([]model.Presence, error) {
	s, err := l.get()
	if err != nil {
		return nil, err
	}
	return s.Present(ctx, a)
}

// Health implements tui.LiveStore.
func (l *lazyStore) Health(ctx context.Context) error {
	s, err := l.get()
	if err != nil {
		return err
	}
	return s.Health(ctx)
}
