// Package articles turns files, stdin, URLs and folders into model.Article
// values: one cleaned text per article that the reader and figs facts share.
package articles

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"figs/model"
)

// DefaultMaxSize is the largest article figs accepts unless told otherwise.
const DefaultMaxSize = 32 << 20

// Options tune loading. The zero value is usable.
type Options struct {
	MaxSize int64     // refuse larger inputs; 0 means DefaultMaxSize
	Stdin   io.Reader // read for source "-"; nil means no stdin
}

func (o Options) maxSize() int64 {
	if o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return o.MaxSize
}

// Load reads source (a file path or "-") and returns the cleaned article.
func Load(ctx context.Context, source string, opts Options) (model.Article, error) {
	var r io.Reader
	if source == "-" {
		if opts.Stdin == nil {
			return model.Article{}, fmt.Errorf("no standard input")
		}
		r = opts.Stdin
	} else {
		f, err := os.Open(source)
		if err != nil {
			return model.Article{}, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, opts.maxSize()+1))
	if err != nil {
		return model.Article{}, err
	}
	if int64(len(data)) > opts.maxSize() {
		return model.Article{}, fmt.Errorf("%s is larger than %d bytes", source, opts.maxSize())
	}
	return Parse(source, data, opts)
}

// Parse turns the bytes of a plain-text article into an article.
func Parse(source string, data []byte, _ Options) (model.Article, error) {
	if len(data) == 0 {
		return model.Article{}, fmt.Errorf("%s is empty", source)
	}
	s := strings.ToValidUTF8(string(data), string(utf8.RuneError))
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var a model.Article
	a.Source = source
	var b strings.Builder
	for _, para := range strings.Split(s, "\n\n") {
		para = strings.TrimSpace(para)
		if para == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		kind := model.BlockParagraph
		if len(a.Blocks) == 0 {
			kind = model.BlockTitle
			a.Title = para
		}
		start := b.Len()
		b.WriteString(para)
		a.Blocks = append(a.Blocks, model.Block{Kind: kind, Start: start, End: b.Len()})
	}
	a.Text = b.String()
	return a, nil
}
