package articles

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"

	"figs/model"
)

// isBoilerplateToken reports whether tok, one hyphen- or underscore-separated
// word of a class or id, marks page parts that are never article text:
// cookie and consent banners, newsletter and share boxes, teasers of other
// articles. Whole tokens, so "share" does not hit "shared".
func isBoilerplateToken(tok string) bool {
	switch tok {
	case "cookie", "cookies", "consent", "gdpr", "newsletter", "share", "sharing",
		"social", "socials", "related", "teaser", "teasers", "recommendations",
		"paywall", "advert", "advertisement", "ad", "ads", "banner", "promo",
		"breadcrumb", "breadcrumbs", "comments", "outbrain", "taboola", "vjs",
		"relatedposts", "consentmanager", "sharebar", "socialshare", "toolbar", "skip",
		"caption", "captions", "credit", "credits", "copyright", "bildunterschrift", "bildnachweis",
		"bildquelle", "anzeige", "werbung", "lesetipp", "lesetipps":
		return true
	}
	return false
}

// removeBoilerplateNodes deletes from the article the elements whose class
// or id marks them as boilerplate, picture captions, and citation markers.
// It spares <html>, <body>, <main> and <article>, which pages sometimes tag
// with such words as a whole.
func removeBoilerplateNodes(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && (isBoilerplateElement(c) || isCitationMarker(c) || isPictureCaption(c)) {
			n.RemoveChild(c)
		} else {
			removeBoilerplateNodes(c)
		}
		c = next
	}
}

// isPictureCaption reports whether n is the <figcaption> of a picture: its
// caption and credit are no part of the text, and their figures are false
// ones. The caption of a quote or a table in a <figure> stays.
func isPictureCaption(n *html.Node) bool {
	if n.Data != "figcaption" || n.Parent == nil {
		return false
	}
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.Data == "blockquote" || c.Data == "table" || c.Data == "pre") {
			return false
		}
	}
	return true
}

func isBoilerplateElement(n *html.Node) bool {
	switch n.Data {
	case "html", "body", "main", "article":
		return false
	}
	if !hasBoilerplateToken(n) || attr(n, "itemprop") == "articleBody" {
		return false
	}
	// Checked last: it reads the subtree.
	return !hasProse(n, 3)
}

// hasBoilerplateToken reports whether the class or id of n holds a
// boilerplate token.
func hasBoilerplateToken(n *html.Node) bool {
	for _, key := range []string{"class", "id"} {
		for tok := range strings.FieldsFuncSeq(strings.ToLower(attr(n, key)), func(r rune) bool {
			return r == ' ' || r == '-' || r == '_' || r == '\t' || r == '\n'
		}) {
			if isBoilerplateToken(tok) {
				return true
			}
		}
	}
	return false
}

// dropInlineBoilerplate removes what readability lets through of a web
// page's furniture: whole boilerplate lines ("Anzeige", "Share this
// article") wherever they are, short "Lesen Sie auch: ..." teasers, and
// everything from a "Related" / "Mehr zum Thema" heading on when it comes in
// the second half of the page.
func dropInlineBoilerplate(d *draft) {
	total := 0
	for _, b := range d.blocks {
		total += len(b.text)
	}
	out := d.blocks[:0]
	seen := 0
	for _, b := range d.blocks {
		seen += len(b.text)
		if b.kind == model.BlockCode {
			out = append(out, b)
			continue
		}
		text := inline(b.text)
		if isTeaserHeading(text) && (b.kind == model.BlockHeading || wordsAtMost(text, 6)) {
			if seen*2 > total {
				break
			}
			continue
		}
		if isBoilerplate(text) || isTeaserLine(text) || isToolbarLine(text) || isBroadcastNote(text) || isCreditLine(text) {
			continue
		}
		// The block keeps its inlined text, which inlining leaves as it
		// is, so that draft.article does not do the work again. A block
		// of several lines keeps them, for the boilerplate lines at the
		// end of an article.
		if !strings.Contains(b.text, "\n") {
			b.text, b.cleaned = text, true
		}
		out = append(out, b)
	}
	d.blocks = out
}

