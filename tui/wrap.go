package tui

import (
	"runtime"
	"sort"
	"sync"

	"figs/model"
	"figs/model/extract"
)

// line is one screen line of the wrapped article: a byte span of
// Article.Text. The article is wrapped once per width into these spans, so a
// frame renders only the lines in view and its cost does not grow with the
// article; the spans keep the byte offsets of the figures valid.
type line struct {
	start, end int // byte span in Article.Text; a blank line has start == end
	cols       int // display width of the span
	block      int // index in Article.Blocks; a blank line has the block after it
	first      bool
	blank      bool // the blank line between two blocks
}

// blockIndent is the width of what the pane draws before a line of kind k.
func blockIndent(k model.BlockKind) int {
	switch k {
	case model.BlockQuote, model.BlockListItem:
		return 2
	case model.BlockTitle, model.BlockHeading, model.BlockParagraph, model.BlockCode, model.BlockMeta:
		return 0
	}
	return 0
}

// wrapArticle lays out the blocks of text at width columns, never breaking
// a line inside one of facts (sorted by offset).
// Long articles are wrapped in parts side by side, one per CPU.
func wrapArticle(text string, blocks []model.Block, width int, facts []model.Fact) []line {
	return wrapRange(text, blocks, 0, len(blocks), width, facts)
}

// wrapRange lays out blocks [from, to), in parts side by side when long.
func wrapRange(text string, blocks []model.Block, from, to, width int, facts []model.Fact) []line {
	if from >= to {
		return nil
	}
	lo, hi := blocks[from].Start, blocks[to-1].End
	parts := runtime.GOMAXPROCS(0)
	if hi-lo < parallelWrap || parts < 2 || to-from < parts {
		lines := make([]line, 0, (hi-lo)/(max(width, 1)/2+1)+(to-from)*2)
		return wrapBlocks(lines, text, blocks, from, to, width, facts)
	}
	bounds := []int{from}
	for i := 1; i < parts; i++ {
		off := lo + (hi-lo)*i/parts
		b := sort.Search(len(blocks), func(j int) bool { return blocks[j].Start >= off })
		if b > bounds[len(bounds)-1] && b < to {
			bounds = append(bounds, b)
		}
	}
	bounds = append(bounds, to)
	out := make([][]line, len(bounds)-1)
	var wg sync.WaitGroup
	for k := range out {
		wg.Go(func() {
			out[k] = wrapBlocks(nil, text, blocks, bounds[k], bounds[k+1], width, facts)
		})
	}
	wg.Wait()
	n := 0
	for _, o := range out {
		n += len(o)
	}
	lines := make([]line, 0, n)
	for _, o := range out {
		lines = append(lines, o...)
	}
	return lines
}

// parallelWrap is the article size from which wrapping is split over CPUs.
const parallelWrap = 1 << 20

// wrapBlocks appends the lines of blocks [from, to) to lines.
func wrapBlocks(lines []line, text string, blocks []model.Block, from, to, width int, facts []model.Fact) []line {
	width = max(width, 1)
	for bi := from; bi < to; bi++ {
		b := blocks[bi]
		cont := extract.Continues(blocks, bi)
		if bi > 0 && !cont {
			lines = append(lines, line{start: b.Start, end: b.Start, block: bi, blank: true})
		}
		w := max(width-blockIndent(b.Kind), 1)
		n := len(lines)
		if b.Kind == model.BlockCode {
			lines = wrapCode(lines, text, b.Start, b.End, w, bi)
		} else {
			fi := sort.Search(len(facts), func(i int) bool { return facts[i].End > b.Start })
			lines = wrapProse(lines, text, b.Start, b.End, w, bi, facts[fi:])
		}
		if len(lines) == n {
			if cont {
				continue
			}
			lines = append(lines, line{start: b.Start, end: b.Start, block: bi})
		}
		lines[n].first = !cont
	}
	return lines
}

