package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"figs/articles"
	"figs/model"
	"figs/model/extract"
)

// runWithStdin runs figs with args and stdin, and returns stdout, stderr
// and the error that makes main exit 1.
func runWithStdin(t *testing.T, stdin string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

// tempFile writes data to a file in a fresh folder and returns its path.
func tempFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestCatDefault(t *testing.T) {
	out, errOut, err := runWithStdin(t, "", "cat")
	if err != nil || errOut != "" {
		t.Fatalf("figs cat: %v, stderr %q", err, errOut)
	}
	a, err := articles.Default()
	if err != nil {
		t.Fatal(err)
	}
	if out != a.Text+"\n" {
		t.Errorf("figs cat does not print Article.Text and a newline")
	}
	// figs facts offsets point into this text.
	for _, f := range extract.Article(a, "").Facts {
		if out[f.Start:f.End] != f.Text {
			t.Fatalf("figure %q at %d:%d reads %q in figs cat output", f.Text, f.Start, f.End, out[f.Start:f.End])
		}
	}
}

func TestCatFormats(t *testing.T) {
	md := tempFile(t, "notes.md", []byte("---\nauthor: Ann\n---\n# Budget\n\nSpending rose 4%.\n\n- roads: €3 million\n- parks\n\n> a quote\n\n```\nx := 1\n```\n"))
	tests := []struct {
		name  string
		args  []string
		stdin string
		want  string
	}{
		{"text file", []string{"cat", md}, "", "Budget\n\nAnn\n\nSpending rose 4%.\n\n• roads: €3 million\n\n• parks\n\na quote\n\nx := 1\n"},
		{"markdown", []string{"cat", "--format", "md", md}, "", "# Budget\n\n*Ann*\n\nSpending rose 4%.\n\n- roads: €3 million\n- parks\n\n> a quote\n\n```\nx := 1\n```\n"},
		{"stdin", []string{"cat", "-"}, "Title\r\n\r\nOne \x1b[31mred\x1b[0m line.\r\n", "Title\n\nOne red line.\n"},
		{"stdin html", []string{"cat", "-"}, "<!DOCTYPE html><title>T</title><p>Para with 3 km and enough words to count as text here.</p>", "T\n\nPara with 3 km and enough words to count as text here.\n"},
		{"invalid UTF-8 is replaced", []string{"cat", "-"}, "Größe\n\nBody \xff text \xc3 Maß", "Größe\n\nBody \ufffd text \ufffd Maß\n"},
		{"latin-1", []string{"cat", "-"}, "Gr\xf6\xdfe\n\n3 m\xb2", "Größe\n\n3 m²\n"},
		{"escapes are stripped", []string{"cat", "-"}, "\x1b]0;pwned\x07Safe\n\n\x1b[2J\u202eok\x9b", "Safe\n\nok\ufffd\n"}, // a lone C1 byte is invalid UTF-8
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := runWithStdin(t, tt.stdin, tt.args...)
			if err != nil || errOut != "" {
				t.Fatalf("figs %v: %v, stderr %q", tt.args, err, errOut)
			}
			if out != tt.want {
				t.Errorf("figs %v printed\n%q\nwant\n%q", tt.args, out, tt.want)
			}
		})
	}
}

func TestCatURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.UserAgent(), "figs/") {
			http.Error(w, "who are you", http.StatusForbidden)
			return
		}
		w.Header().Set("Content-Type", "text/markdown")
		w.Write([]byte("# Remote\n\nIt is 12 km away.\n"))
	}))
	defer srv.Close()
	out, errOut, err := runWithStdin(t, "", "cat", srv.URL+"/a.md")
	if err != nil || out != "Remote\n\nIt is 12 km away.\n" {
		t.Errorf("figs cat URL = %q, %v, stderr %q", out, err, errOut)
	}
}

