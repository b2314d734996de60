package extract

import (
	"math"
	"strings"
)

// numeral is a number read from the text: digits, number words or both.
type numeral struct {
	val       float64
	scale     float64 // the scale word applied (1 when none): 35 Milliarden has 1e9
	first     int     // first token
	next      int     // token after the numeral
	words     bool    // written in words
	plain     bool    // digits only, no separators, no scale, no sign
	intDigits int
	tok       tokKind
}

// word returns token i as a matching key: lower case, or as written.
func (p *parser) word(i int, cased bool) string {
	t := &p.toks[i]
	if cased {
		return p.text[t.start:t.end]
	}
	return t.lower
}

func (p *parser) isPunct(i int, s string) bool {
	return i < len(p.toks) && p.toks[i].kind == tPunct && p.toks[i].lower == s
}

// joined reports that token i follows token i-1 with no space.
func (p *parser) joined(i int) bool {
	return i < len(p.toks) && i > 0 && !p.toks[i].gap
}

// number reads a numeral at token i. money allows "m" for million ($10m).
func (p *parser) number(i int, money bool) (numeral, bool) {
	if i >= len(p.toks) {
		return numeral{}, false
	}
	neg := false
	start := i
	t := &p.toks[i]
	switch {
	case t.kind == tPunct && (t.lower == "-" || t.lower == "−") && p.joined(i+1) && i+1 < len(p.toks) && p.toks[i+1].kind == tNum &&
		(i == 0 || t.gap || p.isPunct(i-1, "(")):
		neg = true
		i++
	case t.kind == tWord && p.lex.negSet[t.lower] && i+1 < len(p.toks):
		neg = true
		i++
	}
	n, ok := p.unsigned(i, money)
	if !ok {
		return numeral{}, false
	}
	if neg {
		n.val = -n.val
		n.plain = false
		n.first = start
	}
	return n, true
}

// unsigned reads a numeral without a sign at token i.
func (p *parser) unsigned(i int, money bool) (numeral, bool) {
	t := &p.toks[i]
	var n numeral
	switch {
	case t.kind == tNum:
		n = numeral{val: t.val, scale: 1, first: i, next: i + 1, plain: t.plain, intDigits: t.intDigits, tok: tNum}
		p.fraction(&n)
	case t.kind == tPunct && vulgar(t.lower) > 0:
		n = numeral{val: vulgar(t.lower), scale: 1, first: i, next: i + 1, tok: tNum}
	case t.kind == tWord:
		var ok bool
		n, ok = p.numberWords(i)
		if !ok {
			return numeral{}, false
		}
	default:
		return numeral{}, false
	}
	p.scaleWords(&n, money)
	return n, true
}

// vulgar returns the value of a fraction character such as ½, or 0.
func vulgar(s string) float64 {
	switch s {
	case "½":
		return 0.5
	case "¼":
		return 0.25
	case "¾":
		return 0.75
	case "⅓":
		return 1.0 / 3
	case "⅔":
		return 2.0 / 3
	case "⅕":
		return 0.2
	case "⅙":
		return 1.0 / 6
	case "⅛":
		return 0.125
	case "⅜":
		return 0.375
	case "⅝":
		return 0.625
	case "⅞":
		return 0.875
	}
	return 0
}

// fraction extends a digit numeral by 3/4, 2 1/4 or 2½.
func (p *parser) fraction(n *numeral) {
	j := n.next
	if j < len(p.toks) && p.joined(j) && p.toks[j].kind == tPunct && vulgar(p.toks[j].lower) > 0 {
		n.val += vulgar(p.toks[j].lower)
		n.next = j + 1
		n.plain = false
		return
	}
	// 3/4, but not 24/7 dates or 1/2/3 codes
	if p.isPunct(j, "/") && p.joined(j) && p.joined(j+1) && j+1 < len(p.toks) && p.toks[j+1].kind == tNum && p.toks[j+1].plain && p.toks[n.first].plain &&
		!(p.isPunct(j+2, "/") && p.joined(j+2)) && p.toks[j+1].val != 0 && p.toks[n.first].intDigits <= 3 && p.toks[j+1].intDigits <= 3 {
		num, den := n.val, p.toks[j+1].val
		if den > num || den <= 10 {
			n.val = num / den
			n.next = j + 2
			n.plain = false
			// a mixed number: 2 1/4
			if f := n.first; f > 0 && p.toks[f-1].kind == tNum && p.toks[f-1].plain && p.toks[f].gap && den > num {
				_ = f
			}
		}
		return
	}
	// 2 1/4 read from the whole part
	if j+2 < len(p.toks) && p.toks[j].kind == tNum && p.toks[j].plain && p.toks[j].gap && !p.toks[j].brk && p.isPunct(j+1, "/") && p.joined(j+1) && p.joined(j+2) &&
		p.toks[j+2].kind == tNum && p.toks[j+2].plain && p.toks[j+2].val > p.toks[j].val && p.toks[j+2].val <= 64 && p.toks[n.first].plain && !(p.isPunct(j+3, "/") && p.joined(j+3)) {
		n.val += p.toks[j].val / p.toks[j+2].val
		n.next = j + 3
		n.plain = false
	}
}

