package check

import (
	"testing"

	"figs/model"
)

// TestGermanContradictions: Sätze, deren Zahlen einander widersprechen.
func TestGermanContradictions(t *testing.T) {
	runCases(t, "de", []checkCase{
		// stated change against its values
		{"sank um 10 Prozent", "Der Umsatz sank um 10 Prozent auf 45 Millionen Euro, nach 60 Millionen Euro im Vorjahr.", model.CheckChange},
		{"stieg um", "Die Zahl der Fahrgäste stieg um 30 Prozent auf 12 Millionen, nach 8 Millionen.", model.CheckChange},
		{"um gestiegen", "Der Gewinn ist um 5 Prozent auf 2,4 Milliarden Euro gestiegen, nach 1,8 Milliarden Euro.", model.CheckChange},
		{"von auf um", "Die Mieten stiegen von 8 Euro auf 12 Euro pro Quadratmeter um 20 Prozent.", model.CheckChange},
		{"Rückgang um", "Die Exporte gingen um 15 Prozent auf 300.000 Tonnen zurück, nach 500.000 Tonnen.", model.CheckChange},
		{"falsches Vorzeichen", "Der Verlust wuchs um 25 Prozent auf 60 Millionen Euro, nach 80 Millionen Euro.", model.CheckChange},
		{"legte zu", "Der Absatz legte um 12 Prozent auf 1,5 Millionen Fahrzeuge zu, nach 1,1 Millionen Fahrzeugen.", model.CheckChange},
		{"Prozentpunkte", "Die Quote stieg um 2 Prozentpunkte von 5,1 auf 8,3 Prozent.", model.CheckChange},
		{"erhöhte sich um", "Die Zahl der Mitglieder erhöhte sich um 8 Prozent von 40.000 auf 50.000.", model.CheckChange},
		{"verringerte um", "Die Schulden verringerten sich um 20 Prozent von 10 auf 9 Milliarden Euro.", model.CheckChange},
		{"Plus von", "Der Umsatz stieg von 200 auf 300 Millionen Euro, ein Plus von 20 Prozent.", model.CheckChange},
		{"von im Jahr auf", "Die Zahl der Verkäufe sank um 13 Prozent von 36.185 im Jahr 2003 auf 28.041 im Jahr 2004.", model.CheckChange},
		{"kletterte", "Der Kurs kletterte um 15 Prozent auf 46 Euro, nach 32 Euro am Vortag.", model.CheckChange},
		{"schrumpfte", "Die Wirtschaftsleistung schrumpfte um 2 Prozent von 400 auf 360 Milliarden Euro.", model.CheckChange},
		// multiples
		{"verdoppelt ist verdreifacht", "Die Zahl der Mitglieder hat sich von 1,2 auf 3,6 Millionen verdoppelt.", model.CheckMultiple},
		{"verdreifacht ist verdoppelt", "Der Umsatz verdreifachte sich von 10 auf 20 Millionen Euro.", model.CheckMultiple},
		{"halbiert", "Die Zahl der Unfälle wurde von 800 auf 600 halbiert.", model.CheckMultiple},
		{"mehr als verdoppelt", "Der Gewinn hat sich mehr als verdoppelt, von 5 auf 8 Millionen Euro.", model.CheckMultiple},
		{"vervierfacht", "Die Kapazität wurde von 500 auf 1.000 Megawatt vervierfacht.", model.CheckMultiple},
		{"um ein Drittel", "Die Einwohnerzahl ist um ein Drittel auf 5.500 gesunken, von 6.000.", model.CheckMultiple},
		{"um die Hälfte", "Die Wartezeit sank um die Hälfte, von 12 auf 9 Wochen.", model.CheckMultiple},
		{"fast verdoppelt", "Die Preise haben sich von 2 auf 6 Euro fast verdoppelt.", model.CheckMultiple},
		{"verdoppelte sich", "Die Zahl der Nutzer verdoppelte sich von 4 auf 5 Millionen.", model.CheckMultiple},
		// direction
		{"fiel von auf", "Die Zahl fiel von 70 auf 85.", model.CheckDirection},
		{"sank steigt", "Die Arbeitslosenquote sank von 4,1 auf 5,3 Prozent.", model.CheckDirection},
		{"gestiegen fällt", "Die Inflation ist von 3,2 auf 2,9 Prozent gestiegen.", model.CheckDirection},
		{"gesunken steigt", "Der Preis ist von 1,20 Euro auf 1,45 Euro gesunken.", model.CheckDirection},
		{"stieg fällt", "Die Zahl der Studierenden stieg von 8.500 auf 7.900.", model.CheckDirection},
		{"zurückgegangen steigt", "Die Zahl der Einbrüche ist von 1.200 auf 1.350 zurückgegangen.", model.CheckDirection},
		{"wuchs fällt", "Die Bevölkerung wuchs von 82 auf 80 Millionen.", model.CheckDirection},
		{"kletterte fällt", "Der Ölpreis kletterte von 52 auf 48 Dollar je Barrel.", model.CheckDirection},
		{"verringerte steigt", "Die Wartezeit verringerte sich von 40 auf 55 Minuten.", model.CheckDirection},
		// parts above their whole
		{"von den Delegierten", "Von den 120 Delegierten stimmten 70 dafür und 62 dagegen.", model.CheckParts},
		{"drei Teile", "Von den 40 Spielen wurden 22 gewonnen, 12 unentschieden gespielt und 9 verloren.", model.CheckParts},
		{"Teil über Ganzem", "Gekommen waren 150 der 120 Delegierten.", model.CheckParts},
		{"von insgesamt", "Von insgesamt 300 Beschäftigten wurden 180 entlassen und 150 versetzt.", model.CheckParts},
		{"unter den", "Unter den 50 Abgeordneten stimmten 30 für den Antrag und 25 dagegen.", model.CheckParts},
		// shares
		{"Umfrage über 100", "In der Umfrage kam die CDU auf 42 Prozent, die SPD auf 35 Prozent und die Grünen auf 28 Prozent.", model.CheckShares},
		{"ja und nein", "Beim Volksentscheid stimmten 58 Prozent dafür und 47 Prozent dagegen.", model.CheckShares},
		{"zwei Drittel", "Zwei Drittel (58 Prozent) der Befragten stimmten zu.", model.CheckShares},
		{"Mehrheit", "Die Mehrheit (45 Prozent) der Befragten lehnt das ab.", model.CheckShares},
		{"jeder Dritte", "Jeder Dritte (45 Prozent) will im Sommer verreisen.", model.CheckShares},
		{"ein Viertel", "Ein Viertel (40 Prozent) der Betriebe sucht Personal.", model.CheckShares},
		{"Marktanteil", "Beim Marktanteil liegt Apple bei 48 Prozent, Samsung bei 35 Prozent und Huawei bei 24 Prozent.", model.CheckShares},
		{"die Hälfte", "Die Hälfte (38 Prozent) der Mitglieder stimmte zu.", model.CheckShares},
		// the same thing twice
		{"Hochhaus", "Das 120 Meter hohe Hochhaus steht am Fluss. Später wurde das 140 Meter hohe Hochhaus verkauft.", model.CheckRepeat},
		{"Brücke", "Eine 1.200 Meter lange Brücke soll die Inseln verbinden. Der Bau der 1.500 Meter langen Brücke beginnt 2027.", model.CheckRepeat},
	})
}

