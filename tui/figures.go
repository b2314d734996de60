package tui

import (
	"slices"
	"sort"
	"sync"

	"figs/model"
	"figs/model/extract"
)

// firstChunk is how much of an article is searched for figures before the
// first frame (a few screens: extraction costs about 0.1 ms per KB); the rest
// is counted in the background, chunkSize at a time. langSample is how much
// of its beginning the language is guessed from.
const (
	firstChunk = 16 << 10
	chunkSize  = 512 << 10
	langSample = 64 << 10
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
func (f *figures) add(c chunkResult) {
	base := len(f.facts)
	for _, x := range c.facts {
		x.ID += base
		f.facts = append(f.facts, x)
		f.partner = append(f.partner, -1)
		f.counts[x.Kind]++
	}
	for _, cmp := range c.comps {
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
	f.done = c.done
	f.nextBlk = c.nextBlk
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

// chunkResult is the figures of one run of whole blocks, offsets absolute.
type chunkResult struct {
	facts   []model.Fact
	comps   []model.Comparison
	done    int
	nextBlk int
}

// chunkEnd returns the block after the run of whole blocks that starts at
// from and covers at least size bytes (or the last block).
func chunkEnd(blocks []model.Block, from, size int) int {
	if from >= len(blocks) {
		return len(blocks)
	}
	startOff := blocks[from].Start
	i := from + 1
	for i < len(blocks) && blocks[i].Start-startOff < size {
		i++
	}
	return i
}

// extractChunk searches the blocks from block from on until at least size
// bytes are covered.
func extractChunk(text string, blocks []model.Block, from, size int, lang string) chunkResult {
	return extractBlocks(text, blocks, from, chunkEnd(blocks, from, size), lang)
}

// extractChunks searches n chunks of about size bytes side by side, one per
// CPU, and returns them as one chunk.
func extractChunks(text string, blocks []model.Block, from, size, n int, lang string) chunkResult {
	var bounds [][2]int
	for i := from; i < len(blocks) && len(bounds) < n; {
		j := chunkEnd(blocks, i, size)
		bounds = append(bounds, [2]int{i, j})
		i = j
	}
	if len(bounds) <= 1 {
		return extractChunk(text, blocks, from, size, lang)
	}
	parts := make([]chunkResult, len(bounds))
	var wg sync.WaitGroup
	for k, b := range bounds {
		wg.Go(func() { parts[k] = extractBlocks(text, blocks, b[0], b[1], lang) })
	}
	wg.Wait()
	var res chunkResult
	for _, p := range parts {
		base := len(res.facts)
		for _, f := range p.facts {
			f.ID += base
			res.facts = append(res.facts, f)
		}
		for _, c := range p.comps {
			c.A += base
			c.B += base
			res.comps = append(res.comps, c)
		}
		res.done, res.nextBlk = p.done, p.nextBlk
	}
	return res
}

// extractBlocks finds the figures of blocks [from, to), with offsets into
// text. Code blocks are never searched for figures.
func extractBlocks(text string, blocks []model.Block, from, to int, lang string) chunkResult {
	var res chunkResult
	for i := from; i < to; {
		if blocks[i].Kind == model.BlockCode {
			i++
			continue
		}
		j := i
		for j < to && blocks[j].Kind != model.BlockCode {
			j++
		}
		lo, hi := blocks[i].Start, blocks[j-1].End
		fs := extract.Extract(text[lo:hi], extract.Options{Lang: lang})
		base := len(res.facts)
		ok := true
		for _, x := range fs.Facts {
			x.Start += lo
			x.End += lo
			if x.Start < lo || x.End > hi || x.Start > x.End {
				ok = false
				continue
			}
			x.ID = len(res.facts)
			res.facts = append(res.facts, x)
		}
		if ok {
			for _, c := range fs.Comparisons {
				c.A += base
				c.B += base
				res.comps = append(res.comps, c)
			}
		}
		i = j
	}
	res.nextBlk = to
	if to >= len(blocks) {
		res.done = len(text)
	} else {
		res.done = blocks[to].Start
	}
	return res
}

// detectLang picks the extraction language: the override, the article's, or
// a guess from its beginning.
func detectLang(a model.Article, override string) string {
	if override != "" && override != "auto" {
		return override
	}
	if a.Lang != "" {
		return a.Lang
	}
	head := a.Text
	if len(head) > langSample {
		head = head[:langSample]
	}
	return extract.DetectLang(head)
}