// scaleWords applies scale words after a numeral: 35 Milliarden, 2,5 Mio.,
// 10k, $10m, three hundred thousand.
func (p *parser) scaleWords(n *numeral, money bool) {
	for k := 0; k < 3; k++ {
		j := n.next
		if j >= len(p.toks) || p.toks[j].brk || p.toks[j].kind != tWord {
			return
		}
		t := &p.toks[j]
		written := p.text[t.start:t.end]
		var s float64
		if !t.gap && n.tok == tNum {
			if v, ok := p.lex.caseScale[written]; ok {
				s = v
			} else if money && (written == "m" || written == "mn" || written == "bn" || written == "b") {
				s = map[bool]float64{true: 1e6, false: 1e9}[written == "m" || written == "mn"]
			}
			if s > 0 && j+1 < len(p.toks) && p.joined(j+1) && p.toks[j+1].kind == tWord {
				s = 0 // 10kg, 5mph: a unit, not a scale
			}
		}
		if s == 0 {
			if v, ok := p.lex.scales[t.lower]; ok {
				s = v
			} else if p.lex.hundredSet[t.lower] {
				s = 100
			}
		}
		if s == 0 {
			// "Mrd." and "Mio." with their dot
			return
		}
		n.val *= s
		n.scale *= s
		n.plain = false
		n.next = j + 1
		if p.isPunct(n.next, ".") && p.joined(n.next) && abbrevScale[t.lower] && n.next+1 < len(p.toks) && !p.toks[n.next+1].brk {
			n.next++ // the dot of Mio. and Mrd.
		}
		if !money && s >= 1e6 && n.tok == tNum && !t.gap {
			// 10M, 1.2b: nothing more can follow
			return
		}
	}
}

// abbrevScale are scale abbreviations written with a dot.
var abbrevScale = map[string]bool{"mio": true, "mrd": true, "tsd": true, "bio": true, "mia": true, "mill": true}

// isMoneyWord reports a currency name or sign at token i.
func (p *parser) isMoneyWord(i int) bool {
	if defs, _, ok := p.lex.unitTab.match(p, i); ok && len(defs) > 0 && defs[0].kind == "money" {
		return true
	}
	if defs, _, ok := p.lex.caseUnits.match(p, i); ok && len(defs) > 0 && defs[0].kind == "money" {
		return true
	}
	return false
}

