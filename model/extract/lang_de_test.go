package extract

import (
	"testing"

	"figs/model"
)

// The German tables: sentences as German news, recipes and reports write
// them, each with the figures it holds (kind, text span, value, unit,
// qualifier). They run in the runner of the English tables (expectFigs).

// deCase is one row of a German table.
type deCase struct {
	name, in string
	want     []fig
}

func runDE(t *testing.T, tests []deCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			expectFigs(t, tt.name, "de", tt.in, tt.want)
		})
	}
}

func num(text string, v float64) fig { return fig{Kind: model.KindNumber, Text: text, Value: v} }

func cnt(text string, v float64, noun string) fig {
	return fig{Kind: model.KindCount, Text: text, Value: v, Noun: noun}
}

func qty(kind model.Kind, text string, v float64, unit string) fig {
	return fig{Kind: kind, Text: text, Value: v, Unit: unit}
}

func rng(kind model.Kind, text string, lo, hi float64, unit string) fig {
	return fig{Kind: kind, Text: text, Value: lo, Max: hi, Unit: unit}
}

func ord(text string, v float64) fig { return fig{Kind: model.KindOrdinal, Text: text, Value: v} }

func dat(text string) fig { return fig{Kind: model.KindDate, Text: text} }

// q returns f with the qualifier q.
func (f fig) q(q string) fig { f.Qual = q; return f }

