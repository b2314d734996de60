package articles

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClean(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"empty", "", ""},
		{"plain", "a 12 km road", "a 12 km road"},
		{"CSI colour", "\x1b[1;31mred\x1b[0m text", "red text"},
		{"CSI clear screen", "a\x1b[2Jb", "ab"},
		{"OSC title with BEL", "\x1b]0;pwned\x07title", "title"},
		{"OSC hyperlink with ST", "\x1b]8;;http://x.example\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"DCS", "a\x1bP1$qm\x1b\\b", "ab"},
		{"APC", "a\x1b_payload\x1b\\b", "ab"},
		{"PM", "a\x1b^payload\x1b\\b", "ab"},
		{"SOS", "a\x1bXpayload\x1b\\b", "ab"},
		{"unterminated OSC ends at line end", "a\x1b]0;title\nnext", "a\nnext"},
		{"charset designation", "a\x1b(Bb", "ab"},
		{"lone ESC at end", "a\x1b", "a"},
		{"C1 CSI", "a\u009b31mb", "ab"},
		{"C1 OSC", "a\u009d0;t\u0007b", "ab"},
		{"C0 controls", "a\x00b\x01c\x07d\x08e\x7f", "abcde"},
		{"bidi override", "pay \u202e04$\u202c now", "pay 04$ now"},
		{"bidi isolates", "\u2066a\u2069 \u2067b\u2069 \u2068c\u2069", "a b c"},
		{"BOM and soft hyphen", "\ufeffVladi\u00admir", "Vladimir"},
		{"no-break spaces stay", "3\u00a0000 km and 5\u202f%", "3\u00a0000 km and 5\u202f%"},
		{"CRLF", "a\r\nb", "a\nb"},
		{"lone CR", "a\rb\r\rc", "a\nb\n\nc"},
		{"tabs expand to stops of 4", "a\tb\tc\n\tx", "a   b   c\n    x"},
		{"blank runs collapse", "a\n\n\n\n\nb", "a\n\nb"},
		{"whitespace-only lines are blank", "a\n  \n\t\n \nb", "a\n\nb"},
		{"trailing spaces trimmed", "a   \nb \t", "a\nb"},
		{"leading and trailing blank lines", "\n\n a\n\n", " a"},
		{"invalid UTF-8 replaced", "a\xffb\xc3", "a\ufffdb\ufffd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Clean(tt.in); got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a \n b\t\tc  ", "a b c"},
		{"3\u00a0000 km", "3\u00a0000 km"},
		{"\u00a0 edge\u00a0", "edge"},
		{"\u00a0", ""},
		{"\x1b[31m4\x1b[0m %", "4 %"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := inline(tt.in); got != tt.want {
			t.Errorf("inline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestBoilerplate(t *testing.T) {
	drop := []string{
		"Leave a Comment", "Your email address will not be published.", "Leave a Reply",
		"Share this:", "SHARE THIS ARTICLE", "Subscribe to our newsletter!",
		"Your email address will not be published. Required fields are marked *",
		"Artikel teilen", "Newsletter abonnieren", "Deine E-Mail-Adresse wird nicht veröffentlicht.",
	}
	keep := []string{
		"Leave a comment on the proposal by Friday, the council said.",
		"Share prices fell 4% on Monday.",
		"The subscribe button cost the company $2 million.",
		"Comments closed after 3,000 replies.",
		"Teilen sich 12 Haushalte eine Leitung?",
	}
	for _, s := range drop {
		if !isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = false, want true", s)
		}
	}
	for _, s := range keep {
		if isBoilerplate(s) {
			t.Errorf("isBoilerplate(%q) = true, want false", s)
		}
	}
}

func TestDefaultDropsBoilerplate(t *testing.T) {
	a, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	if a.Source != DefaultSource {
		t.Errorf("Source = %q, want %q", a.Source, DefaultSource)
	}
	last := a.BlockText(a.Blocks[len(a.Blocks)-1])
	for _, bad := range []string{"Leave a Comment", "Your email address", "\n\n."} {
		if strings.Contains(a.Text, bad) {
			t.Errorf("default article still holds %q (ends with %q)", bad, last)
		}
	}
	if !strings.HasSuffix(last, "zurückzudrängen.“") {
		t.Errorf("default article ends with %q", last)
	}
}

func TestDecodeText(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
		ok   bool
	}{
		{"utf-8", []byte("Größe 3,5 m²"), "Größe 3,5 m²", true},
		{"utf-8 BOM", []byte("\xef\xbb\xbfabc"), "abc", true},
		{"utf-16le BOM", []byte("\xff\xfea\x00\xe4\x00"), "aä", true},
		{"utf-16be BOM", []byte("\xfe\xff\x00a\x00\xe4"), "aä", true},
		{"utf-16le no BOM", []byte("H\x00e\x00l\x00l\x00o\x00 \x003\x00%\x00"), "Hello 3%", true},
		{"windows-1252", []byte("Gr\xf6\xdfe: 3,5 Mio. \x80 \x96 gut"), "Größe: 3,5 Mio. € – gut", true},
		{"latin-1", []byte("Stra\xdfe f\xfcr 12 \xa3"), "Straße für 12 £", true},
		{"mostly utf-8 with a broken byte", []byte("Größe \xff Maß"), "Größe \ufffd Maß", true},
		{"NUL byte is binary", []byte("abc\x00def"), "", false},
		{"control soup is binary", []byte("\x01\x02\x03\x04\x05\x06abc"), "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := decodeText(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("decodeText(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
			if !utf8.ValidString(got) {
				t.Errorf("decodeText(%q) is not valid UTF-8", tt.in)
			}
		})
	}
}

func TestDecodeHTML(t *testing.T) {
	tests := []struct {
		name, ct string
		in       []byte
		want     string
	}{
		{"meta charset latin-1", "", []byte(`<meta charset="iso-8859-1"><p>Gr` + "\xf6\xdf" + `e</p>`), `<meta charset="iso-8859-1"><p>Größe</p>`},
		{"saved utf-8 page with stale meta", "", []byte(`<meta charset="iso-8859-1"><p>Größe</p>`), `<meta charset="iso-8859-1"><p>Größe</p>`},
		{"content type wins", "text/html; charset=windows-1252", []byte("<p>\x80</p>"), "<p>€</p>"},
		{"no declaration, not utf-8", "", []byte("<p>\xe4</p>"), "<p>ä</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := decodeHTML(tt.in, tt.ct)
			if !ok || got != tt.want {
				t.Errorf("decodeHTML(%q, %q) = %q, %v, want %q", tt.in, tt.ct, got, ok, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"empty", nil, "x.txt is empty"},
		{"blank", []byte(" \n\t\r\n "), "x.txt is empty"},
		{"only escapes", []byte("\x1b[2J\x1b[H"), "x.txt is empty"},
		{"binary", []byte("PK\x03\x04\x00\x00\x08\x00"), "x.txt does not look like text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x.txt", tt.in, Options{})
			if err == nil || err.Error() != tt.want {
				t.Errorf("Parse(%q) error = %v, want %q", tt.in, err, tt.want)
			}
		})
	}
}

func TestSniffFormat(t *testing.T) {
	tests := []struct {
		in   string
		want format
	}{
		{"<!DOCTYPE html><p>x", formatHTML},
		{"  \n<html lang=de>", formatHTML},
		{"<div><p>hi</p></div>", formatHTML},
		{"# Title\n\ntext", formatMarkdown},
		{"text with a [link](http://x.example)", formatMarkdown},
		{"---\ntitle: x\n---\n", formatMarkdown},
		{"Plain title\n\n5 < 6 and #hashtag", formatText},
	}
	for _, tt := range tests {
		if got := sniffFormat([]byte(tt.in)); got != tt.want {
			t.Errorf("sniffFormat(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestHTMLLineFilters(t *testing.T) {
	tests := []struct {
		text string
		drop bool
	}{
		{"Merken Drucken", true},
		{"Share Facebook X E-Mail", true},
		{"Artikel vorlesen", true},
		{"Share prices fell 4%", false},
		{"X marks 12 spots", false},
		{"Lesen Sie auch: Wärmeplanung für Hausbesitzer", true},
		{"Read more: Tunisia's museum", true},
		{"Lesen Sie auch die 3 Berichte von gestern, in denen der Rat 12 Millionen Euro für Schulen, Straßen und die Verwaltung freigegeben hat.", false},
		{"Über dieses Thema berichtete die Sendung am 4. November 2024.", true},
		{"Foto: picture alliance / dpa", true},
		{"© Reuters", true},
		{"Quelle: Statistisches Bundesamt", false},
		{"Foto: Der neue Bahnhof kostete 120 Millionen Euro, 40 Millionen mehr als geplant, sagt die Stadt.", false},
	}
	for _, tt := range tests {
		got := isToolbarLine(tt.text) || isTeaserLine(tt.text) || isBroadcastNote(tt.text) || isCreditLine(tt.text)
		if got != tt.drop {
			t.Errorf("dropping %q = %v, want %v", tt.text, got, tt.drop)
		}
	}
	for _, h := range []string{"Related", "Mehr zum Thema", "Das könnte Sie auch interessieren", "More from Business"} {
		if !isTeaserHeading(h) {
			t.Errorf("isTeaserHeading(%q) = false", h)
		}
	}
	for _, h := range []string{"Related costs rose 4%", "Mehr Geld für Schulen", "Zahlen und Fakten"} {
		if isTeaserHeading(h) {
			t.Errorf("isTeaserHeading(%q) = true", h)
		}
	}
}
