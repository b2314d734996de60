package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	"figs/model"
)

// WriteReport writes the Markdown review report of a, whose figures and
// comparisons are figs, and returns its path:
// next to the article ("x.txt" gives "x.review.md") when a.Source is a local
// file, otherwise (URLs, standard input, the default article, or an article
// folder that cannot be written) in the store's report folder (by default
// the directory of a SQLite file; see Config.ReportDir).
// WriteReport implements tui.Store.
func (s *Store) WriteReport(ctx context.Context, a model.Article, figs model.Facts) (string, error) {
	r, err := s.review(ctx, a, figs)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := writeExport(&buf, "md", r); err != nil {
		return "", err
	}
	if path, ok := besideArticle(a.Source); ok {
		if err := writeFileAtomic(path, buf.Bytes()); err == nil {
			return path, nil
		}
	}
	if s.reportDir == "" {
		return "", errors.New("write report: the article's folder cannot be written and this store has no folder for reports")
	}
	if err := os.MkdirAll(s.reportDir, 0o700); err != nil {
		return "", fmt.Errorf("write report: %w", err)
	}
	path := filepath.Join(s.reportDir, reportName(a))
	if err := writeFileAtomic(path, buf.Bytes()); err != nil {
		return "", fmt.Errorf("write report: %w", err)
	}
	return path, nil
}

// besideArticle is the report path next to source, when source is a local
// regular file.
func besideArticle(source string) (string, bool) {
	if source == "" || source == "-" || source == "default" || strings.Contains(source, "://") {
		return "", false
	}
	fi, err := os.Stat(source)
	if err != nil || !fi.Mode().IsRegular() {
		return "", false
	}
	return strings.TrimSuffix(source, filepath.Ext(source)) + ".review.md", true
}

// reportName names a report kept in the data directory: a slug of the
// title and the start of the article hash, so versions do not collide.
func reportName(a model.Article) string {
	name := a.Title
	if name == "" {
		name = a.Source
	}
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
		if b.Len() >= 48 {
			break
		}
	}
	slug := strings.Trim(b.String(), "-")
	if slug == "" {
		slug = "article"
	}
	return slug + "-" + model.ArticleHash(a)[:8] + ".review.md"
}

// writeFileAtomic replaces path with data so that a reader never sees half
// a report, and syncs it before returning.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".figs-report-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, 0o644)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}
