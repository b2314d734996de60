package model

// CheckKind names what a consistency check found to disagree.
type CheckKind string

// The kinds of consistency check. All but CheckRepeat say that figures of
// one article contradict each other; CheckRepeat is weaker: the same thing
// is given two values, which may be a mistake or two different things.
const (
	// CheckChange: a stated change ("grew 30%") against the two values it
	// relates ("to 12 million, from 8 million").
	CheckChange CheckKind = "change"
	// CheckMultiple: a multiple or fraction ("doubled", "halbiert", "um ein
	// Drittel gesunken") against its two values.
	CheckMultiple CheckKind = "multiple"
	// CheckDirection: a word of direction ("dropped", "stieg") against two
	// values that move the other way.
	CheckDirection CheckKind = "direction"
	// CheckParts: parts of one group that add up to more than the group.
	CheckParts CheckKind = "parts"
	// CheckShares: shares of one whole above 100%, or a share in words
	// ("two thirds") beside a percentage that says otherwise.
	CheckShares CheckKind = "shares"
	// CheckRepeat: the same thing ("the 300-metre bridge") given two
	// different values in one article. A "check this" flag.
	CheckRepeat CheckKind = "repeat"
)

// CheckKinds lists every kind of check, the contradictions first.
var CheckKinds = []CheckKind{CheckChange, CheckMultiple, CheckDirection, CheckParts, CheckShares, CheckRepeat}

// Weak reports whether a check of kind k only asks to check (the figures
// may describe different things) rather than stating a contradiction.
func (k CheckKind) Weak() bool { return k == CheckRepeat }

// Check is one disagreement among the figures of one article, found by
// package model/check.
type Check struct {
	Kind CheckKind `json:"kind"`
	// Facts are the Fact.IDs of the figures concerned, in reading order:
	// an index into Facts.Facts, as Comparison.A and B are.
	Facts []int `json:"facts"`
	// Message says in one line what disagrees and by how much:
	// "stated +30%, values give +50% (8 million → 12 million)".
	Message string `json:"message"`
}
