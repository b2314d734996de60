package articles

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"figs/model"
)

// maxTitleRunes is the longest first line plain text may have for it to be
// taken as the title; a longer one is the start of the body.
const maxTitleRunes = 120

// bulletLine matches a plain-text list line: "- ", "* ", "• ", "1. ", "1) ".
var bulletLine = regexp.MustCompile(`^\s*(?:[-*•]|(\d{1,3})[.)])\s+(\S.*)$`)

// parseText reads plain text: paragraphs are split on blank lines, the
// lines of a paragraph are joined, a paragraph whose every line is a list
// line becomes list items, and a short first line is the title. Text
// written with one paragraph per line and no blank lines between them is
// told from hard-wrapped text by its lines (see linePerParagraph), and
// each of its lines is a paragraph.
func parseText(source, s string) draft {
	d := draft{source: source}
	paras := strings.Split(Clean(s), "\n\n")
	if title, rest, ok := textTitle(paras[0]); ok {
		d.title = title
		paras[0] = rest
	}
	for _, p := range paras {
		if !linePerParagraph(p) {
			addTextParagraph(&d, p)
			continue
		}
		for line := range strings.SplitSeq(p, "\n") {
			addTextParagraph(&d, line)
		}
	}
	for i := range d.blocks {
		d.blocks[i].cleaned = true
	}
	return d
}

// longLineRunes is the length from which a line is taken for a whole
// paragraph rather than one line of hard-wrapped text: text is wrapped at
// 72 to 80 columns, rarely at more than 100.
const longLineRunes = 150

// linePerParagraph reports whether the blank-line separated chunk p holds
// one paragraph per line rather than a hard-wrapped paragraph: it has
// several lines, and at least half of its text is in long lines, or every
// line ends a sentence. The lines of hard-wrapped prose are short and
// mostly end inside a sentence. Weighing the text rather than counting
// lines keeps a list of short lines among long paragraphs from making
// them one, and one long line (a URL) in wrapped text from splitting it.
func linePerParagraph(p string) bool {
	if !strings.Contains(p, "\n") {
		return false
	}
	lines, ends, long := 0, 0, 0
	for line := range strings.SplitSeq(p, "\n") {
		lines++
		if len(line) > longLineRunes && utf8.RuneCountInString(line) > longLineRunes {
			long += len(line)
		}
		if endsSentence(line) {
			ends++
		}
	}
	return long*2 >= len(p) || ends == lines
}

// sentenceCloser holds the marks that may follow a sentence's end: quotes
// and brackets.
const sentenceCloser = "\"'”“’‘»«)]"

// endsSentence reports whether line ends with the end of a sentence: a
// full stop, question or exclamation mark or ellipsis, perhaps inside
// quotes or brackets.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, " "+sentenceCloser)
	r, _ := utf8.DecodeLastRuneInString(line)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// setextUnderline matches a line of "=" or "-" that underlines a title.
var setextUnderline = regexp.MustCompile(`^\s*(?:={3,}|-{3,})\s*$`)

// textTitle takes the title off the first paragraph of plain text: its
// first line when it is short and stands apart, that is, it is the whole
// paragraph, is underlined, or is clearly shorter than the lines after it
// (the first line of hard-wrapped prose is as long as the others).
func textTitle(first string) (title, rest string, ok bool) {
	line, rest, _ := strings.Cut(first, "\n")
	line = strings.TrimSpace(line)
	n := utf8.RuneCountInString(line)
	if line == "" || n > maxTitleRunes || bulletLine.MatchString(line) {
		return "", first, false
	}
	if rest == "" {
		return line, "", true
	}
	next, after, _ := strings.Cut(rest, "\n")
	if setextUnderline.MatchString(next) {
		return line, after, true
	}
	longest := 0
	for l := range strings.SplitSeq(rest, "\n") {
		longest = max(longest, utf8.RuneCountInString(strings.TrimSpace(l)))
	}
	if n*10 < longest*7 {
		return line, rest, true
	}
	return "", first, false
}

// addTextParagraph adds one blank-line separated paragraph of plain text.
func addTextParagraph(d *draft, p string) {
	if !mayBeBullet(p) {
		d.add(model.BlockParagraph, p)
		return
	}
	lines := strings.Split(p, "\n")
	items := make([]string, 0, len(lines))
	for _, l := range lines {
		m := bulletLine.FindStringSubmatch(l)
		if m == nil {
			d.add(model.BlockParagraph, p)
			return
		}
		items = append(items, itemText(m[1], m[2]))
	}
	for _, it := range items {
		d.add(model.BlockListItem, it)
	}
}

// mayBeBullet reports whether line could match bulletLine, judged by its
// first byte after white space: most paragraphs are told apart there
// without running the expression.
func mayBeBullet(line string) bool {
	line = strings.TrimLeft(line, " \t\n\f\r")
	if line == "" {
		return false
	}
	c := line[0]
	return c == '-' || c == '*' || c >= '0' && c <= '9' || strings.HasPrefix(line, "•")
}

// itemText gives a list item its marker: "1. " for numbered items, "• "
// for the others.
func itemText(number, text string) string {
	if number != "" {
		return number + ". " + text
	}
	return "• " + text
}