func TestGermanNumberWords(t *testing.T) {
	runDE(t, []deCase{
		{"three-digit compound", "Im Saal saßen dreihundertachtundvierzig Gäste.", []fig{cnt("dreihundertachtundvierzig Gäste", 348, "Gäste")}},
		{"million and compound", "Die Stadt hat eine Million zweihundertsiebzehntausendvierhundertelf Einwohner.", []fig{cnt("eine Million zweihundertsiebzehntausendvierhundertelf Einwohner", 1217411, "Einwohner")}},
		{"drei Millionen", "Das kostet drei Millionen Euro.", []fig{qty(model.KindMoney, "drei Millionen Euro", 3e6, "EUR")}},
		{"Millionen and thousands", "Es kamen drei Millionen fünfhunderttausend Besucher.", []fig{cnt("drei Millionen fünfhunderttausend Besucher", 3.5e6, "Besucher")}},
		{"siebzehnhundert as a count", "Dort standen siebzehnhundert Soldaten.", []fig{cnt("siebzehnhundert Soldaten", 1700, "Soldaten")}},
		{"year in words after Jahr", "Im Jahr neunzehnhundertneunundachtzig fiel die Mauer.", []fig{dat("neunzehnhundertneunundachtzig")}},
		{"year in words after anno", "Das Haus wurde anno achtzehnhundertzwölf gebaut.", []fig{dat("achtzehnhundertzwölf")}},
		{"zwanzig alone", "Er zählte bis zwanzig.", []fig{num("zwanzig", 20)}},
		{"zwanzig before a noun", "Es waren zwanzig Menschen.", []fig{cnt("zwanzig Menschen", 20, "Menschen")}},
		{"dreißig Euro", "Das Ticket kostet dreißig Euro.", []fig{qty(model.KindMoney, "dreißig Euro", 30, "EUR")}},
		{"neunzig Minuten", "Das Spiel dauert neunzig Minuten.", []fig{qty(model.KindDuration, "neunzig Minuten", 90, "min")}},
		{"hundert", "Mehr als hundert Menschen protestierten.", []fig{cnt("Mehr als hundert Menschen", 100, "Menschen").q(">")}},
		{"einhundert", "Er spendete einhundert Euro.", []fig{qty(model.KindMoney, "einhundert Euro", 100, "EUR")}},
		{"tausend", "tausend Menschen kamen", []fig{cnt("tausend Menschen", 1000, "Menschen")}},
		{"eintausendzweihundert", "Es waren eintausendzweihundert Teilnehmer.", []fig{cnt("eintausendzweihundert Teilnehmer", 1200, "Teilnehmer")}},
		{"zweihundertfünfzigtausend", "zweihundertfünfzigtausend Euro Schaden", []fig{qty(model.KindMoney, "zweihundertfünfzigtausend Euro", 250000, "EUR")}},
		{"neunhundertneunundneunzigtausend", "neunhundertneunundneunzigtausendneunhundertneunundneunzig", []fig{num("neunhundertneunundneunzigtausendneunhundertneunundneunzig", 999999)}},
		{"hundertundeins", "Er wurde hundertundeins Jahre alt.", []fig{qty(model.KindDuration, "hundertundeins Jahre alt", 101, "yr")}},
		{"einundzwanzig", "einundzwanzig Länder unterschrieben", []fig{cnt("einundzwanzig Länder", 21, "Länder")}},
		{"siebenundsiebzig", "siebenundsiebzig Prozent stimmten zu", []fig{qty(model.KindPercent, "siebenundsiebzig Prozent", 77, "%")}},
		{"sechzehn", "Sie ist sechzehn Jahre alt.", []fig{qty(model.KindDuration, "sechzehn Jahre alt", 16, "yr")}},
		{"siebzehn", "siebzehn Tore in zehn Spielen", []fig{cnt("siebzehn Tore", 17, "Tore"), cnt("zehn Spielen", 10, "Spielen")}},
		{"zwölf", "zwölf Monate lang", []fig{qty(model.KindDuration, "zwölf Monate", 12, "mo")}},
		{"eine Milliarde", "Der Konzern verlor eine Milliarde Dollar.", []fig{qty(model.KindMoney, "eine Milliarde Dollar", 1e9, "USD")}},
		{"zwei Milliarden", "zwei Milliarden Menschen", []fig{cnt("zwei Milliarden Menschen", 2e9, "Menschen")}},
		{"Billionen", "drei Billionen Euro Schulden", []fig{qty(model.KindMoney, "drei Billionen Euro", 3e12, "EUR")}},
		{"Millionen and words after", "zwei Millionen dreihunderttausend", []fig{num("zwei Millionen dreihunderttausend", 2.3e6)}},
		{"Komma", "Die Quote liegt bei zwei Komma fünf Prozent.", []fig{qty(model.KindPercent, "zwei Komma fünf Prozent", 2.5, "%")}},
		{"minus", "In der Nacht waren es minus fünf Grad.", []fig{qty(model.KindTemperature, "minus fünf Grad", -5, "°C")}},
		{"null", "Die Inflation lag bei null Prozent.", []fig{qty(model.KindPercent, "null Prozent", 0, "%")}},
		{"digits and Millionen", "Es kamen 3 Millionen Besucher.", []fig{cnt("3 Millionen Besucher", 3e6, "Besucher")}},
		{"digits and Tausend", "Es waren 5 Tausend Euro.", []fig{qty(model.KindMoney, "5 Tausend Euro", 5000, "EUR")}},
		{"Mio. in words", "Das Budget beträgt 2,5 Mio. Euro.", []fig{qty(model.KindMoney, "2,5 Mio. Euro", 2.5e6, "EUR")}},
		{"Mill. Swiss", "Der Kanton zahlt 4 Mill. Franken.", []fig{qty(model.KindMoney, "4 Mill. Franken", 4e6, "CHF")}},
		{"Tsd.", "rund 12 Tsd. Einwohner", []fig{cnt("rund 12 Tsd. Einwohner", 12000, "Einwohner").q("~")}},
		{"fuenf umlaut written out", "Es waren fuenf Menschen.", []fig{cnt("fuenf Menschen", 5, "Menschen")}},
		{"zwoelf umlaut written out", "Das kostet zwoelf Euro.", []fig{qty(model.KindMoney, "zwoelf Euro", 12, "EUR")}},
		{"dreissig ss written out", "Es hat dreissig Grad.", []fig{qty(model.KindTemperature, "dreissig Grad", 30, "°C")}},
		{"fuenfzig compound written out", "fuenfundfuenfzig Prozent", []fig{qty(model.KindPercent, "fuenfundfuenfzig Prozent", 55, "%")}},
		{"fünfhundert", "Das Bußgeld beträgt fünfhundert Euro.", []fig{qty(model.KindMoney, "fünfhundert Euro", 500, "EUR")}},
		{"Zweitausend", "Zweitausend Menschen demonstrierten.", []fig{cnt("Zweitausend Menschen", 2000, "Menschen")}},
		{"zwo", "Er wählte zwo.", []fig{num("zwo", 2)}},
		{"eins alone counts", "Am Ende stand es eins.", []fig{num("eins", 1)}},
		{"eins after a name", "Er ist die Nummer eins.", nil},
		{"ein Haus is an article", "Er kaufte ein Haus am See.", nil},
		{"eine Frau is an article", "Eine Frau sagte, sie sei erschöpft.", nil},
		{"einen Vertrag is an article", "Er unterschrieb einen Vertrag.", nil},
		{"ein before a unit counts", "Er lief einen Kilometer.", []fig{qty(model.KindDistance, "einen Kilometer", 1, "km")}},
		{"eine Tonne", "Das Paket wiegt eine Tonne.", []fig{qty(model.KindMass, "eine Tonne", 1, "t")}},
		{"ein Prozent", "Die Wirtschaft wuchs um ein Prozent.", []fig{qty(model.KindPercent, "ein Prozent", 1, "%")}},
		{"einen Euro", "Der Preis steigt um einen Euro.", []fig{qty(model.KindMoney, "einen Euro", 1, "EUR")}},
		{"eine Million", "Eine Million Menschen", []fig{cnt("Eine Million Menschen", 1e6, "Menschen")}},
		{"einer Milliarde", "mit einer Milliarde Euro", []fig{qty(model.KindMoney, "einer Milliarde Euro", 1e9, "EUR")}},
		{"ein bis zwei", "Das dauert ein bis zwei Tage.", []fig{rng(model.KindDuration, "ein bis zwei Tage", 1, 2, "d")}},
		{"zwei Millionen Euro in words", "zwei Millionen Euro", []fig{qty(model.KindMoney, "zwei Millionen Euro", 2e6, "EUR")}},
		{"hundert Millionen", "hundert Millionen Dollar", []fig{qty(model.KindMoney, "hundert Millionen Dollar", 1e8, "USD")}},
		{"two word numbers apart", "drei Äpfel und vier Birnen", []fig{cnt("drei Äpfel", 3, "Äpfel"), cnt("vier Birnen", 4, "Birnen")}},
		{"capitalized at sentence start", "Vierzig Prozent der Befragten", []fig{qty(model.KindPercent, "Vierzig Prozent", 40, "%")}},
		{"achtzehn", "Ab achtzehn Jahren darf man wählen.", []fig{qty(model.KindDuration, "Ab achtzehn Jahren", 18, "yr").q(">=")}},
		{"dreizehn", "dreizehn Verletzte", []fig{cnt("dreizehn Verletzte", 13, "Verletzte")}},
	})
}

