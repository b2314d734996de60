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
	} {
		f.Add(s, "de")
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		checkInvariants(t, "fuzz", text, Extract(text, Options{Lang: lang}))
	})
}
