package extract

import "figs/model"

// english is the lexicon of English news text. Data only.
func english() langData {
	return langData{
		name:    "en",
		decimal: '.',
		numbers: map[string]float64{
			"zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
			"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
			"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
			"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
			"eighty": 80, "ninety": 90,
		},
		hundred: []string{"hundred", "hundreds"},
		scales: map[string]float64{
			"thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billions": 1e9, "trillions": 1e12, "mln": 1e6, "mn": 1e6, "billion": 1e9, "bln": 1e9,
			"trillion": 1e12, "tln": 1e12, "dozen": 12, "dozens": 12, "dzs": 12, "dozs": 12, "doz": 12, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lkh": 1e5, "lkhs": 1e5, "crore": 1e7, "crores": 1e7, "krore": 1e7, "krores": 1e7, "koti": 1e7,
		},
		caseScale: map[string]float64{"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "mil": 1e6, "bn": 1e9, "b": 1e9, "B": 1e9, "tn": 1e12, "trn": 1e12},
		fractions: map[string]float64{
			"half": 0.5, "halves": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25,
			"fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2, "sixth": 1.0 / 6, "sixths": 1.0 / 6,
			"seventh": 1.0 / 7, "sevenths": 1.0 / 7, "eighth": 0.125, "eighths": 0.125, "ninth": 1.0 / 9, "ninths": 1.0 / 9,
			"tenth": 0.1, "tenths": 0.1, "hundredth": 0.01, "hundredths": 0.01, "thousandth": 0.001, "thousandths": 0.001,
		},
		one:      []string{"a", "an", "one"},
		and:      []string{"and"},
		point:    []string{"point"},
		negative: []string{"minus", "negative"},
		ordinals: map[string]float64{
			"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
			"ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
			"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
			"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
			"ninetieth": 90, "hundredth": 100, "thousandth": 1000, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
		},
		ordSuffix:   []string{"st", "nd", "rd", "th"},
		units:       englishUnits(),
		prefixUnits: englishPrefix(),
		qualifiers: map[string]string{
			"more than": ">", "over": ">", "above": ">", "in excess of": ">", "upwards of": ">", "well over": ">",
			"less than": "<", "fewer than": "<", "under": "<", "below": "<", "lower than": "<",
			"at least": ">=", "no less than": ">=", "not less than": ">=", "a minimum of": ">=",
			"up to": "<=", "at most": "<=", "no more than": "<=", "not more than": "<=", "a maximum of": "<=",
			"about": "~", "around": "~", "roughly": "~", "nearly": "~", "almost": "~", "approximately": "~",
			"some": "~", "an estimated": "~", "estimated": "~", "close to": "~", "circa": "~", "approx .": "~",
			"approx": "~", "~": "~", "just under": "<", "just over": ">", "more or less": "~",
		},
		rangeJoin:    []string{"to", "-", "–", "—"},
		rangeOpen:    map[string]string{"between": "and"},
		noRangeAfter: []string{},
		months: map[string]int{
			"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
			"August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
			"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
			"Oct": 10, "Nov": 11, "Dec": 12,
		},
		weekdays:    []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
		datePrefix:  []string{"in", "on", "early", "mid", "late", "this", "last", "next", "since", "by", "until", "the end of", "the beginning of", "the start of"},
		relUnits:    []string{"year", "week", "month", "weekend", "decade", "quarter", "summer", "winter", "spring", "autumn", "fall", "century"},
		relWords:    []string{"last", "next", "this", "previous", "coming", "past", "current"},
		dayWords:    []string{"yesterday", "today", "tomorrow", "tonight"},
		clockSuffix: []string{"am", "pm", "a.m.", "p.m.", "a . m .", "p . m .", "gmt", "bst", "et", "cet", "utc"},
		cueBetween:  []string{"compared with", "compared to", "up from", "down from", "vs", "vs .", "versus", "against", "from", "in comparison with", "as against", "instead of", "rather than"},
		or:          []string{"or", "and", "to", "instead of"},
		cueFromTo:   [][2]string{{"from", "to"}},
		changeBy:    []string{"by"},
		changeVerbs: []string{"rose", "risen", "rise", "rises", "rising", "grew", "grown", "grow", "grows", "growing",
			"increased", "increase", "increases", "increasing", "climbed", "climb", "climbs", "jumped", "jump", "jumps",
			"soared", "surged", "doubled", "tripled", "trebled", "quadrupled", "expanded", "swelled", "boosted",
			"raised", "fell", "fallen", "fall", "falls", "falling", "dropped", "drop", "drops", "declined", "decline",
			"declines", "decreased", "decrease", "shrank", "shrunk", "slipped", "slumped", "plunged", "sank", "halved",
			"cut", "cuts", "reduced", "lowered", "went", "moved", "changed", "up", "down"},
		counters: map[string]string{
			"storey": "storeys", "story": "stories", "floor": "floors", "room": "rooms", "bedroom": "bedrooms",
			"bed": "beds", "seat": "seats", "seater": "seats", "star": "stars", "lane": "lanes", "page": "pages",
			"member": "members", "nation": "nations", "country": "countries", "hole": "holes", "game": "games",
			"match": "matches", "car": "cars", "carriage": "carriages", "track": "tracks", "screen": "screens",
			"man": "men", "person": "people", "unit": "units", "home": "homes", "house": "houses", "part": "parts",
			"episode": "episodes", "chapter": "chapters", "stage": "stages", "step": "steps", "lap": "laps",
			"round": "rounds", "vehicle": "vehicles", "engine": "engines",
		},
		plurals: []string{"people", "children", "men", "women", "police", "staff", "cattle", "feet", "teeth", "mice", "geese", "sheep", "fish", "personnel", "troops", "aircraft", "deer", "crew"},
		notNouns: []string{"years", "months", "weeks", "days", "hours", "minutes", "seconds", "times", "percent", "dollars",
			"points", "inches", "miles", "pounds", "degrees", "yards", "feet", "is", "was", "has", "this", "us", "as",
			"his", "its", "does", "goes", "yes", "less", "unless", "across", "plus", "thus", "always", "perhaps", "news",
			"whereas", "besides", "towards", "afterwards", "sometimes", "various", "previous", "serious", "famous",
			"obvious", "numerous", "enormous", "dangerous", "anxious", "bonus", "status", "campus", "virus", "chaos",
			"gas", "bus", "process", "access", "success", "business", "class", "press", "congress", "address", "loss",
			"this", "these", "those", "others", "ones", "afterwards", "nowadays", "overseas", "crisis", "basis",
			"analysis", "thesis", "series", "species", "mathematics", "politics", "economics", "physics", "ethics",
			"means", "lbs", "gallons", "tons", "tonnes", "kilometres", "kilometers", "metres", "meters", "acres", "hectares"},
		stop: []string{"the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with",
			"as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "it", "its", "this", "that",
			"these", "those", "which", "who", "whom", "whose", "than", "then", "there", "their", "they", "them", "he",
			"she", "his", "her", "we", "our", "you", "your", "i", "my", "not", "no", "so", "also", "only", "just",
			"more", "less", "about", "around", "over", "under", "some", "up", "down", "out", "into", "onto", "said",
			"says", "say", "will", "would", "could", "should", "can", "may", "might", "must", "do", "does", "did",
			"per", "each", "all", "any", "after", "before", "since", "while", "when", "where", "what", "how", "why",
			"nearly", "almost", "roughly", "least", "most", "estimated", "total", "of", "some", "another", "other",
			"than", "rose", "fell", "grew", "increased", "decreased", "reached", "up", "now", "still", "already",
			"s", "t", "mr", "mrs", "ms", "dr", "if", "because", "although", "though", "however", "between", "against"},
		nameWords: []string{"p", "pp", "No", "Nos", "Vol", "Art", "Sec", "Ch", "Fig", "Tel", "Ext", "Ref", "Windows", "iPhone", "Boeing", "Airbus", "Stream", "Apollo", "Article", "Section", "Chapter",
			"Page", "Number", "No", "Nr", "Volume", "Vol", "Episode", "Season", "Platform", "Gate", "Route", "Highway",
			"Interstate", "Level", "Version", "Terminal", "Room", "Reactor", "Channel", "Formula", "Series", "Exit",
			"Flight", "Unit", "Block", "Phase", "Category", "Grade", "Class", "Type", "Model", "Mark", "Mk", "Act",
			"Rule", "Clause", "Paragraph", "Psalm", "Verse", "Part", "Stage", "Round", "Match", "Game", "Day", "Week",
			"Covid", "Pixel", "Galaxy", "Xbox", "PlayStation", "PS", "Fifa", "FIFA", "Ligue", "Premier"},
		agePrefix: map[string]bool{
			"aged": true, "age": true, "ages": true,
		},
		preps: []string{"in", "on", "at", "to", "for", "from", "by", "with", "of", "into", "onto", "over", "under",
			"after", "before", "since", "between", "against", "about", "during", "through", "across", "per",
			"without", "within", "among", "amid", "towards", "toward", "via", "despite", "like", "than"},
		dets: []string{"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
			"those", "each", "every", "all", "some", "any", "no"},
		adverbs: []string{"also", "already", "still", "only", "just", "even", "recently", "currently", "now", "then",
			"later", "earlier", "yesterday", "today", "tomorrow", "again", "further", "however", "meanwhile",
			"reportedly", "respectively", "approximately", "very", "much", "ago", "overall", "combined", "annually",
			"told", "added", "according", "reported", "announced", "including", "first", "last", "next", "past",
			"previous", "early", "late", "recent", "latest", "nearly", "almost", "roughly", "around", "about", "some",
			"rising", "falling", "rose", "fell", "grew", "climbed", "jumped", "dropped", "slipped", "increased",
			"decreased", "reached", "totalled", "totaled", "stood", "amounted", "worth", "valued", "up", "down", "compared",
			"versus", "instead", "rather", "against", "comparison", "whereas", "while", "whilst", "unless", "whether",
			"thereby", "therefore", "thus", "hence", "extra", "additional", "another", "annual",
			"per", "year", "percent", "cent", "back", "away", "out", "off", "time", "times"},
		labelCue: []string{"to", "by"},
		more:     []string{"more", "additional", "extra", "less", "fewer", "further", "consecutive", "straight"},
	}
}

func englishUnits() map[string][]unitDef {
	u := make(map[string][]unitDef, 480)
	add := func(kind model.Kind, unit string, factor float64, flags unitFlag, words ...string) {
		addUnit(u, unitDef{kind, unit, factor, flags}, words)
	}
	commonUnits(add)
	add(model.KindMoney, "USD", 1, 0, "dollar", "dollars", "us dollar", "us dollars", "u.s. dollars", "u . s . dollars", "american dollars", "usd", "bucks")
	add(model.KindMoney, "CAD", 1, 0, "canadian dollar", "canadian dollars")
	add(model.KindMoney, "AUD", 1, 0, "australian dollar", "australian dollars")
	add(model.KindMoney, "NZD", 1, 0, "new zealand dollar", "new zealand dollars")
	add(model.KindMoney, "HKD", 1, 0, "hong kong dollar", "hong kong dollars")
	add(model.KindMoney, "SGD", 1, 0, "singapore dollar", "singapore dollars")
	add(model.KindMoney, "USD", 0.01, 0, "cent", "cents", "¢")
	add(model.KindMoney, "EUR", 1, 0, "euro", "euros", "eur")
	add(model.KindMoney, "GBP", 1, needScale, "pound", "pounds")
	add(model.KindMoney, "GBP", 1, 0, "pounds sterling", "pound sterling", "sterling", "british pounds", "gbp")
	add(model.KindMoney, "GBP", 0.01, 0, "pence", "penny", "pennies")
	add(model.KindMoney, "GBP", 0.01, noGap, "p")
	add(model.KindMoney, "JPY", 1, 0, "yen", "japanese yen", "jpy")
	add(model.KindMoney, "CNY", 1, 0, "yuan", "chinese yuan", "renminbi", "rmb", "cny", "元")
	add(model.KindMoney, "RUB", 1, 0, "rouble", "roubles", "ruble", "rubles", "russian roubles", "russian rubles")
	add(model.KindMoney, "CHF", 1, 0, "swiss franc", "swiss francs", "chf")
	add(model.KindMoney, "FRF", 1, 0, "franc", "francs", "french francs")
	add(model.KindMoney, "INR", 1, 0, "rupee", "rupees", "indian rupees")
	add(model.KindMoney, "TRY", 1, 0, "lira", "turkish lira", "turkish liras")
	add(model.KindMoney, "MXN", 1, 0, "mexican pesos", "mexican peso")
	add(model.KindMoney, "FIM", 1, 0, "finnish markka", "markka")
	add(model.KindMoney, "ESP", 1, 0, "peseta", "pesetas")
	add(model.KindMoney, "NLG", 1, 0, "dutch guilders", "dutch guilder", "guilders")
	add(model.KindMoney, "UAH", 1, 0, "hryvnia", "hryvnias", "hryvnas")
	add(model.KindMoney, "BTC", 1, 0, "bitcoin", "bitcoins", "btc")
	add(model.KindMoney, "BTC", 1e-8, 0, "satoshi", "satoshis")
	add(model.KindMoney, "LKR", 1, 0, "ரூ", "sri lankan rupees")
	add(model.KindMoney, "ZAR", 1, 0, "south african rand")
	add(model.KindMoney, "KRW", 1, 0, "south korean won")
	add(model.KindMoney, "SEK", 1, 0, "swedish krona", "swedish kronor")
	add(model.KindMoney, "NOK", 1, 0, "norwegian krone", "norwegian kroner")
	add(model.KindMoney, "DKK", 1, 0, "danish krone", "danish kroner")
	add(model.KindMoney, "PLN", 1, 0, "zloty", "zlotys", "polish zloty")
	add(model.KindMoney, "IDR", 1, 0, "rupiah", "rupiahs")
	add(model.KindMoney, "NGN", 1, 0, "naira")
	add(model.KindMoney, "ZAR", 1, 0, "rand")
	add(model.KindMoney, "BRL", 1, 0, "reais", "brazilian real", "brazilian reais")
	add(model.KindMoney, "ILS", 1, 0, "shekel", "shekels")
	add(model.KindMoney, "AED", 1, 0, "dirham", "dirhams")
	add(model.KindMoney, "SAR", 1, 0, "riyal", "riyals", "saudi riyals")
	add(model.KindMoney, "THB", 1, 0, "baht")
	add(model.KindMoney, "MYR", 1, 0, "ringgit", "ringgits")
	add(model.KindMoney, "KRW", 1, needScale, "won")
	add(model.KindMoney, "MXN", 1, 0, "pesos", "peso")
	add(model.KindMoney, "SEK", 1, 0, "kronor", "krona")
	add(model.KindMoney, "NOK", 1, 0, "kroner", "krone")
	add(model.KindMoney, "EGP", 1, 0, "egyptian pounds", "egyptian pound")
	add(model.KindMoney, "LBP", 1, 0, "lebanese pounds", "lebanese pound")
	add(model.KindMoney, "KWD", 1, 0, "kuwaiti dinar", "kuwaiti dinars")
	add(model.KindMoney, "QAR", 1, 0, "qatari riyal", "qatari riyals")
	add(model.KindMoney, "UAH", 1, 0, "ukrainian hryvnia", "ukrainian hryvnias")
	add(model.KindMoney, "USD", 1e6, 0, "musd")
	add(model.KindMoney, "EUR", 1e6, 0, "meur")
	add(model.KindMoney, "GBP", 1e6, 0, "mgbp")
	add(model.KindPercent, "%", 1, 0, "percent", "per cent", "percents", "percentage", "pct")
	add(model.KindPercent, "pp", 1, 0, "percentage points", "percentage point", "percentage-point")
	add(model.KindPercent, "pp", 0.01, 0, "basis points", "basis point", "bps", "bp")
	add(model.KindDistance, "km", 1, 0, "kilometre", "kilometres", "kilometer", "kilometers", "kms")
	add(model.KindDistance, "m", 1, 0, "metre", "metres", "meter", "meters")
	add(model.KindDistance, "cm", 1, 0, "centimetre", "centimetres", "centimeter", "centimeters")
	add(model.KindDistance, "mm", 1, 0, "millimetre", "millimetres", "millimeter", "millimeters")
	add(model.KindDistance, "dm", 1, 0, "dm", "decimetre", "decimetres", "decimeter", "decimeters")
	add(model.KindDistance, "mi", 1, 0, "mile", "miles")
	add(model.KindDistance, "nmi", 1, 0, "nautical mile", "nautical miles")
	add(model.KindDistance, "ft", 1, 0, "ft", "foot", "feet")
	add(model.KindDistance, "in", 1, 0, "inch", "inches")
	add(model.KindDistance, "yd", 1, 0, "yd", "yds", "yard", "yards")
	add(model.KindDistance, "pm", 1, 0, "picometer", "picometers", "picometre", "picometres")
	add(model.KindArea, "km²", 1, 0, "square kilometre", "square kilometres", "square kilometer", "square kilometers", "sq km", "sq . km", "sqkm")
	add(model.KindArea, "m²", 1, 0, "square metre", "square metres", "square meter", "square meters", "sq m", "sqm")
	add(model.KindArea, "mi²", 1, 0, "square mile", "square miles", "sq mi", "sq miles")
	add(model.KindArea, "ft²", 1, 0, "square foot", "square feet", "sq ft", "sq . ft .")
	add(model.KindArea, "ha", 1, 0, "hectare", "hectares")
	add(model.KindArea, "acre", 1, 0, "acre", "acres")
	add(model.KindVolume, "l", 1, 0, "litre", "litres", "liter", "liters")
	add(model.KindVolume, "ml", 1, 0, "millilitre", "millilitres", "milliliter", "milliliters")
	add(model.KindVolume, "hl", 1, 0, "hectolitre", "hectolitres", "hectoliter", "hectoliters")
	add(model.KindVolume, "m³", 1, 0, "cubic metre", "cubic metres", "cubic meter", "cubic meters")
	add(model.KindVolume, "ft³", 1, 0, "cubic foot", "cubic feet")
	add(model.KindVolume, "gal", 1, 0, "gallon", "gallons", "gal")
	add(model.KindVolume, "bbl", 1, 0, "barrel", "barrels", "bbl")
	add(model.KindVolume, "cup", 1, 0, "cup", "cups")
	add(model.KindVolume, "tbsp", 1, 0, "tablespoon", "tablespoons", "tbsp")
	add(model.KindVolume, "tsp", 1, 0, "teaspoon", "teaspoons", "tsp")
	add(model.KindMass, "kg", 1, 0, "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos", "kgs")
	add(model.KindMass, "g", 1, 0, "gram", "grams", "gramme", "grammes")
	add(model.KindMass, "mg", 1, 0, "milligram", "milligrams")
	add(model.KindMass, "µg", 1, 0, "microgram", "micrograms", "microgramme", "microgrammes")
	add(model.KindMass, "t", 1, 0, "tonne", "tonnes", "ton", "tons", "metric ton", "metric tons", "metric tonnes")
	add(model.KindMass, "lb", 1, 0, "lb", "lbs", "pound", "pounds")
	add(model.KindMass, "oz", 1, 0, "oz", "ounce", "ounces")
	add(model.KindMass, "dr", 1, 0, "drachma", "dram", "drams")
	add(model.KindTemperature, "°C", 1, 0, "degrees celsius", "degree celsius", "celsius", "celcius", "centigrade", "centigrate", "degrees centigrade", "deg c", "deg celsius", "degrees c", "degree c", "°c")
	add(model.KindTemperature, "°F", 1, 0, "degrees fahrenheit", "degree fahrenheit", "fahrenheit", "farenheit", "degrees farenheit", "deg f", "degrees f", "degree f", "°f")
	add(model.KindTemperature, "K", 1, 0, "kelvin")
	add(model.KindTemperature, "°", 1, weak, "degrees", "degree", "deg", "deg .")
	add(model.KindSpeed, "km/h", 1, 0, "kilometers per hour", "kilometres per hour", "kilometers an hour", "kilometres an hour", "kph", "kmph", "km/hr", "kmh")
	add(model.KindSpeed, "mph", 1, 0, "miles per hour", "miles an hour", "mile per hour", "mph")
	add(model.KindSpeed, "m/s", 1, 0, "meters per second", "metres per second")
	add(model.KindSpeed, "kn", 1, 0, "knots", "knot")
	add(model.KindSpeed, "m/ms", 1, 0, "meters per millisecond", "metres per millisecond", "m/ms")
	add(model.KindSpeed, "cm/ms", 1, 0, "centimeters per millisecond", "centimetres per millisecond", "centimeters/millisecond", "centimetres/millisecond", "cm/ms")
	add(model.KindSpeed, "km/ms", 1, 0, "kilometers per millisecond", "kilometres per millisecond", "km/ms")
	add(model.KindDuration, "s", 1, 0, "second", "seconds", "secs", "sec")
	add(model.KindDuration, "min", 1, 0, "minute", "minutes", "mins")
	add(model.KindDuration, "h", 1, 0, "hour", "hours", "hrs", "hr")
	add(model.KindDuration, "d", 1, 0, "day", "days")
	add(model.KindDuration, "wk", 1, 0, "week", "weeks")
	add(model.KindDuration, "mo", 1, 0, "month", "months")
	add(model.KindDuration, "yr", 1, 0, "year", "years", "yrs", "years old", "year old", "years of age", "year of age", "yo", "year-old", "years-old")
	add(model.KindDuration, "mo", 1, 0, "months old", "month old", "months of age", "month-old")
	add(model.KindDuration, "wk", 1, 0, "weeks old", "week old", "weeks of age", "week-old")
	add(model.KindDuration, "d", 1, 0, "days old", "day old", "days of age", "day-old")
	add(model.KindDuration, "yr", 10, 0, "decade", "decades")
	add(model.KindDuration, "yr", 100, 0, "century", "centuries")
	return u
}

func englishPrefix() map[string][]unitDef {
	u := make(map[string][]unitDef, 96)
	commonPrefix(u)
	for _, w := range []string{"percent of", "per cent of", "percents of", "percentage of"} {
		u[w] = append(u[w], unitDef{model.KindPercent, "%", 1, 0})
	}
	return u
}
