package tui_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"figs/articles"
	"figs/model"
	"figs/tui"
)

func newTestModel(t *testing.T, m tui.App) *teatest.TestModel {
	t.Helper()
	return teatest.NewTestModel(t, m, teatest.WithInitialTermSize(120, 40),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ASCII)))
}

func waitFor(t *testing.T, tm *teatest.TestModel, want ...string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		for _, w := range want {
			if !bytes.Contains(b, []byte(w)) {
				return false
			}
		}
		return true
	}, teatest.WithDuration(20*time.Second))
}

func finalScreen(t *testing.T, tm *teatest.TestModel) string {
	t.Helper()
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(20*time.Second))
	return ansi.Strip(fm.View().Content)
}

func key(s string) tea.KeyPressMsg {
	switch s {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	}
	return tea.KeyPressMsg{Code: []rune(s)[0], Text: s}
}

// TestFlowReader runs the reader as a program: figures in the sidebar, n to
// the 50 km figure (the comparison 35 vs 20 billion USD is one stop), q quits.
func TestFlowReader(t *testing.T) {
	a, err := articles.Default()
	if err != nil {
		t.Fatal(err)
	}
	tm := newTestModel(t, tui.New(a, tui.Options{}))
	waitFor(t, tm, "35 vs 20 billion USD", "1,000 km²", "50 km")
	for range 4 {
		tm.Send(key("n"))
	}
	tm.Send(key("q"))
	screen := finalScreen(t, tm)
	if !strings.Contains(screen, "distance 50 km") || !strings.Contains(screen, "50 Kilometer") {
		t.Errorf("after four n the 50 km figure is not selected and in view:\n%s", screen)
	}
}

// TestFlowLibrary opens the embedded library, filters it, opens an article,
// returns with esc and quits.
func TestFlowLibrary(t *testing.T) {
	tm := newTestModel(t, tui.New(model.Article{}, tui.Options{Library: articles.Embedded(), StartInLibrary: true}))
	waitFor(t, tm, "Library", "Harbour Bridge")
	tm.Send(key("/"))
	tm.Type("harbour")
	tm.Send(key("enter"))
	tm.Send(key("enter"))
	waitFor(t, tm, "Figures", "740 m")
	tm.Send(key("esc"))
	waitFor(t, tm, "Library")
	tm.Send(key("q"))
	screen := finalScreen(t, tm)
	if !strings.Contains(screen, "Library") {
		t.Errorf("esc did not return to the library:\n%s", screen)
	}
}

// TestFlowMouse scrolls the text with the wheel, clicks a sidebar row and
// turns mouse capture off with M.
func TestFlowMouse(t *testing.T) {
	a, err := articles.Default()
	if err != nil {
		t.Fatal(err)
	}
	screen := func(wheel int) []string {
		tm := newTestModel(t, tui.New(a, tui.Options{}))
		waitFor(t, tm, "50 km")
		for range wheel {
			tm.Send(tea.MouseWheelMsg{X: 10, Y: 10, Button: tea.MouseWheelDown})
		}
		tm.Send(key("q"))
		return strings.Split(finalScreen(t, tm), "\n")
	}
	before, after := screen(0), screen(10)
	pane := func(row string) string { l, _, _ := strings.Cut(row, "│"); return l }
	// rows 1 to 38 are the pane; ten turns of the wheel scroll 30 lines
	for r := 1; r+30 <= 38; r++ {
		if pane(after[r]) != pane(before[r+30]) {
			t.Fatalf("after the wheel, pane row %d is %q, want %q (row %d before)", r, pane(after[r]), pane(before[r+30]), r+30)
		}
	}
	// the selection follows the text: "<3 wk" has left the pane, and the
	// detail box shows the first figure in view, ">6 mo"
	head := func(rows []string) string {
		for _, row := range rows {
			if _, box, ok := strings.Cut(row, "││ "); ok {
				return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(box), "│"))
			}
		}
		return ""
	}
	if head(before) != "⧖ duration <3 wk" || head(after) != "⧖ duration >6 mo" {
		t.Errorf("the detail box shows %q before the wheel and %q after, want <3 wk and then >6 mo", head(before), head(after))
	}

	tm := newTestModel(t, tui.New(a, tui.Options{}))
	waitFor(t, tm, "50 km")
	// row 0 is the header, rows 1-2 the sidebar's head; the fifth figure is on row 7
	tm.Send(tea.MouseClickMsg{X: 100, Y: 7, Button: tea.MouseLeft})
	tm.Send(key("M"))
	tm.Send(key("q"))
	fm := tm.FinalModel(t, teatest.WithFinalTimeout(20*time.Second))
	v := fm.View()
	if v.MouseMode != tea.MouseModeNone {
		t.Errorf("M did not turn mouse capture off: %v", v.MouseMode)
	}
	if screen := ansi.Strip(v.Content); !strings.Contains(screen, "distance 50 km") {
		t.Errorf("a click on the 50 km row did not select it:\n%s", screen)
	}
}
