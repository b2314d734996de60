package extract

import (
	"math"

	"figs/model"
)

// unitSize returns the size of a unit in its dimension's base (metres,
// seconds, kilograms), or 0 for units that do not combine.
func unitSize(unit string) float64 {
	switch unit {
	case "mm":
		return 0.001
	case "cm":
		return 0.01
	case "dm":
		return 0.1
	case "m":
		return 1
	case "km":
		return 1000
	case "in":
		return 0.0254
	case "ft":
		return 0.3048
	case "yd":
		return 0.9144
	case "mi":
		return 1609.344
	case "s":
		return 1
	case "min":
		return 60
	case "h":
		return 3600
	case "d":
		return 86400
	case "wk":
		return 604800
	case "mo":
		return 2592000
	case "yr":
		return 31104000 // 12 months, so years and months add up exactly
	case "mg":
		return 1e-6
	case "g":
		return 1e-3
	case "kg":
		return 1
	case "t":
		return 1000
	case "oz":
		return 0.028349523125
	case "lb":
		return 0.45359237
	}
	return 0
}

// mergeCompounds joins figures written in several units into one: "2 years,
// 3 months" is 27 months, "1 hour and 30 minutes" 90 minutes, "2 km and
// 1 metre" 2001 metres. The parts must shrink from one to the next.
func (p *parser) mergeCompounds() {
	fs := p.facts
	out := fs[:0]
	for k := 0; k < len(fs); k++ {
		a := fs[k]
		for k+1 < len(fs) {
			b := fs[k+1]
			if !p.compoundPair(&a, &b) {
				break
			}
			sa, sb := unitSize(a.Unit), unitSize(b.Unit)
			a.Value = a.Value*sa/sb + b.Value
			if math.Abs(a.Value-math.Round(a.Value)) < 1e-9 {
				a.Value = math.Round(a.Value)
			}
			a.Unit = b.Unit
			a.next = b.next
			a.End = b.End
			a.Text = p.text[a.Start:a.End]
			a.Display = display(a.Fact)
			k++
		}
		out = append(out, a)
	}
	p.facts = out
}

// compoundPair reports whether b continues a as a smaller unit of the same
// dimension, joined by nothing, a comma or "and".
func (p *parser) compoundPair(a, b *fact) bool {
	if a.Kind != b.Kind || a.Max != nil || b.Max != nil || b.Qualifier != "" {
		return false
	}
	switch a.Kind {
	case model.KindDistance, model.KindDuration, model.KindMass:
	default:
		return false
	}
	sa, sb := unitSize(a.Unit), unitSize(b.Unit)
	if sa == 0 || sb == 0 || sb >= sa || b.Value < 0 || a.Value < 0 {
		return false
	}
	if a.Kind == model.KindDistance && (a.Unit == "km" || a.Unit == "m" || a.Unit == "cm") != (b.Unit == "km" || b.Unit == "m" || b.Unit == "cm" || b.Unit == "mm") {
		return false // metric and imperial parts do not make one length
	}
	between := b.first - a.next
	if between > 2 {
		return false
	}
	for j := a.next; j < b.first; j++ {
		t := &p.toks[j]
		if t.brk || !(p.isPunct(j, ",") || p.lex.andSet[t.lower]) {
			return false
		}
	}
	return !p.toks[b.first].brk
}
