package extract

import "figs/model"

// german is the lexicon of German news text. Data only: the rules that use
// it are shared by every language.
func german() langData {
	return langData{
		name:    "de",
		decimal: ',',
		numbers: map[string]float64{
			"null": 0, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
			"sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
			"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
			"achtzig": 80, "neunzig": 90,
			"anderthalb": 1.5, "eineinhalb": 1.5, "hundert": 100, "tausend": 1000, "dreiviertel": 0.75,
		},
		morphemes: map[string]float64{
			"ein": 1, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sech": 6,
			"sieben": 7, "sieb": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
			"zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
			"siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": -100, "tausend": -1000, "und": 0,
			"einhalb": 0.5, "einviertel": 0.25, "dreiviertel": 0.75,
		},
		spellings: map[string]string{"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"},
		hundred:   []string{"hundert"},
		scales: map[string]float64{
			"tausend": 1e3, "tsd": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "mill": 1e6,
			"milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "mia": 1e9,
			"billion": 1e12, "billionen": 1e12, "bio": 1e12, "billiarde": 1e15, "billiarden": 1e15,
			"dutzend": 12,
		},
		caseScale: map[string]float64{"k": 1e3},
		fractions: map[string]float64{
			"halb": 0.5, "halbe": 0.5, "halben": 0.5, "halber": 0.5, "halbes": 0.5, "halbem": 0.5, "hälfte": 0.5,
			"drittel": 1.0 / 3, "viertel": 0.25, "fünftel": 0.2, "sechstel": 1.0 / 6, "siebtel": 1.0 / 7,
			"achtel": 0.125, "neuntel": 1.0 / 9, "zehntel": 0.1, "elftel": 1.0 / 11, "zwölftel": 1.0 / 12,
			"hundertstel": 0.01, "tausendstel": 0.001, "millionstel": 1e-6, "milliardstel": 1e-9,
		},
		fracEnding:  []string{"stel", "tel"},
		one:         []string{"ein", "eine", "einen", "einem", "einer", "eines"},
		oneUnit:     true,
		fracArticle: []string{"die"},
		every:       []string{"jeder", "jede", "jedes", "jeden", "jedem"},
		massCue:     []string{"wiegt", "wog", "wiegen", "wogen", "wiegende", "schwer", "schwere", "schweren", "schwerer", "Gewicht", "abgenommen", "zugenommen"},
		few:         map[string]float64{"paar": 2},
		and:         []string{"und"},
		ordEnding:   []string{"sten", "ster", "stes", "stem", "ste", "ten", "ter", "tes", "tem", "te"},
		ordSuffix:   []string{"te", "ten", "ter", "tes", "tem", "ste", "sten", "ster", "stes", "stem"}, // 1te, 20ster
		unitsFirst:  true,
		dotOrdinal:  true,
		ordBefore: []string{"der", "die", "das", "dem", "den", "des", "am", "zum", "zur", "im", "vom", "beim", "ins",
			"sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres",
			"unser", "unsere", "unserem", "unseren", "jeder", "jede", "jedes", "jeden", "jedem", "dieser", "diese",
			"dieses", "diesem", "diesen", "einer", "eine", "einen", "einem", "eines"},
		wordUnits: germanWordUnits(),
		point:     []string{"komma"},
		negative:  []string{"minus"},
		ordinals:  germanOrdinals(),
		yearWords: []string{"jahr", "jahre", "jahres", "anno"},
		idioms: []string{"erste hilfe", "ersten hilfe", "erster hilfe", "erster linie", "ersten blick", "zweiten blick",
			"erster hand", "zweiter hand", "zweiter wahl", "erster wahl", "einen schlag", "einem schlag", "eines tages",
			"ein für alle mal", "ein und dasselbe", "ein und derselbe", "ein und dieselbe", "eins zu eins", "achten auf",
			"achten darauf", "achten sie", "achten wir", "achten die", "achten den", "zweiter klasse", "erster klasse",
			"erste klasse", "zweite klasse", "dritten welt", "dritte welt", "dritter weg", "dritten weg", "erste sahne",
			"sechsten sinn", "siebten himmel", "fünfte rad", "fünftes rad", "zweite geige", "zweiten geige", "zweites gesicht",
			"zweiten wahl", "ersten ranges", "zweiten ranges", "eins mit", "von einer minute auf die andere",
			"einer minute auf die andere", "von einem tag auf den anderen", "einem tag auf den anderen"},
		genitive:    []string{"der", "des"},
		ordClash:    []string{"achten", "achte"},
		ageSpan:     map[string][2]float64{"anfang": {0, 3}, "mitte": {4, 6}, "ende": {7, 9}},
		units:       germanUnits(),
		prefixUnits: germanPrefix(),
		qualifiers: map[string]string{
			"mehr als": ">", "über": ">", "weit über": ">", "gut": ">=",
			"weniger als": "<", "unter": "<", "knapp unter": "<",
			"mindestens": ">=", "wenigstens": ">=", "nicht weniger als": ">=",
			"bis zu": "<=", "höchstens": "<=", "maximal": "<=", "nicht mehr als": "<=",
			"rund": "~", "etwa": "~", "ungefähr": "~", "fast": "~", "knapp": "~", "circa": "~",
			"ca .": "~", "zirka": "~", "annähernd": "~", "nahezu": "~", "beinahe": "~", "gut und gerne": "~",
			"schätzungsweise": "~", "geschätzte": "~", "geschätzten": "~", "ca": "~", "rd .": "~", "runde": "~",
			"um die": "~", "an die": "~", "gut über": ">", "knapp über": ">", "deutlich über": ">", "weit mehr als": ">",
			"deutlich mehr als": ">", "etwas mehr als": ">", "gut mehr als": ">", "deutlich weniger als": "<",
			"etwas weniger als": "<", "knapp weniger als": "<", "ab": ">=", "mind .": ">=", "max .": "<=",
			"ungefähr bei": "~",
		},
		rangeJoin:    []string{"bis", "-", "–", "—"},
		rangeOpen:    map[string]string{"zwischen": "und", "von": "bis"},
		noRangeAfter: []string{"bis zu", "bis zum", "bis zur", "bis ins", "bis in"},
		months: map[string]int{
			"Januar": 1, "Jänner": 1, "Februar": 2, "März": 3, "April": 4, "Mai": 5, "Juni": 6,
			"Juli": 7, "August": 8, "September": 9, "Oktober": 10, "November": 11, "Dezember": 12,
			"Jan": 1, "Feb": 2, "Apr": 4, "Aug": 8, "Sept": 9, "Okt": 10, "Nov": 11, "Dez": 12,
		},
		weekdays: []string{"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag",
			"Montagabend", "Dienstagabend", "Mittwochabend", "Donnerstagabend", "Freitagabend", "Samstagabend", "Sonntagabend",
			"Montagmorgen", "Dienstagmorgen", "Mittwochmorgen", "Donnerstagmorgen", "Freitagmorgen", "Samstagmorgen", "Sonntagmorgen",
			"Wochenende"},
		datePrefix: []string{"im", "am", "anfang", "mitte", "ende", "diesen", "diesem", "dieses", "letzten", "vergangenen",
			"kommenden", "nächsten", "zum", "vom", "seit dem", "bis"},
		relUnits: []string{"Jahr", "Jahres", "Jahren", "Woche", "Wochen", "Monat", "Monats", "Quartal", "Quartals",
			"Jahrzehnt", "Jahrzehnts", "Sommer", "Winter", "Herbst", "Frühjahr", "Frühling", "Halbjahr"},
		relWords: []string{"letzten", "letztes", "letzte", "letzter", "vergangenen", "vergangene", "vergangenes", "vergangener",
			"nächsten", "nächste", "nächstes", "nächster", "kommenden", "kommende", "kommendes", "diesem", "dieses", "diese",
			"diesen", "dieser", "vorigen", "voriges", "vorige", "laufenden", "laufende", "laufendes", "selben", "gleichen"},
		dayWords:    []string{"gestern", "vorgestern", "heute", "übermorgen", "Vorjahr", "Vorjahres", "Vormonat", "Vorwoche"},
		clockSuffix: []string{"uhr"},
		cueBetween:  []string{"verglichen mit", "im vergleich zu", "im vergleich mit", "gegenüber", "nach", "vs", "vs .", "versus", "statt", "anstatt"},
		or:          []string{"oder", "beziehungsweise", "und", "statt", "anstatt", "bis"},
		cueFromTo:   [][2]string{{"von", "auf"}},
		nounCapital: true,
		changeBy:    []string{"um"},
		counters: map[string]string{
			"stöckig": "Stockwerke", "geschossig": "Geschosse", "köpfig": "Köpfe", "spurig": "Spuren",
			"sitzig": "Sitze", "seitig": "Seiten", "teilig": "Teile", "gleisig": "Gleise", "bändig": "Bände",
			"punkte": "Punkte", "sterne": "Sterne", "zimmer": "Zimmer", "personen": "Personen", "betten": "Betten",
			"mann": "Mann", "seiten": "Seiten", "länder": "Länder", "staaten": "Staaten", "parteien": "Parteien",
		},
		notNouns: []string{"Uhr", "Mal", "Prozent", "Euro", "Dollar", "Jahr", "Jahre", "Jahren", "Jahrhundert", "Cent",
			"Grad", "Punkte", "Punkten", "Zoll", "Fuß", "Ende", "Anfang", "Mitte", "Seite", "Seiten", "Millionen", "Milliarden",
			"Prozentpunkte", "Kilometer", "Meter", "Zentimeter", "Stunden", "Minuten", "Sekunden", "Tage", "Tagen", "Wochen",
			"Monate", "Monaten", "US", "EU", "UN", "Der", "Die", "Das", "Dem", "Den", "Ein", "Eine"},
		stop: []string{"der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und",
			"oder", "aber", "in", "im", "ins", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "seit", "von", "vom",
			"zu", "zum", "zur", "für", "gegen", "um", "über", "unter", "vor", "hinter", "neben", "zwischen", "durch", "ohne",
			"als", "wie", "so", "auch", "noch", "nur", "schon", "bereits", "sich", "sie", "er", "es", "wir", "ihr", "ich",
			"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "sein",
			"seine", "seiner", "seinen", "ihre", "ihren", "ihrer", "dass", "daß", "nicht", "kein", "keine", "mehr",
			"weniger", "rund", "etwa", "fast", "knapp", "mindestens", "bis", "sowie", "laut", "damit", "dabei", "dann",
			"jetzt", "doch", "denn", "weil", "wenn", "ob", "hier", "dort", "diese", "dieser", "dieses", "diesen", "diesem",
			"insgesamt", "jeweils", "pro", "je", "allein", "erst", "sogar", "davon", "darunter", "gut", "ca", "weit",
			"sei", "seien", "habe", "hätten", "wäre", "können", "kann", "soll", "sollen", "muss", "müssen", "will",
			"was", "wer", "man", "einst", "zudem", "zuvor", "bislang", "derzeit", "zuletzt", "gestiegen", "gesunken",
			"rückeroberung", "werde", "würde", "würden", "hätte", "sollte", "sollten", "könnte", "könnten", "müsste",
			"wolle", "wollte", "wollten", "mache", "gebe", "gehe", "sehe", "stehe", "liege", "bleibe", "komme", "folgende",
			"folgenden", "weitere", "weiteren", "andere", "anderen", "beide", "beiden", "alle", "allen", "viele", "vielen"},
		nameWords: []string{"S", "Abs", "Art", "Ziff", "Kap", "Tel", "Fax", "Bd", "Hnr", "Rn", "Rz", "Artikel", "Paragraf", "Paragraph", "Kapitel", "Absatz", "Seite", "Nummer", "Nr", "Band",
			"Heft", "Folge", "Staffel", "Gleis", "Bahnsteig", "Linie", "Buslinie", "Tor", "Platz", "Stufe", "Level",
			"Version", "Windows", "iPhone", "Boeing", "Airbus", "Stream", "Apollo", "Formel", "Bundesliga", "Liga",
			"Zimmer", "Raum", "Haus", "Block", "Terminal", "Reaktor", "Block", "Kanal", "Route", "Autobahn", "Bus"},
		agePrefix: map[string]bool{
			"alter": true, "alter von": true, "lebensalter von": true,
		},
		preps: []string{"in", "im", "ins", "an", "am", "auf", "aus", "bei", "beim", "mit", "nach", "seit", "von", "vom",
			"zu", "zum", "zur", "für", "gegen", "um", "über", "unter", "vor", "hinter", "neben", "zwischen", "durch",
			"ohne", "bis", "laut", "wegen", "trotz", "während", "innerhalb", "außerhalb", "dank", "gegenüber", "samt"},
		dets: []string{"der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines",
			"sein", "seine", "seiner", "seinen", "seinem", "seines", "ihr", "ihre", "ihrer", "ihren", "ihrem", "ihres",
			"dieser", "diese", "dieses", "diesen", "diesem", "jeder", "jede", "jedes", "alle", "allen", "unser", "unsere"},
		adverbs: []string{"ebenfalls", "bereits", "auch", "noch", "nur", "schon", "erst", "sogar", "etwa", "inzwischen",
			"mittlerweile", "zuletzt", "damals", "jedoch", "allerdings", "zudem", "außerdem", "dennoch", "trotzdem",
			"nun", "jetzt", "bisher", "bislang", "wieder", "erneut", "insgesamt", "kaum", "weiter", "weiterhin",
			"deutlich", "stark", "leicht", "tatsächlich", "wohl", "offenbar", "angeblich", "zufolge", "demnach",
			"also", "dabei", "darunter", "davon", "dort", "hier", "unterdessen", "zusammen", "gemeinsam", "ebenso",
			"gleichzeitig", "zuvor", "zunächst", "schließlich", "letztlich", "sehr", "voraus", "seitdem", "derzeit",
			"aktuell", "heute", "gestern", "morgen", "immerhin", "lediglich", "knapp", "rund", "fast",
			"sagte", "sagt", "sagten", "erklärte", "berichtete", "teilte", "hieß", "heißt", "ganze", "ganzen",
			"letzten", "letzte", "ersten", "erste", "nächsten", "nächste", "vergangenen", "frühen", "späten",
			"stieg", "stiegen", "sank", "sanken", "gestiegen", "gesunken", "erhöht", "lag", "lagen", "liegt", "beträgt",
			"betrug", "belief", "beläuft", "erreichte", "erreicht", "gewachsen", "wuchs", "fiel", "gefallen", "verglichen",
			"vergleich", "gegenüber", "statt", "anstatt", "versus", "indem", "nachdem", "obwohl", "sodass", "sondern",
			"während", "sobald", "solange", "bevor", "indirekt", "direkt", "zusätzlich", "jährlich", "monatlich", "täglich",
			"pro", "deshalb", "daher", "darüber", "hinaus", "zwar", "dagegen", "hingegen", "sowohl", "mal", "male"},
		labelCue: []string{"auf", "um"},
		more:     []string{"weitere", "weiteren", "weiterer", "zusätzliche", "zusätzlichen", "aufeinanderfolgende", "aufeinanderfolgenden"},
	}
}

