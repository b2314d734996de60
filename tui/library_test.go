package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"figs/articles"
	"figs/model"
)

// TestEmptyLibrary opens the picker on a folder with no article: it says so,
// and its help offers neither an article to open nor one to go back to.
func TestEmptyLibrary(t *testing.T) {
	lib, err := articles.OpenFolder(t.TempDir(), articles.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := start(t, model.Article{}, Options{Library: lib, StartInLibrary: true}, 100, 30)
	checkFrame(t, m, 100, 30)
	screen := ansi.Strip(m.render())
	if !strings.Contains(screen, "no articles in this folder") || strings.Contains(screen, "No items") {
		t.Errorf("an empty folder does not say it has no articles:\n%s", screen)
	}
	for _, help := range []string{"back to article", "enter open"} {
		if strings.Contains(screen, help) {
			t.Errorf("the help of an empty folder with no article open offers %q:\n%s", help, screen)
		}
	}
	if m = press(t, m, "esc"); m.mode != modeLibrary {
		t.Errorf("esc left the picker with no article to go back to")
	}
}

// TestLibraryBackHelp checks that the picker offers esc back to the article
// only once an article is open.
func TestLibraryBackHelp(t *testing.T) {
	m := start(t, model.Article{}, Options{Library: articles.Embedded(), StartInLibrary: true}, 100, 30)
	if screen := ansi.Strip(m.render()); strings.Contains(screen, "back to article") || !strings.Contains(screen, "enter open") {
		t.Errorf("the picker before any article: help %q", splitLines(screen)[29])
	}
	m = press(t, m, "enter", "L")
	if screen := ansi.Strip(m.render()); m.mode != modeLibrary || !strings.Contains(screen, "esc back to article") {
		t.Errorf("the picker over an open article: help %q", splitLines(screen)[29])
	}
}
