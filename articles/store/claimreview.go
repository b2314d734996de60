package store

import (
	"encoding/json"
	"io"
	"net/url"
	"strings"
	"time"

	"figs/model"
)

// claimReview is a schema.org ClaimReview, the JSON-LD fact-checkers
// publish: https://schema.org/ClaimReview.
type claimReview struct {
	Context       string     `json:"@context"`
	Type          string     `json:"@type"`
	ClaimReviewed string     `json:"claimReviewed"`
	ReviewBody    string     `json:"reviewBody,omitempty"`
	DatePublished string     `json:"datePublished"`
	Author        ldPerson   `json:"author"`
	ItemReviewed  ldClaim    `json:"itemReviewed"`
	ReviewRating  ldRating   `json:"reviewRating"`
	About         ldQuantity `json:"about"`
}

type ldPerson struct {
	Type       string `json:"@type"`
	Name       string `json:"name"`
	Identifier string `json:"identifier,omitempty"` // SSH key fingerprint
}

type ldClaim struct {
	Type       string     `json:"@type"`
	Appearance ldCreative `json:"appearance"`
	Date       string     `json:"datePublished,omitempty"`
}

// ldCreative is the work a claim appears in. Only a web address is a url;
// any other source (a file path, "default") is its name.
type ldCreative struct {
	Type     string `json:"@type"`
	URL      string `json:"url,omitempty"`
	Name     string `json:"name,omitempty"`
	Headline string `json:"headline,omitempty"`
}

// appearance describes the article a claim appears in: source becomes url
// when it is an http(s) address with a host, name otherwise.
func appearance(source, title string) ldCreative {
	c := ldCreative{Type: "CreativeWork", Headline: title}
	if u, err := url.Parse(source); err == nil && (strings.EqualFold(u.Scheme, "http") || strings.EqualFold(u.Scheme, "https")) && u.Host != "" {
		c.URL = source
	} else {
		c.Name = source
	}
	return c
}

type ldRating struct {
	Type          string `json:"@type"`
	RatingValue   int    `json:"ratingValue"`
	BestRating    int    `json:"bestRating"`
	WorstRating   int    `json:"worstRating"`
	AlternateName string `json:"alternateName"`
}

// ldQuantity names the figure the review is about, since the claim is the
// whole sentence around it.
type ldQuantity struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// rating maps a verdict onto the 1 to 5 scale ClaimReview uses; ok is false
// for figures without a verdict.
func rating(v model.Verdict) (value int, name string, ok bool) {
	switch v {
	case model.Verified:
		return 5, "Verified", true
	case model.Disputed:
		return 1, "Disputed", true
	case model.Unsure:
		return 3, "Unsure", true
	case model.Unchecked:
	}
	return 0, "", false
}

// writeClaimReview writes a JSON array with one ClaimReview per figure
// that has a verdict. Orphaned marks are left out: their sentence is gone.
func writeClaimReview(w io.Writer, r review) error {
	out := []claimReview{}
	for _, f := range r.figures {
		value, name, ok := rating(f.mark.Verdict)
		if !ok {
			continue
		}
		about := f.fact.Display
		if about == "" {
			about = f.fact.Text
		}
		out = append(out, claimReview{
			Context:       "https://schema.org",
			Type:          "ClaimReview",
			ClaimReviewed: sentenceAround(r.article.Text, f.fact.Start, f.fact.End, f.fact.Text),
			ReviewBody:    f.mark.Note,
			DatePublished: updated(f.mark, time.RFC3339),
			Author:        ldPerson{Type: "Person", Name: f.mark.Reviewer.Name, Identifier: f.mark.Reviewer.Fingerprint},
			ItemReviewed: ldClaim{
				Type:       "Claim",
				Appearance: appearance(r.article.Source, r.article.Title),
				Date:       r.article.Date,
			},
			ReviewRating: ldRating{Type: "Rating", RatingValue: value, BestRating: 5, WorstRating: 1, AlternateName: name},
			About:        ldQuantity{Type: "QuantitativeValue", Name: about},
		})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// sentenceAround returns the sentence of text that holds the span
// [start, end): from the previous sentence end or block break to the next.
// A full stop only ends a sentence before whitespace, so "3.5 km" stays
// whole. Bad offsets give fallback.
func sentenceAround(text string, start, end int, fallback string) string {
	if start < 0 || end > len(text) || start > end {
		return fallback
	}
	lo := start
	for lo > 0 {
		if lo >= 2 && (text[lo-2:lo] == "\n\n" || isSpace(text[lo-1]) && isStop(text[lo-2])) {
			break
		}
		lo--
	}
	hi := end
	for hi < len(text) {
		if strings.HasPrefix(text[hi:], "\n\n") {
			break
		}
		if isStop(text[hi]) && (hi+1 == len(text) || isSpace(text[hi+1])) {
			hi++
			break
		}
		hi++
	}
	return oneLineText(text[lo:hi])
}

func isStop(b byte) bool  { return b == '.' || b == '!' || b == '?' }
func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' }
