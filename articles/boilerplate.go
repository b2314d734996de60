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

// dropTrailingBoilerplate removes boilerplate blocks from the end of an
// article, with any punctuation-only blocks ("." or "…") among them.
// Code blocks and headings before them stop the search.
func dropTrailingBoilerplate(blocks []draftBlock) []draftBlock {
	end := len(blocks)
	for end > 0 {
		b := blocks[end-1]
		if b.kind == model.BlockCode || !(isBoilerplate(b.text) || punctuationOnly(b.text)) {
			break
		}
		end--
	}
	return blocks[:end]
}
