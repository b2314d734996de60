// Package testkit holds what the tests of every figs package share: the
// module root, the shared corpora beside it, and the built figs binary.
//
// It lives under model because model may import nothing of ours but the
// standard library, and its own tests need these too: a stdlib-only package
// under model is importable by the tests of model, model/extract, articles,
// tui and cmd alike (an internal package would not be, since Go allows an
// internal package only below its parent). Only tests import it.
package testkit

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// ModuleRoot walks up from the test's working directory (its package
// directory) to the directory holding go.mod.
func ModuleRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("no go.mod above the test directory")
		}
		dir = parent
	}
}

// Corpora is the shared test corpora, ../shared/corpora beside the module
// root; the test skips when they are absent. Their text never enters the
// repository.
func Corpora(tb testing.TB) string {
	tb.Helper()
	dir := filepath.Join(ModuleRoot(tb), "..", "shared", "corpora")
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("test corpora not found at %s: skipping", dir)
	}
	return dir
}

// Binary builds ./cmd/figs into a temporary directory of tb and returns its
// path. It skips when go is not on PATH, and fails with the compiler's
// output when the build fails.
func Binary(tb testing.TB) string {
	tb.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		if root := os.Getenv("GOROOT"); root != "" {
			goBin = filepath.Join(root, "bin", "go")
		}
		if _, serr := os.Stat(goBin); goBin == "" || serr != nil {
			tb.Skip("go is not on PATH: cannot build figs")
		}
	}
	bin := filepath.Join(tb.TempDir(), "figs")
	cmd := exec.Command(goBin, "build", "-o", bin, "./cmd/figs")
	cmd.Dir = ModuleRoot(tb)
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("go build ./cmd/figs: %v\n%s", err, out)
	}
	return bin
}
