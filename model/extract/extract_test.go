package extract

import (
	"math"
	"strings"
	"sync"
	"testing"

	"figs/model"
)

// fig is the part of a fact a table test checks.
type fig struct {
	Kind  model.Kind
	Text  string
	Value float64
	Max   float64 // 0 when not a range
	Unit  string
	Qual  string
	Noun  string
}

func toFig(f model.Fact) fig {
	g := fig{Kind: f.Kind, Text: f.Text, Value: f.Value, Unit: f.Unit, Qual: f.Qualifier, Noun: f.Noun}
	if f.Max != nil {
		g.Max = *f.Max
	}
	if f.Kind == model.KindDate {
		g.Value = 0
	}
	return g
}

func sameFig(a, b fig) bool {
	close := func(x, y float64) bool { return math.Abs(x-y) <= 1e-9*math.Max(1, math.Max(math.Abs(x), math.Abs(y))) }
	return a.Kind == b.Kind && a.Text == b.Text && close(a.Value, b.Value) && close(a.Max, b.Max) &&
		a.Unit == b.Unit && a.Qual == b.Qual && a.Noun == b.Noun
}

// TestDefaultArticle checks the gold figures of the default article: every
// must figure with its kind, value, unit and qualifier, the comparison, the
// dates, and none of the non-figures.
func TestDefaultArticle(t *testing.T) {
	text := readDefault(t)
	fs := Extract(text, Options{})
	if fs.Lang != "de" {
		t.Fatalf("language = %q, want de", fs.Lang)
	}
	checkInvariants(t, "default", text, fs)
	must := []fig{
		{Kind: model.KindDuration, Text: "weniger als drei Wochen", Value: 3, Unit: "wk", Qual: "<"},
		{Kind: model.KindDuration, Text: "Mehr als sechs Monate", Value: 6, Unit: "mo", Qual: ">"},
		{Kind: model.KindMoney, Text: "35 Milliarden US-Dollar", Value: 35e9, Unit: "USD"},
		{Kind: model.KindMoney, Text: "20 Milliarden US-Dollar", Value: 20e9, Unit: "USD"},
		{Kind: model.KindCount, Text: "zwei Dörfern", Value: 2, Noun: "Dörfer"},
		{Kind: model.KindDistance, Text: "50 Kilometer", Value: 50, Unit: "km"},
		{Kind: model.KindCount, Text: "mehr als 20 Dörfern", Value: 20, Qual: ">", Noun: "Dörfer"},
		{Kind: model.KindArea, Text: "über 1.000 Quadratkilometer", Value: 1000, Unit: "km²", Qual: ">"},
	}
	byText := map[string]model.Fact{}
	for _, f := range fs.Facts {
		byText[f.Text] = f
	}
	for _, w := range must {
		f, ok := byText[w.Text]
		if !ok {
			t.Errorf("missing %q", w.Text)
			continue
		}
		if got := toFig(f); !sameFig(got, w) {
			t.Errorf("figure %q = %+v, want %+v", w.Text, got, w)
		}
	}
	for _, d := range []string{"im Februar", "diesen Februar", "am Mittwoch", "am Donnerstag", "Anfang September", "im letzten Jahr", "nächste Jahr"} {
		if f, ok := byText[d]; !ok || f.Kind != model.KindDate {
			t.Errorf("date %q not found as a date", d)
		}
	}
	for _, f := range fs.Facts {
		for _, bad := range []string{"Nord Stream 1", "US-Dollar als Teil", "Rubel und Yuan"} {
			if strings.Contains(bad, f.Text) && (strings.ContainsAny(f.Text, "0123456789") || f.Kind == model.KindMoney) {
				t.Errorf("listed the non-figure %q (inside %q)", f.Text, bad)
			}
		}
	}
	if len(fs.Comparisons) != 1 {
		t.Fatalf("comparisons = %+v, want one", fs.Comparisons)
	}
	c := fs.Comparisons[0]
	if a, b := fs.Facts[c.A].Text, fs.Facts[c.B].Text; a != "35 Milliarden US-Dollar" || b != "20 Milliarden US-Dollar" || c.Ratio != 1.75 || c.Delta != 15e9 {
		t.Errorf("comparison = %q vs %q ratio %v delta %v, want 35 vs 20 billion, 1.75, 15e9", a, b, c.Ratio, c.Delta)
	}
	if !strings.Contains(c.Display, "35 vs 20 billion USD") {
		t.Errorf("comparison display = %q", c.Display)
	}
	for text, want := range map[string]string{"über 1.000 Quadratkilometer": ">1,000 km²", "50 Kilometer": "50 km", "mehr als 20 Dörfern": ">20 Dörfer", "35 Milliarden US-Dollar": "35 billion USD"} {
		if got := byText[text].Display; got != want {
			t.Errorf("display of %q = %q, want %q", text, got, want)
		}
	}
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name string
		lang string
		in   string
		want []fig
	}{
		{"empty", "de", "", nil},
		{"German thousands", "de", "Es kamen 1.000 Menschen.", []fig{{Kind: model.KindCount, Text: "1.000 Menschen", Value: 1000, Noun: "Menschen"}}},
		{"German decimal comma", "de", "Das Paket wiegt 3,5 kg.", []fig{{Kind: model.KindMass, Text: "3,5 kg", Value: 3.5, Unit: "kg"}}},
		{"German both separators", "de", "Es kostet 1.000,50 Euro.", []fig{{Kind: model.KindMoney, Text: "1.000,50 Euro", Value: 1000.5, Unit: "EUR"}}},
		{"English thousands", "en", "It cost 1,000.5 dollars.", []fig{{Kind: model.KindMoney, Text: "1,000.5 dollars", Value: 1000.5, Unit: "USD"}}},
		{"English decimal point", "en", "a 4.800 score", []fig{{Kind: model.KindNumber, Text: "4.800", Value: 4.8}}},
		{"percent without space", "de", "Die Quote stieg auf 27%.", []fig{{Kind: model.KindPercent, Text: "27%", Value: 27, Unit: "%"}}},
		{"Prozent", "de", "um 3,5 Prozent", []fig{{Kind: model.KindPercent, Text: "3,5 Prozent", Value: 3.5, Unit: "%"}}},
		{"Prozentpunkte", "de", "um 0,25 Prozentpunkte", []fig{{Kind: model.KindPercent, Text: "0,25 Prozentpunkte", Value: 0.25, Unit: "pp"}}},
		{"percentage points", "en", "up 2 percentage points", []fig{{Kind: model.KindPercent, Text: "2 percentage points", Value: 2, Unit: "pp"}}},
		{"Milliarden Euro", "de", "Der Bund zahlt 1,5 Milliarden Euro.", []fig{{Kind: model.KindMoney, Text: "1,5 Milliarden Euro", Value: 1.5e9, Unit: "EUR"}}},
		{"Mrd. abbreviation", "de", "rund 2 Mrd. Euro mehr", []fig{{Kind: model.KindMoney, Text: "rund 2 Mrd. Euro", Value: 2e9, Unit: "EUR", Qual: "~"}}},
		{"Mio. abbreviation", "de", "knapp 3,2 Mio. Einwohner", []fig{{Kind: model.KindCount, Text: "knapp 3,2 Mio. Einwohner", Value: 3.2e6, Qual: "~", Noun: "Einwohner"}}},
		{"German Billion is 10^12", "de", "Schulden von 2 Billionen Euro", []fig{{Kind: model.KindMoney, Text: "2 Billionen Euro", Value: 2e12, Unit: "EUR"}}},
		{"English billion is 10^9", "en", "debts of 2 billion euros", []fig{{Kind: model.KindMoney, Text: "2 billion euros", Value: 2e9, Unit: "EUR"}}},
		{"a ratio keeps its number beside the percentage restating it", "en", "One in four, or 40%, of voters agreed.", []fig{{Kind: model.KindNumber, Text: "four", Value: 4}, {Kind: model.KindPercent, Text: "40%", Value: 40, Unit: "%"}}},
		{"alternatives share the unit", "en", "Prices rose 20, or 30 percent.", []fig{{Kind: model.KindPercent, Text: "20", Value: 20, Unit: "%"}, {Kind: model.KindPercent, Text: "30 percent", Value: 30, Unit: "%"}}},
		{"a year and a value are no range", "en", "Sales fell by 13% from 36,185 in 2003 to 28,041 in 2004.", []fig{{Kind: model.KindPercent, Text: "13%", Value: 13, Unit: "%"}, {Kind: model.KindNumber, Text: "36,185", Value: 36185}, {Kind: model.KindDate, Text: "2003"}, {Kind: model.KindNumber, Text: "28,041", Value: 28041}, {Kind: model.KindDate, Text: "2004"}}},
		{"years are a range", "en", "from 2003 to 2005", []fig{{Kind: model.KindDate, Text: "2003 to 2005", Max: 2005}}},
		{"a model after a maker's name", "en", "The airline ordered 20 Boeing 737-800 planes.", []fig{{Kind: model.KindNumber, Text: "20", Value: 20}}},
		{"dollar sign before", "en", "a $35 billion deal", []fig{{Kind: model.KindMoney, Text: "$35 billion", Value: 35e9, Unit: "USD"}}},
		{"ISO code before", "en", "raised USD 35bn last", []fig{{Kind: model.KindMoney, Text: "USD 35bn", Value: 35e9, Unit: "USD"}}},
		{"pound sign and m", "en", "a £5m fine", []fig{{Kind: model.KindMoney, Text: "£5m", Value: 5e6, Unit: "GBP"}}},
		{"euro sign after", "de", "kostet 10 € pro Stück", []fig{{Kind: model.KindMoney, Text: "10 €", Value: 10, Unit: "EUR"}}},
		{"Franken", "de", "500 Franken Busse", []fig{{Kind: model.KindMoney, Text: "500 Franken", Value: 500, Unit: "CHF"}}},
		{"Cent", "de", "50 Cent mehr", []fig{{Kind: model.KindMoney, Text: "50 Cent", Value: 0.5, Unit: "EUR"}}},
		{"pounds money with scale", "en", "a loss of 361 million pounds", []fig{{Kind: model.KindMoney, Text: "361 million pounds", Value: 361e6, Unit: "GBP"}}},
		{"pounds mass without scale", "en", "the baby is over two pounds", []fig{{Kind: model.KindMass, Text: "over two pounds", Value: 2, Unit: "lb", Qual: ">"}}},
		{"currency name without amount", "de", "in Rubel und Yuan statt US-Dollar", nil},
		{"Quadratkilometer", "de", "etwa 300 Quadratkilometer", []fig{{Kind: model.KindArea, Text: "etwa 300 Quadratkilometer", Value: 300, Unit: "km²", Qual: "~"}}},
		{"square miles", "en", "about 40 square miles", []fig{{Kind: model.KindArea, Text: "about 40 square miles", Value: 40, Unit: "mi²", Qual: "~"}}},
		{"hectares", "en", "5,000 hectares of forest", []fig{{Kind: model.KindArea, Text: "5,000 hectares", Value: 5000, Unit: "ha"}}},
		{"km glued", "en", "a 29km road", []fig{{Kind: model.KindDistance, Text: "29km", Value: 29, Unit: "km"}}},
		{"miles", "en", "ten miles long", []fig{{Kind: model.KindDistance, Text: "ten miles", Value: 10, Unit: "mi"}}},
		{"hyphenated adjective", "en", "a six-mile trip", []fig{{Kind: model.KindDistance, Text: "six-mile", Value: 6, Unit: "mi"}}},
		{"Liter", "de", "200 Liter Wasser", []fig{{Kind: model.KindVolume, Text: "200 Liter", Value: 200, Unit: "l"}}},
		{"barrels", "en", "500,000 barrels a day", []fig{{Kind: model.KindVolume, Text: "500,000 barrels", Value: 500000, Unit: "bbl"}}},
		{"Tonnen", "de", "mehr als 1.200 Tonnen Getreide", []fig{{Kind: model.KindMass, Text: "mehr als 1.200 Tonnen", Value: 1200, Unit: "t", Qual: ">"}}},
		{"Grad Celsius", "de", "bei 35 Grad Celsius", []fig{{Kind: model.KindTemperature, Text: "35 Grad Celsius", Value: 35, Unit: "°C"}}},
		{"Fahrenheit", "en", "hit 98.6 degrees fahrenheit", []fig{{Kind: model.KindTemperature, Text: "98.6 degrees fahrenheit", Value: 98.6, Unit: "°F"}}},
		{"degrees as angle", "en", "turn a 45 degrees angle", nil},
		{"km/h", "de", "mit 130 km/h", []fig{{Kind: model.KindSpeed, Text: "130 km/h", Value: 130, Unit: "km/h"}}},
		{"miles an hour", "en", "at over 188 miles an hour", []fig{{Kind: model.KindSpeed, Text: "over 188 miles an hour", Value: 188, Unit: "mph", Qual: ">"}}},
		{"Stunden", "de", "nach 48 Stunden", []fig{{Kind: model.KindDuration, Text: "48 Stunden", Value: 48, Unit: "h"}}},
		{"years", "en", "for three years", []fig{{Kind: model.KindDuration, Text: "three years", Value: 3, Unit: "yr"}}},
		{"German age", "de", "Der 66-jährige Kanzler", []fig{{Kind: model.KindDuration, Text: "66-jährige", Value: 66, Unit: "yr"}}},
		{"German age Alter", "de", "im Alter von 72 Jahren", []fig{{Kind: model.KindDuration, Text: "72 Jahren", Value: 72, Unit: "yr"}}},
		{"English age", "en", "a man aged 30 was", []fig{{Kind: model.KindDuration, Text: "aged 30", Value: 30, Unit: "yr"}}},
		{"years old", "en", "she is 29 years old", []fig{{Kind: model.KindDuration, Text: "29 years old", Value: 29, Unit: "yr"}}},
		{"German count with adjective", "de", "20 russische Soldaten", []fig{{Kind: model.KindCount, Text: "20 russische Soldaten", Value: 20, Noun: "Soldaten"}}},
		{"English count", "en", "two villages were", []fig{{Kind: model.KindCount, Text: "two villages", Value: 2, Noun: "villages"}}},
		{"English count people", "en", "Twenty-six people died", []fig{{Kind: model.KindCount, Text: "Twenty-six people", Value: 26, Noun: "people"}}},
		{"German compound number", "de", "dreiundzwanzig Menschen", []fig{{Kind: model.KindCount, Text: "dreiundzwanzig Menschen", Value: 23, Noun: "Menschen"}}},
		{"zweitausend", "de", "zweitausend Menschen", []fig{{Kind: model.KindCount, Text: "zweitausend Menschen", Value: 2000, Noun: "Menschen"}}},
		{"zweieinhalb", "de", "zweieinhalb Stunden", []fig{{Kind: model.KindDuration, Text: "zweieinhalb Stunden", Value: 2.5, Unit: "h"}}},
		{"ein Drittel", "de", "ein Drittel der Stimmen", []fig{{Kind: model.KindNumber, Text: "ein Drittel", Value: 1.0 / 3}}},
		{"English words to millions", "en", "one hundred and sixty-one", []fig{{Kind: model.KindNumber, Text: "one hundred and sixty-one", Value: 161}}},
		{"twenty-one trillion", "en", "twenty-one trillion", []fig{{Kind: model.KindNumber, Text: "twenty-one trillion", Value: 21e12}}},
		{"half", "en", "one and a half hours", []fig{{Kind: model.KindDuration, Text: "one and a half hours", Value: 1.5, Unit: "h"}}},
		{"negative", "en", "fell to -5 degrees celsius", []fig{{Kind: model.KindTemperature, Text: "-5 degrees celsius", Value: -5, Unit: "°C"}}},
		{"fraction", "en", "3/4 of them", []fig{{Kind: model.KindNumber, Text: "3/4", Value: 0.75}}},
		{"German range bis", "de", "20 bis 30 Grad", []fig{{Kind: model.KindTemperature, Text: "20 bis 30 Grad", Value: 20, Max: 30, Unit: "°C"}}},
		{"dash range", "en", "20–30 km", []fig{{Kind: model.KindDistance, Text: "20–30 km", Value: 20, Max: 30, Unit: "km"}}},
		{"between range", "en", "between 20 and 30 percent", []fig{{Kind: model.KindPercent, Text: "between 20 and 30 percent", Value: 20, Max: 30, Unit: "%"}}},
		{"zwischen range", "de", "zwischen 2 und 3 Milliarden Euro", []fig{{Kind: model.KindMoney, Text: "zwischen 2 und 3 Milliarden Euro", Value: 2e9, Max: 3e9, Unit: "EUR"}}},
		{"bis zu is a qualifier", "de", "bis zu 40 Prozent", []fig{{Kind: model.KindPercent, Text: "bis zu 40 Prozent", Value: 40, Unit: "%", Qual: "<="}}},
		{"mindestens", "de", "mindestens 12 Tote", []fig{{Kind: model.KindCount, Text: "mindestens 12 Tote", Value: 12, Qual: ">=", Noun: "Tote"}}},
		{"höchstens", "de", "höchstens 5 Meter", []fig{{Kind: model.KindDistance, Text: "höchstens 5 Meter", Value: 5, Unit: "m", Qual: "<="}}},
		{"unter", "de", "unter 5 Prozent", []fig{{Kind: model.KindPercent, Text: "unter 5 Prozent", Value: 5, Unit: "%", Qual: "<"}}},
		{"at least", "en", "at least 14 people", []fig{{Kind: model.KindCount, Text: "at least 14 people", Value: 14, Qual: ">=", Noun: "people"}}},
		{"up to", "en", "up to 3 metres", []fig{{Kind: model.KindDistance, Text: "up to 3 metres", Value: 3, Unit: "m", Qual: "<="}}},
		{"less than", "en", "less than 15 %", []fig{{Kind: model.KindPercent, Text: "less than 15 %", Value: 15, Unit: "%", Qual: "<"}}},
		{"nearly", "en", "nearly 50 km", []fig{{Kind: model.KindDistance, Text: "nearly 50 km", Value: 50, Unit: "km", Qual: "~"}}},
		{"Nord Stream 1", "de", "die Pipeline Nord Stream 1 fließt", nil},
		{"G7", "en", "the G7 summit", nil},
		{"Covid-19", "de", "wegen Covid-19 geschlossen", nil},
		{"Windows 11", "en", "runs Windows 11 now", nil},
		{"Boeing 737", "en", "a Boeing 737 crashed", nil},
		{"Artikel 5", "de", "nach Artikel 5 des Vertrags", nil},
		{"phone number", "de", "Tel. +49 30 1234567", nil},
		{"list marker", "en", "1. First point", []fig{{Kind: model.KindOrdinal, Text: "First", Value: 1}}},
		{"URL", "en", "see https://example.com/2022/05/10-things", nil},
		{"year", "de", "im Jahr 2022 stieg", []fig{{Kind: model.KindDate, Text: "2022"}}},
		{"month", "de", "Anfang September", []fig{{Kind: model.KindDate, Text: "Anfang September"}}},
		{"German day month", "de", "am 3. März 2022", []fig{{Kind: model.KindDate, Text: "am 3. März 2022"}}},
		{"English date", "en", "on March 3, 2022 the", []fig{{Kind: model.KindDate, Text: "on March 3, 2022"}}},
		{"last year", "en", "up from last year", []fig{{Kind: model.KindDate, Text: "last year"}}},
		{"numeric date", "de", "am 12.03.2022", []fig{{Kind: model.KindDate, Text: "12.03.2022"}}},
		{"clock", "de", "um 18:30 Uhr", []fig{{Kind: model.KindDate, Text: "18:30 Uhr"}}},
		{"English ordinal", "en", "the 21st century", []fig{{Kind: model.KindOrdinal, Text: "21st", Value: 21}}},
		{"German digit ordinal", "de", "der 3. Versuch", []fig{{Kind: model.KindOrdinal, Text: "3.", Value: 3}}},
		{"scale letter", "en", "about 10k fans", []fig{{Kind: model.KindCount, Text: "about 10k fans", Value: 10000, Qual: "~", Noun: "fans"}}},
		{"unicode neighbours", "de", "«42 %»", []fig{{Kind: model.KindPercent, Text: "42 %", Value: 42, Unit: "%"}}},
		{"compound duration", "en", "it took 2 years, 3 months", []fig{{Kind: model.KindDuration, Text: "2 years, 3 months", Value: 27, Unit: "mo"}}},
		{"compound length", "en", "he is 5 feet 2 inches", []fig{{Kind: model.KindDistance, Text: "5 feet 2 inches", Value: 5 + 2.0/12, Unit: "ft"}}},
		{"half an hour", "en", "half an hour later", []fig{{Kind: model.KindDuration, Text: "half an hour", Value: 0.5, Unit: "h"}}},
		{"English m is million before a noun", "en", "stocks fell 1m barrels", []fig{{Kind: model.KindVolume, Text: "1m barrels", Value: 1e6, Unit: "bbl"}}},
		{"English m is metres when tall", "en", "he is 1.8m tall", []fig{{Kind: model.KindDistance, Text: "1.8m", Value: 1.8, Unit: "m"}}},
		{"score", "de", "Das Spiel endete 2:1.", nil},
		{"German day and month", "de", "am 6.9. kam er", []fig{{Kind: model.KindDate, Text: "6.9."}}},
		{"range scale only when smaller", "en", "between 700,000 and one million staff", []fig{{Kind: model.KindCount, Text: "between 700,000 and one million staff", Value: 700000, Max: 1e6, Noun: "staff"}}},
		{"or joins values", "de", "um 1,6 beziehungsweise 1,5 Prozent", []fig{{Kind: model.KindPercent, Text: "1,6", Value: 1.6, Unit: "%"}, {Kind: model.KindPercent, Text: "1,5 Prozent", Value: 1.5, Unit: "%"}}},
		{"German age alt", "de", "Er ist 30 Jahre alt.", []fig{{Kind: model.KindDuration, Text: "30 Jahre alt", Value: 30, Unit: "yr"}}},
		{"German compound ordinal", "de", "Er wurde zweiundzwanzigster.", []fig{{Kind: model.KindOrdinal, Text: "zweiundzwanzigster", Value: 22}}},
		{"Rappen", "de", "Es kostet 20 Rappen.", []fig{{Kind: model.KindMoney, Text: "20 Rappen", Value: 0.2, Unit: "CHF"}}},
		{"minus in words", "de", "Es hat minus zehn Grad.", []fig{{Kind: model.KindTemperature, Text: "minus zehn Grad", Value: -10, Unit: "°C"}}},
		{"Millionen in words", "de", "Eine Million Menschen", []fig{{Kind: model.KindCount, Text: "Eine Million Menschen", Value: 1e6, Noun: "Menschen"}}},
		{"tausendeinhundert", "de", "tausendeinhundert Leute", []fig{{Kind: model.KindCount, Text: "tausendeinhundert Leute", Value: 1100, Noun: "Leute"}}},
		{"Drei Viertel", "de", "Drei Viertel der Befragten", []fig{{Kind: model.KindNumber, Text: "Drei Viertel", Value: 0.75}}},
		{"third-party", "en", "third-party cookies", nil},
		{"stacked scales", "en", "three lakh crore", []fig{{Kind: model.KindNumber, Text: "three lakh crore", Value: 3e12}}},
		{"endless digits", "en", "id " + strings.Repeat("9", 400) + " and 5 km", []fig{{Kind: model.KindDistance, Text: "5 km", Value: 5, Unit: "km"}}},
		{"age after a name", "de", "Tim Hunt (72) sagte", []fig{{Kind: model.KindDuration, Text: "72", Value: 72, Unit: "yr"}}},
		{"rank in brackets", "de", "Ungarn (19.) und", []fig{{Kind: model.KindOrdinal, Text: "19.", Value: 19}}},
		{"mixed-case name", "de", "In iOS 10 kommt", nil},
		{"statt joins values", "de", "um 0,5 statt 0,4 Prozent", []fig{{Kind: model.KindPercent, Text: "0,5", Value: 0.5, Unit: "%"}, {Kind: model.KindPercent, Text: "0,4 Prozent", Value: 0.4, Unit: "%"}}},
		{"legal reference", "de", "Rs C-483/10 und", nil},
		{"a third as ordinal", "en", "in a third quarter", []fig{{Kind: model.KindOrdinal, Text: "third", Value: 3}}},
		{"a third as fraction", "en", "a third of them", []fig{{Kind: model.KindNumber, Text: "a third", Value: 1.0 / 3}}},
		{"German age in one word", "de", "Ein zweijähriges Kind", []fig{{Kind: model.KindDuration, Text: "zweijähriges", Value: 2, Unit: "yr"}}},
		{"German price dash", "de", "Das kostet 5,- Euro.", []fig{{Kind: model.KindMoney, Text: "5,- Euro", Value: 5, Unit: "EUR"}}},
		{"fünfzehn", "de", "Der fünfzehnjährige Sohn und fünfundzwanzig Tage", []fig{{Kind: model.KindDuration, Text: "fünfzehnjährige", Value: 15, Unit: "yr"}, {Kind: model.KindDuration, Text: "fünfundzwanzig Tage", Value: 25, Unit: "d"}}},
		{"dreiviertel", "de", "dreiviertel der Leute", []fig{{Kind: model.KindNumber, Text: "dreiviertel", Value: 0.75}}},
		{"references", "de", "Nach § 5, siehe S. 12 und Nr. 5, Abs. 3.", nil},
		{"range of grams", "en", "100-1000 gram of strawberries", []fig{{Kind: model.KindMass, Text: "100-1000 gram", Value: 100, Max: 1000, Unit: "g"}}},
		{"US phone", "en", "Call 555-1234 or (212) 555-1234.", nil},
		{"nbsp grouping", "en", "1\u00a0234\u00a0567 people", []fig{{Kind: model.KindCount, Text: "1\u00a0234\u00a0567 people", Value: 1234567, Noun: "people"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectFigs(t, tt.name, tt.lang, tt.in, tt.want)
		})
	}
}

