package articles

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"figs/model"
	"figs/model/extract"
)

// ErrOutsideLibrary is returned for names that would leave a library: "..",
// absolute paths, and symbolic links pointing out of the folder.
var ErrOutsideLibrary = errors.New("outside the library")

// maxLibraryEntries bounds how many articles a library lists, so a huge
// folder tree cannot stall the picker.
const maxLibraryEntries = 5000

// Folder is a library of the articles in a folder and its subfolders: files
// ending in .txt, .md, .markdown, .html or .htm, hidden ones excepted. It
// implements the reader's Library interface and is safe for concurrent use,
// so SSH sessions can share one.
type Folder struct {
	fsys     fs.FS  // the articles; names are slash-separated paths in it
	dir      string // the folder as given, "" for a library over an fs.FS
	root     string // the folder with symbolic links resolved, "" for a library over an fs.FS
	embedded bool   // the library built into figs
	opts     Options

	mu    sync.Mutex
	cache map[string]cachedInfo
}

// cachedInfo is the listing of one file, valid while its size and
// modification time stay the same. ok is false for files that are not
// articles (binary, empty), so they are not read again either.
type cachedInfo struct {
	size  int64
	mtime time.Time
	info  model.ArticleInfo
	ok    bool
}

// OpenFolder returns the library of the articles in dir.
func OpenFolder(dir string, opts Options) (*Folder, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", dir, unwrapPath(err))
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s is not a folder", dir)
	}
	root, err := filepath.Abs(dir)
	if err == nil {
		root, err = filepath.EvalSymlinks(root)
	}
	if err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", dir, unwrapPath(err))
	}
	return &Folder{fsys: os.DirFS(root), dir: dir, root: root, opts: opts, cache: map[string]cachedInfo{}}, nil
}

// Embedded returns the library built into figs: the default article and
// a few short samples.
func Embedded() *Folder {
	f := FromFS(embedded, Options{})
	f.embedded = true
	return f
}

// FromFS returns the library of the articles in fsys, named by their paths
// in it. For folders on disk use OpenFolder, which also refuses symbolic
// links that leave the folder.
func FromFS(fsys fs.FS, opts Options) *Folder {
	return &Folder{fsys: fsys, opts: opts, cache: map[string]cachedInfo{}}
}

// isArticleName reports whether a file name has an article extension.
func isArticleName(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".md", ".markdown", ".html", ".htm":
		return true
	}
	return false
}

// Entries lists the articles of the library, sorted by name. Files that
// are not readable articles are left out. New files are read in parallel,
// and entries are cached by name, size and modification time, so listing a
// folder again reads only what changed.
func (f *Folder) Entries(ctx context.Context) ([]model.ArticleInfo, error) {
	var names []string
	err := fs.WalkDir(f.fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			if name == "." {
				return err
			}
			return nil // an unreadable subfolder hides its articles, not the library
		}
		if ctxErr := ctx.Err(); ctxErr != nil {
			return ctxErr
		}
		if name != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !isArticleName(name) {
			return nil
		}
		if len(names) >= maxLibraryEntries {
			return fs.SkipAll
		}
		names = append(names, name)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", f.label(), err)
	}
	slices.Sort(names)
	infos := make([]model.ArticleInfo, len(names))
	oks := make([]bool, len(names))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(names)) {
		wg.Go(func() {
			for i := range jobs {
				infos[i], oks[i] = f.info(ctx, names[i])
			}
		})
	}
	for i := range names {
		if ctx.Err() != nil {
			break
		}
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("list %s: %w", f.label(), err)
	}
	out := make([]model.ArticleInfo, 0, len(names))
	for i, info := range infos {
		if oks[i] {
			out = append(out, info)
		}
	}
	return out, nil
}

// info returns the listing of one file, from the cache when it is fresh.
func (f *Folder) info(ctx context.Context, name string) (model.ArticleInfo, bool) {
	st, err := f.stat(name)
	if err != nil {
		return model.ArticleInfo{}, false
	}
	f.mu.Lock()
	c, hit := f.cache[name]
	f.mu.Unlock()
	if hit && c.size == st.Size() && c.mtime.Equal(st.ModTime()) {
		return c.info, c.ok
	}
	c = cachedInfo{size: st.Size(), mtime: st.ModTime()}
	if a, err := f.Open(ctx, name); err == nil {
		c.ok = true
		c.info = model.ArticleInfo{
			Name:    name,
			Title:   a.Title,
			Lang:    a.Lang,
			Figures: countFigures(a),
			Size:    st.Size(),
		}
	}
	f.mu.Lock()
	f.cache[name] = c
	f.mu.Unlock()
	return c.info, c.ok
}

