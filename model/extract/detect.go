package extract

import "strings"

// DetectLang guesses whether text is German or English from its most
// frequent function words (a fixed list, see detect.go: no lexicon is built
// to tell the language). It reads at most the first 64 KB.
func DetectLang(text string) string {
	if len(text) > 64<<10 {
		text = text[:64<<10]
	}
	de, en := 0, 0
	for i := 0; i < len(text); {
		for i < len(text) && !isASCIILetter(text[i]) && text[i] < 0x80 {
			i++
		}
		j := i
		for j < len(text) && (isASCIILetter(text[j]) || text[j] >= 0x80) {
			j++
		}
		if j == i {
			i++
			continue
		}
		if w := text[i:j]; len(w) <= 6 {
			var lw [6]byte
			ascii := true
			for k := 0; k < len(w); k++ {
				c := w[k]
				if c >= 0x80 {
					ascii = false
					break
				}
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				lw[k] = c
			}
			switch {
			case !ascii:
				if strings.ContainsAny(w, "äöüßÄÖÜ") {
					de++
				}
			case germanMarker(string(lw[:len(w)])):
				de++
			case englishMarker(string(lw[:len(w)])):
				en++
			}
		}
		i = j
	}
	if de > en {
		return "de"
	}
	return "en"
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// germanMarker reports a frequent German function word (ASCII, lower case).
// The list is fixed in code, not built from the lexicon, so telling the
// language costs no table at start-up.
func germanMarker(w string) bool {
	switch w {
	case "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "sich", "auf", "ein", "eine",
		"zu", "im", "des", "auch", "wird", "werden", "hat", "dass", "nach", "bei":
		return true
	}
	return false
}

// englishMarker reports a frequent English function word (ASCII, lower case).
func englishMarker(w string) bool {
	switch w {
	case "the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on", "are", "it", "as", "by", "be",
		"this", "has", "have", "from", "said", "were", "which", "at", "he":
		return true
	}
	return false
}