func TestComparisons(t *testing.T) {
	tests := []struct {
		name, lang, in string
		a, b           string
		ratio          float64
	}{
		{"von auf", "de", "Die Quote stieg von 20 auf 35 Prozent.", "35 Prozent", "20", 1.75},
		{"von auf, the scale of the newer value", "de", "Die Zahl der Mitglieder stieg von 1,2 auf 2,4 Millionen.", "2,4 Millionen", "1,2", 2},
		{"gegenüber", "de", "Der Umsatz lag bei 12 Mio. Euro gegenüber 10 Mio. Euro.", "12 Mio. Euro", "10 Mio. Euro", 1.2},
		{"from to", "en", "Sales rose from $20 million to $35 million.", "$35 million", "$20 million", 1.75},
		{"up from", "en", "Profit was $35 billion, up from $20 billion.", "$35 billion", "$20 billion", 1.75},
		{"compared with", "en", "It cost 30 dollars compared with 20 dollars.", "30 dollars", "20 dollars", 1.5},
		{"plain numbers from to", "en", "Gains fell from 157,000 to 133,000.", "133,000", "157,000", 133.0 / 157},
		{"rose from to, the scale of the newer value", "en", "The population rose from 1.2 to 2.4 million.", "2.4 million", "1.2", 2},
		{"grew from to", "en", "The number of users grew from 1.2 million to 2.4 million.", "2.4 million", "1.2 million", 2},
		{"has risen sharply from to", "en", "Turnout has risen sharply from 40 to 55 percent.", "55 percent", "40", 55.0 / 40},
		{"conversions in brackets", "en", "Profits were 77m euros (£53m; $100m), up from 38m in 2003.", "77m euros", "38m", 77.0 / 38},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Extract(tt.in, Options{Lang: tt.lang})
			checkInvariants(t, tt.name, tt.in, fs)
			if len(fs.Comparisons) != 1 {
				t.Fatalf("Extract(%q) comparisons = %+v (facts %+v), want one", tt.in, fs.Comparisons, fs.Facts)
			}
			c := fs.Comparisons[0]
			if a, b := fs.Facts[c.A].Text, fs.Facts[c.B].Text; a != tt.a || b != tt.b || math.Abs(c.Ratio-tt.ratio) > 1e-9 {
				t.Errorf("comparison = %q vs %q ratio %v, want %q vs %q ratio %v", a, b, c.Ratio, tt.a, tt.b, tt.ratio)
			}
		})
	}
	// without a word of change, "from … to …" is a range
	for _, in := range []string{"Temperatures will range from 10 to 15 degrees.", "Tickets cost from 20 to 35 dollars."} {
		fs := Extract(in, Options{Lang: "en"})
		if len(fs.Facts) != 1 || fs.Facts[0].Max == nil {
			t.Errorf("Extract(%q) = %+v, want one range", in, fs.Facts)
		}
	}
	if fs := Extract("Es waren 20 Dörfer. Verglichen mit 30 Städten.", Options{Lang: "de"}); len(fs.Comparisons) != 0 {
		t.Errorf("a comparison across sentences or nouns: %+v", fs.Comparisons)
	}
}

