package model

import (
	"math"
	"strconv"
	"strings"
)

// scale is an English scale word of compact numbers.
type scale struct {
	v    float64
	name string
}

// scaleNames returns the scale words, largest first.
func scaleNames() [3]scale {
	return [3]scale{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}}
}

// FormatNumber writes v compactly in English: "1,000", "3.5",
// "35 billion", "1.25 million", "-12".
func FormatNumber(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	if a := math.Abs(v); a >= 1e6 && a < 1e18 {
		for _, s := range scaleNames() {
			if a >= s.v {
				x := v / s.v
				if r := math.Round(x * 1000); math.Abs(r-x*1000) > 1e-6*math.Max(1, math.Abs(x*1000)) && a < 1e15 {
					break // more digits than a scale word shows: 1,234,567
				}
				return formatScaled(x) + " " + s.name
			}
		}
	}
	return formatPlain(v)
}

// formatScaled writes the number before a scale word with up to three
// decimals: "35", "1.25", "2.003".
func formatScaled(x float64) string {
	s := strconv.FormatFloat(math.Round(x*1000)/1000, 'f', -1, 64)
	intPart, frac, _ := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	out := groupThousands(intPart)
	if frac != "" {
		out += "." + frac
	}
	if x < 0 {
		out = "-" + out
	}
	return out
}

// formatPlain writes v with thousands commas and at most two decimals
// (more for tiny values, so they do not read as zero).
func formatPlain(v float64) string {
	neg := v < 0
	a := math.Abs(v)
	var s string
	switch {
	case a >= 1e18:
		s = strconv.FormatFloat(a, 'g', 4, 64)
	case a != 0 && a < 1:
		s = strconv.FormatFloat(a, 'g', 3, 64)
	default:
		s = strconv.FormatFloat(math.Round(a*100)/100, 'f', -1, 64)
		intPart, frac, _ := strings.Cut(s, ".")
		s = groupThousands(intPart)
		if frac != "" {
			s += "." + frac
		}
	}
	if neg && s != "0" {
		return "-" + s
	}
	return s
}

func groupThousands(d string) string {
	if len(d) <= 3 {
		return d
	}
	var b strings.Builder
	head := len(d) % 3
	if head > 0 {
		b.WriteString(d[:head])
	}
	for i := head; i < len(d); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(d[i : i+3])
	}
	return b.String()
}

// withUnit appends a unit (or a counted noun) to a formatted number: "27%",
// "30°C", "35 billion USD", "50 km".
func withUnit(num, unit string) string {
	switch {
	case unit == "":
		return num
	case unit == "%" || strings.HasPrefix(unit, "°"):
		return num + unit
	}
	return num + " " + unit
}

// FormatQuantity writes a value with its canonical unit (or counted noun)
// compactly: "15 billion USD", "1,000 km²", "50 km", "27%".
func FormatQuantity(v float64, unit string) string {
	return withUnit(FormatNumber(v), unit)
}

// FormatRange writes a range with the unit once: "20–30 km",
// "1–2 billion USD", "5 million–1.2 billion USD".
func FormatRange(lo, hi float64, unit string) string {
	l, h := FormatNumber(lo), FormatNumber(hi)
	if ls, hs := scaleSuffix(l), scaleSuffix(h); ls != "" && ls == hs {
		l = strings.TrimSuffix(l, " "+ls)
	}
	return withUnit(l+"–"+h, unit)
}

// scaleSuffix returns the scale word a formatted number ends with, or "".
func scaleSuffix(s string) string {
	for _, sc := range scaleNames() {
		if strings.HasSuffix(s, " "+sc.name) {
			return sc.name
		}
	}
	return ""
}

// FormatComparison writes a comparison of a (the newer or subject value)
// with b in one phrase: "35 vs 20 billion USD (+75%)". Percentages change by
// points: "35% vs 20% (+15 pp)".
func FormatComparison(a, b float64, unit string) string {
	fa, fb := FormatNumber(a), FormatNumber(b)
	var s string
	if sa, sb := scaleSuffix(fa), scaleSuffix(fb); sa != "" && sa == sb {
		s = strings.TrimSuffix(fa, " "+sa) + " vs " + withUnit(fb, unit)
	} else if unit == "%" || strings.HasPrefix(unit, "°") {
		s = withUnit(fa, unit) + " vs " + withUnit(fb, unit)
	} else {
		s = fa + " vs " + withUnit(fb, unit)
	}
	if unit == "%" || unit == "pp" {
		return s + " (" + signed(a-b) + " pp)"
	}
	if b != 0 && !math.IsInf(a/b, 0) && !math.IsNaN(a/b) {
		return s + " (" + signed(math.Round((a/b-1)*1000)/10) + "%)"
	}
	return s
}

// FormatChange writes the ratio and difference of a against b:
// "×1.75, +15 billion USD".
func FormatChange(a, b float64, unit string) string {
	d := withUnit(signed(a-b), unit)
	if b == 0 {
		return d
	}
	r := a / b
	if math.IsInf(r, 0) || math.IsNaN(r) {
		return d
	}
	return "×" + strconv.FormatFloat(math.Round(r*100)/100, 'f', -1, 64) + ", " + d
}

// signed formats v with an explicit sign.
func signed(v float64) string {
	s := FormatNumber(v)
	if v > 0 || (v == 0 && !strings.HasPrefix(s, "-")) {
		return "+" + s
	}
	return s
}

// FormatCount writes a count with its noun in the right number: "1 figure",
// "8 figures", "0 figures".
func FormatCount(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
