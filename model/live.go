package model

import "time"

// ChangeKind says what a Change from a live store is about.
type ChangeKind uint8

// The kinds of change a reader with an article open is told about.
const (
	// ChangeMarks: a mark on the article was saved, by anyone (this
	// reader too). Load the marks again; Key and By say which figure and
	// who, when known (after the database comes back they are not).
	ChangeMarks ChangeKind = iota + 1
	// ChangePresence: who has the article open, or what they have
	// selected, changed; Present is everyone now, the reader itself
	// included (tell it apart by Session).
	ChangePresence
	// ChangeHealth: the database went away (Down, with Err) or came
	// back. A ChangeMarks follows coming back, since changes made in
	// between were not seen.
	ChangeHealth
)

// Change is one thing a live store tells a reader about an open article.
type Change struct {
	Kind    ChangeKind
	By      Reviewer   // ChangeMarks: who saved
	Key     string     // ChangeMarks: the figure's key (see FigureKeys)
	Present []Presence // ChangePresence
	Down    bool       // ChangeHealth
	Err     string     // ChangeHealth: why the database is down
}

// Presence is one reviewer with an article open, on some host.
type Presence struct {
	Session  string    // the store's id of this reader; unique
	Reviewer Reviewer  // who
	Hash     string    // the version of the article they have open (ArticleHash)
	Figure   int       // the figure they have selected in that version, -1 for none
	Key      string    // its key (see FigureKeys), "" for none
	Since    time.Time // when they opened the article
}
