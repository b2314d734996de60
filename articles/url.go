package articles

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"

	"figs/model"
)

// DefaultTimeout bounds a whole download, redirects included.
const DefaultTimeout = 15 * time.Second

// maxRedirects is how many redirects a download follows.
const maxRedirects = 5

// errTooManyRedirects stops the HTTP client after maxRedirects.
var errTooManyRedirects = errors.New("too many redirects")

// isURL reports whether source is an http or https URL.
func isURL(source string) bool {
	lower := strings.ToLower(source)
	return strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://")
}

// pageURL parses source as a URL, or returns nil.
func pageURL(source string) *url.URL {
	if !isURL(source) {
		return nil
	}
	u, err := url.Parse(source)
	if err != nil {
		return nil
	}
	return u
}

// userAgent names figs to the sites it downloads from.
func (o Options) userAgent() string {
	v := o.Version
	if v == "" {
		v = "dev"
	}
	return "figs/" + v + " (+terminal article reader)"
}

// client returns the HTTP client for downloads: opts.HTTPClient with the
// redirect limit added, or a new one with the timeout.
func (o Options) client() *http.Client {
	timeout := o.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	c := &http.Client{Timeout: timeout}
	if o.HTTPClient != nil {
		cc := *o.HTTPClient
		c = &cc
		if o.Timeout > 0 || c.Timeout == 0 {
			c.Timeout = timeout
		}
	}
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > maxRedirects {
			return errTooManyRedirects
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("redirect to %s", req.URL.Scheme)
		}
		return nil
	}
	return c
}

// loadURL downloads an article: GET with the figs User-Agent, at most
// maxRedirects redirects, the timeout, the size cap and a text content type.
func loadURL(ctx context.Context, source string, opts Options) (model.Article, error) {
	u, err := url.Parse(source)
	if err != nil || u.Host == "" {
		return model.Article{}, fmt.Errorf("cannot reach %s: not a valid URL", source)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, source, nil)
	if err != nil {
		return model.Article{}, fmt.Errorf("cannot reach %s: %w", source, err)
	}
	req.Header.Set("User-Agent", opts.userAgent())
	req.Header.Set("Accept", "text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9, */*;q=0.1")
	resp, err := opts.client().Do(req)
	if err != nil {
		return model.Article{}, fmt.Errorf("cannot reach %s: %s", source, reachReason(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return model.Article{}, fmt.Errorf("cannot reach %s: server answered %s", source, resp.Status)
	}
	ct := resp.Header.Get("Content-Type")
	f, ok := formatOfContentType(ct)
	if !ok {
		return model.Article{}, fmt.Errorf("cannot read %s: content type %s is not an article", source, ct)
	}
	max := opts.maxSize()
	if resp.ContentLength > max {
		return model.Article{}, tooLarge(source, max)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return model.Article{}, fmt.Errorf("cannot reach %s: %s", source, reachReason(err))
	}
	if int64(len(data)) > max {
		return model.Article{}, tooLarge(source, max)
	}
	if f < 0 {
		f = formatOf(source, data)
	}
	a, err := parseAs(source, data, f, ct)
	if err != nil {
		return model.Article{}, err
	}
	return a, nil
}

// formatOfContentType maps a Content-Type to a format; -1 means sniff.
// It reports false for types that are not articles (images, archives...).
func formatOfContentType(ct string) (format, bool) {
	if ct == "" {
		return -1, true
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return -1, true
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return formatHTML, true
	case "text/markdown", "text/x-markdown":
		return formatMarkdown, true
	case "text/plain", "application/octet-stream":
		// Servers send Markdown and text files under these: sniff, and
		// let the text check refuse what is binary.
		return -1, true
	}
	if strings.HasPrefix(mt, "text/") {
		return formatText, true
	}
	return 0, false
}

// reachReason words a download error for people: timeouts, unknown hosts,
// refused connections and redirect loops, without Go's request dump.
func reachReason(err error) string {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	switch {
	case errors.Is(err, errTooManyRedirects):
		return fmt.Sprintf("more than %d redirects", maxRedirects)
	case errors.Is(err, context.DeadlineExceeded), isTimeout(err):
		return "timed out"
	case errors.Is(err, context.Canceled):
		return "cancelled"
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, syscall.ENETUNREACH):
		return "network unreachable (offline?)"
	case errors.Is(err, syscall.EHOSTUNREACH):
		return "host unreachable"
	case errors.Is(err, syscall.ECONNRESET):
		return "connection reset"
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		if dns.IsNotFound {
			return "unknown host " + dns.Name
		}
		return "cannot look up " + dns.Name + " (offline?)"
	}
	return err.Error()
}

func isTimeout(err error) bool {
	var t interface{ Timeout() bool }
	return errors.As(err, &t) && t.Timeout()
}
