package tui

import (
	"math"
	"strconv"
	"strings"

	"figs/model"
)

// formatQuantity writes v in unit compactly: "15 billion USD", "1,000 km²".
func formatQuantity(v float64, unit string) string {
	num := formatNumber(v)
	switch unit {
	case "":
		return num
	case "%":
		return num + "%"
	}
	return num + " " + unit
}

func formatNumber(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "?"
	}
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	for _, s := range []struct {
		f    float64
		word string
	}{{1e12, " trillion"}, {1e9, " billion"}, {1e6, " million"}} {
		if v >= s.f {
			return sign + trimFloat(v/s.f, 2) + s.word
		}
	}
	whole := math.Floor(v)
	frac := v - whole
	out := groupThousands(strconv.FormatFloat(whole, 'f', 0, 64))
	if frac > 0.005 {
		f := trimFloat(frac, 2)
		out += strings.TrimPrefix(f, "0")
	}
	return sign + out
}

// trimFloat prints v with at most prec decimals and no trailing zeros.
func trimFloat(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

func groupThousands(s string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// displayOf is how the sidebar names a figure.
func displayOf(f model.Fact) string {
	if f.Display != "" {
		return f.Display
	}
	return f.Text
}

// pinPhrase compares figure a with the pinned figure b: "×1.75, +15 billion USD".
func pinPhrase(a, b model.Fact) (string, bool) {
	if a.Unit != b.Unit || !a.Kind.IsQuantity() || !b.Kind.IsQuantity() || b.Value == 0 {
		return "", false
	}
	d := a.Value - b.Value
	sign := "+"
	if d < 0 {
		sign, d = "-", -d
	}
	return "×" + trimFloat(a.Value/b.Value, 2) + ", " + sign + formatQuantity(d, a.Unit), true
}