func TestDetectLang(t *testing.T) {
	if got := DetectLang(readDefault(t)); got != "de" {
		t.Errorf("DetectLang(default article) = %q, want de", got)
	}
	if got := DetectLang("The minister said that the budget of the state was cut by a third."); got != "en" {
		t.Errorf("DetectLang(English) = %q, want en", got)
	}
	if got := DetectLang(""); got != "en" && got != "de" {
		t.Errorf("DetectLang(empty) = %q", got)
	}
}

// TestSubstring checks that extracting a run of whole paragraphs finds the
// same figures there as extracting the whole text, as the reader relies on.
func TestSubstring(t *testing.T) {
	text := readDefault(t)
	whole := Extract(text, Options{Lang: "de"})
	from := strings.Index(text, "Russland hat aber")
	to := from + strings.Index(text[from:], "\n\n")
	part := Extract(text[from:to], Options{Lang: "de"})
	var inWhole []string
	for _, f := range whole.Facts {
		if f.Start >= from && f.End <= to {
			inWhole = append(inWhole, f.Text+"@"+itoa(f.Start-from))
		}
	}
	var inPart []string
	for _, f := range part.Facts {
		inPart = append(inPart, f.Text+"@"+itoa(f.Start))
	}
	if strings.Join(inWhole, "|") != strings.Join(inPart, "|") {
		t.Errorf("paragraph alone: %v\nwithin the text: %v", inPart, inWhole)
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func TestInvalidUTF8(t *testing.T) {
	in := "Es kostet 35 \xff\xfeMilliarden Euro \xc3 und 20\xe2\x82 Prozent."
	fs := Extract(in, Options{Lang: "de"})
	checkInvariants(t, "invalid", in, fs)
	if len(fs.Facts) == 0 {
		t.Errorf("no figures around invalid bytes")
	}
}

func TestEmpty(t *testing.T) {
	for _, in := range []string{"", " ", "\n\n", "keine Zahlen hier"} {
		if fs := Extract(in, Options{}); len(fs.Facts) != 0 || len(fs.Comparisons) != 0 {
			t.Errorf("Extract(%q) = %+v, want nothing", in, fs)
		}
	}
}

func TestArticleSkipsCode(t *testing.T) {
	text := "Title 2022\n\nx := 42 km\n\nIt is 50 km long."
	a := model.Article{Lang: "en", Text: text, Blocks: []model.Block{
		{Kind: model.BlockTitle, Start: 0, End: 10},
		{Kind: model.BlockCode, Start: 12, End: 22},
		{Kind: model.BlockParagraph, Start: 24, End: len(text)},
	}}
	fs := Article(a, "auto")
	checkInvariants(t, "article", text, fs)
	if fs.Lang != "en" {
		t.Errorf("lang = %q, want the article's en", fs.Lang)
	}
	var texts []string
	for _, f := range fs.Facts {
		texts = append(texts, f.Text)
	}
	if strings.Join(texts, "|") != "2022|50 km" {
		t.Errorf("facts = %v, want the title's year and 50 km but nothing from the code", texts)
	}
}

// TestConcurrent runs extractions in parallel (go test -race) and checks they
// agree: the engine keeps no shared mutable state.
func TestConcurrent(t *testing.T) {
	text := readDefault(t)
	want := Extract(text, Options{})
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := Extract(text, Options{})
			if len(got.Facts) != len(want.Facts) {
				t.Errorf("concurrent run found %d facts, want %d", len(got.Facts), len(want.Facts))
			}
		}()
	}
	wg.Wait()
}

