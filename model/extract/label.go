package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"figs/model"
)

// How far a label looks for its words, in tokens.
const (
	labelReach   = 12 // before or after the figure, within its clause
	subjectReach = 30 // back to the subject of "auf"/"to", within the sentence
)

// label returns a few words that say what a figure measures: the counted
// noun; for a new value after "auf"/"to" the subject of the sentence ("Sales
// rose to $5m", "Einkaufen von Rohöl ... auf 35 Milliarden"); else the
// nearest noun of its clause (German) or the nearest content words before
// it, else after it. Time words, adverbs, other figures and the words of
// units are never part of a label.
func (p *parser) label(f *fact) string {
	if f.Noun != "" {
		return f.Noun
	}
	if g := p.convertedFrom(f); g != nil {
		return g.Label // "1.4bn euros (£960m; $1.85bn)": the same amount
	}
	if p.share(f) {
		// 14 Prozent der Befragten, a third of the votes: what it is a share of
		for k := f.next + 1; k < len(p.toks) && k <= f.next+4 && !p.toks[k].brk && !p.endsClause(k); k++ {
			if p.content(k) && (!p.lex.nounCapital || p.noun(k)) {
				return p.words(k, k)
			}
		}
	}
	if k := f.first - 1; k > 0 && f.Kind.IsQuantity() && p.toks[k].kind == tWord && p.inSet(p.lex.cueSet, k) {
		if l := p.subjectLabel(f, k); l != "" {
			return l
		}
	}
	if f.Kind == model.KindOrdinal {
		// what comes first is named after it: "ersten Kriegstagen"
		if l := p.labelAfter(f); l != "" {
			return l
		}
		return p.labelBefore(f)
	}
	if l := p.labelBefore(f); l != "" {
		return l
	}
	return p.labelAfter(f)
}

// convertedFrom returns the figure that a figure in brackets restates in
// another unit, "(£960m; $1.85bn)", "(rund 150 Millionen Euro)", or nil.
func (p *parser) convertedFrom(f *fact) *fact {
	n := len(p.facts)
	if n == 0 || !f.Kind.IsQuantity() || !p.inBrackets(f) {
		return nil
	}
	g := &p.facts[n-1]
	if g.Kind != f.Kind || f.first-g.next > 4 || g.Label == "" || p.sentenceBreak(g.next, f.first) {
		return nil
	}
	for k := g.next; k < f.first; k++ {
		if !p.isPunct(k, "(") && !p.isPunct(k, ";") && !p.isPunct(k, ",") {
			return nil
		}
	}
	return g
}

// share reports a percentage or fraction followed by what it is a share
// of: "der", "des" or "of".
func (p *parser) share(f *fact) bool {
	if f.Kind != model.KindPercent && f.Kind != model.KindNumber || f.next+1 >= len(p.toks) || p.toks[f.next].brk {
		return false
	}
	switch p.toks[f.next].lower {
	case "der", "des", "of":
		return true
	}
	return false
}

// labelBefore returns the nearest noun (German) or content word before the
// figure in its clause, with the adjective or content word just before it.
func (p *parser) labelBefore(f *fact) string {
	best, nearest := -1, -1
	for k := f.first - 1; k >= 0 && k >= f.first-labelReach; k-- {
		if p.endsClause(k) {
			break
		}
		if j := p.otherFigure(f, k); j >= 0 {
			k = j // passes over the whole figure
			continue
		}
		if !p.content(k) {
			if p.toks[k].brk {
				break
			}
			continue
		}
		if nearest < 0 {
			nearest = k
		}
		if !p.lex.nounCapital || p.noun(k) {
			best = k
			break
		}
		if p.toks[k].brk {
			break
		}
	}
	if best < 0 {
		best = nearest
	}
	if best < 0 {
		return ""
	}
	from := best
	if k := best - 1; k >= 0 && !p.toks[best].brk && p.otherFigure(f, k) < 0 && p.modifies(k, best) {
		from = k
	}
	return p.words(from, best)
}

