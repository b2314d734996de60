package articles

import (
	"path"
	"strings"
	"unicode"
	"unicode/utf8"

	"figs/model"
	"figs/model/extract"
)

// draft is an article as a format parser sees it, before it becomes the one
// cleaned text: metadata and a list of blocks with their raw text.
type draft struct {
	source string
	title  string
	byline string
	date   string
	lang   string // as declared by the source, "" when not declared
	blocks []draftBlock
}

// draftBlock is one block of a draft.
type draftBlock struct {
	kind model.BlockKind
	text string
	// cleaned is set when text is already through Clean, so that only its
	// white space is left to tidy.
	cleaned bool
}

// add appends a block; blocks that clean up to nothing are dropped later.
func (d *draft) add(kind model.BlockKind, text string) {
	d.blocks = append(d.blocks, draftBlock{kind: kind, text: text})
}

// clean cleans text as the text of b: code keeps its lines, every other
// block becomes one line.
func (b draftBlock) clean(text string) string {
	switch {
	case b.kind == model.BlockCode:
		return cleanCode(text)
	case b.cleaned:
		return inlineCleaned(text)
	}
	return inline(text)
}

// metaSeparator sits between the byline and the date in the meta block.
const metaSeparator = " · "

// article cleans every block and joins them into the article's text: the
// title block, the meta block when there is a byline or date, then the body
// blocks, separated by blank lines. Code keeps its lines; every other block
// becomes one line. Trailing boilerplate is dropped.
func (d draft) article() model.Article {
	// The metadata are copied: they may be parts of the decoded source,
	// which may be the caller's bytes (see handOver) and must not be kept
	// alive beside the text.
	a := model.Article{
		Source: d.source,
		Title:  strings.Clone(inline(d.title)),
		Byline: strings.Clone(inline(d.byline)),
		Date:   strings.Clone(inline(d.date)),
	}
	body := make([]draftBlock, 0, len(d.blocks))
	// raw keeps each body block's text as the parser gave it, with its
	// line breaks, for the boilerplate lines at the end of the last ones.
	raw := make([]string, 0, len(d.blocks))
	for _, b := range d.blocks {
		text := b.text
		b.text = b.clean(text)
		if b.text == "" {
			continue
		}
		body = append(body, b)
		raw = append(raw, text)
	}
	body = dropTrailingBoilerplate(body, raw)
	if a.Title == "" && len(body) > 0 && body[0].kind == model.BlockHeading {
		a.Title = strings.Clone(body[0].text)
		body = body[1:]
	}
	if a.Title == "" {
		a.Title = fallbackTitle(d.source)
	}
	if len(body) > 0 && body[0].kind == model.BlockHeading && body[0].text == a.Title {
		body = body[1:]
	}

	var text strings.Builder
	n := len(a.Title) + len(a.Byline) + len(a.Date) + 2*len(metaSeparator)
	for _, b := range body {
		n += len(b.text) + len("\n\n")
	}
	text.Grow(n)
	addBlock := func(kind model.BlockKind, s string) {
		if text.Len() > 0 {
			text.WriteString("\n\n")
		}
		start := text.Len()
		text.WriteString(s)
		a.Blocks = append(a.Blocks, model.Block{Kind: kind, Start: start, End: text.Len()})
	}
	addBlock(model.BlockTitle, a.Title)
	if meta := metaLine(a.Byline, a.Date); meta != "" {
		addBlock(model.BlockMeta, meta)
	}
	for _, b := range body {
		addBlock(b.kind, b.text)
	}
	a.Text = text.String()
	a.Lang = normalizeLang(d.lang)
	if a.Lang == "" {
		a.Lang = extract.DetectLang(a.Text)
	}
	return a
}

// metaLine joins a byline and a date for the meta block.
func metaLine(byline, date string) string {
	switch {
	case byline != "" && date != "":
		return byline + metaSeparator + date
	case byline != "":
		return byline
	}
	return date
}

// cleanCode cleans a code block without reflowing it: controls go, tabs
// are expanded, trailing spaces and blank lines at both ends are trimmed.
func cleanCode(s string) string {
	lines := strings.Split(stripControls(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(expandTabs(l), " ")
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// fallbackTitle names an article that has no title of its own after its
// source: the file name without extension, or the last part of a URL path.
func fallbackTitle(source string) string {
	if source == "" || source == "-" {
		return "Untitled"
	}
	s := source
	if i := strings.Index(s, "://"); i >= 0 {
		s = strings.TrimRight(s[i+3:], "/")
	}
	s = strings.ReplaceAll(s, "\\", "/")
	base := path.Base(s)
	if ext := path.Ext(base); ext != "" && ext != base {
		base = strings.TrimSuffix(base, ext)
	}
	if t := inline(base); t != "" && t != "." && t != "/" {
		return t
	}
	return "Untitled"
}

// normalizeLang maps a declared language ("de-DE", "en_GB", "EN") to the
// codes figs knows, or "" for anything else.
func normalizeLang(lang string) string {
	lang = strings.ToLower(strings.TrimSpace(lang))
	if i := strings.IndexAny(lang, "-_"); i >= 0 {
		lang = lang[:i]
	}
	switch lang {
	case "de", "deu", "ger", "german", "deutsch":
		return "de"
	case "en", "eng", "english":
		return "en"
	}
	return ""
}

// punctuationOnly reports whether s has no letters or digits, like the lone
// "." a web page leaves before its comment form.
func punctuationOnly(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return utf8.RuneCountInString(s) <= 3
}