// countFigures is the figure count the picker shows: what the reader's
// sidebar will list, code blocks excluded.
func countFigures(a model.Article) int {
	// as the reader counts them: the quantities (not dates and ordinals),
	// a comparison of two figures as one item to review
	fs := extract.Article(a, "")
	n := 0
	for _, f := range fs.Facts {
		if f.Kind.IsQuantity() {
			n++
		}
	}
	inComparison := map[int]bool{}
	for _, c := range fs.Comparisons {
		hi := max(c.A, c.B)
		if hi < len(fs.Facts) && !inComparison[hi] && fs.Facts[hi].Kind.IsQuantity() {
			n--
		}
		inComparison[c.A], inComparison[c.B] = true, true
	}
	return n
}

// Open loads the article called name, a slash-separated path relative to
// the library. Names that leave the library fail with ErrOutsideLibrary.
func (f *Folder) Open(ctx context.Context, name string) (model.Article, error) {
	if err := ctx.Err(); err != nil {
		return model.Article{}, fmt.Errorf("open %s: %w", name, err)
	}
	if err := checkName(name); err != nil {
		return model.Article{}, err
	}
	data, err := f.read(name)
	if err != nil {
		return model.Article{}, err
	}
	return parseAs(f.source(name), data, formatOf(name, data), "")
}

// checkName refuses names that are not clean relative paths inside the
// library.
func checkName(name string) error {
	if name == "" || strings.Contains(name, "\\") || strings.ContainsRune(name, 0) ||
		filepath.IsAbs(name) || !fs.ValidPath(name) || name == "." {
		return fmt.Errorf("%q is %w", name, ErrOutsideLibrary)
	}
	return nil
}

// source is the Article.Source of a library article: the path under the
// folder as given, or the name ("default" for the embedded default article,
// so that its reviews are shared with figs' no-argument start).
func (f *Folder) source(name string) string {
	switch {
	case f.dir != "":
		return filepath.Join(f.dir, filepath.FromSlash(name))
	case f.embedded && name == defaultName:
		return DefaultSource
	}
	return name
}

// label names the library in errors.
func (f *Folder) label() string {
	switch {
	case f.embedded:
		return "the embedded library"
	case f.dir == "":
		return "the library"
	}
	return f.dir
}

// resolve returns the real path of name in a folder library, refusing
// symbolic links that lead out of it and files that are not regular.
func (f *Folder) resolve(name string) (string, os.FileInfo, error) {
	p, err := filepath.EvalSymlinks(filepath.Join(f.root, filepath.FromSlash(name)))
	if err != nil {
		return "", nil, fmt.Errorf("cannot open %s: %w", name, unwrapPath(err))
	}
	if p != f.root && !strings.HasPrefix(p, f.root+string(filepath.Separator)) {
		return "", nil, fmt.Errorf("%q is %w", name, ErrOutsideLibrary)
	}
	st, err := os.Stat(p)
	if err != nil {
		return "", nil, fmt.Errorf("cannot open %s: %w", name, unwrapPath(err))
	}
	if !st.Mode().IsRegular() {
		return "", nil, fmt.Errorf("%s is not a regular file", name)
	}
	return p, st, nil
}

// stat returns the size and modification time of name.
func (f *Folder) stat(name string) (fs.FileInfo, error) {
	if f.root == "" {
		return fs.Stat(f.fsys, name)
	}
	_, st, err := f.resolve(name)
	return st, err
}

// read returns the bytes of name, within the size limit.
func (f *Folder) read(name string) ([]byte, error) {
	if f.root == "" {
		file, err := f.fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("cannot open %s: %w", name, unwrapPath(err))
		}
		defer file.Close()
		return readLimited(file, name, f.opts.maxSize(), regularSize(file))
	}
	p, _, err := f.resolve(name)
	if err != nil {
		return nil, err
	}
	file, err := os.Open(p)
	if err != nil {
		return nil, fmt.Errorf("cannot open %s: %w", name, unwrapPath(err))
	}
	defer file.Close()
	return readLimited(file, name, f.opts.maxSize(), regularSize(file))
}
