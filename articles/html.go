package articles

import (
	"encoding/json"
	"net/url"
	"strconv"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"figs/model"
)

// maxHTMLElements bounds the pages readability scores; bigger ones are read
// whole by the fallback walker, which is linear.
const maxHTMLElements = 200_000

// parseHTML extracts the main content of a web page with readability, then
// walks it into blocks: headings, paragraphs, list items, quotes, code and
// table rows. Metadata come from readability (title, byline, date, lang:
// JSON-LD, OpenGraph and <meta> tags), then from figs' own look at the
// page. Pages readability cannot read are walked whole, minus the parts
// that are never content (navigation, scripts, forms).
//
// go-readability won over go-trafilatura on figs' corpus and on speed,
// start-up time and binary size; the README has the scores.
func parseHTML(source, s string, pageURL *url.URL) draft {
	return extractHTML(source, s, pageURL, true)
}

// extractHTML is parseHTML; without tidy it skips the boilerplate removal
// figs adds around readability, which the scoring test uses as a baseline.
func extractHTML(source, s string, pageURL *url.URL, tidy bool) draft {
	d := draft{source: source}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return d
	}
	// What figs reads of the page itself is read first: readability
	// changes the tree it is given, which spares copying it.
	docTitle, docLang, docDate := documentTitle(doc), documentLang(doc), metaDate(doc)
	art, ok := readable(doc, pageURL)
	root := doc
	siteName := ""
	if ok {
		siteName = art.SiteName()
		d.title = art.Title()
		d.byline = art.Byline()
		d.lang = art.Language()
		if t, err := art.PublishedTime(); err == nil {
			d.date = t.Format("2006-01-02")
		}
	}
	if ok && art.Node != nil {
		root = art.Node
		setAtoms(root)
	} else if root, err = html.Parse(strings.NewReader(s)); err != nil {
		// Readability may have changed the tree before it gave up.
		return d
	}
	if d.title == "" {
		d.title = docTitle
	}
	if d.lang == "" {
		d.lang = docLang
	}
	if d.date == "" {
		d.date = docDate
	}
	if d.date == "" {
		d.date = timeDate(root)
	}
	if tidy {
		removeBoilerplateNodes(root)
	}
	w := htmlWalker{d: &d}
	w.container(root, model.BlockParagraph, "")
	if tidy {
		dropLeadMeta(&d, siteNames(docTitle, d.title, siteName))
		dropInlineBoilerplate(&d)
	}
	return d
}

// setAtoms gives the elements readability renamed (a <div> it turned into
// a <p>) the atom of their new name: it sets only Data, and the walker
// tells blocks from inline elements by atom.
func setAtoms(n *html.Node) {
	if n.Type == html.ElementNode && n.DataAtom == 0 {
		n.DataAtom = atom.Lookup([]byte(n.Data))
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		setAtoms(c)
	}
}

// readable runs readability on doc, which it changes. It reports false
// when the page is too big or readability fails, panics included, so that
// the caller falls back to the whole page.
func readable(doc *html.Node, pageURL *url.URL) (art readability.Article, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	p := readability.NewParser()
	p.MaxElemsToParse = maxHTMLElements
	p.KeepClasses = true // removeBoilerplateNodes reads them
	art, err := p.ParseAndMutate(doc, pageURL)
	if err != nil {
		return readability.Article{}, false
	}
	return art, true
}

