package check

import (
	"strings"

	"figs/model"
)

// mention is a figure used as an attribute of a named thing: "the
// 300-metre bridge", "das 120 Meter hohe Hochhaus".
type mention struct {
	fig      int
	v, h     float64 // its value and rounding
	definite bool    // after "the", "der": pointing back to a thing named before
}

// repeats collects mentions by what they measure: kind, unit, counted
// noun and the noun of the thing.
type repeats struct {
	keys  []string
	byKey map[string][]mention
}

// noteRepeats records the attributive figures of sentence s.
func (c *checker) noteRepeats(s *sentence) {
	w := c.w
	toks := s.toks
	for i, t := range toks {
		if t.kind != tFig || i == 0 {
			continue
		}
		f := c.facts[t.fig]
		switch f.Kind {
		case model.KindDistance, model.KindArea, model.KindVolume, model.KindMass, model.KindSpeed, model.KindDuration, model.KindCount:
		default:
			continue
		}
		if f.Max != nil || f.Qualifier != model.QualNone || f.Kind == model.KindCount && f.Noun == "" {
			continue
		}
		definite := w.definite.at(toks, i-1)
		if !definite && !w.indefinite.at(toks, i-1) {
			continue
		}
		// attributive: "300-metre bridge" (hyphenated), or a German
		// adjective after the unit ("120 Meter hohe Hochhaus")
		j := i + 1
		hyphen := strings.Contains(f.Text, "-")
		for j < len(toks) && w.attrs.at(toks, j) {
			j++
			hyphen = true
		}
		if !hyphen || j >= len(toks) || toks[j].kind != tWord {
			continue
		}
		head := toks[j].lower
		if len(head) < 3 || w.definite.at(toks, j) || w.indefinite.at(toks, j) || !c.isNoun(toks[j]) {
			continue
		}
		key := string(f.Kind) + "|" + f.Unit + "|" + strings.ToLower(f.Noun) + "|" + stem(head)
		if c.repeats.byKey == nil {
			c.repeats.byKey = map[string][]mention{}
		}
		if _, ok := c.repeats.byKey[key]; !ok {
			c.repeats.keys = append(c.repeats.keys, key)
		}
		c.repeats.byKey[key] = append(c.repeats.byKey[key], mention{fig: t.fig, v: c.fig(t.fig).v, h: c.fig(t.fig).h, definite: definite})
	}
}

// stem folds the endings of a noun that change with its case or number,
// so that "Hochhauses" and "Hochhaus", "Fahrzeugen" and "Fahrzeuge",
// "towers" and "tower" meet.
func stem(w string) string {
	for range 2 {
		for _, end := range []string{"es", "s", "n", "e"} {
			if s, ok := strings.CutSuffix(w, end); ok && len(s) >= 4 {
				w = s
				break
			}
		}
	}
	return w
}

// checkRepeats flags a thing named again, with "the", at a value its
// earlier mention rules out. Things named with "a" each time may be
// different things; one check per thing.
func (c *checker) checkRepeats() {
	for _, key := range c.repeats.keys {
		ms := c.repeats.byKey[key]
		for n := 1; n < len(ms); n++ {
			later := ms[n]
			if !later.definite {
				continue
			}
			first := ms[0]
			a, b := first, later
			c.tried(model.CheckRepeat, []int{first.fig, later.fig})
			// apart by more than the rounding of either: 12 and 13 years
			// differ, 300 and 300.4 metres need not
			if d := a.v - b.v; d <= max(a.h, b.h) && -d <= max(a.h, b.h) {
				continue
			}
			head := key[strings.LastIndex(key, "|")+1:]
			c.add(model.CheckRepeat, []int{first.fig, later.fig}, "check: "+c.nounAfter(later.fig, head)+" is "+
				strings.TrimSpace(c.facts[first.fig].Text)+" here and "+strings.TrimSpace(c.facts[later.fig].Text)+" later")
			break
		}
	}
}

// nounAfter returns the noun after figure i as written, or head.
func (c *checker) nounAfter(i int, head string) string {
	rest := c.text[c.facts[i].End:min(len(c.text), c.facts[i].End+80)]
	for _, w := range strings.Fields(rest) {
		w = strings.Trim(w, ",.;:()\"'")
		if strings.HasPrefix(strings.ToLower(w), head) {
			return w
		}
	}
	return head
}

// isNoun reports whether word t may be a noun: capitalised in German, and
// in English not one of the verbs and small words that follow "the
// 12-year-old".
func (c *checker) isNoun(t token) bool {
	if c.w.lang == "de" {
		r := c.text[t.start]
		return r >= 'A' && r <= 'Z' || r >= 0xC0
	}
	switch t.lower {
	case "is", "was", "were", "are", "has", "had", "have", "will", "would", "said", "says", "who", "which",
		"that", "and", "or", "in", "on", "at", "of", "for", "with", "from", "to", "by", "as", "but", "did":
		return false
	}
	return true
}
