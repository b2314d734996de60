package tui

import (
	"slices"
	"sort"

	"figs/model"
	"figs/model/extract"
)

// figures is what extraction found so far, in reading order, grouped into
// review items by model.Items (a comparison is one item, and one sidebar
// row, for its two figures).
type figures struct {
	facts []model.Fact
	comps []model.Comparison
	items model.Items
	// counts are the sidebar rows of each kind
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

// add appends a chunk of extract.Run, whose facts are numbered from 0 and
// whose offsets are already absolute.
func (f *figures) add(c extract.Chunk) {
	found := extract.Found{Facts: f.facts, Comparisons: f.comps}
	base := len(f.facts)
	found.Add(c)
	f.facts, f.comps = found.Facts, found.Comparisons
	f.items.Add(len(f.facts), f.comps)
	for i := base; i < len(f.facts); i++ {
		if !f.items.Shares(i) {
			f.counts[f.facts[i].Kind]++
		}
	}
	f.done, f.nextBlk = c.Done, c.Next
}

// comparison is the comparison fact i is reviewed in, if any.
func (f figures) comparison(i int) (model.Comparison, bool) { return f.items.Comparison(i) }

// display is how fact i's row names it: the comparison's display for a
// comparison, else the figure's.
func (f figures) display(i int) string {
	if c, ok := f.comparison(i); ok && c.Display != "" {
		return c.Display
	}
	return displayOf(f.facts[i])
}

// label is the label of fact i's row: its own, or that of the other figure
// of its comparison.
func (f figures) label(i int) string {
	if l := f.facts[i].Label; l != "" {
		return l
	}
	if p := f.items.Partner(i); p >= 0 {
		return f.facts[p].Label
	}
	return ""
}

// at returns the index of the first fact that ends after off.
func (f figures) at(off int) int {
	return sort.Search(len(f.facts), func(i int) bool { return f.facts[i].End > off })
}