// labelAfter returns the first noun (German) or content word after the
// figure in its clause, with the adjective before it or (English) the
// content word after it.
func (p *parser) labelAfter(f *fact) string {
	first := -1
	for k := f.next; k < len(p.toks) && k < f.next+labelReach; k++ {
		t := &p.toks[k]
		if t.brk || p.endsClause(k) || t.kind == tNum {
			break
		}
		if !p.content(k) {
			continue
		}
		if first < 0 {
			first = k
		}
		if !p.lex.nounCapital {
			if k+1 < len(p.toks) && !p.toks[k+1].brk && p.content(k+1) {
				return p.words(k, k+1)
			}
			return p.words(k, k)
		}
		if p.noun(k) {
			if k-1 >= f.next && p.modifies(k-1, k) {
				return p.words(k-1, k)
			}
			if n := k + 1; n < len(p.toks) && !p.toks[n].brk && strings.HasSuffix(p.lowerOf(k), "s") && p.noun(n) {
				return p.words(k, n) // a genitive name and its noun: "Russlands Krieg"
			}
			return p.words(k, k)
		}
	}
	if first < 0 {
		return ""
	}
	return p.words(first, first)
}

// subjectLabel returns the head of the sentence's subject before the cue
// at token cue: the first noun walking back that no preposition, comma or
// conjunction governs, with its "von"/"of" complement ("Einkaufen von
// Rohöl") or the word modifying it ("unemployment rate").
func (p *parser) subjectLabel(f *fact, cue int) string {
	for k := cue - 1; k >= 0 && k >= cue-subjectReach; k-- {
		if p.endsSentence(k) {
			return ""
		}
		if j := p.otherFigure(f, k); j >= 0 {
			k = j
			continue
		}
		if !p.content(k) || p.lex.nounCapital && !p.noun(k) {
			if p.toks[k].brk {
				return ""
			}
			continue
		}
		if p.governed(k) {
			continue
		}
		if o := k + 1; o+1 < cue && p.toks[o].kind == tWord && (p.toks[o].lower == "von" || p.toks[o].lower == "of") && p.content(o+1) {
			end := o + 1 // "Sales of electric cars": its content words, two at most
			if end+1 < cue && !p.toks[end+1].brk && p.content(end+1) {
				end++
			}
			return p.words(k, end)
		}
		if k > 0 && p.modifies(k-1, k) {
			return p.words(k-1, k)
		}
		return p.words(k, k)
	}
	return ""
}

// governed reports a noun at token k that a preposition, a comma or a
// conjunction governs, passing over the articles and adjectives between:
// "aus Russland", "von Rohöl, Gas und Kohle", "of the electric cars" (an
// English adjective is any content word, two at most).
func (p *parser) governed(k int) bool {
	j, modifiers := k-1, 0
	for j >= 0 && !p.toks[j+1].brk && p.passable(j, &modifiers) {
		j--
	}
	if j < 0 || p.toks[j+1].brk {
		return false // the noun opens the text or a line
	}
	t := &p.toks[j]
	if t.kind == tPunct {
		return t.lower == ","
	}
	return t.kind == tWord && (p.inSet(p.lex.prepSet, j) || p.inSet(p.lex.andSet, j) || p.inSet(p.lex.orSet, j))
}

// passable reports an article or adjective at token j, between a noun and
// what governs it; English adjectives count in modifiers.
func (p *parser) passable(j int, modifiers *int) bool {
	if p.toks[j].kind != tWord {
		return false
	}
	switch {
	case p.inSet(p.lex.detSet, j):
		return true
	case p.lex.nounCapital:
		return !p.toks[j].upper && isAdjective(p.lowerOf(j))
	case *modifiers < 2 && p.content(j):
		*modifiers++
		return true
	}
	return false
}

// modifies reports a word at token k that makes the label word at token w
// more precise: a German adjective before a noun ("ukrainische
// Streitkräfte"), an English content word or initials before another
// ("unemployment rate", "US exports").
func (p *parser) modifies(k, w int) bool {
	if k < 0 || p.toks[w].brk {
		return false
	}
	if !p.lex.nounCapital {
		// English initials modify well ("US exports") but say little alone
		return p.content(k) || p.toks[k].kind == tWord && isAllUpper(p.text[p.toks[k].start:p.toks[k].end])
	}
	if !p.content(k) {
		return false
	}
	return (!p.toks[k].upper || p.sentenceStart(k)) && attributive(p.lowerOf(k)) && p.noun(w)
}

// attributive reports a German word that looks like an adjective before a
// noun ("ukrainische", "russischen") and not like a verb in the past tense
// ("kündigte", "meldeten"), which ends the same way; superlatives in -ste
// stay adjectives.
func attributive(w string) bool {
	if !isAdjective(w) {
		return false
	}
	if strings.HasSuffix(w, "ste") || strings.HasSuffix(w, "sten") {
		return true
	}
	return !strings.HasSuffix(w, "te") && !strings.HasSuffix(w, "ten")
}

