package model

// BlockKind says what a block of an article is, so the reader can style it.
type BlockKind string

// The kinds of block an article is made of.
const (
	BlockTitle     BlockKind = "title"
	BlockHeading   BlockKind = "heading"
	BlockParagraph BlockKind = "paragraph"
	BlockListItem  BlockKind = "item"
	BlockQuote     BlockKind = "quote"
	BlockCode      BlockKind = "code"
	BlockMeta      BlockKind = "meta" // byline and date lines under the title
)

// Block is one block of an article: a byte span of Article.Text. Blocks are in
// order, do not overlap, and are separated in Text by a blank line ("\n\n").
type Block struct {
	Kind  BlockKind `json:"kind"`
	Start int       `json:"start"`
	End   int       `json:"end"`
}

// Article is a cleaned article: the one text that the reader shows, that
// figs cat prints and that every figure offset points into.
type Article struct {
	Source string  `json:"source"`           // file path, URL, "-" or "default"
	Title  string  `json:"title"`            // also the first block of Text
	Byline string  `json:"byline,omitempty"` // author line, if known
	Date   string  `json:"date,omitempty"`   // publication date as found, if known
	Lang   string  `json:"lang,omitempty"`   // "de", "en" or "" when unknown
	Text   string  `json:"text"`             // the cleaned text, blocks joined by "\n\n"
	Blocks []Block `json:"blocks"`
}

// BlockText returns the text of block b.
func (a Article) BlockText(b Block) string { return a.Text[b.Start:b.End] }

// ArticleInfo describes one article of a library, for the library picker.
type ArticleInfo struct {
	Name    string `json:"name"` // the name to open it by, relative to the library
	Title   string `json:"title"`
	Lang    string `json:"lang"`
	Figures int    `json:"figures"` // number of figures found in it
	Size    int64  `json:"size"`    // bytes of the source
}