func TestGermanFractions(t *testing.T) {
	runDE(t, []deCase{
		{"ein halbes Kilo", "Man braucht ein halbes Kilo Mehl.", []fig{qty(model.KindMass, "ein halbes Kilo", 0.5, "kg")}},
		{"ein halber Liter", "Dazu kommt ein halber Liter Milch.", []fig{qty(model.KindVolume, "ein halber Liter", 0.5, "l")}},
		{"einem halben Jahr", "Nach einem halben Jahr kehrte er zurück.", []fig{qty(model.KindDuration, "einem halben Jahr", 0.5, "yr")}},
		{"eine halbe Stunde", "Wir warteten eine halbe Stunde.", []fig{qty(model.KindDuration, "eine halbe Stunde", 0.5, "h")}},
		{"eine halbe Million", "Eine halbe Million Menschen flohen.", []fig{cnt("Eine halbe Million Menschen", 5e5, "Menschen")}},
		{"anderthalb", "Der Flug dauert anderthalb Stunden.", []fig{qty(model.KindDuration, "anderthalb Stunden", 1.5, "h")}},
		{"Anderthalb at the start", "Anderthalb Jahre später kam die Wende.", []fig{qty(model.KindDuration, "Anderthalb Jahre", 1.5, "yr")}},
		{"eineinhalb", "Er saß eineinhalb Jahre in Haft.", []fig{qty(model.KindDuration, "eineinhalb Jahre", 1.5, "yr")}},
		{"eineinhalb Millionen", "eineinhalb Millionen Euro", []fig{qty(model.KindMoney, "eineinhalb Millionen Euro", 1.5e6, "EUR")}},
		{"zweieinhalb", "Das Projekt kostet zweieinhalb Millionen Euro.", []fig{qty(model.KindMoney, "zweieinhalb Millionen Euro", 2.5e6, "EUR")}},
		{"dreieinhalb", "Sie lief dreieinhalb Kilometer.", []fig{qty(model.KindDistance, "dreieinhalb Kilometer", 3.5, "km")}},
		{"viereinhalb Prozent", "Die Zinsen stiegen auf viereinhalb Prozent.", []fig{qty(model.KindPercent, "viereinhalb Prozent", 4.5, "%")}},
		{"zweieinviertel", "Die Fahrt dauert zweieinviertel Stunden.", []fig{qty(model.KindDuration, "zweieinviertel Stunden", 2.25, "h")}},
		{"zweidreiviertel", "zweidreiviertel Liter", []fig{qty(model.KindVolume, "zweidreiviertel Liter", 2.75, "l")}},
		{"ein Viertel", "Ein Viertel der Bevölkerung ist älter als 65.", []fig{num("Ein Viertel", 0.25), num("65", 65)}},
		{"drei Viertel", "Drei Viertel der Befragten sind zufrieden.", []fig{num("Drei Viertel", 0.75)}},
		{"dreiviertel", "dreiviertel der Mitglieder", []fig{num("dreiviertel", 0.75)}},
		{"dreiviertel Liter", "Man gießt dreiviertel Liter Wasser dazu.", []fig{qty(model.KindVolume, "dreiviertel Liter", 0.75, "l")}},
		{"zwei Drittel", "Zwei Drittel stimmten dagegen.", []fig{num("Zwei Drittel", 2.0/3)}},
		{"ein Drittel", "Nur ein Drittel der Schulen hat WLAN.", []fig{num("ein Drittel", 1.0/3)}},
		{"ein Fünftel", "ein Fünftel der Fläche", []fig{num("ein Fünftel", 0.2)}},
		{"drei Fünftel", "drei Fünftel der Abgeordneten", []fig{num("drei Fünftel", 0.6)}},
		{"ein Zehntel Millimeter", "Die Schicht ist ein Zehntel Millimeter dick.", []fig{qty(model.KindDistance, "ein Zehntel Millimeter", 0.1, "mm")}},
		{"drei Achtel Liter", "drei Achtel Liter Sahne", []fig{qty(model.KindVolume, "drei Achtel Liter", 0.375, "l")}},
		{"fünf Sechzehntel", "fünf Sechzehntel", []fig{num("fünf Sechzehntel", 5.0/16)}},
		{"ein Zwanzigstel", "ein Zwanzigstel des Budgets", []fig{num("ein Zwanzigstel", 0.05)}},
		{"ein Hundertstel", "ein Hundertstel", []fig{num("ein Hundertstel", 0.01)}},
		{"ein Tausendstel Sekunde", "Es fehlte ein Tausendstel Sekunde.", []fig{qty(model.KindDuration, "ein Tausendstel Sekunde", 0.001, "s")}},
		{"ein Neuntel", "ein Neuntel", []fig{num("ein Neuntel", 1.0/9)}},
		{"zwei Siebtel", "zwei Siebtel", []fig{num("zwei Siebtel", 2.0/7)}},
		{"digits fraction", "3/4 der Mitglieder stimmten zu.", []fig{num("3/4", 0.75)}},
		{"vulgar fraction", "Das dauert 1½ Stunden.", []fig{qty(model.KindDuration, "1½ Stunden", 1.5, "h")}},
		{"ein Dutzend", "Sie kaufte ein Dutzend Eier.", []fig{cnt("ein Dutzend Eier", 12, "Eier")}},
		{"ein Dutzend alone", "Es war ein Dutzend.", []fig{num("ein Dutzend", 12)}},
		{"vier Dutzend", "Er brachte vier Dutzend Rosen mit.", []fig{cnt("vier Dutzend Rosen", 48, "Rosen")}},
		{"zwölf Dutzend", "zwölf Dutzend", []fig{num("zwölf Dutzend", 144)}},
		{"zwei Dutzend digits", "2 Dutzend Flaschen", []fig{cnt("2 Dutzend Flaschen", 24, "Flaschen")}},
		{"ein halbes Dutzend", "Ein halbes Dutzend Spieler fehlt.", []fig{cnt("Ein halbes Dutzend Spieler", 6, "Spieler")}},
		{"ein halbes Dutzend alone", "Er hat es ein halbes Dutzend Mal versucht.", []fig{num("ein halbes Dutzend", 6)}},
		{"anderthalb Dutzend", "anderthalb Dutzend", []fig{num("anderthalb Dutzend", 18)}},
		{"Dutzende are vague", "Dutzende Menschen warteten.", nil},
		{"mehrere Dutzend are vague", "mehrere Dutzend Beamte", nil},
		{"Hunderte are vague", "Hunderte Menschen flohen.", nil},
		{"Tausende are vague", "Tausende gingen auf die Straße.", nil},
		{"Zehntausende are vague", "Zehntausende demonstrierten.", nil},
		{"halb so viele", "Es kamen halb so viele.", nil},
		{"Viertel as a district", "Er wohnt im Viertel.", nil},
		{"Achtelfinale is no fraction", "Das Achtelfinale beginnt.", nil},
	})
}

