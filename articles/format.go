package articles

import (
	"bytes"
	"path"
	"regexp"
	"strings"
)

// format is the markup of an article's bytes.
type format int

// The formats figs reads.
const (
	formatText format = iota
	formatMarkdown
	formatHTML
)

// formatOf tells the format of source from its extension, or else from
// its bytes.
func formatOf(source string, data []byte) format {
	name := source
	if isURL(source) {
		if u := pageURL(source); u != nil {
			name = u.Path
		}
	}
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".text":
		return formatText
	case ".md", ".markdown", ".mdown", ".mkd":
		return formatMarkdown
	case ".html", ".htm", ".xhtml":
		return formatHTML
	}
	return sniffFormat(data)
}

// markdownSigns are lines that plain text rarely has: ATX headings, fences,
// links. A "---" line is not one: plain text uses it as a separator.
var markdownSigns = regexp.MustCompile("(?m)^(?:#{1,6} \\S|```|~~~)|\\]\\([^)\\s]+\\)")

// sniffFormat tells HTML, Markdown and plain text apart by their first
// bytes.
func sniffFormat(data []byte) format {
	head := data[:min(len(data), sniffLen)]
	head = bytes.TrimPrefix(head, []byte{0xef, 0xbb, 0xbf})
	lower := bytes.ToLower(bytes.TrimSpace(head[:min(len(head), 1024)]))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<?xml"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return formatHTML
		}
	}
	if bytes.HasPrefix(lower, []byte("<")) && (bytes.Contains(lower, []byte("<p>")) || bytes.Contains(lower, []byte("<div")) || bytes.Contains(lower, []byte("<article"))) {
		return formatHTML
	}
	if bytes.HasPrefix(head, []byte("---\n")) && hasFrontMatter(string(head)) {
		return formatMarkdown
	}
	if markdownSigns.Match(head) {
		return formatMarkdown
	}
	return formatText
}
