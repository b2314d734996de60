package articles

import (
	"strings"

	"figs/model"
)

// maxBoilerplateBytes bounds the lines isBoilerplate may match: three times
// its longest line (89 bytes), since lowercasing shrinks a rune to at most
// a third of its bytes (the Kelvin sign to k).
const maxBoilerplateBytes = 3 * 89

// isBoilerplate reports whether line is one of the lines web pages put after
// an article: comment forms, share and subscribe prompts. Lines are matched
// whole, on the lowercased line without trailing punctuation, and only at the
// end of an article, so a sentence that merely contains the words stays.
func isBoilerplate(line string) bool {
	// Trimming before lowercasing gives the same key, as no rune lowercases
	// to or from a space or the trimmed marks. A key of more bytes than
	// maxBoilerplateBytes matches nothing, which spares lowercasing whole
	// paragraphs.
	key := strings.TrimRight(strings.TrimSpace(line), " .:!*…")
	if len(key) > maxBoilerplateBytes {
		return false
	}
	key = strings.ToLower(key)
	switch key {
	case "leave a comment",
		"leave a reply",
		"cancel reply",
		"post comment",
		"comments",
		"required fields are marked",
		"your email address will not be published",
		"your email address will not be published. required fields are marked",
		"share",
		"share this",
		"share this article",
		"share this story",
		"share on facebook",
		"share on twitter",
		"like this",
		"subscribe",
		"subscribe to our newsletter",
		"sign up for our newsletter",
		"follow us",
		"advertisement",
		"kommentar schreiben",
		"kommentar verfassen",
		"hinterlasse einen kommentar",
		"schreibe einen kommentar",
		"kommentare",
		"deine e-mail-adresse wird nicht veröffentlicht",
		"ihre e-mail-adresse wird nicht veröffentlicht",
		"erforderliche felder sind mit * markiert",
		"teilen",
		"artikel teilen",
		"diesen artikel teilen",
		"newsletter abonnieren",
		"jetzt abonnieren",
		"folgen sie uns",
		"anzeige",
		"werbung",
		"mehr zum thema",
		"zur startseite",
		"deine e-mail-adresse wird nicht veröffentlicht. erforderliche felder sind mit * markiert",
		"ihre e-mail-adresse wird nicht veröffentlicht. erforderliche felder sind mit * markiert":
		return true
	}
	return false
}

// dropTrailingBoilerplate removes boilerplate from the end of an article:
// whole blocks, with any punctuation-only blocks ("." or "…") among them,
// then the boilerplate lines at the end of the last block left, which a
// source may have put in one paragraph with the article's last words.
// raw holds the text of each block before it was cleaned, where its line
// breaks still show. Code blocks stop the search.
func dropTrailingBoilerplate(blocks []draftBlock, raw []string) []draftBlock {
	end := len(blocks)
	for end > 0 {
		b := blocks[end-1]
		if b.kind == model.BlockCode {
			break
		}
		if isBoilerplate(b.text) || punctuationOnly(b.text) {
			end--
			continue
		}
		kept, ok := trimBoilerplateLines(raw[end-1], b.clean)
		if !ok {
			break
		}
		if kept = b.clean(kept); kept == "" {
			end--
			continue
		}
		blocks[end-1].text = kept
		break
	}
	return blocks[:end]
}

// trimBoilerplateLines removes the boilerplate lines at the end of a
// block's raw text, with any blank or punctuation-only lines among them,
// as clean sees each line. It reports false when there is no boilerplate
// line to remove. Only whole lines at the end go, so a sentence that
// merely contains the words stays, as does a boilerplate line followed by
// the article's own text.
func trimBoilerplateLines(raw string, clean func(string) string) (string, bool) {
	rest := raw
	found := false
	for {
		i := strings.LastIndexByte(rest, '\n')
		switch line := clean(rest[i+1:]); {
		case isBoilerplate(line):
			found = true
		case !punctuationOnly(line):
			return rest, found
		}
		if i < 0 {
			return "", found
		}
		rest = rest[:i]
	}
}