func TestGermanDigits(t *testing.T) {
	runDE(t, []deCase{
		{"dot groups thousands", "Es kamen 1.000 Menschen.", []fig{cnt("1.000 Menschen", 1000, "Menschen")}},
		{"two dot groups", "Die Stadt zählt 2.000.000 Einwohner.", []fig{cnt("2.000.000 Einwohner", 2e6, "Einwohner")}},
		{"dots and comma", "Der Schaden beträgt 1.234.567,89 Euro.", []fig{qty(model.KindMoney, "1.234.567,89 Euro", 1234567.89, "EUR")}},
		{"decimal comma", "Pi ist etwa 3,14.", []fig{num("etwa 3,14", 3.14).q("~")}},
		{"decimal comma percent", "Die Arbeitslosigkeit liegt bei 5,7 Prozent.", []fig{qty(model.KindPercent, "5,7 Prozent", 5.7, "%")}},
		{"space groups", "Die Zahl lautet 2 718 281 828.", []fig{num("2 718 281 828", 2718281828)}},
		{"space groups before a noun", "Im Stadion waren 40 000 Zuschauer.", []fig{cnt("40 000 Zuschauer", 40000, "Zuschauer")}},
		{"narrow no-break space", "Es waren 40\u202f000 Zuschauer.", []fig{cnt("40\u202f000 Zuschauer", 40000, "Zuschauer")}},
		{"no-break space", "Der Preis: 1\u00a0500 Euro.", []fig{qty(model.KindMoney, "1\u00a0500 Euro", 1500, "EUR")}},
		{"thin space", "Die Fläche: 1\u2009250 Hektar.", []fig{qty(model.KindArea, "1\u2009250 Hektar", 1250, "ha")}},
		{"figure space", "Es sind 12\u2007500 Stimmen.", []fig{cnt("12\u2007500 Stimmen", 12500, "Stimmen")}},
		{"space groups and decimal", "1 234 567,5 Tonnen", []fig{qty(model.KindMass, "1 234 567,5 Tonnen", 1234567.5, "t")}},
		{"Swiss apostrophe", "Das Auto kostet 1'000 Franken.", []fig{qty(model.KindMoney, "1'000 Franken", 1000, "CHF")}},
		{"Swiss apostrophe millions", "Der Bund zahlt 1'250'000 Franken.", []fig{qty(model.KindMoney, "1'250'000 Franken", 1250000, "CHF")}},
		{"typographic apostrophe", "Es waren 12’500 Besucher.", []fig{cnt("12’500 Besucher", 12500, "Besucher")}},
		{"apostrophe and decimal", "Der Kurs liegt bei 1'234,50 Franken.", []fig{qty(model.KindMoney, "1'234,50 Franken", 1234.5, "CHF")}},
		{"apostrophe needs three digits", "Er ist 5'10 groß.", []fig{num("5", 5), num("10", 10)}},
		{"percent sign glued", "Die Quote stieg auf 27%.", []fig{qty(model.KindPercent, "27%", 27, "%")}},
		{"percent sign spaced", "Die Quote stieg auf 12,5 %.", []fig{qty(model.KindPercent, "12,5 %", 12.5, "%")}},
		{"percent adjective", "Man nehme eine 3,5%ige Lösung.", []fig{qty(model.KindPercent, "3,5%ige", 3.5, "%")}},
		{"percent adjective inflected", "Es gab eine 10%igen Rabatt.", []fig{qty(model.KindPercent, "10%igen", 10, "%")}},
		{"prozentig hyphen", "Die Lösung ist 5-prozentig.", []fig{qty(model.KindPercent, "5-prozentig", 5, "%")}},
		{"prozentige hyphen", "eine 100-prozentige Tochter", []fig{qty(model.KindPercent, "100-prozentige", 100, "%")}},
		{"prozentige decimal", "eine 0,45-prozentige Anleihe", []fig{qty(model.KindPercent, "0,45-prozentige", 0.45, "%")}},
		{"prozentig in words", "eine fünfprozentige Erhöhung", []fig{qty(model.KindPercent, "fünfprozentige", 5, "%")}},
		{"prozentigen compound in words", "die zwanzigprozentigen Zölle", []fig{qty(model.KindPercent, "zwanzigprozentigen", 20, "%")}},
		{"fach glued", "Der Wert stieg 3fach.", []fig{qty(model.KindNumber, "3fach", 3, "×")}},
		{"fach hyphen", "eine 10-fache Steigerung", []fig{qty(model.KindNumber, "10-fache", 10, "×")}},
		{"dreifach", "Das kostet dreifach so viel.", []fig{qty(model.KindNumber, "dreifach", 3, "×")}},
		{"das Zehnfache", "Der Preis stieg um das Zehnfache.", []fig{qty(model.KindNumber, "Zehnfache", 10, "×")}},
		{"zweifachen", "der zweifachen Weltmeisterin", []fig{qty(model.KindNumber, "zweifachen", 2, "×")}},
		{"hundertfach", "hundertfach vergrößert", []fig{qty(model.KindNumber, "hundertfach", 100, "×")}},
		{"einfach is simple", "Das ist ganz einfach.", nil},
		{"Einfache is simple", "Einfache Lösungen gibt es nicht.", nil},
		{"mehrfach is vague", "Er wurde mehrfach verletzt.", nil},
		{"vielfach is vague", "Das Vielfache davon.", nil},
		{"Unicode minus", "Es waren \u22125 Grad.", []fig{qty(model.KindTemperature, "\u22125 Grad", -5, "°C")}},
		{"Mrd. abbreviation", "Das Defizit beträgt 1,5 Mrd. im Jahr.", []fig{num("1,5 Mrd.", 1.5e9)}},
		{"Mrd. at the end of a sentence", "Das Defizit beträgt 1,5 Mrd.", []fig{num("1,5 Mrd", 1.5e9)}},
		{"Mio. abbreviation", "Es gab 2,3 Mio. Anträge.", []fig{cnt("2,3 Mio. Anträge", 2.3e6, "Anträge")}},
		{"Bio. abbreviation", "Die Schulden: 2 Bio. Euro.", []fig{qty(model.KindMoney, "2 Bio. Euro", 2e12, "EUR")}},
		{"leading zero code", "Die Vorwahl ist 030.", nil},
		{"phone number", "Rufen Sie 0171 1234567 an.", nil},
		{"phone number with slash", "Tel. 030/1234567", nil},
		{"international phone", "Tel.: +49 30 1234567", nil},
		{"paragraph sign", "nach § 219a StGB", nil},
		{"paragraph and Absatz", "gemäß § 5 Abs. 2", nil},
		{"Artikel", "Art. 3 GG schützt die Gleichheit.", nil},
		{"decade is no figure", "die 90er Jahre", nil},
		{"year", "Im Jahr 2022 stiegen die Preise.", []fig{dat("2022")}},
		{"year before a noun", "2016 folgten weitere Tests.", []fig{dat("2016")}},
		{"score", "Das Spiel endete 3:1.", nil},
		{"date", "am 12.03.2022 um 18:30 Uhr", []fig{dat("12.03.2022"), dat("18:30 Uhr")}},
	})
}