// TestGermanConsistent: Sätze, deren Zahlen zueinander passen oder keinen
// Widerspruch erlauben.
func TestGermanConsistent(t *testing.T) {
	runCases(t, "de", []checkCase{
		{"sank um 25 Prozent", "Der Umsatz sank um 25 Prozent auf 45 Millionen Euro, nach 60 Millionen Euro im Vorjahr.", ""},
		{"stieg um 50 Prozent", "Die Zahl der Fahrgäste stieg um 50 Prozent auf 12 Millionen, nach 8 Millionen.", ""},
		{"gerundet", "Der Gewinn stieg um 33 Prozent auf 12 Millionen Euro, nach 9 Millionen Euro.", ""},
		{"gerundete Werte", "Der Absatz stieg um 4 Prozent auf 12 Millionen, nach 11,4 Millionen.", ""},
		{"rund", "Der Umsatz sank um rund 20 Prozent auf 61 Millionen Euro, nach 80 Millionen Euro.", ""},
		{"knapp", "Die Exporte wuchsen um knapp 30 Prozent auf 1,2 Millionen Tonnen, nach 950.000 Tonnen.", ""},
		{"mehr als", "Der Umsatz stieg um mehr als 40 Prozent auf 70 Millionen Euro, nach 48 Millionen Euro.", ""},
		{"pro Jahr", "Die Bevölkerung wuchs um 10 Prozent pro Jahr, von 100.000 auf 133.000.", ""},
		{"jährlich", "Die Zahl stieg jährlich um 5 Prozent von 40.000 auf 51.000.", ""},
		{"preisbereinigt", "Preisbereinigt stiegen die Ausgaben um 2 Prozent auf 30 Milliarden Euro, nach 28 Milliarden Euro.", ""},
		{"Prozentpunkte richtig", "Die Quote stieg um 1,5 Prozentpunkte von 4,5 auf 6 Prozent.", ""},
		{"Punkte als Prozent", "Die Quote stieg um 2 Prozent von 5 auf 7 Prozent.", ""},
		{"relativ", "Der Zinssatz stieg um 50 Prozent von 4 auf 6 Prozent.", ""},
		{"verdoppelt", "Die Zahl der Mitglieder hat sich von 1,2 auf 2,4 Millionen verdoppelt.", ""},
		{"rund verdoppelt", "Die Zahl der Bestellungen hat sich von 4.100 auf 7.600 etwa verdoppelt.", ""},
		{"mehr als verdoppelt", "Der Gewinn hat sich mehr als verdoppelt, von 5 auf 12 Millionen Euro.", ""},
		{"fast verdoppelt", "Die Preise haben sich von 2 auf 3,80 Euro fast verdoppelt.", ""},
		{"halbiert", "Die Zahl der Unfälle wurde von 800 auf 410 halbiert.", ""},
		{"verdreifacht", "Der Umsatz verdreifachte sich von 10 auf 31 Millionen Euro.", ""},
		{"um ein Drittel", "Die Einwohnerzahl ist um ein Drittel auf 4.000 gesunken, von 6.000.", ""},
		{"fiel", "Die Zahl fiel von 85 auf 70.", ""},
		{"gestiegen", "Die Inflation ist von 2,9 auf 3,2 Prozent gestiegen.", ""},
		{"nach zuvor", "Der Gewinn lag bei 5 Millionen Euro, nach zuvor 4 Millionen Euro.", ""},
		{"Jahre", "Von 2019 bis 2021 sank der Absatz deutlich.", ""},
		{"Jahre von auf", "Die Regel gilt seit der Umstellung von 2019 auf 2021.", ""},
		{"Ränge", "Der Verein fiel vom 3. auf den 7. Platz.", ""},
		{"verneint", "Die Preise sind nicht von 70 auf 85 Cent gesunken.", ""},
		{"Messgröße", "Der Anstieg der Preise verlangsamte sich von 3,1 auf 2,4 Prozent.", ""},
		{"Alternativwert", "Der Beitrag soll von 4,5 auf 3,5 oder 3,6 Prozent sinken.", ""},
		{"Teile passen", "Von den 120 Delegierten stimmten 70 dafür und 45 dagegen.", ""},
		{"mit Enthaltungen", "Von den 120 Delegierten stimmten 70 dafür, 40 dagegen und 10 enthielten sich.", ""},
		{"davon", "Von den 120 Delegierten stimmten 100 ab, davon 70 für den Plan.", ""},
		{"zwei Wahlgänge", "Von den 120 Delegierten stimmten im ersten Wahlgang 70 und im zweiten 85 für ihn.", ""},
		{"verschiedene Jahre", "Von den 500 Stellen wurden 300 im Jahr 2019 und 250 im Jahr 2021 gestrichen.", ""},
		{"Teil des Ganzen", "Gekommen waren 70 der 120 Delegierten.", ""},
		{"Anteile passen", "In der Umfrage kam die CDU auf 32 Prozent, die SPD auf 25 Prozent und die Grünen auf 18 Prozent.", ""},
		{"Rundung", "Beim Volksentscheid stimmten 50,4 Prozent dafür und 49,7 Prozent dagegen.", ""},
		{"verschiedene Ganze", "Dafür stimmten 58 Prozent der Männer und 62 Prozent der Frauen.", ""},
		{"zwei Zeitpunkte", "Die SPD kam 1998 auf 41 Prozent der Stimmen und 2002 auf 39 Prozent.", ""},
		{"Mehrfachnennungen", "In der Umfrage nannten 64 Prozent die Preise und 58 Prozent die Arbeit, Mehrfachnennungen waren möglich.", ""},
		{"Beteiligung", "Die Wahlbeteiligung lag bei 72 Prozent, 55 Prozent stimmten dafür.", ""},
		{"zwei Drittel richtig", "Zwei Drittel (65 Prozent) der Befragten stimmten zu.", ""},
		{"knapp die Hälfte", "Knapp die Hälfte (44 Prozent) der Betriebe sucht Personal.", ""},
		{"erste Hälfte", "In der ersten Hälfte (plus 12 Prozent) lief es besser.", ""},
		{"neues Hochhaus", "Ein 120 Meter hohes Hochhaus steht am Fluss. Ein 140 Meter hohes Hochhaus ist geplant.", ""},
		{"gleiches Hochhaus", "Das 120 Meter hohe Hochhaus steht am Fluss. Später wurde das 120 Meter hohe Hochhaus verkauft.", ""},
		{"Alter", "Der 12-Jährige wurde gefunden. Der 13-Jährige blieb unverletzt.", ""},
		{"von im Jahr auf richtig", "Die Zahl der Verkäufe sank um 23 Prozent von 36.185 im Jahr 2003 auf 28.041 im Jahr 2004.", ""},
		{"Rate verlangsamt", "Die Produktion wuchs um 3,1 Prozent, nach zuvor 4,5 Prozent.", ""},
		{"absolute Änderung", "Die Zahl der Fälle stieg um 200 auf 1.200, nach 1.000.", ""},
		{"Prognose", "Der IWF senkt seine Wachstumsprognose für 2005 von 1,8 auf 0,8 Prozent.", ""},
		{"leer", "", ""},
		{"ohne Zahlen", "Hier wurde nichts gezählt.", ""},
	})
}