// rewrapBlocks lays out the blocks listed in broken (in order) again, now
// that their figures are known, and returns the new lines.
func rewrapBlocks(lines []line, text string, blocks []model.Block, broken []int, width int, facts []model.Fact) []line {
	out := make([]line, 0, len(lines)+2*len(broken))
	prev := 0
	for _, b := range broken {
		lo := sort.Search(len(lines), func(i int) bool { return lines[i].block >= b })
		hi := sort.Search(len(lines), func(i int) bool { return lines[i].block > b })
		lo = max(lo, prev)
		out = append(out, lines[prev:lo]...)
		out = wrapBlocks(out, text, blocks, b, b+1, width, facts)
		prev = max(hi, lo)
	}
	return append(out, lines[prev:]...)
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// wrapProse breaks text[start:end] at spaces into lines of at most w
// columns, but not at the spaces inside a figure ("50 Kilometer").
func wrapProse(lines []line, text string, start, end, w, block int, facts []model.Fact) []line {
	cur := line{start: -1, block: block}
	fi := 0
	i := start
	for i < end {
		for i < end && isSpace(text[i]) {
			i++
		}
		if i >= end {
			break
		}
		ws := i
		cols := 0
		for {
			for i < end && !isSpace(text[i]) {
				if c := text[i]; c >= 0x20 && c < 0x7f && (i+1 == end || text[i+1] >= 0x20 && text[i+1] < 0x7f || isSpace(text[i+1])) {
					cols++
					i++
					continue
				}
				var c int
				i, c = nextChar(text[:end], i)
				cols += c
			}
			for fi < len(facts) && facts[fi].End <= i {
				fi++
			}
			if i >= end || fi >= len(facts) || facts[fi].Start >= i {
				break
			}
			// inside a figure: keep the next word on this line
			for i < end && isSpace(text[i]) {
				cols++
				i++
			}
		}
		we := i
		if cur.start >= 0 && cur.cols+(ws-cur.end)+cols <= w {
			cur.cols += (ws - cur.end) + cols
			cur.end = we
			continue
		}
		if cur.start >= 0 {
			lines = append(lines, cur)
			cur = line{start: -1, block: block}
		}
		if cols <= w {
			cur = line{start: ws, end: we, cols: cols, block: block}
			continue
		}
		lines = hardWrap(lines, text, ws, we, w, block)
		last := lines[len(lines)-1]
		lines = lines[:len(lines)-1]
		cur = last
	}
	if cur.start >= 0 {
		lines = append(lines, cur)
	}
	return lines
}

// wrapPlain breaks plain text into lines of at most w columns, measured as
// the pane measures (lipgloss.Wrap counts a keycap such as 1️⃣ as one column).
func wrapPlain(s string, w int) []string {
	lines := wrapProse(nil, s, 0, len(s), max(w, 1), 0, nil)
	if len(lines) == 0 {
		return []string{""}
	}
	out := make([]string, len(lines))
	for i, ln := range lines {
		out[i] = s[ln.start:ln.end]
	}
	return out
}

// wrapCode keeps the lines of a code block as written, breaking only those
// wider than w.
func wrapCode(lines []line, text string, start, end, w, block int) []line {
	for start <= end {
		nl := start
		for nl < end && text[nl] != '\n' {
			nl++
		}
		lines = hardWrap(lines, text, start, nl, w, block)
		start = nl + 1
	}
	return lines
}

// hardWrap cuts text[start:end] into lines of at most w columns, between
// characters (a flag or an accented letter is never cut in two).
func hardWrap(lines []line, text string, start, end, w, block int) []line {
	cur := line{start: start, end: start, block: block}
	s := text[:end]
	for i := start; i < end; {
		next, c := nextChar(s, i)
		if cur.cols+c > w && cur.end > cur.start {
			lines = append(lines, cur)
			cur = line{start: i, end: i, block: block}
		}
		cur.cols += c
		i = next
		cur.end = i
	}
	return append(lines, cur)
}

// narrowRune reports whether r is in a range of one-column letters and
// signs common in European text: Latin, Greek, Cyrillic, the dashes, quotes
// and currency signs. Each is a character by itself unless a mark or joiner
// follows, so text made of them is measured without grapheme segmentation;
// TestNarrowRune checks the answers against x/ansi.
func narrowRune(r rune) bool {
	switch {
	case r >= 0xa0 && r < 0x300:
		return r != 0xad // the soft hyphen is not drawn
	case r >= 0x370 && r < 0x483, r >= 0x48a && r < 0x530:
		return r != 0x378 && r != 0x379 && (r < 0x380 || r > 0x383) && r != 0x38b && r != 0x38d && r != 0x3a2
	case r >= 0x2010 && r < 0x2028, r >= 0x2030 && r < 0x205f, r >= 0x20a0 && r < 0x20c1:
		return true
	}
	return false
}

// lineAt returns the index of the line that holds byte off, or the next line
// when off falls between lines.
func lineAt(lines []line, off int) int {
	if len(lines) == 0 {
		return 0
	}
	i := sort.Search(len(lines), func(i int) bool { return lines[i].end > off })
	if i >= len(lines) {
		return len(lines) - 1
	}
	return i
}