func TestGermanRanges(t *testing.T) {
	const (
		money = model.KindMoney
		pct   = model.KindPercent
	)
	runDE(t, []deCase{
		{"scale on both ends", "Der Bund gibt 20 bis 40 Millionen Euro.", []fig{rng(money, "20 bis 40 Millionen Euro", 20e6, 40e6, "EUR")}},
		{"scale on both ends in words", "zwei bis drei Millionen Menschen", []fig{{Kind: model.KindCount, Text: "zwei bis drei Millionen Menschen", Value: 2e6, Max: 3e6, Noun: "Menschen"}}},
		{"decimal ends and scale", "Es kostet 1,5 bis 2 Milliarden Euro.", []fig{rng(money, "1,5 bis 2 Milliarden Euro", 1.5e9, 2e9, "EUR")}},
		{"words and Millionen", "zwanzig bis dreißig Millionen Euro", []fig{rng(money, "zwanzig bis dreißig Millionen Euro", 20e6, 30e6, "EUR")}},
		{"Mio. on both ends", "10 bis 15 Mio. Euro", []fig{rng(money, "10 bis 15 Mio. Euro", 10e6, 15e6, "EUR")}},
		{"scale on each end", "zwischen 700.000 und 1 Million Euro", []fig{rng(money, "zwischen 700.000 und 1 Million Euro", 7e5, 1e6, "EUR")}},
		{"zwischen und", "Die Inflation liegt zwischen 5 und 7 Prozent.", []fig{rng(pct, "zwischen 5 und 7 Prozent", 5, 7, "%")}},
		{"zwischen in words", "zwischen fünf und sieben Prozent", []fig{rng(pct, "zwischen fünf und sieben Prozent", 5, 7, "%")}},
		{"zwischen and Milliarden", "zwischen 2 und 3 Milliarden Dollar", []fig{rng(money, "zwischen 2 und 3 Milliarden Dollar", 2e9, 3e9, "USD")}},
		{"bis", "Es werden 5 bis 7 Prozent erwartet.", []fig{rng(pct, "5 bis 7 Prozent", 5, 7, "%")}},
		{"en dash", "5–7 %", []fig{rng(pct, "5–7 %", 5, 7, "%")}},
		{"hyphen", "5-7 Prozent", []fig{rng(pct, "5-7 Prozent", 5, 7, "%")}},
		{"von bis", "Es wird von 20 bis 30 Grad warm.", []fig{rng(model.KindTemperature, "von 20 bis 30 Grad", 20, 30, "°C")}},
		{"von bis in words", "von zehn bis zwölf Stunden", []fig{rng(model.KindDuration, "von zehn bis zwölf Stunden", 10, 12, "h")}},
		{"von without bis", "Der Anteil sank von 20 auf 15 Prozent.", []fig{qty(pct, "20", 20, "%"), qty(pct, "15 Prozent", 15, "%")}},
		{"range of numbers", "Es meldeten sich 20 bis 30.", []fig{rng(model.KindNumber, "20 bis 30", 20, 30, "")}},
		{"range in words", "zwanzig bis dreißig Prozent", []fig{rng(pct, "zwanzig bis dreißig Prozent", 20, 30, "%")}},
		{"range of years is a date", "zwischen 1990 und 2000", []fig{{Kind: model.KindDate, Text: "zwischen 1990 und 2000", Max: 2000}}},
		{"ca.", "Die Strecke ist ca. 30 km lang.", []fig{qty(model.KindDistance, "ca. 30 km", 30, "km").q("~")}},
		{"ca without dot", "ca 30 km", []fig{qty(model.KindDistance, "ca 30 km", 30, "km").q("~")}},
		{"circa", "circa 500 Menschen", []fig{cnt("circa 500 Menschen", 500, "Menschen").q("~")}},
		{"zirka", "zirka 20 Euro", []fig{qty(money, "zirka 20 Euro", 20, "EUR").q("~")}},
		{"rund", "rund 40 Prozent", []fig{qty(pct, "rund 40 Prozent", 40, "%").q("~")}},
		{"rd.", "rd. 500 Euro", []fig{qty(money, "rd. 500 Euro", 500, "EUR").q("~")}},
		{"etwa", "etwa 50 Euro", []fig{qty(money, "etwa 50 Euro", 50, "EUR").q("~")}},
		{"knapp", "knapp 100 Meter", []fig{qty(model.KindDistance, "knapp 100 Meter", 100, "m").q("~")}},
		{"gut", "gut 20 Jahre", []fig{qty(model.KindDuration, "gut 20 Jahre", 20, "yr").q(">=")}},
		{"über", "über 300 Menschen", []fig{cnt("über 300 Menschen", 300, "Menschen").q(">")}},
		{"weit über", "weit über 1.000 Menschen", []fig{cnt("weit über 1.000 Menschen", 1000, "Menschen").q(">")}},
		{"mehr als", "mehr als 20 Prozent", []fig{qty(pct, "mehr als 20 Prozent", 20, "%").q(">")}},
		{"deutlich mehr als", "deutlich mehr als 50 Prozent", []fig{qty(pct, "deutlich mehr als 50 Prozent", 50, "%").q(">")}},
		{"etwas mehr als", "etwas mehr als 56.000", []fig{num("etwas mehr als 56.000", 56000).q(">")}},
		{"bis zu", "bis zu 10 Tonnen", []fig{qty(model.KindMass, "bis zu 10 Tonnen", 10, "t").q("<=")}},
		{"weniger als", "weniger als 5 Prozent", []fig{qty(pct, "weniger als 5 Prozent", 5, "%").q("<")}},
		{"knapp unter", "knapp unter 5 Prozent", []fig{qty(pct, "knapp unter 5 Prozent", 5, "%").q("<")}},
		{"unter", "Kinder unter 6 Jahren", []fig{qty(model.KindDuration, "unter 6 Jahren", 6, "yr").q("<")}},
		{"mindestens", "mindestens 12 Tote", []fig{cnt("mindestens 12 Tote", 12, "Tote").q(">=")}},
		{"mind.", "mind. 3 Jahre", []fig{qty(model.KindDuration, "mind. 3 Jahre", 3, "yr").q(">=")}},
		{"höchstens", "höchstens 5 Meter", []fig{qty(model.KindDistance, "höchstens 5 Meter", 5, "m").q("<=")}},
		{"maximal", "maximal 3 Stunden", []fig{qty(model.KindDuration, "maximal 3 Stunden", 3, "h").q("<=")}},
		{"max.", "max. 50 km/h", []fig{qty(model.KindSpeed, "max. 50 km/h", 50, "km/h").q("<=")}},
		{"fast", "fast 40 Grad", []fig{qty(model.KindTemperature, "fast 40 Grad", 40, "°C").q("~")}},
		{"nahezu", "nahezu 100 Prozent", []fig{qty(pct, "nahezu 100 Prozent", 100, "%").q("~")}},
		{"ungefähr", "ungefähr 300 Kilometer", []fig{qty(model.KindDistance, "ungefähr 300 Kilometer", 300, "km").q("~")}},
		{"ungefaehr written out", "ungefaehr 300 Kilometer", []fig{qty(model.KindDistance, "ungefaehr 300 Kilometer", 300, "km").q("~")}},
		{"ueber written out", "ueber 300 Menschen", []fig{cnt("ueber 300 Menschen", 300, "Menschen").q(">")}},
		{"schätzungsweise", "schätzungsweise 2000 Menschen", []fig{cnt("schätzungsweise 2000 Menschen", 2000, "Menschen").q("~")}},
		{"annähernd", "annähernd eine Million Euro", []fig{qty(money, "annähernd eine Million Euro", 1e6, "EUR").q("~")}},
		{"ab", "ab 18 Jahren", []fig{qty(model.KindDuration, "ab 18 Jahren", 18, "yr").q(">=")}},
		{"ab with a price", "Tickets gibt es ab 49 Euro.", []fig{qty(money, "ab 49 Euro", 49, "EUR").q(">=")}},
		{"ab before a date", "ab 1. Juli gilt das Gesetz", []fig{dat("1. Juli")}},
		{"ab before a time", "ab 14 Uhr", []fig{dat("14 Uhr")}},
		{"um die", "um die 40 Menschen", []fig{cnt("um die 40 Menschen", 40, "Menschen").q("~")}},
		{"an die", "an die 100 Gäste", []fig{cnt("an die 100 Gäste", 100, "Gäste").q("~")}},
		{"nicht mehr als", "nicht mehr als 10 Prozent", []fig{qty(pct, "nicht mehr als 10 Prozent", 10, "%").q("<=")}},
		{"gut und gerne", "gut und gerne 200 Euro", []fig{qty(money, "gut und gerne 200 Euro", 200, "EUR").q("~")}},
		{"qualifier and words", "mehr als zwanzig Menschen", []fig{cnt("mehr als zwanzig Menschen", 20, "Menschen").q(">")}},
		{"qualifier and range", "rund 20 bis 30 Prozent", []fig{{Kind: pct, Text: "rund 20 bis 30 Prozent", Value: 20, Max: 30, Unit: "%", Qual: "~"}}},
		{"von before a score", "mit dem Gesamtscore von 3:6", nil},
		{"bis zu is no range", "von 5 bis zu 10 Prozent", []fig{num("5", 5), qty(pct, "bis zu 10 Prozent", 10, "%").q("<=")}},
	})
}

