package extract

import (
	"strings"
	"unicode/utf8"

	"figs/model"
)

// label returns a few words that say what a figure measures: the counted
// noun, else the nearest content words of its sentence (before it first).
func (p *parser) label(f *fact) string {
	if f.Noun != "" {
		return f.Noun
	}
	var words []string
	for k := f.first - 1; k >= 0 && k >= f.first-8 && len(words) < 2; k-- {
		t := &p.toks[k]
		if p.stopsLabel(k) {
			break
		}
		if p.content(k) {
			words = append(words, p.text[t.start:t.end])
		}
		if t.brk {
			break
		}
	}
	for l, r := 0, len(words)-1; l < r; l, r = l+1, r-1 {
		words[l], words[r] = words[r], words[l]
	}
	if len(words) == 0 {
		for k := f.next; k < len(p.toks) && k < f.next+8 && len(words) < 2; k++ {
			if p.toks[k].brk || p.stopsLabel(k) {
				break
			}
			if p.content(k) {
				words = append(words, p.text[p.toks[k].start:p.toks[k].end])
			}
		}
	}
	return strings.Join(words, " ")
}

// stopsLabel reports punctuation that ends the words a label may use.
func (p *parser) stopsLabel(k int) bool {
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

// content reports a word worth showing in a label.
func (p *parser) content(k int) bool {
	t := &p.toks[k]
	if t.kind != tWord || utf8.RuneCountInString(t.lower) < 3 || p.lex.stopSet[t.lower] {
		return false
	}
	if _, ok := p.wordValue(t.lower); ok {
		return false
	}
	if _, ok := p.lex.qualifiers[t.lower]; ok {
		return false
	}
	return true
}

// display writes a fact compactly in English: "35 billion USD", ">1,000 km²",
// ">20 Dörfer", "20–30 km". Dates and ordinals are shown as written.
func display(f model.Fact) string {
	if f.Kind == model.KindDate || f.Kind == model.KindOrdinal {
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