// germanOrdinals spells the ordinal words that are not a number word with
// an ending (see ordEnding): the first twelve and the round ones, in every
// inflection.
func germanOrdinals() map[string]float64 {
	o := make(map[string]float64, 160)
	for stem, v := range map[string]float64{
		"erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7, "siebent": 7,
		"acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12, "zwanzigst": 20, "dreißigst": 30,
		"vierzigst": 40, "fünfzigst": 50, "sechzigst": 60, "siebzigst": 70, "achtzigst": 80, "neunzigst": 90,
		"hundertst": 100, "tausendst": 1000, "millionst": 1e6, "milliardst": 1e9,
	} {
		for _, end := range []string{"e", "en", "er", "es", "em"} {
			o[stem+end] = v
		}
		if v <= 12 && stem != "acht" {
			o[stem+"ens"] = v // erstens, zweitens
		}
	}
	o["achtens"] = 8
	return o
}

// germanWordUnits are the endings that make a number word one figure:
// zweijährige (an age), dreifach (a multiple), fünfprozentige, zehntägige.
func germanWordUnits() map[string]unitDef {
	u := map[string]unitDef{}
	for base, d := range map[string]unitDef{
		"jährig":    {model.KindDuration, "yr", 1, 0},
		"fach":      {model.KindNumber, "×", 1, notOne},
		"prozentig": {model.KindPercent, "%", 1, 0},
		"stündig":   {model.KindDuration, "h", 1, 0},
		"tägig":     {model.KindDuration, "d", 1, 0},
		"wöchig":    {model.KindDuration, "wk", 1, 0},
		"monatig":   {model.KindDuration, "mo", 1, 0},
		"minütig":   {model.KindDuration, "min", 1, 0},
		"sekündig":  {model.KindDuration, "s", 1, 0},
	} {
		for _, end := range []string{"", "e", "en", "er", "es", "em"} {
			u[base+end] = d
		}
	}
	return u
}

