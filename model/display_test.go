package model

import "testing"

func TestFormat(t *testing.T) {
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"billions", FormatQuantity(15e9, "USD"), "15 billion USD"},
		{"thousands comma", FormatQuantity(1000, "km²"), "1,000 km²"},
		{"plain", FormatQuantity(50, "km"), "50 km"},
		{"percent", FormatQuantity(27, "%"), "27%"},
		{"celsius", FormatQuantity(30, "°C"), "30°C"},
		{"decimal", FormatQuantity(3.5, "kg"), "3.5 kg"},
		{"million decimals", FormatNumber(1.25e6), "1.25 million"},
		{"small", FormatNumber(0.125), "0.125"},
		{"negative", FormatNumber(-1200), "-1,200"},
		{"zero", FormatNumber(0), "0"},
		{"trillion", FormatNumber(21e12), "21 trillion"},
		{"three decimals", FormatNumber(2.003e6), "2.003 million"},
		{"all digits", FormatNumber(60000200), "60,000,200"},
		{"range", FormatRange(1e9, 2e9, "USD"), "1–2 billion USD"},
		{"range plain", FormatRange(20, 30, "km"), "20–30 km"},
		{"comparison", FormatComparison(35e9, 20e9, "USD"), "35 vs 20 billion USD (+75%)"},
		{"comparison down", FormatComparison(10, 20, "Dörfer"), "10 vs 20 Dörfer (-50%)"},
		{"comparison percent", FormatComparison(35, 20, "%"), "35% vs 20% (+15 pp)"},
		{"comparison zero", FormatComparison(5, 0, "km"), "5 vs 0 km"},
		{"change", FormatChange(35e9, 20e9, "USD"), "×1.75, +15 billion USD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

func TestFormatCount(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
	}{{0, "0 figures"}, {1, "1 figure"}, {2, "2 figures"}, {21, "21 figures"}} {
		if got := FormatCount(c.n, "figure", "figures"); got != c.want {
			t.Errorf("FormatCount(%d) = %q, want %q", c.n, got, c.want)
		}
	}
}