// numberWords reads a number written in words at token i: "twenty-three",
// "one hundred and six", "dreiundzwanzig", "zwei Millionen", "ein Drittel".
func (p *parser) numberWords(i int) (numeral, bool) {
	var total, cur float64
	seen, article := false, false
	j := i
	lastJ := i
	for j < len(p.toks) {
		t := &p.toks[j]
		if j > i && t.brk {
			break
		}
		if t.kind == tPunct && (t.lower == "-" || t.lower == "—" || t.lower == "–") && seen && !t.gap && p.joined(j+1) && j+1 < len(p.toks) && p.toks[j+1].kind == tWord {
			if _, ok := p.wordValue(p.toks[j+1].lower); ok && cur > 0 && math.Mod(cur, 100) >= 20 && math.Mod(cur, 10) == 0 {
				j++
				continue
			}
			break
		}
		if t.kind != tWord {
			break
		}
		w := t.lower
		if v, ok := p.wordValue(w); ok {
			if seen && !canAdd(cur, v) {
				break
			}
			cur += v
			seen = true
			article = false
			j++
			lastJ = j
			continue
		}
		if p.lex.hundredSet[w] && (seen || article) {
			if cur == 0 {
				cur = 1
			}
			cur *= 100
			seen = true
			article = false
			j++
			lastJ = j
			continue
		}
		if s, ok := p.lex.scales[w]; ok && (seen || article) && s >= 1000 {
			if cur == 0 {
				cur = 1
			}
			total += cur * s
			cur = 0
			seen = true
			article = false
			j++
			lastJ = j
			if p.isPunct(j, ".") && p.joined(j) && abbrevScale[w] && j+1 < len(p.toks) && !p.toks[j+1].brk {
				j++
				lastJ = j
			}
			continue
		}
		if p.lex.andSet[w] && seen && j+1 < len(p.toks) {
			if _, ok := p.wordValue(p.toks[j+1].lower); ok && total+cur >= 100 && math.Mod(cur, 100) == 0 {
				j++
				continue
			}
			break
		}
		if p.lex.oneSet[w] && !seen && !article && j == i {
			article = true
			j++
			continue
		}
		break
	}
	if article && !seen {
		// "a third", "ein Drittel", "a dozen"
		if lastJ == i && j < len(p.toks) {
			if f, ok := p.lex.fractions[p.toks[j].lower]; ok && p.toks[j].kind == tWord {
				return numeral{val: f, scale: 1, first: i, next: j + 1, words: true, tok: tWord}, true
			}
			if p.toks[j].lower == "dozen" {
				return numeral{val: 12, scale: 1, first: i, next: j + 1, words: true, tok: tWord}, true
			}
		}
		return numeral{}, false
	}
	if !seen {
		return numeral{}, false
	}
	v := total + cur
	n := numeral{val: v, scale: 1, first: i, next: lastJ, words: true, tok: tWord}
	if total > 0 && total >= 1e6 {
		n.scale = scaleOf(total)
	}
	// fractions: "two thirds", "zwei Drittel"; "and a half"
	if j := n.next; j < len(p.toks) && p.toks[j].kind == tWord && !p.toks[j].brk {
		if f, ok := p.lex.fractions[p.toks[j].lower]; ok && v < 100 && v > 0 && !strings.HasSuffix(p.toks[j].lower, "th") {
			n.val = v * f
			n.next = j + 1
		} else if f, ok := p.lex.fractions[p.toks[j].lower]; ok && v > 1 && v < 20 && strings.HasSuffix(p.toks[j].lower, "ths") {
			n.val = v * f
			n.next = j + 1
		}
	}
	p.andAHalf(&n)
	return n, true
}

// andAHalf extends "one and a half", "3 million and a half".
func (p *parser) andAHalf(n *numeral) {
	j := n.next
	if j+2 < len(p.toks) && p.lex.andSet[p.toks[j].lower] && p.lex.oneSet[p.toks[j+1].lower] {
		if f, ok := p.lex.fractions[p.toks[j+2].lower]; ok && !p.toks[j+2].brk {
			n.val += f * n.scale
			n.next = j + 3
		}
	}
}

// scaleOf returns the largest power of 1000 not above v.
func scaleOf(v float64) float64 {
	s := 1.0
	for _, x := range []float64{1e12, 1e9, 1e6} {
		if v >= x {
			return x
		}
	}
	return s
}

// canAdd reports whether number word v continues cur: fifty two, but not two three.
func canAdd(cur, v float64) bool {
	if cur == 0 {
		return true
	}
	if v >= 1000 {
		return math.Mod(cur, 1000) == 0 || cur < 1000
	}
	if v >= 100 {
		return math.Mod(cur, 1000) == 0
	}
	u := math.Mod(cur, 100)
	if v < 10 {
		return u == 0 || (u >= 20 && math.Mod(u, 10) == 0)
	}
	return u == 0
}

// wordValue returns the value of one number word, simple or compound.
func (p *parser) wordValue(w string) (float64, bool) {
	if v, ok := p.lex.numbers[w]; ok {
		return v, true
	}
	if p.lex.morphemes == nil || len(w) < 6 {
		return 0, false
	}
	return compound(w, p.lex.morphemes)
}

// compound reads a compound number word such as "dreiundzwanzig" or
// "zweihunderttausend" from its parts. Negative part values are multipliers
// (hundert = -100, tausend = -1000); "und" is 0.
func compound(w string, parts map[string]float64) (float64, bool) {
	var total, cur float64
	n := 0
	for len(w) > 0 {
		best := 0
		var bv float64
		for l := min(len(w), 9); l >= 2; l-- {
			if v, ok := parts[w[:l]]; ok {
				best, bv = l, v
				break
			}
		}
		if best == 0 {
			return 0, false
		}
		w = w[best:]
		n++
		switch {
		case bv == -100:
			if cur == 0 {
				cur = 1
			}
			cur *= 100
		case bv == -1000:
			if cur == 0 {
				cur = 1
			}
			total += cur * 1000
			cur = 0
		default:
			cur += bv
		}
	}
	if n < 2 {
		return 0, false
	}
	return total + cur, true
}
