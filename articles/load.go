// Package articles turns files, stdin, URLs and folders into model.Article
// values: one cleaned text per article that the reader and figs facts share.
package articles

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"strings"
	"time"

	"figs/model"
)

// DefaultMaxSize is the largest article figs accepts unless told otherwise.
const DefaultMaxSize = 32 << 20

// Errors that callers may test for with errors.Is. The messages read after
// the source name: "notes.bin does not look like text".
var (
	ErrNotText  = errors.New("does not look like text")
	ErrEmpty    = errors.New("is empty")
	ErrTooLarge = errors.New("is larger than the size limit")
	ErrNoStdin  = errors.New("no standard input")
)

// Options tune loading. The zero value is usable.
type Options struct {
	MaxSize    int64         // refuse larger inputs; 0 means DefaultMaxSize
	Stdin      io.Reader     // read for source "-"; nil means no stdin
	HTTPClient *http.Client  // for URLs; nil means a client with Timeout and the redirect limit
	Timeout    time.Duration // for URLs; 0 means DefaultTimeout
	Version    string        // figs version for the User-Agent; "" means "dev"
}

func (o Options) maxSize() int64 {
	if o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// Load reads source and returns the cleaned article. source is a file path,
// "-" for opts.Stdin, or an http or https URL. Every error names the source
// and the reason on one line.
func Load(ctx context.Context, source string, opts Options) (model.Article, error) {
	if isURL(source) {
		return loadURL(ctx, source, opts)
	}
	var (
		r    io.Reader
		size int64 // of a regular file, to read it into one buffer
	)
	if source == "-" {
		if opts.Stdin == nil {
			return model.Article{}, ErrNoStdin
		}
		r = opts.Stdin
	} else {
		f, err := os.Open(source)
		if err != nil {
			return model.Article{}, fmt.Errorf("cannot open %s: %w", source, unwrapPath(err))
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return model.Article{}, fmt.Errorf("%s is a folder", source)
		}
		r, size = f, regularSize(f)
	}
	data, err := readLimited(r, source, opts.maxSize(), size)
	if err != nil {
		return model.Article{}, err
	}
	return Parse(source, data, opts)
}

// readLimited reads all of r, refusing more than max bytes. size is what
// r is expected to hold, 0 when unknown; the buffer is made that big at
// once rather than grown by copying.
func readLimited(r io.Reader, source string, max, size int64) ([]byte, error) {
	lr := io.LimitReader(r, max+1)
	var (
		data []byte
		err  error
	)
	if size > 0 && size <= max {
		// bytes.MinRead spare bytes let the read that finds the end
		// happen without growing the buffer.
		buf := bytes.NewBuffer(make([]byte, 0, size+bytes.MinRead))
		_, err = buf.ReadFrom(lr)
		data = buf.Bytes()
	} else {
		data, err = io.ReadAll(lr)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", source, unwrapPath(err))
	}
	if int64(len(data)) > max {
		return nil, tooLarge(source, max)
	}
	return data, nil
}

// regularSize returns the size of f when it is a regular file, else 0:
// pipes and devices tell nothing about what they will deliver.
func regularSize(f interface{ Stat() (fs.FileInfo, error) }) int64 {
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return 0
	}
	return st.Size()
}

// tooLarge is the error for a source over the size limit.
func tooLarge(source string, max int64) error {
	return sizeError{source: source, max: max}
}

// sizeError reads "notes.txt is larger than 32 MiB (see --max-size)" and
// is ErrTooLarge.
type sizeError struct {
	source string
	max    int64
}

func (e sizeError) Error() string {
	return fmt.Sprintf("%s is larger than %s (see --max-size)", e.source, humanSize(e.max))
}

// Is makes errors.Is(err, ErrTooLarge) hold.
func (e sizeError) Is(target error) bool { return target == ErrTooLarge }

// humanSize writes a byte count the way people set it: "32 MiB".
func humanSize(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	if n == 1 {
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

// unwrapPath drops the operation and path that os errors repeat, since the
// message already names the source.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Parse turns the bytes of an article into an article, the format told by
// the extension of source (.txt, .md, .markdown, .html, .htm) or else
// sniffed from the bytes. The article does not share memory with data.
// data must not change while Parse runs.
func Parse(source string, data []byte, opts Options) (model.Article, error) {
	if int64(len(data)) > opts.maxSize() {
		return model.Article{}, tooLarge(source, opts.maxSize())
	}
	return parseAs(source, data, formatOf(source, data), "")
}

// parseAs decodes data and parses it as format. contentType is the HTTP
// header of a download, which may name the charset. The decoded text may
// share memory with data; the article never does, as its text is built
// afresh and its metadata are copied.
func parseAs(source string, data []byte, f format, contentType string) (model.Article, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return model.Article{}, fmt.Errorf("%s %w", source, ErrEmpty)
	}
	var (
		s  string
		ok bool
	)
	switch {
	case f == formatHTML:
		s, ok = decodeHTML(data, contentType)
	case declaredCharset(contentType) != nil:
		s, ok = decodeDeclared(data, declaredCharset(contentType))
	default:
		s, ok = decodeText(data)
	}
	if !ok {
		return model.Article{}, fmt.Errorf("%s %w", source, ErrNotText)
	}
	var d draft
	switch f {
	case formatHTML:
		d = parseHTML(source, s, pageURL(source))
	case formatMarkdown:
		d = parseMarkdown(source, s)
	default:
		d = parseText(source, s)
	}
	a := d.article()
	if len(a.Blocks) <= 1 && !d.hasText() {
		return model.Article{}, fmt.Errorf("%s %w", source, ErrEmpty)
	}
	return a, nil
}

// hasText reports whether any block of d has visible text.
func (d draft) hasText() bool {
	for _, b := range d.blocks {
		if strings.TrimSpace(inline(b.text)) != "" {
			return true
		}
	}
	return strings.TrimSpace(inline(d.title)) != ""
}
