package extract

import (
	"testing"
)

// FuzzExtract checks the invariants of Extract on any input, in both
// languages. Seeds are in testdata/fuzz/FuzzExtract.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"35 Milliarden US-Dollar, verglichen mit 20 Milliarden US-Dollar im letzten Jahr.",
		"über 1.000 Quadratkilometer", "$35 billion, up from $20bn", "zwischen 20 und 30 Prozent",
		"one hundred and three and two thirds", "1.1^23 6.23x10^-4 1e10", "+49 30 1234567",
		"eine Million zweihundertsiebzehntausendvierhundertelf", "ein halbes Dutzend Eier und vier Dutzend Rosen",
		"1'250'000 Franken, 40\u202f000 Zuschauer, 3,5%ige Lösung, 5-prozentig, 3fach, dreifach",
		"Der Mann, Mitte 40, blieb ein paar Wochen; ein bis zwei Tage; zweihundert drei und zwanzig",
		"fünf Pfund Mehl, fünf Pfund Sterling, 40 Morgen Land, 3 Mio. t, 2 EL Öl, 5 µm", "Erstens: Erste Hilfe, in erster Linie",
		"eindreiviertelstündige zwölffache fuenfundfuenfzig dreissigste Zwanzigstel", "0171 1234567, § 5 Abs. 2, von 3:6",
	} {
		f.Add(s, "de")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		checkInvariants(t, "fuzz", text, Extract(text, Options{Lang: lang}))
	})
}
