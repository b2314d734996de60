package articles

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// sniffLen is how much of the input the text and format sniffers look at.
const sniffLen = 8 << 10

// decodeText turns the bytes of a text or Markdown article into UTF-8:
// UTF-8 and UTF-16 with a byte order mark, UTF-16 without one when its zero
// bytes give it away, UTF-8, and Windows-1252 (a superset of Latin-1, common
// in older German text) when the bytes are not UTF-8. What cannot be decoded
// is replaced. It returns false when the bytes do not look like text. The
// text may share memory with data.
func decodeText(data []byte) (string, bool) {
	if enc, n := bomEncoding(data); enc != nil {
		return decodeWith(enc, data[n:]), true
	}
	if enc := utf16Guess(data); enc != nil {
		return decodeWith(enc, data), true
	}
	if !looksLikeText(data) {
		return "", false
	}
	if utf8.Valid(data) {
		return handOver(data), true
	}
	if mostlyUTF8(data) {
		return strings.ToValidUTF8(string(data), string(utf8.RuneError)), true
	}
	return decodeWith(charmap.Windows1252, data), true
}

// decodeHTML turns the bytes of a web page into UTF-8, trusting a byte order
// mark or the charset of contentType first, then valid UTF-8 (pages saved
// from a browser are re-encoded but keep their old meta charset), then the
// page's meta charset, then Windows-1252. Like decodeText, it may keep
// data.
func decodeHTML(data []byte, contentType string) (string, bool) {
	if enc, n := bomEncoding(data); enc != nil {
		return decodeWith(enc, data[n:]), true
	}
	if !looksLikeText(data) {
		return "", false
	}
	enc, _, certain := charset.DetermineEncoding(data, contentType)
	if !certain && utf8.Valid(data) {
		return handOver(data), true
	}
	if !certain && mostlyUTF8(data) {
		return strings.ToValidUTF8(string(data), string(utf8.RuneError)), true
	}
	return decodeWith(enc, data), true
}

// handOver returns data as a string without copying it, for a copy of a
// 10 MB article costs a tenth of the start-up budget. It is safe because
// data does not change while it is parsed and the article keeps no part
// of the decoded text (see draft.article).
func handOver(data []byte) string {
	return unsafe.String(unsafe.SliceData(data), len(data))
}

// declaredCharset returns the encoding named by the charset parameter of
// a Content-Type header, or nil.
func declaredCharset(contentType string) encoding.Encoding {
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil || params["charset"] == "" {
		return nil
	}
	enc, _ := charset.Lookup(params["charset"])
	return enc
}

// decodeDeclared decodes text whose charset a server declared; a byte order
// mark still wins, and binary is still refused.
func decodeDeclared(data []byte, enc encoding.Encoding) (string, bool) {
	if bom, n := bomEncoding(data); bom != nil {
		return decodeWith(bom, data[n:]), true
	}
	if !looksLikeText(data) {
		return "", false
	}
	return decodeWith(enc, data), true
}

// bomEncoding returns the encoding announced by a byte order mark at the
// start of data and the length of the mark, or nil.
func bomEncoding(data []byte) (encoding.Encoding, int) {
	switch {
	case bytes.HasPrefix(data, []byte{0xef, 0xbb, 0xbf}):
		return unicode.UTF8, 3
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), 2
	case bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), 2
	}
	return nil, 0
}

// utf16Guess recognises UTF-16 text without a byte order mark: mostly ASCII
// text in it has a zero in every other byte.
func utf16Guess(data []byte) encoding.Encoding {
	head := data[:min(len(data), sniffLen)]
	if len(head) < 4 {
		return nil
	}
	var even, odd int
	for i := 0; i+1 < len(head); i += 2 {
		if head[i] == 0 {
			even++
		}
		if head[i+1] == 0 {
			odd++
		}
	}
	pairs := len(head) / 2
	switch {
	case odd*10 >= pairs*8 && even == 0:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	case even*10 >= pairs*8 && odd == 0:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	}
	return nil
}

// decodeWith decodes data with enc, replacing what cannot be decoded.
func decodeWith(enc encoding.Encoding, data []byte) string {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return strings.ToValidUTF8(string(data), string(utf8.RuneError))
	}
	return strings.ToValidUTF8(string(out), string(utf8.RuneError))
}

// looksLikeText reports whether data is text: no NUL bytes and few other
// control bytes in its head. Escape bytes count as text, since Clean
// removes the sequences they start.
func looksLikeText(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return false
	}
	head := data[:min(len(data), sniffLen)]
	controls := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b {
			controls++
		}
	}
	return controls*20 <= len(head) // at most 5%
}

// mostlyUTF8 reports whether data is UTF-8 with a few broken bytes rather
// than text in a single-byte encoding: it has valid multi-byte sequences,
// at least as many as invalid bytes (Windows-1252 text almost never forms
// a valid UTF-8 sequence by chance).
func mostlyUTF8(data []byte) bool {
	var multi, bad int
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			bad++
		case size > 1:
			multi++
		}
		i += size
	}
	return multi > 0 && multi >= bad
}
