package extract

import (
	"math"
	"strconv"
	"strings"

	"figs/model"
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
	frac      bool // a fraction in words: two thirds
	approx    bool // a vague count: "ein paar" is about two
	ord       bool // an ordinal in words: one hundred twenty-fifth
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
		(i == 0 || t.gap && p.toks[i-1].kind != tNum || p.isPunct(i-1, "(")):
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
	if i >= len(p.toks) {
		return numeral{}, false
	}
	t := &p.toks[i]
	var n numeral
	switch {
	case t.kind == tNum && t.plain && t.intDigits <= 3 && p.digitsThenWords(i):
		var ok bool
		n, ok = p.numberWords(i)
		if !ok {
			return numeral{}, false
		}
		n.tok = tNum
	case t.kind == tNum:
		n = numeral{val: t.val, scale: 1, first: i, next: i + 1, plain: t.plain, intDigits: int(t.intDigits), tok: tNum}
		p.fraction(&n)
		p.scaleWords(&n, money)
		p.andAHalf(&n)
		return n, true
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

// digitsThenWords reports digits that continue in words: "3 hundred and
// 21", "4 thousand 3 hundred".
func (p *parser) digitsThenWords(i int) bool {
	j := i + 1
	if j >= len(p.toks) || !p.toks[j].gap || p.toks[j].brk {
		return false
	}
	if p.lex.hundredSet[p.toks[j].lower] {
		return true
	}
	if !p.isWordScale(j) || j+1 >= len(p.toks) || p.toks[j+1].brk {
		return false
	}
	n := &p.toks[j+1]
	if n.kind == tNum && n.plain && n.intDigits <= 3 {
		return true
	}
	if p.lex.andSet[n.lower] && j+2 < len(p.toks) {
		n = &p.toks[j+2]
	}
	_, ok := p.wordValue(n.lower)
	return ok && n.kind == tWord
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
			} else if written == "m" && (money || p.millionM(j)) || written == "mn" && money {
				s = 1e6
			} else if money && (written == "bn" || written == "b") {
				s = 1e9
			}
			if s > 0 && j+1 < len(p.toks) && p.joined(j+1) && p.toks[j+1].kind == tWord {
				s = 0 // 10kg, 5mph: a unit, not a scale
			}
		}
		if s == 0 && t.gap && n.tok == tNum && k == 0 && p.lex.name == "en" && (j+1 >= len(p.toks) || p.toks[j+1].brk || p.toks[j+1].kind == tPunct && p.toks[j+1].lower != "-") {
			// 2.33 k, 1,674.5 G: a scale letter standing alone at the end
			switch written {
			case "k", "K":
				s = 1e3
			case "M":
				s = 1e6
			case "G", "B":
				s = 1e9
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
		if p.isPunct(n.next, ".") && p.joined(n.next) && abbrevScale(t.lower) && n.next+1 < len(p.toks) && !p.toks[n.next+1].brk {
			n.next++ // the dot of Mio. and Mrd.
		}
		if !money && s >= 1e6 && n.tok == tNum && !t.gap {
			// 10M, 1.2b: nothing more can follow
			return
		}
	}
}

// abbrevScale reports scale abbreviations written with a dot.
func abbrevScale(w string) bool {
	switch w {
	case "mio", "mrd", "tsd", "bio", "mia", "mill":
		return true
	}
	return false
}

// millionM reports an English "m" glued to digits that means million:
// "1m barrels", "294.3m people", but not "1.8m tall" or "48m." at the end.
func (p *parser) millionM(j int) bool {
	if p.lex.name != "en" {
		return false
	}
	// "77m euros, up from 38m": the sentence already counts in millions
	if n := len(p.facts); n > 0 {
		if f := &p.facts[n-1]; f.scale == 1e6 && f.next <= j && j-f.next < 15 && !p.sentenceBreak(f.next, j) {
			return true
		}
	}
	if j+1 >= len(p.toks) || !p.toks[j+1].gap || p.toks[j+1].brk || p.toks[j+1].kind != tWord {
		return false
	}
	w := p.toks[j+1].lower
	if p.lex.stopSet[w] || p.isPunct(j+2, "'") || p.isPunct(j+2, "’") {
		return false
	}
	switch w {
	case "tall", "long", "high", "wide", "deep", "away", "above", "below", "across", "thick", "high-jump",
		"run", "race", "sprint", "hurdles", "freestyle", "backstroke", "breaststroke", "butterfly", "medley",
		"relay", "final", "dash", "title", "record", "event", "jump", "walk", "metres", "meters", "short", "further":
		return false
	}
	return true
}

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
// "one hundred and six", "dreiundzwanzig", "zwei Millionen", "ein Drittel",
// "4 thousand 3 hundred and 21", "two point five", "three fifths".
func (p *parser) numberWords(i int) (numeral, bool) {
	if p.lex.fracArtSet[p.toks[i].lower] {
		// die Hälfte
		if f, k := p.denominator(i+1, true); f == 0.5 && i+1 < len(p.toks) && p.toks[i+1].upper == p.lex.nounCapital {
			return numeral{val: f, scale: 1, first: i, next: k, words: true, tok: tWord, frac: true}, true
		}
		return numeral{}, false
	}
	var total, cur, pending, prevCur, andBase, prevScale float64
	prevJ, first := i, i
	seen, article := false, false
	afterScale := true // digits may follow a scale word: 4 thousand 3 hundred
	j := i
	lastJ := i
	for j < len(p.toks) {
		t := &p.toks[j]
		if j > i && t.brk {
			break
		}
		if t.kind == tPunct && (t.lower == "-" || t.lower == "—" || t.lower == "–") && seen && j+1 < len(p.toks) && p.toks[j+1].kind == tWord && t.gap == p.toks[j+1].gap {
			if v, ok := p.wordValue(p.toks[j+1].lower); ok && v < 10 && cur > 0 && math.Mod(cur, 100) >= 20 && math.Mod(cur, 10) == 0 {
				j++
				continue
			}
			break
		}
		if t.kind == tNum && t.plain && t.intDigits <= 3 && afterScale && (j == i || t.gap) && !p.isPunct(j+1, "/") {
			// digits among number words must be followed by a scale word
			if j+1 < len(p.toks) && (p.lex.hundredSet[p.toks[j+1].lower] || p.isWordScale(j+1)) && canAdd(cur, t.val) {
				prevCur, prevJ = cur, lastJ
				cur += t.val
				seen = true
				afterScale = false
				j++
				lastJ = j
				continue
			}
			if j > i && canAdd(cur, t.val) && t.val < 100 && t.val > 0 && total+cur >= 100 && p.lex.andSet[p.toks[j-1].lower] {
				cur += t.val
				j++
				lastJ = j
			}
			break
		}
		if t.kind != tWord {
			break
		}
		w := t.lower
		if v, ok := p.wordValue(w); ok && !(seen && (p.lex.hundredSet[w] || p.lex.scales[w] > 0)) {
			if seen && !canAdd(cur, v) {
				break
			}
			if article && !seen && !p.lex.hundredSet[w] && p.lex.scales[w] == 0 {
				first = j // "a six-mile trip": the article is not part of six; "ein hundert" is one hundred
			}
			if article && !seen && v >= 20 && p.isPunct(j+1, "-") && j+2 < len(p.toks) {
				if o, ok := p.lex.ordinals[p.toks[j+2].lower]; ok && o < 10 {
					break // a twenty-first
				}
			}
			if seen && v >= 20 && v < 100 && math.Mod(v, 10) == 0 && !p.lex.andSet[p.toks[j-1].lower] && (p.pluralOrdinal(j+1) || p.isPunct(j+1, "-") && !p.toks[j+1].gap && p.pluralOrdinal(j+2)) {
				break // one hundred thirty fifths: thirty belongs to the denominator
			}
			if seen && v >= 20 && p.isPunct(j+1, "-") && j+2 < len(p.toks) && !p.toks[j+1].gap {
				if o, ok := p.lex.ordinals[p.toks[j+2].lower]; ok && o < 10 {
					break // one hundred twenty-fifth
				}
			}
			prevCur, prevJ = cur, lastJ
			cur += v
			seen = true
			article = false
			afterScale = false
			j++
			lastJ = j
			continue
		}
		if p.lex.hundredSet[w] && (seen || article) {
			if cur >= 100 && prevJ > first {
				// 3 hundred and 2 hundred: two numbers
				cur, lastJ = prevCur, prevJ
				break
			}
			if cur == 0 {
				cur = 1
			}
			cur *= 100
			seen = true
			article = false
			afterScale = true
			j++
			lastJ = j
			continue
		}
		if s, ok := p.lex.scales[w]; ok && (seen || article || pending > 0) {
			if cur == 0 {
				cur = 1
				if pending > 0 {
					cur = pending
				}
			}
			if s < 1000 {
				cur = andBase + (cur-andBase)*s // three hundred and two dozens
			} else if cur == 1 && total > 0 && s > total && !p.lex.oneSet[p.toks[j-1].lower] && prevScale > 0 && s > prevScale {
				total *= s // three lakh crore
				cur = 0
			} else {
				total += cur * s
				cur = 0
			}
			pending = 0
			prevScale = s
			seen = true
			article = false
			afterScale = true
			j++
			lastJ = j
			if p.isPunct(j, ".") && p.joined(j) && abbrevScale(w) && j+1 < len(p.toks) && !p.toks[j+1].brk {
				j++
				lastJ = j
			}
			continue
		}
		if p.lex.andSet[w] && seen && j+1 < len(p.toks) {
			if f := p.fractionAt(j + 1); f > 0 && f < 1 {
				break // "and a half" is read below
			}
			if u := math.Mod(cur, 100); p.lex.unitsFirst && u >= 1 && u <= 9 && !p.toks[j+1].brk && !(i > 0 && p.lex.rangeOpen[p.toks[i-1].lower] == w) {
				// drei und zwanzig, zweihundert drei und zwanzig
				if v, ok := p.wordValue(p.toks[j+1].lower); ok && v >= 20 && v <= 90 && math.Mod(v, 10) == 0 && p.toks[j+1].kind == tWord {
					cur += v
					j += 2
					lastJ = j
					continue
				}
			}
			if v, ok := p.wordValue(p.toks[j+1].lower); ok && total+cur >= 100 && math.Mod(cur, 100) == 0 && v < 100 {
				andBase = cur
				j++
				continue
			}
			if nt := &p.toks[j+1]; nt.kind == tNum && nt.plain && nt.val < 100 && nt.val > 0 && total+cur >= 100 && math.Mod(cur, 100) == 0 {
				andBase = cur
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
		if f, ok := p.lex.fractions[w]; ok && !seen && j == i && f == 0.5 && j+1 < len(p.toks) && !p.isWordScale(j+1) {
			// half an hour, half a day, half hour
			k := j + 1
			if p.lex.oneSet[p.toks[k].lower] && p.toks[k].lower != "one" {
				k++
			}
			if u, _, ok := p.unit(k, numeral{scale: 1}); ok && u.kind != model.KindMoney && u.kind != model.KindPercent && p.toks[k].kind == tWord {
				return numeral{val: f, scale: 1, first: i, next: k, words: true, tok: tWord, frac: true}, true
			}
			if k < len(p.toks) && k > j+1 && p.toks[k].lower == "dozen" {
				return numeral{val: f * 12, scale: 1, first: i, next: k + 1, words: true, tok: tWord}, true // half a dozen
			}
		}
		if f, ok := p.lex.fractions[w]; ok && !seen && j == i && f >= 0.25 && j+1 < len(p.toks) && p.isWordScale(j+1) {
			// half million, quarter million
			pending = f
			j++
			continue
		}
		break
	}
	if article && !seen {
		// "a third", "ein Drittel", "a dozen", "a trillionth"
		if lastJ == i && j < len(p.toks) {
			if f, k := p.denominator(j, true); f > 0 && !p.ordinalUse(j, k) {
				n := numeral{val: f, scale: 1, first: i, next: k, words: true, tok: tWord, frac: true}
				if s, ok := p.lex.scales[p.tokLower(k)]; ok && s < 1000 && !p.toks[k].brk {
					// ein halbes Dutzend
					n.val, n.next, n.frac = f*s, k+1, false
				}
				return n, true
			}
			return p.articleOne(i, j)
		}
		return numeral{}, false
	}
	if !seen || lastJ <= first {
		return numeral{}, false
	}
	v := total + cur
	n := numeral{val: v, scale: 1, first: first, next: lastJ, words: true, tok: tWord}
	if total >= 1e6 {
		n.scale = scaleOf(total)
	}
	p.pointWords(&n)
	// fractions: "two thirds", "zwei Drittel", "one eighth", "one-eighth"
	if v > 0 && n.val == v {
		d := n.next
		if p.isPunct(d, "-") && d+1 < len(p.toks) && p.toks[d].gap == p.toks[d+1].gap {
			d++
		}
		if f, k := p.denominator(d, v == 1); f > 0 && !(v*f >= 1 && strings.HasPrefix(p.toks[d].lower, "quarter")) && !(v == 1 && p.ordinalUse(d, k)) {
			n.val = v * f
			n.next = k
			n.frac = true
		} else if o, k := p.ordinalAt(n.next); o > 0 && v != 1 {
			// ordinals: two hundredth, one hundred twenty-fifth, three trillionth
			switch {
			case o >= 100:
				n.val, n.next, n.ord = v*o, k, true
			case v >= 20 && (o < 10 && math.Mod(v, 10) == 0 || math.Mod(v, 100) == 0):
				n.val, n.next, n.ord = v+o, k, true
			}
		}
	}
	if !n.ord {
		p.andAHalf(&n)
	}
	return n, true
}

// articleOne reads the article at token i as the number one where it
// counts (see langData.oneUnit): before a unit ("einen Kilometer"), the low
// end of a range ("ein bis zwei Tage") or a vague count of a unit ("ein
// paar Wochen", about two). j is the token after the article.
func (p *parser) articleOne(i, j int) (numeral, bool) {
	if !p.lex.oneUnit || j >= len(p.toks) || p.toks[j].brk || p.toks[j].kind != tWord {
		return numeral{}, false
	}
	one := numeral{val: 1, scale: 1, first: i, next: j, words: true, tok: tWord}
	if v, ok := p.lex.few[p.toks[j].lower]; ok {
		vague := numeral{val: v, scale: 1, first: i, next: j + 1, words: true, tok: tWord, approx: true}
		if s, ok := p.lex.scales[p.tokLower(j+1)]; ok && s >= 100 && !p.toks[j+1].brk {
			vague.val, vague.scale, vague.next = v*s, s, j+2 // ein paar Tausend
			return vague, true
		}
		if _, _, ok := p.unit(j+1, vague); ok && p.tokKind(j+1) == tWord {
			return vague, true
		}
		return numeral{}, false
	}
	closes := i > 0 && p.lex.rangeOpen[p.toks[i-1].lower] == p.toks[j].lower // zwischen einem und zwei Jahren
	if (p.lex.rangeSet[p.toks[j].lower] || closes) && p.toks[j].kind == tWord && j+1 < len(p.toks) {
		if hi, ok := p.unsigned(j+1, false); ok && hi.val > 1 && hi.words {
			return one, true // ein bis zwei Tage
		}
	}
	u, k, ok := p.unit(j, one)
	if !ok || u.flags&noArticle != 0 || k < len(p.toks) && p.lex.genitiveSet[p.toks[k].lower] {
		return numeral{}, false // eines Tages, einen Tag der offenen Tür
	}
	return one, true
}

// tokLower returns the lower-case form of token j, or "" past the end.
func (p *parser) tokLower(j int) string {
	if j >= len(p.toks) {
		return ""
	}
	return p.toks[j].lower
}

// tokKind returns the kind of token j, or tPunct past the end.
func (p *parser) tokKind(j int) tokKind {
	if j >= len(p.toks) {
		return tPunct
	}
	return p.toks[j].kind
}

// ordinalAt reads an ordinal word at token j: "fifth", "twenty-fifth",
// "hundredth". It returns its value and the token after it, or 0.
func (p *parser) ordinalAt(j int) (float64, int) {
	if j >= len(p.toks) || p.toks[j].kind != tWord || p.toks[j].brk {
		return 0, j
	}
	if o, ok := p.lex.ordinals[p.toks[j].lower]; ok {
		return o, j + 1
	}
	if tens, ok := p.lex.numbers[p.toks[j].lower]; ok && tens >= 20 && j+2 < len(p.toks) && p.isPunct(j+1, "-") && !p.toks[j+1].gap && !p.toks[j+2].gap {
		if o, ok := p.lex.ordinals[p.toks[j+2].lower]; ok && o < 10 {
			return tens + o, j + 3
		}
	}
	return 0, j
}

// isWordScale reports a scale word (million, Milliarden) at token j.
func (p *parser) isWordScale(j int) bool {
	if j >= len(p.toks) || p.toks[j].kind != tWord {
		return false
	}
	s, ok := p.lex.scales[p.toks[j].lower]
	return ok && s >= 1000
}

// denominator reads the denominator of a fraction at token j: "thirds",
// "Drittel", "eighths", "twenty-fifths"; singular ones only when one says so.
// It returns 1/denominator and the token after it, or 0.
func (p *parser) denominator(j int, singular bool) (float64, int) {
	if j >= len(p.toks) || p.toks[j].kind != tWord || p.toks[j].brk {
		return 0, j
	}
	w := p.toks[j].lower
	if f, ok := p.lex.fractions[w]; ok {
		if singular || !strings.HasSuffix(w, "th") {
			return f, j + 1
		}
	}
	if w == "second" || w == "seconds" || w == "first" || w == "firsts" {
		return 0, j
	}
	// sechzehntel, zwanzigstel: a number word and the ending of a fraction
	for _, end := range p.lex.fracEnding {
		if stem, ok := strings.CutSuffix(w, end); ok && len(stem) >= 4 {
			if v, isNum := p.wordValue(stem); isNum && v >= 3 && v == math.Trunc(v) {
				return 1 / v, j + 1
			}
		}
	}
	plural := strings.HasSuffix(w, "s")
	stem := strings.TrimSuffix(w, "s")
	if o, ok := p.lex.ordinals[stem]; ok && o >= 3 && (plural || singular) {
		return 1 / o, j + 1
	}
	// twenty-fifths, twenty fifths
	if tens, ok := p.lex.numbers[w]; ok && tens >= 20 && tens < 100 && math.Mod(tens, 10) == 0 {
		k := j + 1
		if p.isPunct(k, "-") && k+1 < len(p.toks) && p.toks[k].gap == p.toks[k+1].gap {
			k++
		}
		if k < len(p.toks) && k > j && !p.toks[k].brk {
			w2 := p.toks[k].lower
			plural = strings.HasSuffix(w2, "s")
			if o, ok := p.lex.ordinals[strings.TrimSuffix(w2, "s")]; ok && o < 10 && (plural || singular && k > j+1) {
				return 1 / (tens + o), k + 1
			}
		}
	}
	return 0, j
}

// ordinalUse reports an English fraction word used as an ordinal: "a third
// quarter", "one fifth round", unlike "a third of them" or "a third".
func (p *parser) ordinalUse(d, k int) bool {
	if p.lex.name != "en" || k >= len(p.toks) || p.toks[k].kind != tWord || p.toks[k].brk {
		return false
	}
	w := p.toks[d].lower
	if w == "half" || w == "halves" || strings.HasPrefix(w, "quarter") || strings.HasSuffix(w, "s") {
		return false
	}
	next := p.toks[k].lower
	return next != "of" && !p.lex.andSet[next] && !p.lex.stopSet[next] && !p.isWordScale(k)
}

// pluralOrdinal reports a plural ordinal at token j: "fifths", "firsts".
func (p *parser) pluralOrdinal(j int) bool {
	if j >= len(p.toks) || p.toks[j].kind != tWord || !strings.HasSuffix(p.toks[j].lower, "s") {
		return false
	}
	o, ok := p.lex.ordinals[strings.TrimSuffix(p.toks[j].lower, "s")]
	return ok && o < 10
}

// fractionAt reports the value of a fraction written at token j ("a half",
// "three quarters"), or 0.
func (p *parser) fractionAt(j int) float64 {
	if j >= len(p.toks) || p.toks[j].kind != tWord || p.depth > 0 {
		return 0
	}
	// one level of look-ahead only: "one and one and one ..." stays linear
	p.depth++
	defer func() { p.depth-- }()
	if p.lex.oneSet[p.toks[j].lower] {
		f, _ := p.denominator(j+1, true)
		return f
	}
	if _, ok := p.wordValue(p.toks[j].lower); !ok {
		return 0
	}
	if n, ok := p.numberWords(j); ok && n.frac {
		return n.val
	}
	return 0
}

// pointWords extends a number in words by its decimals: "two point five",
// "nine point nought four", "two hundred point seventy-one".
func (p *parser) pointWords(n *numeral) {
	j := n.next
	if j+1 >= len(p.toks) || !p.lex.pointSet[p.toks[j].lower] || p.toks[j+1].kind != tWord {
		return
	}
	k := j + 1
	digits := ""
	for k < len(p.toks) && p.toks[k].kind == tWord {
		v, ok := p.wordValue(p.toks[k].lower)
		if !ok || v >= 10 {
			break
		}
		digits += strconv.Itoa(int(v))
		k++
	}
	if len(digits) < 2 && p.depth == 0 {
		p.depth++
		sub, ok := p.numberWords(j + 1)
		p.depth--
		if ok && sub.val < 100 && sub.val == math.Trunc(sub.val) {
			digits = strconv.Itoa(int(sub.val))
			k = sub.next
		}
		// else "two point two million": the one digit, and the scale after
	}
	if digits == "" {
		return
	}
	f, err := strconv.ParseFloat("0."+digits, 64)
	if err != nil {
		return
	}
	n.val += f
	n.next = k
}

// andAHalf extends "one and a half", "3 million and a quarter",
// "twenty and three fifths".
func (p *parser) andAHalf(n *numeral) {
	if p.depth > 0 {
		return
	}
	j := n.next
	if j+1 < len(p.toks) && p.lex.andSet[p.toks[j].lower] && !p.toks[j+1].brk {
		if f := p.fractionAt(j + 1); f > 0 && f < 1 {
			p.depth++
			sub, ok := p.numberWords(j + 1)
			p.depth--
			if !ok {
				return
			}
			scale := n.scale
			if scale < 1 {
				scale = 1
			}
			if p.isWordScale(sub.next) {
				s := p.lex.scales[p.toks[sub.next].lower]
				sub.next++
				if n.scale <= 1 {
					// five and a half million
					n.val = (n.val + sub.val) * s
					n.scale = s
					n.next = sub.next
					return
				}
				// one billion and a half million
				scale = s
			}
			n.val += sub.val * scale
			n.next = sub.next
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
	if p.lex.morphemes == nil || len(w) < 6 || !p.lex.compoundStart(w) || !p.lex.compoundEnd(w) {
		return 0, false
	}
	return compound(w, p.lex.morphemes)
}

// compound reads a compound number word such as "dreiundzwanzig" or
// "zweihunderttausend" from its parts. Negative part values are multipliers
// (hundert = -100, tausend = -1000, million = -1e6); "und" is 0.
func compound(w string, parts map[string]float64) (float64, bool) {
	var total, cur float64
	n := 0
	for len(w) > 0 {
		best := 0
		var bv float64
		for l := min(len(w), 12); l >= 2; l-- {
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
		case bv <= -1000:
			if cur == 0 {
				cur = 1
			}
			if s := -bv; total > 0 && total < s {
				total = (total + cur) * s // zweitausendmillionen
			} else {
				total += cur * s
			}
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
