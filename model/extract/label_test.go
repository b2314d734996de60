package extract

import "testing"

// TestLabel checks the words that say what a figure measures, on sentences
// written for the test.
func TestLabel(t *testing.T) {
	tests := []struct {
		name, lang, in string
		fig, want      string // the figure's text and its label
	}{
		{"time words are skipped", "de", "Erst in den letzten Stunden Vorstoß 30 Kilometer weit.", "30 Kilometer", "Vorstoß"},
		{"other figures and adverbs are skipped", "de", "Polnische Bauern haben seit Anfang Mai ebenfalls über 500 Hektar verkauft.", "über 500 Hektar", "Polnische Bauern"},
		{"the subject of auf", "de", "Der Absatz von Weizen, Mais und Gerste aus Frankreich ist seit Jahresbeginn auf 12 Milliarden Euro gestiegen.", "12 Milliarden Euro", "Absatz von Weizen"},
		{"the subject of um", "de", "Der Umsatz legte im Quartal um 4,5 Prozent zu.", "4,5 Prozent", "Umsatz"},
		{"a share of", "de", "Rund 40 Prozent der Befragten lehnen das ab.", "Rund 40 Prozent", "Befragten"},
		{"a conversion in brackets", "de", "Der Schaden betrug 10 Millionen Dollar (rund 9 Millionen Euro).", "rund 9 Millionen Euro", "Schaden"},
		{"an ordinal names what follows", "de", "Im dritten Anlauf gelang es.", "dritten", "Anlauf"},
		{"Mal says nothing", "de", "Das Treffen ist nicht das erste Mal.", "erste", "Treffen"},
		{"time says nothing", "en", "The ministry hired women for the first time.", "first", "hired women"},
		{"a date passes over the figure before it", "de", "Der Preis stieg auf 20 Millionen Euro im letzten Jahr.", "im letzten Jahr", "Preis"},
		{"a past verb is not an adjective", "de", "Am Montag kündigte Siemens den Abbau an.", "Am Montag", "Siemens"},
		{"an adjective joins its noun", "de", "Ukrainische Streitkräfte eroberten 20 Quadratkilometer.", "20 Quadratkilometer", "Ukrainische Streitkräfte"},
		{"a genitive name and its noun", "de", "Mehr als sechs Monate nach Russlands Krieg.", "Mehr als sechs Monate", "Russlands Krieg"},
		{"the counted noun", "de", "Es kamen 300 Menschen.", "300 Menschen", "Menschen"},
		{"the subject of to", "en", "Sales of electric cars rose to $5 billion last year.", "$5 billion", "Sales of electric cars"},
		{"the subject of by", "en", "Profits at the bank fell by 12% in 2004.", "12%", "Profits"},
		{"a modifier joins the subject", "en", "The unemployment rate fell to 5%.", "5%", "unemployment rate"},
		{"the compared value measures the same", "en", "Profit was $35 billion, up from $20 billion.", "$20 billion", "Profit"},
		{"an English date passes over the figure", "en", "Revenue reached $3bn last year.", "last year", "Revenue"},
		{"an English conversion", "en", "The deal was worth 1.4bn euros (£960m).", "£960m", "deal"},
		{"an English share", "en", "About 40% of the voters stayed home.", "About 40%", "voters"},
		{"adverbs in -ly are skipped", "en", "Exports sharply rose 15%.", "15%", "Exports"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := Extract(tt.in, Options{Lang: tt.lang})
			for _, f := range fs.Facts {
				if f.Text == tt.fig {
					if f.Label != tt.want {
						t.Errorf("label of %q in %q = %q, want %q", tt.fig, tt.in, f.Label, tt.want)
					}
					return
				}
			}
			t.Errorf("no figure %q in %q: %+v", tt.fig, tt.in, fs.Facts)
		})
	}
}

// TestDefaultLabels checks the labels of the default article's main figures.
func TestDefaultLabels(t *testing.T) {
	fs := Extract(readDefault(t), Options{})
	want := map[string]string{
		"50 Kilometer":                "Vordringen",
		"über 1.000 Quadratkilometer": "ukrainische Streitkräfte",
		"35 Milliarden US-Dollar":     "Einkaufen von Rohöl",
		"20 Milliarden US-Dollar":     "Einkaufen von Rohöl",
		"mehr als 20 Dörfern":         "Dörfer",
	}
	for _, f := range fs.Facts {
		if w, ok := want[f.Text]; ok {
			if f.Label != w {
				t.Errorf("label of %q = %q, want %q", f.Text, f.Label, w)
			}
			delete(want, f.Text)
		}
		if f.Kind == "date" && (f.Label == "Milliarden Dollar" || f.Label == "Dollar") {
			t.Errorf("date %q labelled with another figure's words %q", f.Text, f.Label)
		}
	}
	for text := range want {
		t.Errorf("figure %q not found", text)
	}
}

func TestLabelInitials(t *testing.T) {
	for in, want := range map[string]string{
		"US exports rose 12%.":                 "US exports",
		"A third of US consumers shop online.": "consumers",
	} {
		fs := Extract(in, Options{Lang: "en"})
		if len(fs.Facts) != 1 || fs.Facts[0].Label != want {
			t.Errorf("Extract(%q) = %+v, want one figure labelled %q", in, fs.Facts, want)
		}
	}
}
