package articles

import (
	"strings"

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
		"relatedposts", "consentmanager", "sharing-buttons", "sharebar", "socialshare":
		return true
	}
	return false
}

// removeBoilerplateNodes deletes from doc the elements whose class or id
// marks them as boilerplate, before readability scores the page. It spares
// <html>, <body>, <main> and <article>, which pages sometimes tag with such
// words as a whole.
func removeBoilerplateNodes(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isBoilerplateElement(c) {
			n.RemoveChild(c)
		} else {
			removeBoilerplateNodes(c)
		}
		c = next
	}
}

func isBoilerplateElement(n *html.Node) bool {
	switch n.Data {
	case "html", "body", "main", "article":
		return false
	}
	if attr(n, "itemprop") == "articleBody" || hasProse(n, 3) {
		return false
	}
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
		if isTeaserHeading(text) && (b.kind == model.BlockHeading || len(strings.Fields(text)) <= 6) {
			if seen*2 > total {
				break
			}
			continue
		}
		if isBoilerplate(text) || isTeaserLine(text) {
			continue
		}
		out = append(out, b)
	}
	d.blocks = out
}

// isTeaserHeading reports whether a heading introduces links to other
// articles rather than a part of this one.
func isTeaserHeading(text string) bool {
	key := strings.TrimRight(strings.ToLower(text), " .:!…")
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
		if strings.HasPrefix(key, p) && len(strings.Fields(key)) <= 5 {
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
	if len(strings.Fields(text)) > maxTeaserWords {
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