func TestCatBadInput(t *testing.T) {
	dir := t.TempDir()
	binary := tempFile(t, "data.bin", []byte("\x7fELF\x02\x01\x01\x00\x00\x00"))
	empty := tempFile(t, "empty.txt", nil)
	huge := tempFile(t, "huge.txt", bytes.Repeat([]byte("12 km "), 100))
	closed := httptest.NewServer(http.NotFoundHandler())
	gone := closed.URL + "/gone"
	closed.Close()
	tests := []struct {
		name string
		args []string
		want string // the whole of stderr
	}{
		{"binary", []string{"cat", binary}, "figs: " + binary + " does not look like text\n"},
		{"empty", []string{"cat", empty}, "figs: " + empty + " is empty\n"},
		{"empty stdin", []string{"cat", "-"}, "figs: - is empty\n"},
		{"huge", []string{"--max-size", "100", "cat", huge}, "figs: " + huge + " is larger than 100 bytes (see --max-size)\n"},
		{"missing", []string{"cat", filepath.Join(dir, "none.txt")}, "figs: cannot open " + filepath.Join(dir, "none.txt") + ": no such file or directory\n"},
		{"folder", []string{"cat", dir}, "figs: " + dir + " is a folder\n"},
		{"unknown format", []string{"cat", "--format", "pdf"}, "figs: cat: unknown format \"pdf\" (want text or md)\n"},
		{"bad URL", []string{"cat", "http://"}, "figs: cannot reach http://: not a valid URL\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, err := runWithStdin(t, "", tt.args...)
			if err == nil {
				t.Fatalf("figs %v succeeded", tt.args)
			}
			if out != "" {
				t.Errorf("figs %v printed %q to stdout", tt.args, out)
			}
			if errOut != tt.want {
				t.Errorf("figs %v stderr\n%q\nwant\n%q", tt.args, errOut, tt.want)
			}
		})
	}
	t.Run("unreachable URL", func(t *testing.T) {
		_, errOut, err := runWithStdin(t, "", "cat", gone)
		if err == nil || !strings.HasPrefix(errOut, "figs: cannot reach "+gone+": ") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("figs cat %s: %v, stderr %q", gone, err, errOut)
		}
	})
}

// TestCatFactsOffsets checks that figs facts offsets are byte offsets into
// what figs cat prints, for every format.
func TestCatFactsOffsets(t *testing.T) {
	dir := filepath.Join("..", "..", "articles", "testdata", "formats")
	for _, name := range []string{"page.html", "notes.md", "plain.txt", "latin1.txt", "utf16.txt", "escapes.txt"} {
		t.Run(name, func(t *testing.T) {
			src := filepath.Join(dir, name)
			text, errOut, err := runWithStdin(t, "", "cat", src)
			if err != nil {
				t.Fatalf("figs cat: %v %s", err, errOut)
			}
			out, errOut, err := runWithStdin(t, "", "facts", "--jsonl", src)
			if err != nil {
				t.Fatalf("figs facts: %v %s", err, errOut)
			}
			var doc struct {
				Facts []model.Fact `json:"facts"`
			}
			if err := json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &doc); err != nil {
				t.Fatalf("figs facts --jsonl: %v in %q", err, out)
			}
			if len(doc.Facts) == 0 {
				t.Fatalf("no figures in %s", name)
			}
			for _, f := range doc.Facts {
				if f.Start < 0 || f.End > len(text) || text[f.Start:f.End] != f.Text {
					t.Errorf("figure %q at %d:%d is not there in figs cat output", f.Text, f.Start, f.End)
				}
			}
		})
	}
}

// TestCatHTMLPages checks that figs cat prints, for each test web page,
// the text the reader gets: both load through loadSource.
func TestCatHTMLPages(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("..", "..", "articles", "testdata", "html", "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no test pages: %v", err)
	}
	for _, page := range pages {
		t.Run(filepath.Base(page), func(t *testing.T) {
			out, errOut, err := runWithStdin(t, "", "cat", page)
			if err != nil || errOut != "" {
				t.Fatalf("figs cat %s: %v, stderr %q", page, err, errOut)
			}
			a, err := loadSource(context.Background(), env{}, globalFlags{}, []string{page})
			if err != nil {
				t.Fatal(err)
			}
			if out != a.Text+"\n" {
				t.Errorf("figs cat %s differs from the reader's text:\n%q\nwant\n%q", page, out, a.Text+"\n")
			}
		})
	}
}
