package tui

import (
	"sort"
	"strings"
	"unicode/utf8"

	"figs/model"
	"figs/model/extract"
)

// maxReadingWidth caps the text column, as a book page would, and centres it
// in wide panes.
const maxReadingWidth = 88

// articlePane shows the wrapped article and keeps the scroll position.
type articlePane struct {
	text          string
	blocks        []model.Block
	facts         []model.Fact // the figures found so far, never broken across lines
	lines         []line
	top           int
	width, height int
	textW, pad    int
	wrapped       int // blocks [0, wrapped) are laid out in lines
	pending       int // a remembered position waiting for the layout, or -1
}

// firstLayout is how much of a long article is laid out before its first
// frame; wrapRestCmd lays out the rest in the background.
const firstLayout = 64 << 10

// complete reports whether every block is laid out.
func (m articlePane) complete() bool { return m.wrapped >= len(m.blocks) }

func newArticlePane(text string, blocks []model.Block) articlePane {
	return articlePane{text: text, blocks: blocks, pending: -1}
}

// setFacts gives the pane the figures found so far; the lines of blocks
// [from, to) are laid out again so that no figure is broken across lines.
func (m *articlePane) setFacts(facts []model.Fact, from, to int) {
	m.facts = facts
	to = min(to, m.wrapped)
	if m.lines == nil || from >= to {
		return
	}
	broken := brokenBlocks(m.lines, m.blocks, from, to, facts)
	if len(broken) == 0 {
		return
	}
	anchor := m.topOffset()
	m.lines = rewrapBlocks(m.lines, m.text, m.blocks, broken, m.textW, facts)
	m.top = lineAt(m.lines, anchor)
	m.clamp()
}

// brokenBlocks lists, in order, the blocks of [from, to) in which one of
// facts is broken across lines. Only those need laying out again: a figure
// that stands on one line keeps the layout of its block unchanged.
func brokenBlocks(lines []line, blocks []model.Block, from, to int, facts []model.Fact) []int {
	lo, hi := blocks[from].Start, blocks[to-1].End
	var out []int
	for fi := sort.Search(len(facts), func(i int) bool { return facts[i].End > lo }); fi < len(facts) && facts[fi].Start < hi; fi++ {
		f := facts[fi]
		i := lineAt(lines, f.Start)
		if f.End <= lines[i].end {
			continue
		}
		if b := lines[i].block; len(out) == 0 || out[len(out)-1] != b {
			out = append(out, b)
		}
	}
	return out
}

// setSize re-wraps the text for a new width and keeps the line that was at
// the top of the pane at the top.
func (m *articlePane) setSize(w, h int) {
	m.width, m.height = max(w, 1), max(h, 1)
	textW := min(max(m.width-4, 1), maxReadingWidth)
	m.pad = max((m.width-textW)/2, 0)
	switch {
	case m.lines == nil && len(m.text) > 2*firstLayout:
		// the first frame of a long article: lay out its top only
		m.textW = textW
		m.wrapped = extract.ChunkEnd(m.blocks, 0, firstLayout)
		m.lines = wrapRange(m.text, m.blocks, 0, m.wrapped, textW, m.facts)
	case textW != m.textW || m.lines == nil:
		anchor := m.topOffset()
		m.textW = textW
		m.lines = wrapArticle(m.text, m.blocks, textW, m.facts)
		m.wrapped = len(m.blocks)
		m.top = lineAt(m.lines, anchor)
	}
	m.clamp()
	m.applyPending()
}

// goTo shows byte off at the top, or once the layout is complete; it
// reports whether it did now.
func (m *articlePane) goTo(off int) bool {
	if m.lines == nil || !m.complete() {
		m.pending = off
		return false
	}
	m.top = lineAt(m.lines, off)
	m.clamp()
	return true
}

// applyPending shows the remembered position once the layout is complete,
// and reports whether it did.
func (m *articlePane) applyPending() bool {
	if m.pending < 0 || m.lines == nil || !m.complete() {
		return false
	}
	m.top = lineAt(m.lines, m.pending)
	m.clamp()
	m.pending = -1
	return true
}

// addLines appends the lines of the blocks after the laid-out top, made by
// wrapRestCmd for width textW from block from on.
func (m *articlePane) addLines(textW, from int, lines []line) bool {
	if textW != m.textW || from != m.wrapped {
		return false
	}
	m.lines = append(m.lines[:len(m.lines):len(m.lines)], lines...)
	m.wrapped = len(m.blocks)
	return true
}

