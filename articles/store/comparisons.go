package store

import (
	"hash/maphash"
	"sync"

	"figs/model"
	"figs/model/extract"
)

// The store is handed an article's figures but not their comparisons, which
// review progress needs (a comparison is one review item). It finds them
// again by extracting the article, and keeps the last few in a cache, since
// every save and every load of marks asks for them.

// compCacheSize is how many articles' comparisons are kept.
const compCacheSize = 8

// compCache maps an article and its figures to their comparisons.
type compCache struct {
	mu   sync.Mutex
	seed maphash.Seed
	m    map[uint64][]model.Comparison
}

// comparisons returns the comparisons among facts of a, from the cache when
// it can.
func (c *compCache) comparisons(a model.Article, facts []model.Fact) []model.Comparison {
	if len(facts) < 2 {
		return nil
	}
	c.mu.Lock()
	if c.m == nil {
		c.seed = maphash.MakeSeed()
		c.m = map[uint64][]model.Comparison{}
	}
	key := factsKey(c.seed, a, facts)
	comps, ok := c.m[key]
	c.mu.Unlock()
	if ok {
		return comps
	}
	comps = comparisonsOf(a, facts)
	c.mu.Lock()
	if len(c.m) >= compCacheSize {
		clear(c.m)
	}
	c.m[key] = comps
	c.mu.Unlock()
	return comps
}

// factsKey identifies the text of a and the figures found in it.
func factsKey(seed maphash.Seed, a model.Article, facts []model.Fact) uint64 {
	var h maphash.Hash
	h.SetSeed(seed)
	h.WriteString(a.Text)
	var b [16]byte
	for _, f := range facts {
		putInt(b[:8], f.Start)
		putInt(b[8:], f.End)
		h.Write(b[:])
	}
	return h.Sum64()
}

func putInt(b []byte, v int) {
	for i := range 8 {
		b[i] = byte(uint64(v) >> (8 * i))
	}
}

// comparisonsOf extracts a again and returns its comparisons renumbered as
// indexes into facts, matched by offsets. The figures may have been found
// with a language given on the command line, so each language is tried
// until one finds exactly facts; otherwise the comparisons whose two
// figures are both among facts are kept.
func comparisonsOf(a model.Article, facts []model.Fact) []model.Comparison {
	index := make(map[[2]int]int, len(facts))
	for i, f := range facts {
		index[[2]int{f.Start, f.End}] = i
	}
	var best []model.Comparison
	tried := map[string]bool{}
	for k, lang := range []string{"", "de", "en"} {
		found := extract.Article(a, lang)
		if tried[found.Lang] {
			continue
		}
		tried[found.Lang] = true
		var comps []model.Comparison
		for _, c := range found.Comparisons {
			if c.A < 0 || c.B < 0 || c.A >= len(found.Facts) || c.B >= len(found.Facts) {
				continue
			}
			fa, fb := found.Facts[c.A], found.Facts[c.B]
			ia, okA := index[[2]int{fa.Start, fa.End}]
			ib, okB := index[[2]int{fb.Start, fb.End}]
			if okA && okB {
				c.A, c.B = ia, ib
				comps = append(comps, c)
			}
		}
		if sameFigures(found.Facts, facts) {
			return comps
		}
		if k == 0 {
			best = comps
		}
	}
	return best
}

// sameFigures reports whether a and b are the same figures at the same
// offsets.
func sameFigures(a, b []model.Fact) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Start != b[i].Start || a[i].End != b[i].End || a[i].Kind != b[i].Kind {
			return false
		}
	}
	return true
}
