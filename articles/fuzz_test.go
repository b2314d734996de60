package articles

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// firstControl returns the first rune of s a terminal would act on, other
// than newline (and tab, when tabs are allowed).
func firstControl(s string, tabs bool) (rune, bool) {
	for _, r := range s {
		if r == '\n' || (tabs && r == '\t') {
			continue
		}
		if r == 0x1b || dropRune(r) || r < 0x20 {
			return r, true
		}
	}
	return 0, false
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"", "plain", "\x1b[31mred\x1b[0m", "\x1b]0;t\x07", "\x1b]8;;u\x1b\\l", "\x1bP\x1b\\", "\u009b2J",
		"a\r\nb\rc", "\t\tx", "\u202eabc\u2066", "\xff\xfe", "a\n\n\n\nb", "\x1b", "\x1b[", "\x1b]",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Clean(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Clean(%q) = %q is not valid UTF-8", s, got)
		}
		if r, ok := firstControl(got, false); ok {
			t.Fatalf("Clean(%q) = %q keeps control %U", s, got, r)
		}
		if strings.Contains(got, "\n\n\n") || strings.HasPrefix(got, "\n") || strings.HasSuffix(got, "\n") {
			t.Fatalf("Clean(%q) = %q has blank runs or edges", s, got)
		}
		if again := Clean(got); again != got {
			t.Fatalf("Clean is not idempotent on %q: %q then %q", s, got, again)
		}
		in := inline(s)
		if r, ok := firstControl(in, false); ok || strings.Contains(in, "\n") {
			t.Fatalf("inline(%q) = %q keeps control %U", s, in, r)
		}
	})
}

// fuzzArticle checks the invariants of every parsed article, whatever the
// input: no panic, valid UTF-8, no control but newline, sound blocks.
func fuzzArticle(t *testing.T, name string, data []byte) {
	a, err := Parse(name, data, Options{})
	if err != nil {
		if strings.Contains(err.Error(), "\n") {
			t.Fatalf("error on two lines: %q", err)
		}
		return
	}
	checkArticle(t, a)
	for _, b := range a.Blocks {
		if b.Kind == "code" {
			continue
		}
		if strings.Contains(a.BlockText(b), "\n") {
			t.Fatalf("%s block %q spans lines", b.Kind, a.BlockText(b))
		}
	}
}

func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"Title\n\nBody 12 km.", "# Heading\n\n- a\n- b\n\n```\ncode\n```", "<html><p>x</p></html>",
		"\xff\xfeT\x00i\x00", "\xef\xbb\xbf# x", "---\ntitle: t\n---\nbody", "Gr\xf6\xdfe\n\n3 \x80",
		"1. one\n2) two\n\n* three", "> quote\n>\n> more", "|a|b|\n|-|-|\n|1|2|",
	} {
		f.Add("x.txt", []byte(s))
		f.Add("x.md", []byte(s))
		f.Add("x", []byte(s))
	}
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		switch {
		case strings.HasSuffix(name, ".md"):
			name = "x.md"
		case strings.HasSuffix(name, ".txt"):
			name = "x.txt"
		default:
			name = "x"
		}
		fuzzArticle(t, name, data)
	})
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		testPage, "<p>a<br>b</p>", "<ul><li>x<ul><li>y</li></ul></li></ul>", "<pre>\x1b[31mx\ty</pre>",
		"<table><tr><td>1</td></tr></table>", "<ol start=99999999999><li>z</li></ol>",
		"<blockquote>q<p>r</p></blockquote>", "<title>T</title><time datetime=2024-01-02>x</time>",
		"<html lang=de><body><div class=cookie-banner>c</div><p>\u202etext</p>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fuzzArticle(t, "x.html", []byte(s))
	})
}