func (m articlePane) topOffset() int {
	if m.top < len(m.lines) && m.top >= 0 {
		return m.lines[m.top].start
	}
	return 0
}

// bottomOffset is the byte just past the last line in view.
func (m articlePane) bottomOffset() int {
	last := min(m.top+m.height, len(m.lines)) - 1
	if last < 0 {
		return 0
	}
	return m.lines[last].end
}

func (m articlePane) maxTop() int { return max(len(m.lines)-m.height, 0) }

func (m *articlePane) clamp() { m.top = min(max(m.top, 0), m.maxTop()) }

func (m *articlePane) scroll(n int) { m.top += n; m.clamp() }

// showOffset scrolls so that byte off stands in view with some context
// above it; it does nothing when off is already comfortably in view.
func (m *articlePane) showOffset(off int) {
	i := lineAt(m.lines, off)
	ctx := min(m.height/4, 4)
	if i >= m.top+ctx && i < m.top+m.height-2 {
		return
	}
	m.top = i - ctx
	m.clamp()
}

// gotoPercent scrolls to p percent of the article, as less does.
func (m *articlePane) gotoPercent(p int) {
	p = min(max(p, 0), 100)
	m.top = len(m.lines) * p / 100
	if !m.complete() {
		m.top = lineAt(m.lines, len(m.text)*p/100)
	}
	m.clamp()
}

// percent is the reading position: how much of the article is above the
// bottom of the pane.
func (m articlePane) percent() int {
	if !m.complete() && len(m.text) > 0 {
		return m.bottomOffset() * 100 / len(m.text)
	}
	if len(m.lines) == 0 || m.top+m.height >= len(m.lines) {
		return 100
	}
	return (m.top + m.height) * 100 / len(m.lines)
}

// paneMarks is what the pane highlights: the figures, the selected one and
// the search matches.
type paneMarks struct {
	facts    []model.Fact
	selected int
	partner  int // the other figure of the selected comparison, or -1
	matches  [][2]int
	current  int // index in matches, -1 for none
}

// span classes of the bytes of a line.
const (
	clsBase uint8 = iota
	clsSelected
	clsMatch
	clsCurrent
	clsKind // clsKind + index in model.Kinds
)

// render draws the lines in view, each exactly m.width columns wide.
func (m articlePane) render(st *styles, pm paneMarks) []string {
	out := make([]string, 0, m.height)
	var cls []uint8
	var b strings.Builder
	for i := m.top; i < m.top+m.height; i++ {
		if i >= len(m.lines) {
			out = append(out, strings.Repeat(" ", m.width))
			continue
		}
		ln := m.lines[i]
		b.Reset()
		b.WriteString(strings.Repeat(" ", m.pad))
		cols := m.pad
		if ln.blank {
			b.WriteString(strings.Repeat(" ", max(m.width-cols, 0)))
			out = append(out, b.String())
			continue
		}
		kind := m.blocks[ln.block].Kind
		base := st.blockStyle(kind)
		switch kind {
		case model.BlockQuote:
			b.WriteString(st.quoteBar)
			cols += 2
		case model.BlockListItem:
			if ln.first && !hasMarker(m.text[ln.start:ln.end]) {
				b.WriteString("• ")
			} else {
				b.WriteString("  ")
			}
			cols += 2
		case model.BlockTitle, model.BlockHeading, model.BlockParagraph, model.BlockCode, model.BlockMeta:
		}
		cls = m.classify(cls[:0], ln, pm)
		text := m.text[ln.start:ln.end]
		writeRuns(&b, text, cls, st, base)
		cols += ln.cols
		b.WriteString(strings.Repeat(" ", max(m.width-cols, 0)))
		if simpleText(text) {
			out = append(out, b.String())
		} else {
			out = append(out, fit(b.String(), m.width))
		}
	}
	return out
}

