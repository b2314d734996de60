package model

import (
	"slices"
	"strings"
	"time"
)

// CheckMark is a reviewer's verdict and note on one consistency check as a
// whole, kept beside the marks of its figures: verified says the figures
// stand although they look contradictory (the text explains it, the flag
// is wrong), disputed that the article does contradict itself, unsure that
// it needs another look.
type CheckMark struct {
	// Check is the index of the check in the article's checks (as
	// package model/check returns them), -1 when no current check is the
	// one marked; see AttachChecks.
	Check int `json:"check"`
	// Key names the check across versions of the text (see CheckKeys).
	Key string `json:"key"`
	// Kind and Message are the check's when it was marked.
	Kind     CheckKind `json:"kind"`
	Message  string    `json:"message"`
	Verdict  Verdict   `json:"verdict"`
	Note     string    `json:"note"`
	Reviewer Reviewer  `json:"reviewer"` // who gave the verdict (or, with none, wrote the note)
	Updated  time.Time `json:"updated"`
	// Set says which fields a save changes, as Mark.Set does. Never stored.
	Set MarkFields `json:"-"`
}

// Cleared reports whether m says "no mark on this check".
func (m CheckMark) Cleared() bool { return m.Verdict.Normal() == Unchecked && m.Note == "" }

// checkKeySep separates the kind and the figure keys of a check key:
// figure keys fold every space into one " ", so they never hold it.
const checkKeySep = "\n"

// checkKeyPrefix starts every check key, telling it from a figure key.
const checkKeyPrefix = "check:"

// CheckKeys returns the identity of each of checks of text, whose figures
// are facts: its kind and the key of each figure it names (FigureKeys), so
// it survives the same edits a figure's mark does.
func CheckKeys(text string, facts []Fact, checks []Check) []string {
	if len(checks) == 0 {
		return nil
	}
	keys := FigureKeys(text, facts)
	out := make([]string, len(checks))
	for k, c := range checks {
		parts := []string{checkKeyPrefix + string(c.Kind)}
		for _, f := range c.Facts {
			if f >= 0 && f < len(keys) {
				parts = append(parts, keys[f])
			}
		}
		out[k] = strings.Join(parts, checkKeySep)
	}
	return out
}

// IsCheckKey reports whether key names a check (CheckKeys) rather than a
// figure.
func IsCheckKey(key string) bool { return strings.HasPrefix(key, checkKeyPrefix) }

// parseCheckKey splits a check key back into its kind and figure keys.
func parseCheckKey(key string) (CheckKind, []string) {
	parts := strings.Split(strings.TrimPrefix(key, checkKeyPrefix), checkKeySep)
	return CheckKind(parts[0]), parts[1:]
}

// AttachChecks ties stored check marks to the current checks of text,
// whose figures are facts. A mark attaches to the check with the same key;
// failing that (the text changed since), to the check of the same kind
// whose figures the mark's figure keys attach to, as a figure's mark would
// (Attach). Each check takes at most one mark: by key first, then the
// latest. Marks that attach get Check = the index in checks, the others -1.
// The result is in the order of marks; marks is not modified.
func AttachChecks(marks []CheckMark, text string, facts []Fact, checks []Check) []CheckMark {
	if len(marks) == 0 {
		return nil
	}
	return AttachChecksKeyed(marks, CheckKeys(text, facts, checks), text, facts, checks)
}

// AttachChecksKeyed is AttachChecks with the checks' keys (CheckKeys)
// already worked out, for a caller that attaches often to the same
// checks. The figures' keys are worked out only for marks whose check's
// key is gone.
func AttachChecksKeyed(marks []CheckMark, keys []string, text string, facts []Fact, checks []Check) []CheckMark {
	out := slices.Clone(marks)
	byKey := make(map[string]int, len(keys))
	for k, key := range keys {
		byKey[key] = k
	}
	claimed := make([]bool, len(checks))
	var rest []int
	for i := range out {
		out[i].Check = -1
		if k, ok := byKey[out[i].Key]; ok && !claimed[k] {
			out[i].Check, claimed[k] = k, true
			continue
		}
		rest = append(rest, i)
	}
	// the latest first, so it takes the check an older mark would too
	slices.SortStableFunc(rest, func(a, b int) int { return out[b].Updated.Compare(out[a].Updated) })
	for _, i := range rest {
		if k := checkOfKeys(out[i].Key, text, facts, checks, claimed); k >= 0 {
			out[i].Check, claimed[k] = k, true
		}
	}
	return out
}

// checkOfKeys is the unclaimed check of the kind and figures key names,
// its figures found by Attach, or -1.
func checkOfKeys(key, text string, facts []Fact, checks []Check, claimed []bool) int {
	kind, figKeys := parseCheckKey(key)
	if len(figKeys) == 0 {
		return -1
	}
	probe := make([]Mark, len(figKeys))
	for j, fk := range figKeys {
		probe[j] = Mark{Key: fk, Text: parseFigureKey(fk).text}
	}
	var ids []int
	for _, m := range Attach(probe, text, facts) {
		if m.FactID < 0 {
			return -1 // a figure of the check is gone: so is the check
		}
		ids = append(ids, m.FactID)
	}
	slices.Sort(ids)
	for k, c := range checks {
		if claimed[k] || c.Kind != kind || len(c.Facts) != len(ids) {
			continue
		}
		if slices.Equal(sortedCopy(c.Facts), ids) {
			return k
		}
	}
	return -1
}

func sortedCopy(s []int) []int {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}
