package articles

import (
	"strings"
	"unicode"
)

// The scorer of main-text extraction: the bag-of-tokens precision and
// recall that trafilatura's evaluation and the article-extraction
// benchmarks use. Both texts are split into lowercased tokens (runs of
// letters, digits, marks and underscores, as Python's \w+); a token of the
// extraction counts as right as often as the reference has it. Precision
// is the share of the extraction's tokens that are right, recall the share
// of the reference's tokens that were found, F their harmonic mean.

// scoreTokens splits s into lowercased \w+ tokens and counts them.
func scoreTokens(s string) (map[string]int, int) {
	counts := map[string]int{}
	n := 0
	for tok := range strings.FieldsFuncSeq(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) && r != '_'
	}) {
		counts[tok]++
		n++
	}
	return counts, n
}

// prf is a precision, recall and F score, each from 0 to 1.
type prf struct{ P, R, F float64 }

// score rates the extracted text got against the reference text want.
// An empty extraction of an empty reference is perfect; otherwise an
// empty side scores 0.
func score(got, want string) prf {
	g, ng := scoreTokens(got)
	w, nw := scoreTokens(want)
	if ng == 0 && nw == 0 {
		return prf{1, 1, 1}
	}
	common := 0
	for tok, c := range g {
		common += min(c, w[tok])
	}
	var s prf
	if ng > 0 {
		s.P = float64(common) / float64(ng)
	}
	if nw > 0 {
		s.R = float64(common) / float64(nw)
	}
	if s.P+s.R > 0 {
		s.F = 2 * s.P * s.R / (s.P + s.R)
	}
	return s
}

// scores averages per-page scores, as the mean of each measure.
type scores struct {
	sum prf
	n   int
}

func (s *scores) add(p prf) {
	s.sum.P += p.P
	s.sum.R += p.R
	s.sum.F += p.F
	s.n++
}

// mean returns the mean precision, recall and F, or zeros for no pages.
func (s scores) mean() prf {
	if s.n == 0 {
		return prf{}
	}
	n := float64(s.n)
	return prf{s.sum.P / n, s.sum.R / n, s.sum.F / n}
}
