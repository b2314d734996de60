package extract

import "testing"

// TestDetectLangShort checks the language of short texts, where a few
// function words or one figure written the German way must decide.
func TestDetectLangShort(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Es kostete 1.000 Euro.", "de"},
		{"Der Umbau kostet 3,5 Millionen Euro.", "de"},
		{"Sie wurde 1990 gewählt.", "de"},
		{"Das Werk hat 1.200 Mitarbeiter.", "de"},
		{"12.500 Einwohner", "de"},
		{"3,5 %", "de"},
		{"2,75 Prozent mehr", "de"},
		{"Er lief 42,195 Kilometer.", "de"},
		{"Ein Plus von 4 Prozent.", "de"},
		{"Für 20 Euro.", "de"},
		{"It cost 1,000 euros.", "en"},
		{"The war cost 3.5 million dollars.", "en"},
		{"It is 5 km away.", "en"},
		{"0.002 kg", "en"},
		{"between 0.002 kg and about 0.007 kg", "en"},
		{"1,674.5 million", "en"},
		{"1,000 euro", "en"},
		{"192.168.1.2", "en"},
		{"a 3.5% rise", "en"},
		{"42", "en"},
		{"", "en"},
	} {
		if got := DetectLang(c.text); got != c.want {
			t.Errorf("DetectLang(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestGermanNumber(t *testing.T) {
	for _, c := range []struct {
		n    string
		want bool
	}{
		{"1.000", true},
		{"12.500.000", true},
		{"3,5", true},
		{"1.250,75", true},
		{"42,195", false}, // three digits after a comma read as thousands
		{"1,000", false},
		{"1,674.5", false},
		{"0.002", false},
		{"3.5", false},
		{"1.00", false},
		{"1234.567", false},
		{"1.000.00", false},
		{"42", false},
		{",5", false},
		{"1,5,5", false},
	} {
		if got := germanNumber(c.n); got != c.want {
			t.Errorf("germanNumber(%q) = %v, want %v", c.n, got, c.want)
		}
	}
}