// documentTitle returns the text of the page's <title>.
func documentTitle(doc *html.Node) string {
	n := findElement(doc, atom.Title)
	if n == nil {
		return ""
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// metaDate returns the publication date of a page from a date <meta>
// readability does not know (name="date", Dublin Core,
// itemprop="datePublished"; common on German sites). Only ISO dates are
// taken.
func metaDate(doc *html.Node) string {
	var found string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if found != "" {
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.Meta || attr(n, "itemprop") == "datePublished") {
			name := strings.ToLower(attr(n, "name") + attr(n, "itemprop"))
			switch name {
			case "date", "dc.date", "dcterms.date", "dc.date.issued", "dcterms.created", "pubdate",
				"publish-date", "publishdate", "datepublished":
				found = isoDate(attr(n, "content") + attr(n, "datetime"))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return found
}

// timeDate returns the ISO date of the first <time datetime> in the
// article root, or "".
func timeDate(root *html.Node) string {
	if t := findElement(root, atom.Time); t != nil {
		return isoDate(attr(t, "datetime"))
	}
	return ""
}

// isoDate returns the YYYY-MM-DD start of s, or "".
func isoDate(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 10 || s[4] != '-' || s[7] != '-' {
		return ""
	}
	for i, c := range s[:10] {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return ""
		}
	}
	return s[:10]
}

// documentLang returns the language a page declares: the lang attribute
// of <html>, else a language <meta> (Content-Language, language,
// Dublin Core, og:locale), else the inLanguage of its JSON-LD.
func documentLang(doc *html.Node) string {
	if n := findElement(doc, atom.Html); n != nil && strings.TrimSpace(attr(n, "lang")) != "" {
		return attr(n, "lang")
	}
	var meta, ld string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if meta != "" {
			return
		}
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Meta:
				switch strings.ToLower(attr(n, "http-equiv") + attr(n, "name") + attr(n, "property")) {
				case "content-language", "language", "dc.language", "dcterms.language", "og:locale":
					meta = strings.TrimSpace(attr(n, "content"))
				}
			case n.DataAtom == atom.Script && ld == "" && strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json"):
				if c := n.FirstChild; c != nil && c.Type == html.TextNode {
					ld = jsonLDLang(c.Data)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if meta != "" {
		return meta
	}
	return ld
}

// jsonLDLang returns the first inLanguage of a JSON-LD block, a string or
// a Language object's alternateName or name, or "".
func jsonLDLang(s string) string {
	var v any
	if json.Unmarshal([]byte(s), &v) != nil {
		return ""
	}
	var find func(any, int) string
	find = func(v any, depth int) string {
		if depth > 8 {
			return ""
		}
		switch v := v.(type) {
		case map[string]any:
			switch l := v["inLanguage"].(type) {
			case string:
				return l
			case map[string]any:
				for _, k := range []string{"alternateName", "name"} {
					if s, ok := l[k].(string); ok {
						return s
					}
				}
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if l := find(v[k], depth+1); l != "" {
					return l
				}
			}
		case []any:
			for _, e := range v {
				if l := find(e, depth+1); l != "" {
					return l
				}
			}
		}
		return ""
	}
	return find(v, 0)
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	if n.Type == html.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := findElement(c, a); f != nil {
			return f
		}
	}
	return nil
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// htmlWalker turns an HTML tree into draft blocks.
type htmlWalker struct {
	d *draft
}

// container walks the children of n. Runs of inline children become one
// block of kind; block children are walked on their own. Two <br> in a
// row end a block, as pages that split paragraphs with them mean; one is
// a space. prefix (a list marker) goes before the first block n yields.
func (w htmlWalker) container(n *html.Node, kind model.BlockKind, prefix string) {
	var run strings.Builder
	flush := func() {
		if strings.TrimSpace(run.String()) != "" {
			w.d.add(kind, prefix+run.String())
			prefix = ""
		}
		run.Reset()
	}
	breaks := 0 // <br> in a row, white space between them
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && skipped(c) {
			continue
		}
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.Br:
			if breaks++; breaks == 2 {
				flush()
			}
		case c.Type != html.TextNode || strings.TrimSpace(c.Data) != "":
			breaks = 0
		}
		if c.Type != html.ElementNode || !isBlock(c) {
			appendText(&run, c)
			continue
		}
		flush()
		if prefix != "" && w.startsWithText(c) {
			w.element(c, kind, prefix)
			prefix = ""
			continue
		}
		w.element(c, kind, "")
	}
	flush()
}

// startsWithText reports whether n's first block will be inline text, so a
// pending list marker belongs to it.
func (w htmlWalker) startsWithText(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span, atom.Section:
		return true
	}
	return false
}

// element adds the blocks of one block-level element.
func (w htmlWalker) element(n *html.Node, kind model.BlockKind, prefix string) {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		w.d.add(model.BlockHeading, textContent(n))
	case atom.P, atom.Dt, atom.Dd, atom.Figcaption, atom.Summary, atom.Caption:
		w.d.add(kind, prefix+textContent(n))
	case atom.Pre:
		w.d.add(model.BlockCode, rawText(n))
	case atom.Blockquote:
		w.container(n, model.BlockQuote, prefix)
	case atom.Ul, atom.Ol:
		w.list(n)
	case atom.Table:
		w.table(n, kind)
	case atom.Hr, atom.Br:
	default:
		w.container(n, kind, prefix)
	}
}

