package model

import (
	"cmp"
	"slices"
)

// Attach ties stored marks to the current figures of text. A mark attaches
// to the figure with the same key (see FigureKeys); failing that, to a figure with the
// same text whose surrounding words overlap most with the mark's (or to the
// only figure with that text). Each figure takes at most one mark. Marks
// that attach get FactID = index in facts; the others are kept with
// FactID -1 (orphaned). The result lists attached marks by FactID, then
// orphans in their input order. marks is not modified.
func Attach(marks []Mark, text string, facts []Fact) []Mark {
	out := slices.Clone(marks)
	keys := make([]figureKey, len(facts))
	byKey := make(map[string]int, len(facts))
	textCount := make(map[string]int, len(facts))
	for i, k := range FigureKeys(text, facts) {
		keys[i] = parseFigureKey(k)
		byKey[k] = i
		textCount[keys[i].text]++
	}
	claimed := make([]bool, len(facts))
	attached := make([]bool, len(out))

	for mi := range out {
		out[mi].FactID = -1
		if fi, ok := byKey[out[mi].Key]; ok && !claimed[fi] {
			claimed[fi], attached[mi] = true, true
			out[mi].FactID = fi
		}
	}

	type pair struct{ mark, fact, score int }
	var pairs []pair
	for mi, m := range out {
		if attached[mi] {
			continue
		}
		mk := parseFigureKey(m.Key)
		if mk.text == "" {
			mk.text = normFigure(m.Text)
		}
		for fi, fk := range keys {
			if claimed[fi] || fk.text != mk.text {
				continue
			}
			score := overlap(mk.before, fk.before) + overlap(mk.after, fk.after)
			if score > 0 || textCount[fk.text] == 1 {
				pairs = append(pairs, pair{mi, fi, score})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(a.mark, b.mark), cmp.Compare(a.fact, b.fact))
	})
	for _, p := range pairs {
		if attached[p.mark] || claimed[p.fact] {
			continue
		}
		attached[p.mark], claimed[p.fact] = true, true
		out[p.mark].FactID = p.fact
	}

	slices.SortStableFunc(out, func(a, b Mark) int {
		if (a.FactID < 0) != (b.FactID < 0) {
			return cmp.Compare(b.FactID, a.FactID) // attached (>= 0) first
		}
		if a.FactID < 0 {
			return 0
		}
		return cmp.Compare(a.FactID, b.FactID)
	})
	return out
}

// overlap counts the words of a that also occur in b, each word of b
// matching at most once.
func overlap(a, b []string) int {
	used := make([]bool, len(b))
	n := 0
	for _, w := range a {
		for j, v := range b {
			if !used[j] && v == w {
				used[j] = true
				n++
				break
			}
		}
	}
	return n
}
