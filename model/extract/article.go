package extract

import (
	"runtime"
	"sync"
	"unicode"
	"unicode/utf8"

	"figs/model"
)

// The sizes of the one article-level extraction path. Every caller (the
// reader, figs facts, figs review, the library) goes through Run, so the
// chunks, and with them the figures and their IDs, are the same everywhere:
// stored marks depend on figure identity.
const (
	// FirstChunk is how much of an article is searched first: the reader
	// does it before its first frame (a few screens; extraction costs about
	// 0.1 ms per KB).
	FirstChunk = 16 << 10
	// ChunkSize is the size of each later chunk; Run.Next searches several
	// side by side.
	ChunkSize = 512 << 10
	// LangSample is how much of an article's beginning its language is
	// guessed from.
	LangSample = 64 << 10
	// MaxPiece is the size from which a block of prose is cut into pieces
	// (see Blocks).
	MaxPiece = 16 << 10
)

// Run is the extraction of one article: its text, the blocks it is
// searched by, and its language. The reader runs it chunk by chunk in the
// background; Article runs it to the end at once. Either way the chunk
// bounds are the same, so the figures are too.
type Run struct {
	Text   string
	Blocks []model.Block // from Blocks: valid, in order, long prose cut in pieces
	Lang   string
}

// NewRun prepares the extraction of a; lang overrides the article's own
// language unless "" or "auto".
func NewRun(a model.Article, lang string) Run {
	return Run{Text: a.Text, Blocks: Blocks(a), Lang: ArticleLang(a, lang)}
}

// Complete reports whether a chunk ending at block next was the last.
func (r Run) Complete(next int) bool { return next >= len(r.Blocks) }

// First finds the figures of the first FirstChunk bytes of whole blocks.
func (r Run) First() Chunk { return r.blocks(0, ChunkEnd(r.Blocks, 0, FirstChunk)) }

// Next finds the figures of the n chunks of about ChunkSize bytes from block
// from on, side by side (one per CPU is the reader's choice), and returns
// them as one chunk. The bounds do not depend on n.
func (r Run) Next(from, n int) Chunk {
	var bounds [][2]int
	for i := from; i < len(r.Blocks) && len(bounds) < max(n, 1); {
		j := ChunkEnd(r.Blocks, i, ChunkSize)
		bounds = append(bounds, [2]int{i, j})
		i = j
	}
	if len(bounds) == 0 {
		return r.blocks(from, from)
	}
	if len(bounds) == 1 {
		return r.blocks(bounds[0][0], bounds[0][1])
	}
	parts := make([]Chunk, len(bounds))
	var wg sync.WaitGroup
	for k, b := range bounds {
		wg.Go(func() { parts[k] = r.blocks(b[0], b[1]) })
	}
	wg.Wait()
	var res Chunk
	for _, p := range parts {
		res.append(p)
	}
	return res
}

// Chunk is the figures of a run of whole blocks: offsets are absolute into
// the text, IDs and comparison indexes count from 0 within the chunk.
type Chunk struct {
	Facts       []model.Fact
	Comparisons []model.Comparison
	Done        int // bytes of the text searched up to
	Next        int // the first block not searched
}

// append adds the chunk c, which follows, to res, renumbering its IDs.
func (res *Chunk) append(c Chunk) {
	base := len(res.Facts)
	for _, f := range c.Facts {
		f.ID += base
		res.Facts = append(res.Facts, f)
	}
	for _, cmp := range c.Comparisons {
		cmp.A += base
		cmp.B += base
		res.Comparisons = append(res.Comparisons, cmp)
	}
	res.Done, res.Next = c.Done, c.Next
}

// Found is what a Run found so far, in reading order, with IDs equal to
// the index in Facts.
type Found struct {
	Facts       []model.Fact
	Comparisons []model.Comparison
	Done        int // bytes of the text searched so far
	Next        int // the first block not yet searched
}

// Add appends chunk c, the one after the chunks added before, and returns
// the comparisons it added (a comparison naming a figure out of range is
// dropped).
func (f *Found) Add(c Chunk) []model.Comparison {
	base, from := len(f.Facts), len(f.Comparisons)
	for _, x := range c.Facts {
		x.ID += base
		f.Facts = append(f.Facts, x)
	}
	for _, cmp := range c.Comparisons {
		cmp.A += base
		cmp.B += base
		if cmp.A < 0 || cmp.B < 0 || cmp.A >= len(f.Facts) || cmp.B >= len(f.Facts) {
			continue
		}
		f.Comparisons = append(f.Comparisons, cmp)
	}
	f.Done, f.Next = c.Done, c.Next
	return f.Comparisons[from:]
}

// Article extracts the figures of an article: its whole text except code
// blocks, which are never mined, chunk by chunk as the reader does it. lang
// overrides a.Lang unless "" or "auto"; without either, the language is
// guessed from the first LangSample bytes.
func Article(a model.Article, lang string) model.Facts {
	r := NewRun(a, lang)
	var f Found
	f.Add(r.First())
	for !r.Complete(f.Next) {
		f.Add(r.Next(f.Next, runtime.GOMAXPROCS(0)))
	}
	if f.Facts == nil {
		f.Facts = []model.Fact{}
	}
	if f.Comparisons == nil {
		f.Comparisons = []model.Comparison{}
	}
	return model.Facts{Lang: r.Lang, Facts: f.Facts, Comparisons: f.Comparisons}
}

