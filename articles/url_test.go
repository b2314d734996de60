package articles

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

const testPage = `<!DOCTYPE html><html lang="en"><head><title>Tide Tables</title></head><body>
<article><h1>Tide Tables</h1><p>High water at 06:42 reached 4.8 metres, the highest this year, and the harbour closed for 2 hours.</p>
<p>The port authority expects a further 3 spring tides before October, each above 4.5 metres.</p></article></body></html>`

func TestLoadURL(t *testing.T) {
	var gotUA string
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.UserAgent()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, testPage)
	})
	mux.HandleFunc("/notes", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "# Notes\n\nA [link](http://x.example) and 12 km.\n")
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		w.Write([]byte("Ma\xdfe\n\n3 m\xb2 gro\xdf.\n"))
	})
	mux.HandleFunc("/redirect/", func(w http.ResponseWriter, r *http.Request) {
		var n int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/redirect/"), "%d", &n)
		if n == 0 {
			http.Redirect(w, r, "/page", http.StatusFound)
			return
		}
		http.Redirect(w, r, fmt.Sprintf("/redirect/%d", n-1), http.StatusFound)
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/binary", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("\x00\x01\x02binary"))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte(strings.Repeat("figure 12 ", 1000)))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for range 100 {
			w.Write([]byte(strings.Repeat("figure 12 ", 10)))
			w.(http.Flusher).Flush()
		}
	})
	slowDone := make(chan struct{})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-slowDone:
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	defer close(slowDone)

	t.Run("html page", func(t *testing.T) {
		a, err := Load(context.Background(), srv.URL+"/page", Options{Version: "1.2.3"})
		if err != nil {
			t.Fatal(err)
		}
		checkArticle(t, a)
		if a.Title != "Tide Tables" || a.Lang != "en" || !strings.Contains(a.Text, "4.8 metres") {
			t.Errorf("got title %q lang %q text %q", a.Title, a.Lang, a.Text)
		}
		if want := "figs/1.2.3 (+terminal article reader)"; gotUA != want {
			t.Errorf("User-Agent = %q, want %q", gotUA, want)
		}
	})
	t.Run("text/plain sniffed as markdown", func(t *testing.T) {
		a, err := Load(context.Background(), srv.URL+"/notes", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Notes" || !strings.Contains(a.Text, "A link and 12 km.") {
			t.Errorf("got %q", a.Text)
		}
	})
	t.Run("charset from content type", func(t *testing.T) {
		a, err := Load(context.Background(), srv.URL+"/latin1", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Text != "Maße\n\n3 m² groß." {
			t.Errorf("got %q", a.Text)
		}
	})
	t.Run("five redirects", func(t *testing.T) {
		a, err := Load(context.Background(), srv.URL+"/redirect/4", Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "Tide Tables" {
			t.Errorf("title %q", a.Title)
		}
	})

	errTests := []struct {
		name string
		path string
		opts Options
		want string
		is   error
	}{
		{"too many redirects", "/redirect/5", Options{}, "cannot reach URL: more than 5 redirects", nil},
		{"404", "/missing", Options{}, "cannot reach URL: server answered 404 Not Found", nil},
		{"wrong type", "/image", Options{}, "cannot read URL: content type image/png is not an article", nil},
		{"binary body", "/binary", Options{}, "URL does not look like text", ErrNotText},
		{"oversized", "/big", Options{MaxSize: 1000}, "URL is larger than 1000 bytes (see --max-size)", ErrTooLarge},
		{"oversized without length", "/big-chunked", Options{MaxSize: 1 << 10}, "URL is larger than 1 KiB (see --max-size)", ErrTooLarge},
		{"slow", "/slow", Options{Timeout: 50 * time.Millisecond}, "cannot reach URL: timed out", nil},
	}
	for _, tt := range errTests {
		t.Run(tt.name, func(t *testing.T) {
			u := srv.URL + tt.path
			_, err := Load(context.Background(), u, tt.opts)
			if err == nil {
				t.Fatalf("Load(%s) succeeded", tt.path)
			}
			want := strings.ReplaceAll(tt.want, "URL", u)
			if err.Error() != want {
				t.Errorf("Load(%s) error = %q, want %q", tt.path, err, want)
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("Load(%s) error %v is not %v", tt.path, err, tt.is)
			}
		})
	}
}

func TestLoadURLUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	u := srv.URL + "/gone"
	srv.Close()
	_, err := Load(context.Background(), u, Options{})
	if err == nil || err.Error() != "cannot reach "+u+": connection refused" {
		t.Errorf("Load(closed server) error = %v", err)
	}
}

func TestLoadURLCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Load(ctx, "http://127.0.0.1:1/x", Options{})
	if err == nil || !strings.Contains(err.Error(), "cancelled") {
		t.Errorf("Load(cancelled) error = %v", err)
	}
}