// list adds one block per list item, each with its marker.
func (w htmlWalker) list(n *html.Node) {
	num := 1
	if n.DataAtom == atom.Ol {
		if s := attr(n, "start"); s != "" {
			if v, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && v >= 0 && v < 1_000_000 {
				num = v
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			if c.Type == html.ElementNode && isBlock(c) && !skipped(c) {
				w.element(c, model.BlockParagraph, "")
			}
			continue
		}
		marker := "• "
		if n.DataAtom == atom.Ol {
			marker = strconv.Itoa(num) + ". "
			num++
		}
		w.container(c, model.BlockListItem, marker)
	}
}

// table adds one block per row, its cells joined.
func (w htmlWalker) table(n *html.Node, kind model.BlockKind) {
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipped(c) {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				var cells []string
				for td := c.FirstChild; td != nil; td = td.NextSibling {
					if td.Type == html.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
						if t := inline(textContent(td)); t != "" {
							cells = append(cells, t)
						}
					}
				}
				w.d.add(kind, strings.Join(cells, tableCellSeparator))
			case atom.Caption:
				w.d.add(kind, textContent(c))
			case atom.Table:
				w.table(c, kind)
			default:
				walk(c)
			}
		}
	}
	walk(n)
}

// skipped reports whether an element never holds article text.
func skipped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math,
		atom.Nav, atom.Form, atom.Button, atom.Select, atom.Input, atom.Textarea,
		atom.Iframe, atom.Object, atom.Embed, atom.Canvas, atom.Audio, atom.Video,
		atom.Img, atom.Picture, atom.Head, atom.Title, atom.Meta, atom.Link:
		return true
	}
	return attr(n, "hidden") != "" || attr(n, "aria-hidden") == "true"
}

// isBlock reports whether an element starts a new block.
func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Details, atom.Dialog,
		atom.Dd, atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Header,
		atom.Hgroup, atom.Hr, atom.Li, atom.Main, atom.Ol, atom.P, atom.Pre, atom.Section,
		atom.Table, atom.Ul, atom.Summary, atom.Caption, atom.Body, atom.Html, atom.Center:
		return true
	}
	return false
}

// textContent returns the text of n's subtree without the elements that
// never hold text. A <br> or the end of a nested block is a line break;
// the line breaks of the source are spaces, as a browser shows them. The
// lines matter only for the boilerplate at an article's end: cleaning
// makes a block one line.
func textContent(n *html.Node) string {
	var b strings.Builder
	appendText(&b, n)
	return b.String()
}

func appendText(b *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		writeSpaced(b, n.Data)
		return
	case html.ElementNode:
		if skipped(n) {
			return
		}
		if n.DataAtom == atom.Br {
			b.WriteByte('\n')
			return
		}
		if n.DataAtom == atom.Sup {
			var inner strings.Builder
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				appendText(&inner, c)
			}
			if sup, ok := superscript(inner.String()); ok {
				b.WriteString(sup)
				return
			}
		}
		switch {
		case isBlock(n):
			b.WriteByte('\n')
			defer b.WriteByte('\n')
		case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
			defer b.WriteByte(' ')
		}
	case html.DocumentNode:
	default:
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		appendText(b, c)
	}
}

// writeSpaced writes s to b with its line breaks as spaces.
func writeSpaced(b *strings.Builder, s string) {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		b.WriteByte(' ')
		s = s[i+1:]
	}
}

// rawText returns the text of a <pre> as it is, line breaks included.
func rawText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			b.WriteString(n.Data)
		case n.Type == html.ElementNode && n.DataAtom == atom.Br:
			b.WriteByte('\n')
		case n.Type == html.ElementNode && skipped(n):
		default:
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
	}
	walk(n)
	return b.String()
}

// superscript writes a short numeric <sup> with superscript digits, so
// "km<sup>2</sup>" reads "km²" and "10<sup>6</sup>" "10⁶" rather than the
// false figures "km2" and "106".
func superscript(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 4 {
		return "", false
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune([]rune("⁰¹²³⁴⁵⁶⁷⁸⁹")[r-'0'])
		case r == '-' || r == '−':
			b.WriteRune('⁻')
		default:
			return "", false
		}
	}
	return b.String(), true
}