// isTeaserHeading reports whether a heading introduces links to other
// articles rather than a part of this one.
func isTeaserHeading(text string) bool {
	// Every heading below has at most five words. Trimming before
	// lowercasing gives the same key, as no rune lowercases to or from
	// the trimmed ones, and spares lowercasing whole paragraphs.
	key := strings.TrimRight(text, " .:!…")
	if !wordsAtMost(key, 5) {
		return false
	}
	key = strings.ToLower(key)
	switch key {
	case "related", "related articles", "related stories", "related posts", "related content",
		"related coverage", "more on this story", "more on this topic", "read more", "recommended",
		"recommended for you", "you may also like", "you might also like", "most read", "most popular",
		"mehr zum thema", "zum thema", "das könnte sie auch interessieren",
		"das könnte dich auch interessieren", "lesen sie auch", "lies auch", "auch interessant",
		"weitere artikel", "meistgelesen", "meistgelesene artikel", "am meisten gelesen",
		"empfehlungen", "unsere empfehlungen", "verwandte artikel", "ähnliche artikel",
		"mehr zu diesem thema", "weitere themen":
		return true
	}
	for _, p := range []string{"more from ", "more stories from ", "mehr aus ", "mehr von ", "more in "} {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

// maxTeaserWords is the longest line taken as a teaser to another article.
const maxTeaserWords = 25

// isTeaserLine reports whether a paragraph is a pointer to another article
// in the middle of this one: "Lesen Sie auch: ...", "Read more: ...".
func isTeaserLine(text string) bool {
	if !wordsAtMost(text, maxTeaserWords) {
		return false
	}
	lower := strings.ToLower(text)
	for _, p := range []string{"lesen sie auch:", "lesen sie mehr:", "mehr zum thema:", "auch interessant:",
		"lies auch:", "zum thema:", "read more:", "related:", "see also:", "more:", "read also:"} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// proseMinLen is the length of a paragraph that reads as article text
// rather than a teaser or a prompt.
const proseMinLen = 150

// hasProse reports whether n holds at least min paragraphs of prose, which
// a box of teasers or share buttons does not.
func hasProse(n *html.Node, min int) bool {
	count := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.Data == "p" && len(strings.TrimSpace(textContent(c))) >= proseMinLen {
				count++
				if count >= min {
					return true
				}
				continue
			}
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// leadWords is the length from which a paragraph reads as the start of the
// article rather than a line of page furniture above it.
const leadWords = 15

// dropLeadMeta removes the short lines above the first real paragraph that
// only repeat metadata: the byline ("By Jane Doe", "Von Petra Sommer"),
// "Posted on ... by", "Veröffentlicht am ...", the site's name.
func dropLeadMeta(d *draft, siteNames []string) {
	byline := strings.ToLower(inline(d.byline))
	out := make([]draftBlock, 0, len(d.blocks))
	lead := true
	for _, b := range d.blocks {
		text := inline(b.text)
		if lead && b.kind == model.BlockParagraph && len(strings.Fields(text)) >= leadWords {
			lead = false
		}
		if lead && b.kind == model.BlockParagraph && isLeadMeta(strings.ToLower(text), byline, siteNames) {
			continue
		}
		out = append(out, b)
	}
	d.blocks = out
}

// isLeadMeta reports whether a lowercased short line repeats metadata.
func isLeadMeta(text, byline string, siteNames []string) bool {
	if len(strings.Fields(text)) > 10 {
		return false
	}
	if byline != "" {
		for _, p := range []string{"", "by ", "von ", "author: ", "autor: ", "text: "} {
			if text == p+byline {
				return true
			}
		}
	}
	for _, p := range []string{"posted on ", "published ", "updated ", "veröffentlicht am ", "veröffentlicht: ",
		"aktualisiert am ", "aktualisiert: ", "stand: "} {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	for _, s := range siteNames {
		if s != "" && text == strings.ToLower(s) {
			return true
		}
	}
	return false
}

// siteNames returns the parts of a page's <title> besides the article title
// ("Ferry fares rise | The Coastal Times" gives "The Coastal Times") and the
// declared site name.
func siteNames(docTitle, title, declared string) []string {
	names := []string{inline(declared)}
	t := inline(docTitle)
	for _, sep := range []string{" | ", " – ", " — ", " - ", " :: ", " · "} {
		for part := range strings.SplitSeq(t, sep) {
			if part = strings.TrimSpace(part); part != "" && part != t && part != inline(title) {
				names = append(names, part)
			}
		}
	}
	return names
}

// maxToolbarWords is the longest line taken as a row of page buttons.
const maxToolbarWords = 8

// isToolbarLine reports whether a short line is only the labels of page
// buttons: "Merken Drucken", "Share Facebook X E-Mail", "Artikel vorlesen".
func isToolbarLine(text string) bool {
	if !wordsAtMost(text, maxToolbarWords) {
		return false
	}
	words := strings.Fields(strings.ToLower(text))
	if len(words) == 0 {
		return false
	}
	for _, w := range words {
		switch strings.Trim(w, ".,:;!|·•/") {
		case "", "merken", "drucken", "teilen", "vorlesen", "anhören", "artikel", "kommentieren", "kopieren",
			"print", "share", "save", "listen", "comment", "copy", "link", "email", "e-mail", "mail",
			"facebook", "twitter", "x", "whatsapp", "threads", "linkedin", "pinterest", "reddit",
			"telegram", "bluesky", "mastodon", "flipboard", "xing":
		default:
			return false
		}
	}
	return true
}

// isBroadcastNote reports whether a line is the note German broadcasters
// put under their web articles ("Über dieses Thema berichtete ... am ...").
func isBroadcastNote(text string) bool {
	return wordsAtMost(text, maxTeaserWords) && strings.HasPrefix(strings.ToLower(text), "über dieses thema berichtete")
}

// isCitationMarker reports whether n is a footnote or citation marker like
// Wikipedia's "[12]" or "[n 3]": a superscript in brackets. Left in, it
// glues a false figure to the real one ("4,933,210[5]").
func isCitationMarker(n *html.Node) bool {
	if n.Data != "sup" {
		return false
	}
	t := strings.TrimSpace(textContent(n))
	return len(t) >= 3 && len(t) <= 16 && t[0] == '[' && t[len(t)-1] == ']' && !strings.ContainsAny(t[1:len(t)-1], "[]")
}

// maxCreditWords is the longest line taken as a picture credit.
const maxCreditWords = 8

// isCreditLine reports whether a short line only credits a picture:
// "Foto: dpa", "Bild: picture alliance / Hersteller", "Photo: Reuters", "© AP".
// Source lines ("Quelle: Statistisches Bundesamt") stay: they matter to
// fact-checkers.
func isCreditLine(text string) bool {
	if !wordsAtMost(text, maxCreditWords) {
		return false
	}
	lower := strings.ToLower(text)
	for _, p := range []string{"foto:", "fotos:", "bild:", "bilder:", "photo:", "photos:", "image:",
		"picture:", "credit:", "photograph:", "©", "(c) "} {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// wordsAtMost reports whether s has at most n words, as strings.Fields
// counts them, reading no further than the word after the nth: the line
// tests here only match short lines, and most paragraphs are long.
func wordsAtMost(s string, n int) bool {
	words := 0
	inWord := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			inWord = true
			words++
			if words > n {
				return false
			}
		}
	}
	return true
}