// ArticleLang picks the extraction language of a: the override, the
// article's own, or a guess from its first LangSample bytes.
func ArticleLang(a model.Article, override string) string {
	if override != "" && override != "auto" && lexiconOf(override) != nil {
		return override
	}
	if lexiconOf(a.Lang) != nil {
		return a.Lang
	}
	head := a.Text
	if len(head) > LangSample {
		head = head[:runeStart(head, LangSample)]
	}
	return DetectLang(head)
}

// ChunkEnd returns the block after the run of whole blocks that starts at
// from and covers at least size bytes (or the last block).
func ChunkEnd(blocks []model.Block, from, size int) int {
	if from >= len(blocks) {
		return len(blocks)
	}
	start := blocks[from].Start
	i := from + 1
	for i < len(blocks) && blocks[i].Start-start < size {
		i++
	}
	return i
}

// blocks finds the figures of blocks [from, to). Each run of blocks that
// are not code is extracted as one text, so a figure or comparison across
// two paragraphs of a run is found as in the whole text.
func (r Run) blocks(from, to int) Chunk {
	var res Chunk
	text, blocks := r.Text, r.Blocks
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
		fs := Extract(text[lo:hi], Options{Lang: r.Lang})
		base := len(res.Facts)
		ok := true
		for _, x := range fs.Facts {
			x.Start += lo
			x.End += lo
			if x.Start < lo || x.End > hi || x.Start > x.End {
				ok = false
				continue
			}
			x.ID = len(res.Facts)
			res.Facts = append(res.Facts, x)
		}
		if ok {
			for _, c := range fs.Comparisons {
				c.A += base
				c.B += base
				res.Comparisons = append(res.Comparisons, c)
			}
		}
		i = j
	}
	res.Next = to
	if to >= len(blocks) {
		res.Done = len(text)
	} else {
		res.Done = blocks[to].Start
	}
	return res
}

// Blocks returns the blocks of a as extraction and the reader go through
// them: a's own, or one paragraph over the whole text when they do not
// describe it (bad input must not crash anything), with every block of prose
// longer than MaxPiece cut into pieces. A piece follows the one before it
// with no byte between them (Continues) and is cut at the end of a sentence
// where there is one, else at a space: a 10 MB text with no blank line would
// otherwise be one block, searched whole before the reader's first frame.
func Blocks(a model.Article) []model.Block {
	whole := []model.Block{{Kind: model.BlockParagraph, Start: 0, End: len(a.Text)}}
	prev := 0
	for _, b := range a.Blocks {
		if b.Start < prev || b.End < b.Start || b.End > len(a.Text) {
			return splitBlocks(a.Text, whole)
		}
		prev = b.End
	}
	if len(a.Blocks) == 0 && a.Text != "" {
		return splitBlocks(a.Text, whole)
	}
	return splitBlocks(a.Text, a.Blocks)
}

// Continues reports whether block i of blocks (from Blocks) is a piece of
// the block before it.
func Continues(blocks []model.Block, i int) bool {
	return i > 0 && blocks[i].Start == blocks[i-1].End && blocks[i].Kind == blocks[i-1].Kind
}

func splitBlocks(text string, blocks []model.Block) []model.Block {
	long := false
	for _, b := range blocks {
		if b.End-b.Start > MaxPiece && b.Kind != model.BlockCode {
			long = true
			break
		}
	}
	if !long {
		return blocks
	}
	out := make([]model.Block, 0, len(blocks)+len(text)/MaxPiece)
	for _, b := range blocks {
		for b.Kind != model.BlockCode && b.End-b.Start > MaxPiece {
			cut := pieceEnd(text[:b.End], b.Start, b.Start+MaxPiece)
			out = append(out, model.Block{Kind: b.Kind, Start: b.Start, End: cut})
			b.Start = cut
		}
		out = append(out, b)
	}
	return out
}

// pieceEnd returns where to cut text after start, at most at limit: the
// space after the last sentence end in the last quarter, else the last
// space there, else the last character boundary (never inside a rune nor
// before a mark that joins the character before it).
func pieceEnd(text string, start, limit int) int {
	lo := limit - MaxPiece/4
	space := -1
	for i := limit; i > lo; i-- {
		if text[i] != ' ' {
			continue
		}
		if c := text[i-1]; c == '.' || c == '!' || c == '?' {
			return i
		}
		if space < 0 {
			space = i
		}
	}
	if space > 0 {
		return space
	}
	end := runeStart(text, limit)
	for end > start+1 {
		r, _ := utf8.DecodeRuneInString(text[end:])
		if !joins(r) {
			return end
		}
		end = runeStart(text, end-1)
	}
	// one character over the whole piece: cut after its first rune
	_, size := utf8.DecodeRuneInString(text[start:])
	return start + size
}

// joins reports whether r attaches to the character before it, so that a
// cut before it would split what the terminal draws as one character.
func joins(r rune) bool {
	switch {
	case unicode.Is(unicode.M, r), r == 0x200D, r >= 0xFE00 && r <= 0xFE0F,
		r >= 0x1F3FB && r <= 0x1F3FF, r >= 0xE0020 && r <= 0xE007F:
		return true
	}
	return false
}

// runeStart moves i back to the start of the rune it falls in.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
