package extract

import (
	"testing"

	"figs/model"
)

// TestHyphenCounters: a number a hyphen joins to a counter counts the
// parts of a thing: "a 40-storey tower", "das 40-stöckige Hochhaus", "ein
// 10-Punkte-Plan". Words that are not counters keep the number out, as
// before; a unit after the hyphen stays a unit.
func TestHyphenCounters(t *testing.T) {
	tests := []struct {
		name, lang, in string
		want           []fig
	}{
		{"storey", "en", "The council approved a 40-storey tower.", []fig{cnt("40-storey", 40, "storeys")}},
		{"member", "en", "The 12-member panel met on Friday.", []fig{cnt("12-member", 12, "members"), {Kind: model.KindDate, Text: "on Friday"}}},
		{"seater with thousands", "en", "a new 60,000-seater stadium", []fig{cnt("60,000-seater", 60000, "seats")}},
		{"man", "en", "a 25-man squad", []fig{cnt("25-man", 25, "men")}},
		{"page", "en", "a 36-page report", []fig{cnt("36-page", 36, "pages")}},
		{"not a counter", "en", "the COVID-19 crisis and a 5-nil win", nil},
		{"a unit stays a unit", "en", "a 300-metre bridge", []fig{qty(model.KindDistance, "300-metre", 300, "m")}},
		{"point is not a counter (a 10-point lead is percentage points)", "en", "a 10-point lead", nil},
		{"stöckig", "de", "Das 40-stöckige Hochhaus steht.", []fig{cnt("40-stöckige", 40, "Stockwerke")}},
		{"geschossig with -en", "de", "im 12-geschossigen Neubau", []fig{cnt("12-geschossigen", 12, "Geschosse")}},
		{"köpfig", "de", "eine 5-köpfige Familie", []fig{cnt("5-köpfige", 5, "Köpfe")}},
		{"seitig", "de", "einen 28-seitigen Bericht", []fig{cnt("28-seitigen", 28, "Seiten")}},
		{"noun compound", "de", "Er legte einen 10-Punkte-Plan vor.", []fig{cnt("10-Punkte", 10, "Punkte")}},
		{"respelled", "de", "Das 40-stoeckige Hochhaus steht.", []fig{cnt("40-stoeckige", 40, "Stockwerke")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectFigs(t, tt.name, tt.lang, tt.in, tt.want)
		})
	}
}