func germanUnits() map[string][]unitDef {
	u := make(map[string][]unitDef, 320)
	add := func(kind model.Kind, unit string, factor float64, flags unitFlag, words ...string) {
		addUnit(u, unitDef{kind, unit, factor, flags}, words)
	}
	commonUnits(add)
	// Pfund weighs the goods after it (fünf Pfund Mehl); else it is money
	add(model.KindMass, "lb", 1, goods, "Pfund")
	add(model.KindMoney, "USD", 1, 0, "US-Dollar", "Dollar", "Dollars", "US Dollar", "amerikanische Dollar", "amerikanischen Dollar")
	add(model.KindMoney, "EUR", 1, 0, "Euro", "Euros")
	add(model.KindMoney, "EUR", 0.01, 0, "Cent", "Eurocent", "Euro-Cent")
	add(model.KindMoney, "GBP", 1, 0, "Pfund", "Pfund Sterling", "britische Pfund", "britischen Pfund")
	add(model.KindMoney, "CHF", 1, 0, "Franken", "Schweizer Franken", "Fränkli")
	add(model.KindMoney, "CHF", 0.01, 0, "Rappen")
	add(model.KindMoney, "CNY", 1, 0, "Yuan", "Renminbi", "chinesische Yuan", "chinesischen Yuan")
	add(model.KindMoney, "JPY", 1, 0, "Yen", "japanische Yen", "japanischen Yen")
	add(model.KindMoney, "RUB", 1, 0, "Rubel", "russische Rubel", "russischen Rubel")
	add(model.KindMoney, "UAH", 1, 0, "Hrywnja", "Hrywnjas", "Griwna", "Hrywna")
	add(model.KindMoney, "TRY", 1, 0, "Lira", "türkische Lira", "türkischen Lira")
	add(model.KindMoney, "INR", 1, 0, "Rupien", "indische Rupien", "indischen Rupien")
	add(model.KindMoney, "PLN", 1, 0, "Zloty", "Złoty")
	add(model.KindMoney, "SEK", 1, 0, "schwedische Kronen", "schwedischen Kronen")
	add(model.KindMoney, "NOK", 1, 0, "norwegische Kronen", "norwegischen Kronen")
	add(model.KindMoney, "DKK", 1, 0, "dänische Kronen", "dänischen Kronen")
	add(model.KindMoney, "CZK", 1, 0, "tschechische Kronen", "tschechischen Kronen")
	add(model.KindMoney, "HUF", 1, 0, "Forint")
	add(model.KindMoney, "CAD", 1, 0, "kanadische Dollar", "kanadischen Dollar")
	add(model.KindMoney, "AUD", 1, 0, "australische Dollar", "australischen Dollar")
	add(model.KindMoney, "BTC", 1, 0, "Bitcoin", "Bitcoins")
	add(model.KindMoney, "IDR", 1, 0, "Rupiah")
	add(model.KindMoney, "ZAR", 1, noArticle, "Rand")
	add(model.KindMoney, "BRL", 1, noArticle, "Real", "Reais")
	add(model.KindMoney, "ILS", 1, 0, "Schekel")
	add(model.KindMoney, "MXN", 1, 0, "Pesos", "mexikanische Pesos")
	add(model.KindMoney, "GBP", 0.01, 0, "Pence", "Penny")
	add(model.KindMoney, "ATS", 1, 0, "Schilling", "österreichische Schilling", "=ATS")
	add(model.KindMoney, "NLG", 1, 0, "Gulden", "holländische Gulden", "niederländische Gulden")
	add(model.KindMoney, "ITL", 1, 0, "Lire", "italienische Lire")
	add(model.KindMoney, "FRF", 1, 0, "Francs", "französische Francs", "Französische Franc")
	add(model.KindMoney, "ESP", 1, 0, "Peseten", "Pesetas")
	add(model.KindMoney, "GRD", 1, 0, "Drachmen")
	add(model.KindMoney, "HKD", 1, 0, "Hongkong-Dollar", "Hongkong Dollar")
	add(model.KindMoney, "SGD", 1, 0, "Singapur-Dollar", "Singapur Dollar")
	add(model.KindMoney, "NZD", 1, 0, "neuseeländische Dollar", "neuseeländischen Dollar", "Neuseeland-Dollar")
	add(model.KindMoney, "AED", 1, 0, "Dirham", "VAE-Dirham")
	add(model.KindMoney, "SAR", 1, 0, "Riyal", "saudische Riyal", "Rial")
	add(model.KindMoney, "THB", 1, 0, "Baht")
	add(model.KindMoney, "HRK", 1, 0, "Kuna")
	add(model.KindMoney, "NGN", 1, 0, "Naira")
	add(model.KindMoney, "EUR", 1e3, 0, "=TEUR", "=T€", "=Tsd. €", "=Tsd . €")
	add(model.KindPercent, "%", 0.1, 0, "Promille", "‰") // per mille, as percent
	add(model.KindMoney, "KRW", 1, needScale, "Won")
	add(model.KindMoney, "SEK", 1, 0, "Kronen")
	add(model.KindMoney, "EUR", 1, 0, "Mrd. Euro")
	add(model.KindPercent, "%", 1, 0, "Prozent", "vH", "v. H.")
	add(model.KindPercent, "pp", 1, 0, "Prozentpunkte", "Prozentpunkten", "Prozentpunkt")
	add(model.KindPercent, "pp", 0.01, 0, "Basispunkte", "Basispunkten", "Basispunkt")
	add(model.KindDistance, "km", 1, 0, "Kilometer", "Kilometern", "Kilometers", "Kilometre")
	add(model.KindDistance, "m", 1, 0, "Meter", "Metern", "Meters")
	add(model.KindDistance, "cm", 1, 0, "Zentimeter", "Zentimetern")
	add(model.KindDistance, "mm", 1, 0, "Millimeter", "Millimetern")
	add(model.KindDistance, "mi", 1, 0, "Meile", "Meilen")
	add(model.KindDistance, "nmi", 1, 0, "Seemeile", "Seemeilen")
	add(model.KindDistance, "ft", 1, noArticle, "Fuß")
	add(model.KindDistance, "in", 1, noArticle, "Zoll")
	add(model.KindArea, "km²", 1, 0, "Quadratkilometer", "Quadratkilometern", "qkm")
	add(model.KindArea, "m²", 1, 0, "Quadratmeter", "Quadratmetern", "qm")
	add(model.KindArea, "ha", 1, 0, "Hektar", "Hektaren")
	add(model.KindVolume, "l", 1, 0, "Liter", "Litern")
	add(model.KindVolume, "ml", 1, 0, "Milliliter", "Millilitern")
	add(model.KindVolume, "hl", 1, 0, "Hektoliter", "Hektolitern")
	add(model.KindVolume, "m³", 1, 0, "Kubikmeter", "Kubikmetern")
	add(model.KindVolume, "bbl", 1, 0, "Barrel")
	add(model.KindVolume, "bbl", 1, noArticle, "Fass")
	add(model.KindMass, "kg", 1, 0, "Kilogramm", "Kilo")
	add(model.KindMass, "g", 1, 0, "Gramm")
	add(model.KindMass, "mg", 1, 0, "Milligramm")
	add(model.KindMass, "t", 1, 0, "Tonne", "Tonnen")
	add(model.KindTemperature, "°C", 1, 0, "Grad Celsius", "Celsius", "=Grad C", "°Celsius")
	add(model.KindTemperature, "°C", 1, weak, "Grad") // um 180 Grad gedreht: an angle
	add(model.KindTemperature, "°F", 1, 0, "Grad Fahrenheit", "Fahrenheit", "=Grad F")
	add(model.KindTemperature, "K", 1, 0, "Kelvin", "Grad Kelvin")
	add(model.KindSpeed, "km/h", 1, 0, "Kilometer pro Stunde", "Kilometern pro Stunde", "Stundenkilometer", "Stundenkilometern", "Kilometer in der Stunde")
	add(model.KindSpeed, "m/s", 1, 0, "Meter pro Sekunde", "Metern pro Sekunde")
	add(model.KindSpeed, "kn", 1, noArticle, "Knoten")
	add(model.KindDuration, "s", 1, 0, "Sekunde", "Sekunden")
	add(model.KindDuration, "min", 1, 0, "Minute", "Minuten")
	add(model.KindDuration, "h", 1, 0, "Stunde", "Stunden")
	add(model.KindDuration, "d", 1, 0, "Tag", "Tage", "Tagen", "Tages")
	add(model.KindDuration, "wk", 1, 0, "Woche", "Wochen")
	add(model.KindDuration, "mo", 1, 0, "Monat", "Monate", "Monaten", "Monats")
	add(model.KindDuration, "yr", 1, 0, "Jahr", "Jahre", "Jahren", "Jahres", "Lebensjahr", "Lebensjahre", "Lebensjahren")
	add(model.KindDuration, "yr", 1, 0, "Jahre alt", "Jahr alt", "Jahre jung")
	add(model.KindDuration, "mo", 1, 0, "Monate alt", "Monat alt")
	add(model.KindDuration, "wk", 1, 0, "Wochen alt", "Woche alt")
	add(model.KindDuration, "d", 1, 0, "Tage alt", "Tag alt")
	add(model.KindDuration, "yr", 10, 0, "Jahrzehnt", "Jahrzehnte", "Jahrzehnten")
	add(model.KindDuration, "yr", 100, 0, "Jahrhundert", "Jahrhunderte", "Jahrhunderten")
	add(model.KindMoney, "DEM", 1, 0, "D-Mark", "Deutsche Mark", "=DM")
	add(model.KindDistance, "µm", 1, 0, "µm", "μm", "Mikrometer", "Mikrometern", "Mikron")
	add(model.KindDistance, "nm", 1, 0, "nm", "Nanometer", "Nanometern")
	add(model.KindDistance, "dm", 1, 0, "=dm", "Dezimeter", "Dezimetern")
	add(model.KindDistance, "yd", 1, 0, "Yard", "Yards")
	add(model.KindArea, "km²", 1, 0, "km^2", "=km^2")
	add(model.KindArea, "m²", 1, 0, "=m^2")
	add(model.KindArea, "cm²", 1, 0, "cm²", "cm2", "cm^2", "Quadratzentimeter", "Quadratzentimetern")
	add(model.KindArea, "mm²", 1, 0, "mm²", "mm2", "Quadratmillimeter", "Quadratmillimetern")
	add(model.KindArea, "mi²", 1, 0, "Quadratmeile", "Quadratmeilen")
	add(model.KindArea, "ha", 0.25, noArticle, "=Morgen") // the old field measure, about a quarter hectare
	add(model.KindVolume, "m³", 1, 0, "=m^3")
	add(model.KindVolume, "cm³", 1, 0, "cm³", "cm3", "ccm", "Kubikzentimeter", "Kubikzentimetern")
	add(model.KindVolume, "km³", 1, 0, "km³", "Kubikkilometer", "Kubikkilometern")
	add(model.KindVolume, "dl", 1, 0, "=dl", "Deziliter", "Dezilitern")
	add(model.KindVolume, "cl", 1, 0, "=cl", "Zentiliter", "Zentilitern")
	add(model.KindVolume, "gal", 1, 0, "Gallone", "Gallonen")
	add(model.KindVolume, "tsp", 1, 0, "Teelöffel", "Teelöffeln", "=TL", "=Tl")
	add(model.KindVolume, "tbsp", 1, 0, "Esslöffel", "Esslöffeln", "=EL", "=El")
	add(model.KindVolume, "cup", 1, 0, "Tasse", "Tassen")
	add(model.KindMass, "t", 1, 0, "=t")
	add(model.KindMass, "t", 1e3, 0, "=kt", "Kilotonne", "Kilotonnen")
	add(model.KindMass, "t", 1e6, 0, "=Mt", "Megatonne", "Megatonnen")
	add(model.KindMass, "kg", 50, 0, "Zentner", "Zentnern")
	add(model.KindMass, "kg", 100, 0, "Doppelzentner", "Doppelzentnern", "=dt")
	add(model.KindMass, "oz", 1, 0, "Unze", "Unzen")
	add(model.KindMass, "µg", 1, 0, "Mikrogramm")
	add(model.KindTemperature, "°C", -1, 0, "Minusgrade", "Minusgraden", "Grad minus", "Grad unter null")
	add(model.KindTemperature, "°C", 1, 0, "Plusgrade", "Plusgraden")
	add(model.KindSpeed, "mph", 1, 0, "Meilen pro Stunde", "Meilen in der Stunde")
	add(model.KindSpeed, "m/s", 1000, 0, "Kilometer pro Sekunde", "Kilometern pro Sekunde", "km/s")
	add(model.KindSpeed, "ft/s", 1, 0, "Fuß pro Sekunde")
	add(model.KindArea, "ft²", 1, 0, "Quadratfuß", "sq ft")
	add(model.KindVolume, "ft³", 1, 0, "Kubikfuß")
	add(model.KindDuration, "ms", 1, 0, "=ms", "Millisekunde", "Millisekunden")
	add(model.KindDuration, "s", 1, 0, "=Sek", "=Sek .", "=sek", "=sek .")
	add(model.KindDuration, "h", 1, 0, "=h", "=Std", "=Std .", "=std", "=std .", "=Stdn .")
	add(model.KindDuration, "min", 15, 0, "Viertelstunde", "Viertelstunden")
	add(model.KindDuration, "min", 45, 0, "Dreiviertelstunde", "Dreiviertelstunden")
	add(model.KindDuration, "mo", 3, 0, "Quartal", "Quartale", "Quartalen")
	add(model.KindDuration, "mo", 6, 0, "Halbjahr", "Halbjahre", "Halbjahren")
	// power and energy: a number with its unit (no kind of their own)
	add(model.KindNumber, "kWh", 1, 0, "=kWh", "Kilowattstunde", "Kilowattstunden")
	add(model.KindNumber, "MWh", 1, 0, "=MWh", "Megawattstunde", "Megawattstunden")
	add(model.KindNumber, "GWh", 1, 0, "=GWh", "Gigawattstunde", "Gigawattstunden")
	add(model.KindNumber, "TWh", 1, 0, "=TWh", "Terawattstunde", "Terawattstunden")
	add(model.KindNumber, "kW", 1, 0, "=kW", "Kilowatt")
	add(model.KindNumber, "MW", 1, 0, "=MW", "Megawatt")
	add(model.KindNumber, "GW", 1, 0, "=GW", "Gigawatt")
	add(model.KindNumber, "W", 1, 0, "Watt")
	add(model.KindNumber, "PS", 1, 0, "=PS")
	// 66-jährige, 42jährige, 3-fach, 3fach, 5-prozentige, 3,5%ige
	for end, d := range germanWordUnits() {
		add(d.kind, d.unit, d.factor, attached, end)
		add(d.kind, d.unit, d.factor, noGap, end)
	}
	for _, end := range []string{"ig", "ige", "igen", "iger", "iges", "igem"} {
		add(model.KindPercent, "%", 1, 0, "%"+end, "% "+end)
	}
	return u
}

func germanPrefix() map[string][]unitDef {
	u := make(map[string][]unitDef, 96)
	commonPrefix(u)
	return u
}
