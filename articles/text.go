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
// line becomes list items, and a short first line is the title.
func parseText(source, s string) draft {
	d := draft{source: source}
	paras := strings.Split(Clean(s), "\n\n")
	if title, rest, ok := textTitle(paras[0]); ok {
		d.title = title
		paras[0] = rest
	}
	for _, p := range paras {
		addTextParagraph(&d, p)
	}
	for i := range d.blocks {
		d.blocks[i].cleaned = true
	}
	return d
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