// classify gives every byte of the line its highlight class. The figures
// and matches of the line are found by binary search, so the cost of a line
// does not depend on how many figures the article has.
func (m articlePane) classify(cls []uint8, ln line, pm paneMarks) []uint8 {
	n := ln.end - ln.start
	cls = append(cls, make([]uint8, n)...)
	mark := func(s, e int, c uint8) {
		s, e = max(s, ln.start), min(e, ln.end)
		for j := s; j < e; j++ {
			cls[j-ln.start] = c
		}
	}
	fi := sort.Search(len(pm.facts), func(i int) bool { return pm.facts[i].End > ln.start })
	for ; fi < len(pm.facts) && pm.facts[fi].Start < ln.end; fi++ {
		f := pm.facts[fi]
		c := clsKind + kindIndex(f.Kind)
		if fi == pm.selected || fi == pm.partner {
			c = clsSelected
		}
		mark(f.Start, f.End, c)
	}
	mi := sort.Search(len(pm.matches), func(i int) bool { return pm.matches[i][1] > ln.start })
	for ; mi < len(pm.matches) && pm.matches[mi][0] < ln.end; mi++ {
		c := clsMatch
		if mi == pm.current {
			c = clsCurrent
		}
		mark(pm.matches[mi][0], pm.matches[mi][1], c)
	}
	return cls
}

func kindIndex(k model.Kind) uint8 {
	for i, x := range model.Kinds {
		if x == k {
			return uint8(i)
		}
	}
	return uint8(len(model.Kinds))
}

// writeRuns writes text styled run by run, with controls made harmless.
func writeRuns(b *strings.Builder, text string, cls []uint8, st *styles, base sgr) {
	for i := 0; i < len(text); {
		j := i + 1
		for j < len(text) && cls[j] == cls[i] {
			j++
		}
		if j < len(text) && (!alone(text, j) || !plainASCII(text[i:j])) {
			// a highlight that ends inside a character (a search for one
			// rune of a flag, a figure after a prepended mark) takes the
			// whole character, which an escape sequence would otherwise
			// cut in two
			for k := i; k < j; {
				k, _ = nextChar(text, k)
				j = max(j, k)
			}
		}
		s := base
		switch c := cls[i]; {
		case c == clsSelected:
			s = st.selected
		case c == clsMatch:
			s = st.match
		case c == clsCurrent:
			s = st.currentMatch
		case c >= clsKind:
			if int(c-clsKind) < len(model.Kinds) {
				s = st.kind[model.Kinds[c-clsKind]]
			}
		}
		b.WriteString(s.on)
		writeClean(b, text[i:j])
		b.WriteString(s.off)
		i = j
	}
}

// clean returns s with line breaks and tabs as spaces and other control
// characters dropped, for the labels and sentences shown outside the pane.
func clean(s string) string {
	var b strings.Builder
	writeClean(&b, s)
	return b.String()
}

// writeClean writes s with line breaks and tabs as spaces, other control
// characters dropped and stray bytes as U+FFFD: an article never drives the
// terminal. nextChar measures what it writes.
func writeClean(b *strings.Builder, s string) {
	clean, high := true, false
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f || c == 0xc2 {
			clean = false
			break
		} else if c >= 0x80 {
			high = true
		}
	}
	if clean && (!high || utf8.ValidString(s)) {
		b.WriteString(s)
		return
	}
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			b.WriteByte(' ')
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
		default:
			b.WriteRune(r)
		}
	}
}

func (s *styles) blockStyle(k model.BlockKind) sgr {
	switch k {
	case model.BlockTitle:
		return s.title
	case model.BlockHeading:
		return s.heading
	case model.BlockMeta:
		return s.meta
	case model.BlockQuote:
		return s.quote
	case model.BlockCode:
		return s.code
	case model.BlockListItem:
		return s.item
	case model.BlockParagraph:
		return s.body
	}
	return s.body
}

// hasMarker reports whether a list item already starts with its bullet or number.
func hasMarker(s string) bool {
	for _, p := range []string{"• ", "- ", "* ", "– ", "· "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	i := 0
	for i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// offsetAt returns the byte of the text drawn at column x of screen row y
// of the pane, or -1 when nothing is drawn there.
func (m articlePane) offsetAt(x, y int) int {
	i := m.top + y
	if y < 0 || i >= len(m.lines) || m.lines[i].blank {
		return -1
	}
	ln := m.lines[i]
	col := x - m.pad - blockIndent(m.blocks[ln.block].Kind)
	if col < 0 || col >= ln.cols {
		return -1
	}
	w := 0
	s := m.text[:ln.end]
	for j := ln.start; j < ln.end; {
		next, c := nextChar(s, j)
		w += c
		if w > col {
			return j
		}
		j = next
	}
	return -1
}
