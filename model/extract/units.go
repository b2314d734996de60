package extract

import "figs/model"

// commonUnits adds the symbols and codes that every language writes alike.
// Keys starting with "=" are matched with their case.
func commonUnits(add func(kind model.Kind, unit string, factor float64, flags unitFlag, words ...string)) {
	add(model.KindPercent, "%", 1, 0, "%", "％", "v.H.")
	add(model.KindPercent, "pp", 1, 0, "pp", "%-points", "%-Punkte", "% points", "Prozentpunkte")
	add(model.KindDistance, "km", 1, 0, "km")
	add(model.KindDistance, "m", 1, 0, "=m")
	add(model.KindDistance, "cm", 1, 0, "cm")
	add(model.KindDistance, "mm", 1, 0, "=mm")
	add(model.KindDistance, "mi", 1, 0, "mi")
	add(model.KindArea, "km²", 1, 0, "km²", "km2", "km ²")
	add(model.KindArea, "m²", 1, 0, "m²", "m2", "m ²")
	add(model.KindArea, "ha", 1, 0, "ha")
	add(model.KindVolume, "l", 1, 0, "=l", "=L")
	add(model.KindVolume, "ml", 1, 0, "ml")
	add(model.KindVolume, "m³", 1, 0, "m³", "m3")
	add(model.KindMass, "kg", 1, 0, "kg")
	add(model.KindMass, "g", 1, 0, "=g")
	add(model.KindMass, "mg", 1, 0, "mg")
	add(model.KindMass, "µg", 1, 0, "µg", "μg")
	add(model.KindMass, "t", 1, noGap, "=t")
	add(model.KindTemperature, "°C", 1, 0, "°C", "° C", "ºC", "°c")
	add(model.KindTemperature, "°F", 1, 0, "°F", "° F", "ºF")
	add(model.KindTemperature, "°", 1, weak, "°")
	add(model.KindSpeed, "km/h", 1, 0, "km/h", "km / h", "kmh", "km/std")
	add(model.KindSpeed, "m/s", 1, 0, "m/s")
	add(model.KindSpeed, "mph", 1, 0, "mph")
	add(model.KindSpeed, "kn", 1, 0, "kn")
	add(model.KindDuration, "h", 1, noGap, "=h")
	add(model.KindDuration, "min", 1, 0, "min", "min .")
	add(model.KindMoney, "EUR", 1, 0, "€", "=EUR", "=Euro")
	add(model.KindMoney, "USD", 1, 0, "$", "=USD", "US$", "US $")
	add(model.KindMoney, "GBP", 1, 0, "£", "=GBP")
	add(model.KindMoney, "JPY", 1, 0, "¥", "=JPY")
	add(model.KindMoney, "CNY", 1, 0, "=CNY", "=RMB")
	add(model.KindMoney, "RUB", 1, 0, "₽", "=RUB")
	add(model.KindMoney, "CHF", 1, 0, "=CHF", "=SFr", "sFr .")
	for _, code := range []string{"CAD", "AUD", "NZD", "HKD", "SGD", "INR", "MXN", "BRL", "KRW", "ZAR", "SEK",
		"NOK", "DKK", "PLN", "CZK", "HUF", "TRY", "UAH", "ILS", "SAR", "AED", "QAR", "KWD", "EGP", "NGN",
		"KES", "ARS", "CLP", "COP", "PEN", "IDR", "MYR", "THB", "PHP", "VND", "TWD", "PKR", "BDT", "LKR", "LBP",
		"BGN", "RON", "ISK", "MNT", "GEL", "KZT", "BTC", "ETH"} {
		add(model.KindMoney, code, 1, 0, "="+code)
	}
	add(model.KindMoney, "INR", 1, 0, "₹")
	add(model.KindMoney, "KRW", 1, 0, "₩")
	add(model.KindMoney, "UAH", 1, 0, "₴")
	add(model.KindMoney, "TRY", 1, 0, "₺")
	add(model.KindMoney, "ILS", 1, 0, "₪")
	add(model.KindMoney, "BTC", 1, 0, "₿")
	add(model.KindMoney, "GEL", 1, 0, "₾")
	add(model.KindMoney, "CRC", 1, 0, "₡")
	add(model.KindMoney, "LAK", 1, 0, "₭")
	add(model.KindMoney, "NGN", 1, 0, "₦")
	add(model.KindMoney, "PHP", 1, 0, "₱")
	add(model.KindMoney, "VND", 1, 0, "₫")
}

// commonPrefix adds the currency signs and codes written before an amount.
func commonPrefix(u map[string][]unitDef) {
	add := func(unit string, words ...string) {
		addUnit(u, unitDef{model.KindMoney, unit, 1, 0}, words)
	}
	add("USD", "$", "US$", "US $", "U.S. $", "U . S . $", "USD$", "=USD", "=US-$", "usd$")
	add("EUR", "€", "=EUR", "=EUR$")
	add("GBP", "£", "=GBP", "£stg")
	add("JPY", "¥", "=JPY", "JP¥")
	add("CNY", "=CNY", "=RMB", "CN¥")
	add("RUB", "₽", "=RUB")
	add("CHF", "=CHF", "=SFr", "=Fr .")
	add("CAD", "C$", "CA$", "CAD$", "=CAD", "Can$")
	add("AUD", "=A$", "AU$", "AUD$", "=AUD")
	add("NZD", "NZ$", "NZD$", "=NZD")
	add("HKD", "HK$", "HKD$", "=HKD")
	add("SGD", "=S$", "SG$", "=SGD")
	add("MXN", "Mex$", "MXN$", "=MXN")
	add("BRL", "=R$", "=BRL")
	add("INR", "₹", "=Rs", "=Rs .", "=INR")
	add("KRW", "₩", "=KRW")
	add("UAH", "₴", "=UAH")
	add("TRY", "₺", "=TRY")
	add("ILS", "₪", "=ILS")
	add("BTC", "₿", "=BTC")
	add("MYR", "=RM", "=MYR")
	add("NGN", "₦", "=NGN")
	add("PHP", "₱", "=PHP")
	for _, code := range []string{"SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "ZAR", "SAR", "AED", "QAR", "KWD", "EGP", "IDR", "THB", "VND", "TWD", "PKR", "BGN", "RON"} {
		add(code, "="+code)
	}
	u["=MUSD"] = append(u["=MUSD"], unitDef{model.KindMoney, "USD", 1e6, 0})
	u["=MEUR"] = append(u["=MEUR"], unitDef{model.KindMoney, "EUR", 1e6, 0})
	u["=MAUD"] = append(u["=MAUD"], unitDef{model.KindMoney, "AUD", 1e6, 0})
}

// addUnit adds d under every word. The words new to u share one backing
// array of capacity one (a later append copies it), which saves an
// allocation per word when the lexicon is built.
func addUnit(u map[string][]unitDef, d unitDef, words []string) {
	one := []unitDef{d}
	for _, w := range words {
		if defs, ok := u[w]; ok {
			u[w] = append(defs, d)
		} else {
			u[w] = one[:1:1]
		}
	}
}
