package articles

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"figs/model"
)

// tableCellSeparator joins the cells of a table row, which becomes one
// paragraph.
const tableCellSeparator = " | "

// parseMarkdown reads Markdown with goldmark: an optional front matter
// (title, author, date, lang), a leading level-1 heading as the title, then
// headings, paragraphs, list items, quotes, tables (a row per block) and code
// kept verbatim. Links show as their text, images as their alt text, raw
// HTML is dropped.
func parseMarkdown(source, s string) draft {
	s = stripControls(s)
	d := draft{source: source}
	s = frontMatter(&d, s)
	// goldmark only reads its source, so the text need not be copied.
	src := util.StringToReadOnlyBytes(s)
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
	doc := md.Parser().Parse(text.NewReader(src))
	w := mdWalker{src: src, d: &d}
	first := doc.FirstChild()
	if h, ok := first.(*ast.Heading); ok && h.Level == 1 && d.title == "" {
		d.title = w.inlineText(h)
		first = first.NextSibling()
	}
	for n := first; n != nil; n = n.NextSibling() {
		w.block(n, model.BlockParagraph)
	}
	return d
}

// hasFrontMatter reports whether s starts with a front matter block: a
// "---" line, then only "key: value" lines, list lines and comments, then
// another "---" line.
func hasFrontMatter(s string) bool {
	body, ok := frontMatterBody(s)
	return ok && body != ""
}

// frontMatterKey matches the lines a front matter block may hold.
var frontMatterKey = regexp.MustCompile(`^(?:[A-Za-z_][\w.-]*\s*:.*|\s+.*|#.*|\s*)$`)

// frontMatterBody returns the lines between the "---" lines of a front
// matter block at the start of s.
func frontMatterBody(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "---\n")
	if !ok {
		return "", false
	}
	body, _, ok := strings.Cut(rest, "\n---")
	if !ok || strings.Count(body, "\n") > 50 {
		return "", false
	}
	for line := range strings.SplitSeq(body, "\n") {
		if !frontMatterKey.MatchString(line) {
			return "", false
		}
	}
	return body, true
}

// frontMatter reads a YAML-like front matter block ("---" lines around
// "key: value" lines) into d and returns the text after it.
func frontMatter(d *draft, s string) string {
	body, ok := frontMatterBody(s)
	if !ok {
		return s
	}
	rest := s[len("---\n")+len(body)+len("\n---"):]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[i+1:]
	} else {
		rest = ""
	}
	for line := range strings.SplitSeq(body, "\n") {
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		value = strings.Trim(strings.TrimSpace(value), `"'`)
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "title":
			d.title = value
		case "author", "byline", "authors":
			d.byline = value
		case "date", "published":
			d.date = value
		case "lang", "language":
			d.lang = value
		}
	}
	return rest
}

// mdWalker turns goldmark block nodes into draft blocks.
type mdWalker struct {
	src []byte
	d   *draft
}

// block adds the blocks of n; kind is what a paragraph inside n becomes
// (a quote inside a blockquote).
func (w mdWalker) block(n ast.Node, kind model.BlockKind) {
	switch n := n.(type) {
	case *ast.Heading:
		w.d.add(model.BlockHeading, w.inlineText(n))
	case *ast.Paragraph, *ast.TextBlock:
		w.d.add(kind, w.inlineText(n))
	case *ast.Blockquote:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			w.block(c, model.BlockQuote)
		}
	case *ast.List:
		w.list(n)
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		w.d.add(model.BlockCode, w.lines(n))
	case *east.Table:
		for row := n.FirstChild(); row != nil; row = row.NextSibling() {
			w.d.add(kind, w.tableRow(row))
		}
	}
}

// list adds one list item block per item, each with its marker; an item's
// nested blocks follow it.
func (w mdWalker) list(l *ast.List) {
	num := l.Start
	for item := l.FirstChild(); item != nil; item = item.NextSibling() {
		marker := "• "
		if l.IsOrdered() {
			marker = strconv.Itoa(num) + ". "
			num++
		}
		c := item.FirstChild()
		if c != nil && (c.Kind() == ast.KindParagraph || c.Kind() == ast.KindTextBlock) {
			w.d.add(model.BlockListItem, marker+w.inlineText(c))
			c = c.NextSibling()
		} else {
			w.d.add(model.BlockListItem, marker)
		}
		for ; c != nil; c = c.NextSibling() {
			w.block(c, model.BlockParagraph)
		}
	}
}

// tableRow joins the cells of a table row.
func (w mdWalker) tableRow(row ast.Node) string {
	var cells []string
	for c := row.FirstChild(); c != nil; c = c.NextSibling() {
		cells = append(cells, strings.TrimSpace(w.inlineText(c)))
	}
	return strings.Join(cells, tableCellSeparator)
}

// lines returns the verbatim lines of a code block.
func (w mdWalker) lines(n ast.Node) string {
	var b strings.Builder
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		b.Write(seg.Value(w.src))
	}
	return b.String()
}

// inlineText returns the text of an inline container: links become their
// text, images their alt text, line breaks stay; raw HTML is dropped.
func (w mdWalker) inlineText(n ast.Node) string {
	var b strings.Builder
	w.appendInline(&b, n)
	return b.String()
}

func (w mdWalker) appendInline(b *strings.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Value(w.src))
			// A line break stays one until the block is cleaned, so that
			// boilerplate lines at the end of a paragraph can be told apart.
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.Write(c.Value)
		case *ast.AutoLink:
			b.Write(c.Label(w.src))
		case *ast.RawHTML:
		default:
			w.appendInline(b, c)
		}
	}
}
