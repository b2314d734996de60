package check

import (
	"math"
	"strconv"
	"strings"

	"figs/model"
)

// span is the interval of values a figure as written allows: "12 million"
// is anything from 11.5 to 12.5 million, "more than 30%" anything from
// 29.5% up. lo may be -Inf and hi +Inf.
type span struct{ lo, hi float64 }

func (s span) overlaps(t span) bool { return s.lo <= t.hi && t.lo <= s.hi }

// hedge is how a figure's wording bounds it.
type hedge uint8

const (
	hedgeNone   hedge = iota
	hedgeAbout        // about, rund, etwa
	hedgeNearly       // nearly, fast, knapp: a little less
	hedgeOver         // more than, über: at least
	hedgeUnder        // less than, bis zu: at most
)

// hedgeOf returns how fact f is bounded: by its qualifier, or by a wording
// just before its token at i.
func (w *wording) hedgeOf(f model.Fact, toks []token, i int) hedge {
	switch f.Qualifier {
	case model.QualAbout:
		if strings.HasPrefix(strings.ToLower(f.Text), "nearly") || strings.HasPrefix(strings.ToLower(f.Text), "almost") {
			return hedgeNearly
		}
		return hedgeAbout
	case model.QualMore, model.QualAtLeast:
		return hedgeOver
	case model.QualLess, model.QualAtMost:
		return hedgeUnder
	}
	return w.hedgeBefore(toks, i)
}

// hedgeBefore returns the hedge a wording ending just before token i says.
func (w *wording) hedgeBefore(toks []token, i int) hedge {
	switch {
	case endsAt(&w.nearly, toks, i):
		return hedgeNearly
	case endsAt(&w.about, toks, i):
		return hedgeAbout
	case endsAt(&w.over, toks, i):
		return hedgeOver
	case endsAt(&w.under, toks, i):
		return hedgeUnder
	}
	return hedgeNone
}

// hedgeAt returns the hedge a wording starting at token i says, and the
// token after it (i when there is none).
func (w *wording) hedgeAt(toks []token, i int) (hedge, int) {
	for _, h := range []struct {
		l  *list
		hd hedge
	}{{&w.nearly, hedgeNearly}, {&w.about, hedgeAbout}, {&w.over, hedgeOver}, {&w.under, hedgeUnder}} {
		if _, j, ok := h.l.match(toks, i); ok {
			return h.hd, j
		}
	}
	return hedgeNone, i
}

// hedgeStart returns the first token of the hedge wording that ends just
// before token i, or i.
func (w *wording) hedgeStart(toks []token, i int) int {
	for _, l := range []*list{&w.nearly, &w.about, &w.over, &w.under} {
		if s, ok := l.endsAt(toks, i); ok {
			return s
		}
	}
	return i
}

func endsAt(l *list, toks []token, i int) bool {
	_, ok := l.endsAt(toks, i)
	return ok
}

// widen returns the values that v, rounded to ±h as written, allows under
// hedge hd.
func widen(v, h float64, hd hedge) span {
	loose := math.Max(2*h, 0.2*math.Abs(v))
	switch hd {
	case hedgeAbout:
		return span{v - loose, v + loose}
	case hedgeNearly:
		return span{v - loose, v + h}
	case hedgeOver:
		return span{v - h, math.Inf(1)}
	case hedgeUnder:
		return span{math.Inf(-1), v + h}
	}
	return span{v - h, v + h}
}

// written is the last number of a figure as written: its value and how many
// decimals it shows. ok is false for a figure in words ("two thirds").
type written struct {
	num      float64
	decimals int
	ok       bool
}

// numbersIn returns the first and last number written in digits in s, read
// with decimal separator dec ('.' or ','); the other of the two groups
// thousands.
func numbersIn(s string, dec byte) (first, last written) {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < '0' || s[i] > '9' {
			i++
			continue
		}
		v, scale, decimals := 0.0, 1.0, -1
		j := i
	scan:
		for ; j < len(s); j++ {
			c := s[j]
			switch {
			case c >= '0' && c <= '9':
				v = v*10 + float64(c-'0')
				if decimals >= 0 {
					decimals++
					scale *= 10
				}
			case (c == '.' || c == ',') && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9':
				if c == dec {
					if decimals >= 0 {
						break scan
					}
					decimals = 0
				}
			default:
				break scan
			}
		}
		w := written{num: v / scale, decimals: max(decimals, 0), ok: true}
		if n == 0 {
			first = w
		}
		last = w
		n++
		i = j + 1
	}
	return first, last
}

// figure is a fact read for checking: its value and the half-unit it is
// rounded to, in the fact's own units.
type figure struct {
	fact       int
	v, h       float64 // Value and its rounding
	max, maxH  float64 // Max and its rounding, for a range
	scaled     bool    // written with a scale word ("12 million", "1,2 Mrd.")
	hasDigits  bool
	unit, noun string
	kind       model.Kind
}

// readFigure reads fact f (index i) as written in language lang.
func readFigure(f model.Fact, i int, lang string) figure {
	dec := byte('.')
	if lang == "de" {
		dec = ','
	}
	g := figure{fact: i, v: f.Value, unit: f.Unit, noun: f.Noun, kind: f.Kind}
	first, last := numbersIn(f.Text, dec)
	g.hasDigits = first.ok
	g.h = rounding(f.Value, first)
	g.scaled = first.ok && first.num != 0 && math.Abs(f.Value/first.num) >= 999
	if f.Max != nil {
		g.max = *f.Max
		g.maxH = rounding(*f.Max, last)
	}
	return g
}

// rounding returns half the unit of the last digit of w, in the units of
// v (which is w times a scale word, "12 million"). Figures in words are
// taken as exact when small and whole ("three"), else as rounded to 5%.
func rounding(v float64, w written) float64 {
	if !w.ok || w.num == 0 {
		if v == math.Trunc(v) && math.Abs(v) <= 100 {
			return 0.5
		}
		return 0.05 * math.Abs(v)
	}
	return 0.5 * math.Pow(10, -float64(w.decimals)) * math.Abs(v/w.num)
}

// isFraction reports a share written in words that the extractor read as a
// number below one: "two thirds", "ein Drittel".
func isFraction(f model.Fact) bool {
	return f.Kind == model.KindNumber && f.Value > 0 && f.Value < 1 && !strings.ContainsAny(f.Text, "0123456789")
}

// unitName is the unit a message shows after a value.
func unitName(g figure) string {
	if g.noun != "" {
		return g.noun
	}
	return g.unit
}

// fmtPct writes a change in percent with its sign: "+50%", "-25%", "+2.5%".
func fmtPct(v float64) string {
	r := math.Round(v)
	if math.Abs(v) < 10 {
		r = math.Round(v*10) / 10
	}
	s := strconv.FormatFloat(r, 'f', -1, 64)
	if r > 0 {
		s = "+" + s
	}
	if r == 0 {
		s = "0"
	}
	return s + "%"
}

// fmtFactor writes a ratio: "×3", "×1.5", "×0.62".
func fmtFactor(r float64) string {
	d := 10.0
	if r < 1 {
		d = 100
	}
	return "×" + strconv.FormatFloat(math.Round(r*d)/d, 'f', -1, 64)
}

// fmtValue writes a value with its unit: "12 million", "4.1%", "30 million USD".
func fmtValue(v float64, unit string) string {
	return model.FormatQuantity(v, unit)
}