// otherFigure returns the first token of an earlier figure of the segment
// covering token k, or -1.
func (p *parser) otherFigure(f *fact, k int) int {
	for i := len(p.facts) - 1; i >= 0; i-- {
		g := &p.facts[i]
		if g.next <= k {
			return -1
		}
		if g.first <= k && k < g.next && g.first != f.first {
			return g.first
		}
	}
	return -1
}

// noun reports a German noun at token k: a capitalized content word.
func (p *parser) noun(k int) bool {
	return p.toks[k].upper && p.content(k)
}

// words returns tokens from..to as written, as a slice of the text when
// single spaces join them (no allocation), else joined by spaces.
func (p *parser) words(from, to int) string {
	start, end := p.toks[from].start, p.toks[to].end
	if s := p.text[start:end]; from == to || singleSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(p.text[start:end]), " ")
}

// singleSpaced reports text that strings.Fields and a join by single
// spaces would leave as it is: words apart by one ASCII space each.
func singleSpaced(s string) bool {
	prevSpace := true // no leading space either
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (r != ' ' || prevSpace) {
			return false
		}
		prevSpace = space
	}
	return !prevSpace || s == ""
}

// endsClause reports punctuation that ends the words a label may use.
func (p *parser) endsClause(k int) bool {
	t := &p.toks[k]
	if t.kind != tPunct {
		return false
	}
	switch t.lower {
	case ".", "!", "?", ";", ":", ",", "(", ")", "\"", "„", "“", "”", "–", "—":
		return true
	}
	return false
}

// endsSentence reports punctuation that ends a sentence or a quotation.
func (p *parser) endsSentence(k int) bool {
	t := &p.toks[k]
	if t.kind != tPunct {
		return false
	}
	switch t.lower {
	case ".", "!", "?", ";", ":", "\"", "„", "“", "”", "(", ")":
		return true
	}
	return false
}

// content reports a word worth showing in a label: not a function word,
// adverb, number, qualifier, unit, scale, time or date word, nor a word of
// fewer than three letters.
func (p *parser) content(k int) bool {
	t := &p.toks[k]
	if t.kind != tWord || t.end-t.start < 2 {
		return false
	}
	if t.end-t.start < 7 && utf8.RuneCountInString(p.text[t.start:t.end]) < 3 {
		return false
	}
	if p.inSet(p.lex.labelStop, k) {
		return false
	}
	if t.end-t.start < 5 {
		return true
	}
	w := p.lowerOf(k)
	if p.lex.nounCapital {
		_, isNum := p.wordValue(w) // compound numbers: dreiundzwanzig
		return !isNum
	}
	return !isEnglishAdverb(w)
}

// isEnglishAdverb reports an English adverb in -ly: "sharply", "nearly".
func isEnglishAdverb(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ly") {
		return false
	}
	switch w {
	case "family", "supply", "assembly", "rally", "italy", "july", "monopoly", "reply", "anomaly", "ally", "belly", "jelly", "holly", "bully", "lily":
		return false
	}
	return true
}

// lowerOf returns the lower-case form of token k, also for the words
// lowerNear left alone (lower-casing those allocates, which labels rarely
// need).
func (p *parser) lowerOf(k int) string {
	t := &p.toks[k]
	if t.lazy {
		return strings.ToLower(p.text[t.start:t.end])
	}
	return t.lower
}

// inSet reports token k's lower-case form in s, without allocating.
func (p *parser) inSet(s set, k int) bool {
	t := &p.toks[k]
	if !t.lazy {
		return s[t.lower]
	}
	var buf [48]byte
	if b := lowerFits(buf[:0], p.text[t.start:t.end]); b != nil {
		return s[string(b)]
	}
	return s[strings.ToLower(p.text[t.start:t.end])]
}

// display writes a fact compactly in English: "35 billion USD", ">1,000 km²",
// ">20 Dörfer", "20–30 km". Dates and ordinals are shown as written.
func display(f model.Fact) string {
	if f.Kind == model.KindDate || f.Kind == model.KindOrdinal {
		if singleSpaced(f.Text) {
			return f.Text // saves the split and join of most dates
		}
		return strings.Join(strings.Fields(f.Text), " ")
	}
	unit := f.Unit
	if f.Kind == model.KindCount {
		unit = f.Noun
	}
	var s string
	if f.Max != nil {
		s = model.FormatRange(f.Value, *f.Max, unit)
	} else {
		s = model.FormatQuantity(f.Value, unit)
	}
	return f.Qualifier + s
}
