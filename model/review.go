package model

import "time"

// Verdict is a reviewer's judgement on one figure.
type Verdict string

// The verdicts. Unchecked is the absence of a verdict.
const (
	Unchecked Verdict = "unchecked"
	Verified  Verdict = "verified"
	Disputed  Verdict = "disputed"
	Unsure    Verdict = "unsure"
)

// Reviewer says who made a mark: a local user name, or an SSH user and the
// fingerprint of the key they logged in with.
type Reviewer struct {
	Name        string `json:"name"`
	Fingerprint string `json:"fingerprint,omitempty"`
}

// Mark is the latest verdict and note on one figure of one article.
type Mark struct {
	FactID   int       `json:"fact_id"` // Fact.ID in the current extraction, -1 when orphaned
	Key      string    `json:"key"`     // the figure's identity (see FigureKey)
	Text     string    `json:"text"`    // the figure's text when it was marked
	Verdict  Verdict   `json:"verdict"`
	Note     string    `json:"note"`
	Reviewer Reviewer  `json:"reviewer"`
	Updated  time.Time `json:"updated"`
	// Set says which fields a save changes; the store keeps the others
	// from the figure's latest mark, so reviewers editing the same figure
	// do not undo each other. Zero means both. Never stored.
	Set MarkFields `json:"-"`
}

// MarkFields is a set of the fields of a Mark a save changes.
type MarkFields uint8

// The fields of a Mark a save can change.
const (
	MarkVerdict MarkFields = 1 << iota
	MarkNote
)

// Has reports whether f changes field, the zero set changing every field.
func (f MarkFields) Has(field MarkFields) bool { return f == 0 || f&field != 0 }

// Normal is v, or Unchecked when v is empty or not a verdict, as a figure
// without a mark has.
func (v Verdict) Normal() Verdict {
	switch v {
	case Verified, Disputed, Unsure:
		return v
	case Unchecked:
	}
	return Unchecked
}

// Symbol is the sign of v, readable without colour, the one the reader's
// sidebar and the Markdown report show: ✓ verified, ✗ disputed, ? unsure,
// · unchecked.
func (v Verdict) Symbol() string {
	switch v.Normal() {
	case Verified:
		return "✓"
	case Disputed:
		return "✗"
	case Unsure:
		return "?"
	case Unchecked:
	}
	return "·"
}

// Worse is the verdict of a review item of two figures with verdicts a and
// b: disputed, then unsure, then unchecked, then verified, so an item is
// verified only when both its figures are.
func Worse(a, b Verdict) Verdict {
	rank := func(v Verdict) int {
		switch v.Normal() {
		case Disputed:
			return 4
		case Unsure:
			return 3
		case Verified:
			return 1
		case Unchecked:
		}
		return 2
	}
	if rank(b) > rank(a) {
		return b.Normal()
	}
	return a.Normal()
}

// VerdictAt is the verdict of figure i in marks indexed by figure: a figure
// past the end or with a zero Mark is unchecked.
func VerdictAt(marks []Mark, i int) Verdict {
	if i < 0 || i >= len(marks) {
		return Unchecked
	}
	return marks[i].Verdict.Normal()
}