func TestGermanUnits(t *testing.T) {
	const (
		dist = model.KindDistance
		area = model.KindArea
		vol  = model.KindVolume
		mass = model.KindMass
	)
	runDE(t, []deCase{
		{"µm micro sign", "Die Partikel sind 5 µm groß.", []fig{qty(dist, "5 µm", 5, "µm")}},
		{"μm Greek mu", "Die Partikel sind 5 μm groß.", []fig{qty(dist, "5 μm", 5, "µm")}},
		{"Mikrometer", "Ein Haar ist etwa 70 Mikrometer dick.", []fig{qty(dist, "etwa 70 Mikrometer", 70, "µm").q("~")}},
		{"nm", "Der Chip nutzt 3 nm Strukturen.", []fig{qty(dist, "3 nm", 3, "nm")}},
		{"Nanometer", "Licht mit 450 Nanometern Wellenlänge", []fig{qty(dist, "450 Nanometern", 450, "nm")}},
		{"mm", "Es fielen 12 mm Regen.", []fig{qty(dist, "12 mm", 12, "mm")}},
		{"Millimeter", "Es fielen 12 Millimeter Regen.", []fig{qty(dist, "12 Millimeter", 12, "mm")}},
		{"cm", "Der Schnee lag 30 cm hoch.", []fig{qty(dist, "30 cm", 30, "cm")}},
		{"Dezimeter", "5 Dezimeter", []fig{qty(dist, "5 Dezimeter", 5, "dm")}},
		{"km glued", "eine 42km lange Strecke", []fig{qty(dist, "42km", 42, "km")}},
		{"Kilometer", "Die Strecke ist 42,195 Kilometer lang.", []fig{qty(dist, "42,195 Kilometer", 42.195, "km")}},
		{"Meilen", "Das Schiff fuhr 200 Meilen.", []fig{qty(dist, "200 Meilen", 200, "mi")}},
		{"Seemeilen", "zwölf Seemeilen vor der Küste", []fig{qty(dist, "zwölf Seemeilen", 12, "nmi")}},
		{"Fuß", "Das Flugzeug flog in 30.000 Fuß Höhe.", []fig{qty(dist, "30.000 Fuß", 30000, "ft")}},
		{"Zoll", "ein Bildschirm mit 55 Zoll", []fig{qty(dist, "55 Zoll", 55, "in")}},
		{"einen Zoll is a duty", "Die USA erheben einen Zoll auf Stahl.", nil},
		{"Yards", "Er warf den Ball 40 Yards weit.", []fig{qty(dist, "40 Yards", 40, "yd")}},
		{"km²", "Die Insel misst 100 km².", []fig{qty(area, "100 km²", 100, "km²")}},
		{"km2", "Die Insel misst 100 km2.", []fig{qty(area, "100 km2", 100, "km²")}},
		{"km^2", "Die Insel misst 100 km^2.", []fig{qty(area, "100 km^2", 100, "km²")}},
		{"m²", "Die Wohnung hat 80 m².", []fig{qty(area, "80 m²", 80, "m²")}},
		{"m^2", "Die Wohnung hat 80 m^2.", []fig{qty(area, "80 m^2", 80, "m²")}},
		{"qm", "Die Wohnung hat 80 qm.", []fig{qty(area, "80 qm", 80, "m²")}},
		{"Quadratmeter", "eine Wohnung mit 80 Quadratmetern", []fig{qty(area, "80 Quadratmetern", 80, "m²")}},
		{"Quadratkilometer", "über 1.000 Quadratkilometer", []fig{qty(area, "über 1.000 Quadratkilometer", 1000, "km²").q(">")}},
		{"Quadratzentimeter", "5 Quadratzentimeter Haut", []fig{qty(area, "5 Quadratzentimeter", 5, "cm²")}},
		{"Hektar", "300 Hektar Wald brannten.", []fig{qty(area, "300 Hektar", 300, "ha")}},
		{"Morgen with a number", "Der Bauer besitzt 40 Morgen Land.", []fig{qty(area, "40 Morgen", 10, "ha")}},
		{"Morgen without a number", "Am Morgen regnete es.", nil},
		{"morgen is tomorrow", "Wir sehen uns morgen.", nil},
		{"m³", "30 m³ Wasser", []fig{qty(vol, "30 m³", 30, "m³")}},
		{"m^3", "30 m^3 Wasser", []fig{qty(vol, "30 m^3", 30, "m³")}},
		{"Kubikmeter", "zwei Milliarden Kubikmeter Gas", []fig{qty(vol, "zwei Milliarden Kubikmeter", 2e9, "m³")}},
		{"Liter", "Der Tank fasst 50 Liter.", []fig{qty(vol, "50 Liter", 50, "l")}},
		{"l", "Der Tank fasst 50 l.", []fig{qty(vol, "50 l", 50, "l")}},
		{"ml", "250 ml Milch", []fig{qty(vol, "250 ml", 250, "ml")}},
		{"Milliliter", "250 Milliliter Milch", []fig{qty(vol, "250 Milliliter", 250, "ml")}},
		{"dl", "2 dl Rahm", []fig{qty(vol, "2 dl", 2, "dl")}},
		{"Zentiliter", "4 cl Rum", []fig{qty(vol, "4 cl", 4, "cl")}},
		{"Hektoliter", "Die Brauerei braute 5.000 Hektoliter.", []fig{qty(vol, "5.000 Hektoliter", 5000, "hl")}},
		{"Kubikzentimeter", "ein Motor mit 125 Kubikzentimetern", []fig{qty(vol, "125 Kubikzentimetern", 125, "cm³")}},
		{"ccm", "125 ccm", []fig{qty(vol, "125 ccm", 125, "cm³")}},
		{"Teelöffel", "Man gibt 2 Teelöffel Zucker dazu.", []fig{qty(vol, "2 Teelöffel", 2, "tsp")}},
		{"TL", "1 TL Salz", []fig{qty(vol, "1 TL", 1, "tsp")}},
		{"Esslöffel", "drei Esslöffel Öl", []fig{qty(vol, "drei Esslöffel", 3, "tbsp")}},
		{"EL", "2 EL Olivenöl", []fig{qty(vol, "2 EL", 2, "tbsp")}},
		{"Tasse", "Man braucht eine Tasse Mehl.", []fig{qty(vol, "eine Tasse", 1, "cup")}},
		{"Tassen", "zwei Tassen Reis", []fig{qty(vol, "zwei Tassen", 2, "cup")}},
		{"Barrel", "500.000 Barrel Öl pro Tag", []fig{qty(vol, "500.000 Barrel", 500000, "bbl")}},
		{"kg", "Das Paket wiegt 3,5 kg.", []fig{qty(mass, "3,5 kg", 3.5, "kg")}},
		{"Kilo", "Er nahm zehn Kilo ab.", []fig{qty(mass, "zehn Kilo", 10, "kg")}},
		{"Gramm", "200 Gramm Butter", []fig{qty(mass, "200 Gramm", 200, "g")}},
		{"g", "200 g Butter", []fig{qty(mass, "200 g", 200, "g")}},
		{"mg", "500 mg Ibuprofen", []fig{qty(mass, "500 mg", 500, "mg")}},
		{"Mikrogramm", "20 Mikrogramm Feinstaub", []fig{qty(mass, "20 Mikrogramm", 20, "µg")}},
		{"t with a space", "Der Lkw lädt 30 t.", []fig{qty(mass, "30 t", 30, "t")}},
		{"Tonnen", "1.200 Tonnen Getreide", []fig{qty(mass, "1.200 Tonnen", 1200, "t")}},
		{"Mio. t", "Die Ernte: 3 Mio. t Weizen.", []fig{qty(mass, "3 Mio. t", 3e6, "t")}},
		{"kt", "eine Bombe mit 15 kt Sprengkraft", []fig{qty(mass, "15 kt", 15000, "t")}},
		{"Kilotonnen", "15 Kilotonnen TNT", []fig{qty(mass, "15 Kilotonnen", 15000, "t")}},
		{"Megatonnen", "50 Megatonnen", []fig{qty(mass, "50 Megatonnen", 5e7, "t")}},
		{"Zentner", "zwei Zentner Kartoffeln", []fig{qty(mass, "zwei Zentner", 100, "kg")}},
		{"Pfund of goods", "Sie kaufte fünf Pfund Mehl.", []fig{qty(mass, "fünf Pfund", 5, "lb")}},
		{"ein Pfund Butter", "Dazu kommt ein Pfund Butter.", []fig{qty(mass, "ein Pfund", 1, "lb")}},
		{"Pfund as money", "Das Ticket kostet fünf Pfund.", []fig{qty(model.KindMoney, "fünf Pfund", 5, "GBP")}},
		{"Pfund Sterling", "fünf Pfund Sterling", []fig{qty(model.KindMoney, "fünf Pfund Sterling", 5, "GBP")}},
		{"Millionen Pfund", "Der Klub zahlte 80 Millionen Pfund.", []fig{qty(model.KindMoney, "80 Millionen Pfund", 80e6, "GBP")}},
		{"pound sign", "Es kostet £5.", []fig{qty(model.KindMoney, "£5", 5, "GBP")}},
		{"Unzen", "eine Unze Gold", []fig{qty(mass, "eine Unze", 1, "oz")}},
		{"kWh", "Der Verbrauch liegt bei 100 kWh.", []fig{qty(model.KindNumber, "100 kWh", 100, "kWh")}},
		{"Kilowattstunden", "3.500 Kilowattstunden im Jahr", []fig{qty(model.KindNumber, "3.500 Kilowattstunden", 3500, "kWh")}},
		{"MW", "Das Kraftwerk leistet 50 MW.", []fig{qty(model.KindNumber, "50 MW", 50, "MW")}},
		{"GW", "Windkraft mit 2 GW", []fig{qty(model.KindNumber, "2 GW", 2, "GW")}},
		{"Gigawatt", "zwei Gigawatt", []fig{qty(model.KindNumber, "zwei Gigawatt", 2, "GW")}},
		{"TWh", "500 TWh Strom", []fig{qty(model.KindNumber, "500 TWh", 500, "TWh")}},
		{"PS", "ein Motor mit 150 PS", []fig{qty(model.KindNumber, "150 PS", 150, "PS")}},
		{"Grad Celsius", "bei 35 Grad Celsius", []fig{qty(model.KindTemperature, "35 Grad Celsius", 35, "°C")}},
		{"°C", "Es hat 35 °C.", []fig{qty(model.KindTemperature, "35 °C", 35, "°C")}},
		{"Minusgrade", "In der Nacht gab es 10 Minusgrade.", []fig{qty(model.KindTemperature, "10 Minusgrade", -10, "°C")}},
		{"Grad unter null", "Es hatte zwölf Grad unter null.", []fig{qty(model.KindTemperature, "zwölf Grad unter null", -12, "°C")}},
		{"ein Grad", "Die Erde hat sich um ein Grad erwärmt.", []fig{qty(model.KindTemperature, "ein Grad", 1, "°C")}},
		{"Fahrenheit", "100 Grad Fahrenheit", []fig{qty(model.KindTemperature, "100 Grad Fahrenheit", 100, "°F")}},
		{"Kelvin", "4 Kelvin", []fig{qty(model.KindTemperature, "4 Kelvin", 4, "K")}},
		{"km/h", "Er fuhr 180 km/h.", []fig{qty(model.KindSpeed, "180 km/h", 180, "km/h")}},
		{"Stundenkilometer", "mit 50 Stundenkilometern", []fig{qty(model.KindSpeed, "50 Stundenkilometern", 50, "km/h")}},
		{"Kilometer pro Stunde", "mit 120 Kilometern pro Stunde", []fig{qty(model.KindSpeed, "120 Kilometern pro Stunde", 120, "km/h")}},
		{"Meilen pro Stunde", "70 Meilen pro Stunde", []fig{qty(model.KindSpeed, "70 Meilen pro Stunde", 70, "mph")}},
		{"Knoten", "Der Wind wehte mit 40 Knoten.", []fig{qty(model.KindSpeed, "40 Knoten", 40, "kn")}},
		{"einen Knoten is a knot", "Er machte einen Knoten ins Seil.", nil},
		{"D-Mark", "Das kostete 100 D-Mark.", []fig{qty(model.KindMoney, "100 D-Mark", 100, "DEM")}},
		{"Franken", "500 Franken Busse", []fig{qty(model.KindMoney, "500 Franken", 500, "CHF")}},
	})
}