// TestDetectLangBuildsNothing checks that telling the language needs no
// table: DetectLang runs on fixed word lists, without allocating.
func TestDetectLangBuildsNothing(t *testing.T) {
	text := readDefault(t)
	if n := testing.AllocsPerRun(5, func() { DetectLang(text) }); n != 0 {
		t.Errorf("DetectLang allocates %v times per run, want 0", n)
	}
}

// TestLexiconOnce checks that each language's lexicon is built once and
// shared, and that an unknown language has none.
func TestLexiconOnce(t *testing.T) {
	if lexiconOf("de") != lexiconOf("de") || lexiconOf("en") != lexiconOf("en") || lexiconOf("de") == lexiconOf("en") {
		t.Errorf("lexicons are not built once per language")
	}
	if lexiconOf("fr") != nil || lexiconOf("") != nil {
		t.Errorf("a language without a lexicon got one")
	}
}

// TestDurations checks the duration phrases added for the Duckling suite,
// written for the test.
func TestDurations(t *testing.T) {
	tests := []struct {
		name, lang, in string
		want           []fig
	}{
		{"more between number and unit", "en", "It took 2 more minutes.", []fig{{Kind: model.KindDuration, Text: "2 more minutes", Value: 2, Unit: "min"}}},
		{"additional", "en", "They need two additional hours.", []fig{{Kind: model.KindDuration, Text: "two additional hours", Value: 2, Unit: "h"}}},
		{"weitere", "de", "Er bleibt zwei weitere Jahre.", []fig{{Kind: model.KindDuration, Text: "zwei weitere Jahre", Value: 2, Unit: "yr"}}},
		{"more without a unit stays a number", "en", "He scored 2 more than last time.", []fig{{Kind: model.KindNumber, Text: "2", Value: 2}}},
		{"an hour and a half", "en", "The talks lasted an hour and a half.", []fig{{Kind: model.KindDuration, Text: "an hour and a half", Value: 1.5, Unit: "h"}}},
		{"a month and a half", "en", "It took a month and a half.", []fig{{Kind: model.KindDuration, Text: "a month and a half", Value: 1.5, Unit: "mo"}}},
		{"one hour and half", "en", "It took one hour and half.", []fig{{Kind: model.KindDuration, Text: "one hour and half", Value: 1.5, Unit: "h"}}},
		{"a month alone is no figure", "en", "It costs £5 a month.", []fig{{Kind: model.KindMoney, Text: "£5", Value: 5, Unit: "GBP"}}},
		{"and half the staff", "en", "It took 3 hours and half the staff left.", []fig{{Kind: model.KindDuration, Text: "3 hours", Value: 3, Unit: "h"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectFigs(t, tt.name, tt.lang, tt.in, tt.want)
		})
	}
}

// TestNumeralWords checks numbers in words added for the Duckling suite.
func TestNumeralWords(t *testing.T) {
	tests := []struct {
		name, in string
		want     fig
	}{
		{"point before a scale", "It cost two point two million.", fig{Kind: model.KindNumber, Text: "two point two million", Value: 2.2e6}},
		{"point with two words", "It is two hundred point seventy-one.", fig{Kind: model.KindNumber, Text: "two hundred point seventy-one", Value: 200.71}},
		{"lakh spelt lac", "It is 30 lacs.", fig{Kind: model.KindNumber, Text: "30 lacs", Value: 3e6}},
		{"krores", "three hundred krores", fig{Kind: model.KindNumber, Text: "three hundred krores", Value: 3e9}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Extract(tt.in, Options{Lang: "en"})
			checkInvariants(t, tt.name, tt.in, fs)
			if len(fs.Facts) == 0 || !sameFig(toFig(fs.Facts[0]), tt.want) {
				t.Errorf("Extract(%q) = %+v, want %+v first", tt.in, fs.Facts, tt.want)
			}
		})
	}
}

// expectFigs extracts in (in lang) and checks the invariants and that the
// figures found are want, in order.
func expectFigs(t *testing.T, name, lang, in string, want []fig) {
	t.Helper()
	fs := Extract(in, Options{Lang: lang})
	checkInvariants(t, name, in, fs)
	var got []fig
	for _, f := range fs.Facts {
		got = append(got, toFig(f))
	}
	if len(got) != len(want) {
		t.Fatalf("Extract(%q) = %+v, want %+v", in, got, want)
	}
	for i := range got {
		if !sameFig(got[i], want[i]) {
			t.Errorf("Extract(%q)[%d] = %+v, want %+v", in, i, got[i], want[i])
		}
	}
}
