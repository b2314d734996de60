package tui

import (
	"slices"
	"sort"

	"figs/model"
	"figs/model/extract"
)

// figures is what extraction found so far, in reading order.
type figures struct {
	facts   []model.Fact
	comps   []model.Comparison
	partner []int // comparison index of each fact, or -1
	// counts are the sidebar rows of each kind: a comparison is one row, and
	// one item to review, for its two figures.
	counts  map[model.Kind]int
	done    int // bytes of the text searched so far
	total   int
	nextBlk int // the first block not yet searched
}

func newFigures(total int) figures {
	return figures{counts: map[model.Kind]int{}, total: total}
}

func (f figures) complete() bool { return f.done >= f.total }

// found is what was found so far as the store takes it: the figures and
// their comparisons, in lang. The slices are clipped, so the store's
// goroutine and later chunks do not share the spare capacity.
func (f figures) found(lang string) model.Facts {
	return model.Facts{Lang: lang, Facts: slices.Clip(f.facts), Comparisons: slices.Clip(f.comps)}
}

// add appends a chunk whose facts are numbered from 0 and whose offsets are
// already absolute.
func (f *figures) add(c extract.Chunk) {
	base := len(f.facts)
	for _, x := range c.Facts {
		x.ID += base
		f.facts = append(f.facts, x)
		f.partner = append(f.partner, -1)
		f.counts[x.Kind]++
	}
	for _, cmp := range c.Comparisons {
		cmp.A += base
		cmp.B += base
		if cmp.A < 0 || cmp.B < 0 || cmp.A >= len(f.facts) || cmp.B >= len(f.facts) {
			continue
		}
		f.comps = append(f.comps, cmp)
		i := len(f.comps) - 1
		if f.partner[cmp.A] < 0 {
			f.partner[cmp.A] = i
		}
		if f.partner[cmp.B] < 0 {
			f.partner[cmp.B] = i
		}
		if hi := max(cmp.A, cmp.B); f.partner[hi] == i {
			f.counts[f.facts[hi].Kind]-- // shares the row of the first figure
		}
	}
	f.done = c.Done
	f.nextBlk = c.Next
}

// second reports whether fact i is the later figure of a comparison, which
// shares the row of the earlier one (as sidebar.rebuild lists them).
func (f figures) second(i int) bool {
	c := f.partner[i]
	return c >= 0 && i == max(f.comps[c].A, f.comps[c].B)
}

// rowFacts returns the figures reviewed together with fact i: i itself and,
// when it is in a comparison, the other figure (else -1), earlier one first.
func (f figures) rowFacts(i int) (int, int) {
	c := f.partner[i]
	if c < 0 {
		return i, -1
	}
	a, b := f.comps[c].A, f.comps[c].B
	if a == i || b == i {
		return min(a, b), max(a, b)
	}
	return i, -1
}

// at returns the index of the first fact that ends after off.
func (f figures) at(off int) int {
	return sort.Search(len(f.facts), func(i int) bool { return f.facts[i].End > off })
}
