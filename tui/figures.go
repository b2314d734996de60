package tui

import (
	"sort"

	"figs/model"
	"figs/model/extract"
)

// firstChunk is how much of an article is searched for figures before the
// first frame; the rest is counted in the background, chunkSize at a time.
const (
	firstChunk = 64 << 10
	chunkSize  = 512 << 10
)

// figures is what extraction found so far, in reading order.
type figures struct {
	facts   []model.Fact
	comps   []model.Comparison
	partner []int // comparison index of each fact, or -1
	counts  map[model.Kind]int
	done    int // bytes of the text searched so far
	total   int
	nextBlk int // the first block not yet searched
}

func newFigures(total int) figures {
	return figures{counts: map[model.Kind]int{}, total: total}
}

func (f figures) complete() bool { return f.done >= f.total }

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
	}
	f.done = c.done
	f.nextBlk = c.nextBlk
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

// extractChunk searches blocks from block on until at least size bytes are
// covered. Code blocks are never searched for figures.
func extractChunk(text string, blocks []model.Block, from, size int, lang string) chunkResult {
	var res chunkResult
	if from >= len(blocks) {
		res.done, res.nextBlk = len(text), len(blocks)
		return res
	}
	startOff := blocks[from].Start
	i := from
	for i < len(blocks) {
		j := i
		for j < len(blocks) && blocks[j].Kind != model.BlockCode && blocks[j].End-startOff < size {
			j++
		}
		if j == i && blocks[i].Kind != model.BlockCode {
			j = i + 1
		}
		if j > i {
			lo, hi := blocks[i].Start, blocks[j-1].End
			fs := extract.Extract(text[lo:hi], extract.Options{Lang: lang})
			base := len(res.facts)
			for _, x := range fs.Facts {
				x.Start += lo
				x.End += lo
				if x.Start < lo || x.End > hi || x.Start > x.End {
					continue
				}
				x.ID = len(res.facts)
				res.facts = append(res.facts, x)
			}
			if len(res.facts)-base == len(fs.Facts) {
				for _, c := range fs.Comparisons {
					c.A += base
					c.B += base
					res.comps = append(res.comps, c)
				}
			}
			i = j
		}
		for i < len(blocks) && blocks[i].Kind == model.BlockCode {
			i++
		}
		if i < len(blocks) && blocks[i].Start-startOff >= size {
			break
		}
	}
	res.nextBlk = i
	if i >= len(blocks) {
		res.done = len(text)
	} else {
		res.done = blocks[i].Start
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
	if len(head) > firstChunk {
		head = head[:firstChunk]
	}
	return extract.DetectLang(head)
}
