package extract

import "strings"

// DetectLang guesses whether text is German or English. It counts frequent
// function words of each language (fixed lists, no lexicon is built to tell
// the language), words with umlauts or ß, and figures written the German
// way ("1.000 Euro", "3,5 Prozent"). A tie, as in a text with no evidence
// at all, is English. It reads at most the first 64 KB and allocates
// nothing.
func DetectLang(text string) string {
	if len(text) > 64<<10 {
		text = text[:64<<10]
	}
	de, en := 0, 0
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case isDigit(c):
			j := skipNumber(text, i)
			if germanNumber(text[i:j]) && germanUnitAfter(text[j:]) {
				de += 2
			}
			i = j
		case isWordByte(c):
			j := i
			for j < len(text) && isWordByte(text[j]) {
				j++
			}
			switch w := text[i:j]; {
			case strings.ContainsAny(w, "äöüßÄÖÜ"):
				de++
			default:
				var buf [8]byte
				if lw, ok := lowerASCII(w, buf[:]); ok {
					switch {
					case germanMarker(lw):
						de++
					case englishMarker(lw):
						en++
					}
				}
			}
			i = j
		default:
			i++
		}
	}
	if de > en {
		return "de"
	}
	return "en"
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// isWordByte reports a byte of a word: an ASCII letter or any byte of a
// multi-byte UTF-8 letter.
func isWordByte(c byte) bool { return isASCIILetter(c) || c >= 0x80 }

// lowerASCII writes w in lower case into buf. It reports false when w is
// not plain ASCII or longer than buf; no marker is.
func lowerASCII(w string, buf []byte) (string, bool) {
	if len(w) > len(buf) {
		return "", false
	}
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 0x80 {
			return "", false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	return string(buf[:len(w)]), true
}

// skipNumber returns the end of the run of digits, dots and commas that
// starts at i, leaving out a trailing dot or comma (the end of a sentence).
func skipNumber(text string, i int) int {
	j := i
	for j < len(text) && (isDigit(text[j]) || text[j] == '.' || text[j] == ',') {
		j++
	}
	for j > i && !isDigit(text[j-1]) {
		j--
	}
	return j
}

// germanNumber reports a figure written the German way: thousands grouped
// by dots ("1.000", "12.500.000", with no comma) or a decimal comma that is
// not a thousands comma ("3,5", "1.250,75"; not "1,000" or "1,674.5").
func germanNumber(n string) bool {
	if k := strings.LastIndexByte(n, ','); k >= 0 {
		frac := n[k+1:]
		if k == 0 || len(frac) == 3 || strings.ContainsAny(frac, ".,") {
			return false
		}
		n = n[:k] // the integer part, grouped by dots or not at all
		return !strings.ContainsAny(n, ".,") || dotGrouped(n)
	}
	return strings.Contains(n, ".") && dotGrouped(n)
}

// dotGrouped reports digits grouped by dots in threes after a first group
// of one to three that is not a zero ("1.000", "12.500.000"; not "0.002").
func dotGrouped(n string) bool {
	first := strings.IndexByte(n, '.')
	if first < 1 || first > 3 || n[0] == '0' {
		return false
	}
	for rest := n[first:]; rest != ""; rest = rest[4:] {
		if len(rest) < 4 || rest[0] != '.' || !isDigit(rest[1]) || !isDigit(rest[2]) || !isDigit(rest[3]) {
			return false
		}
	}
	return true
}

// germanUnitAfter reports that the text after a figure opens, after at most
// one space, with a German unit, currency or scale word, or with € or %.
func germanUnitAfter(s string) bool {
	if s != "" && (s[0] == ' ' || s[0] == '\t') {
		s = s[1:]
	} else if strings.HasPrefix(s, "\u00a0") || strings.HasPrefix(s, "\u202f") {
		s = s[len("\u00a0"):]
	}
	if strings.HasPrefix(s, "€") || strings.HasPrefix(s, "%") {
		return true
	}
	j := 0
	for j < len(s) && isASCIILetter(s[j]) {
		j++
	}
	var buf [16]byte
	lw, ok := lowerASCII(s[:j], buf[:])
	return ok && j > 0 && germanUnit(lw)
}

// germanUnit reports a unit, currency or scale word as German articles
// write it after a figure (ASCII, lower case).
func germanUnit(w string) bool {
	switch w {
	case "euro", "cent", "dollar", "franken", "pfund", "prozent", "promille",
		"mio", "mrd", "tsd", "millionen", "milliarden", "milliarde", "tausend",
		"km", "m", "cm", "mm", "kg", "g", "t", "l", "ha", "kilometer", "meter", "zentimeter",
		"quadratmeter", "hektar", "tonnen", "kilogramm", "gramm", "liter",
		"stunden", "minuten", "sekunden", "tage", "tagen", "wochen", "monate", "monaten", "jahre", "jahren",
		"einwohner", "menschen", "personen", "mitarbeiter":
		return true
	}
	return false
}

// germanMarker reports a frequent German function word (ASCII, lower case).
// The list is fixed in code, not built from the lexicon, so telling the
// language costs no table at start-up. Words English shares ("in", "an",
// "so", "war", "will", "man") are left out.
func germanMarker(w string) bool {
	switch w {
	case "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "sich", "auf", "ein", "eine",
		"zu", "im", "des", "auch", "wird", "werden", "hat", "dass", "nach", "bei",
		"es", "er", "sie", "wir", "sind", "wurde", "wurden", "worden", "einen", "einem", "einer", "eines",
		"kostet", "kostete", "kosten", "sein", "seine", "ihre", "hatte", "haben", "kann", "soll", "gibt",
		"oder", "aber", "noch", "nur", "wie", "als", "aus", "um", "vor", "seit", "bis", "zum", "zur", "vom",
		"mehr", "rund", "etwa", "knapp", "dieser", "diese", "dieses", "jahr", "wenn", "weil",
		"januar", "februar", "juni", "juli", "oktober", "dezember":
		return true
	}
	return false
}

// englishMarker reports a frequent English function word (ASCII, lower case).
func englishMarker(w string) bool {
	switch w {
	case "the", "and", "of", "to", "is", "that", "for", "with", "was", "on", "are", "it", "as", "by", "be",
		"this", "has", "have", "from", "said", "were", "which", "at", "he",
		"a", "its", "cost", "costs", "not", "but", "they", "their", "been", "had", "would", "about",
		"january", "february", "june", "july", "october", "december":
		return true
	}
	return false
}
