package tui

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"figs/model/testkit"
)

// TestImportDirection keeps the layers apart: model imports only the
// standard library (and model/extract only model besides), and tui never
// imports articles, the SSH stack, or lipgloss/compat.
func TestImportDirection(t *testing.T) {
	root := testkit.ModuleRoot(t)
	rules := []struct {
		dir     string
		allowed func(path string) bool
	}{
		{"model", func(p string) bool { return isStd(p) || p == "figs/model" || strings.HasPrefix(p, "figs/model/") }},
		{"tui", func(p string) bool {
			for _, bad := range []string{"figs/articles", "charm.land/wish", "charm.land/ssh", "golang.org/x/crypto/ssh",
				"github.com/charmbracelet/ssh", "github.com/charmbracelet/wish", "charm.land/lipgloss/v2/compat"} {
				if p == bad || strings.HasPrefix(p, bad+"/") {
					return false
				}
			}
			return true
		}},
	}
	for _, r := range rules {
		err := filepath.WalkDir(filepath.Join(root, r.dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
				return nil
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
			if err != nil {
				t.Errorf("%s: %v", path, err)
				return nil
			}
			for _, imp := range f.Imports {
				p, _ := strconv.Unquote(imp.Path.Value)
				if !r.allowed(p) {
					rel, _ := filepath.Rel(root, path)
					t.Errorf("%s imports %s, which %s/ must not", rel, p, r.dir)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}

// isStd reports whether p is a standard library path (no dot in its first element).
func isStd(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return !strings.Contains(first, ".") && first != "figs"
}
