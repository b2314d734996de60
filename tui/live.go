package tui

import (
	"context"

	"figs/model"
)

// LiveStore is what a Store may offer beyond Store for reviewing as a
// team: marks saved by others shown as they happen, who else has the
// article open, and whether the database is reachable. The reader uses it
// when its Store has it (a type assertion); the SQLite and PostgreSQL
// stores both do.
type LiveStore interface {
	// Watch delivers the changes to a until ctx ends, when the channel
	// is closed: marks saved by anyone on any host (this reader's own
	// saves too), who has a open and what they selected (the current
	// list comes first), and the database going down and coming back.
	// A reader that falls behind gets the changes coalesced, never lost:
	// ChangeMarks means "load the marks again".
	Watch(ctx context.Context, a model.Article) (<-chan model.Change, error)
	// Join records that r has a open, with nothing selected, until ctx
	// ends or Leave; it returns the session id to Select and Leave with.
	// The store renews the record while its process lives: a host that
	// dies drops out of the others' lists after a short time.
	Join(ctx context.Context, a model.Article, r model.Reviewer) (string, error)
	// Select records that session has figure (its index in the figures
	// of a, -1 for none) selected, key being that figure's key.
	Select(ctx context.Context, session string, figure int, key string) error
	// Leave removes session from the article's list at once.
	Leave(ctx context.Context, session string) error
	// Present lists who has a open now, joined first.
	Present(ctx context.Context, a model.Article) ([]model.Presence, error)
	// Health checks the database: nil when it answers.
	Health(ctx context.Context) error
}
