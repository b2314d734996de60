package tui_test

import (
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"figs/articles"
	"figs/tui"
)

var sgrSeq = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// TestSixteenColours runs the reader and the library picker on a 16-colour terminal with a dark
// background: no text, rule or border may come out black (SGR 30), which a
// dark background hides, and the rules must come out bright black (SGR 90).
func TestSixteenColours(t *testing.T) {
	a, err := articles.Default()
	if err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, tui.New(a, tui.Options{Library: articles.Embedded()}), teatest.WithInitialTermSize(120, 40),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.ANSI)))
	var seen strings.Builder
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		if strings.Contains(string(b), "50 km") {
			seen.Write(b)
			return true
		}
		return false
	}, teatest.WithDuration(20*time.Second))
	for _, k := range []string{"n", "n", "/"} { // the detail box, the search line
		tm.Send(tea.KeyPressMsg{Code: rune(k[0]), Text: k})
	}
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	for _, k := range []string{"L", "/", "e"} { // the library, filtered
		tm.Send(tea.KeyPressMsg{Code: rune(k[0]), Text: k})
	}
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEscape})
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	rest, err := io.ReadAll(tm.FinalOutput(t, teatest.WithFinalTimeout(20*time.Second)))
	if err != nil {
		t.Fatal(err)
	}
	seen.Write(rest)
	out := seen.String()
	rules := 0
	for _, m := range sgrSeq.FindAllStringSubmatch(out, -1) {
		for _, p := range strings.Split(m[1], ";") {
			switch p {
			case "30":
				i := strings.Index(out, m[0])
				t.Errorf("black foreground on a dark background: %q", out[max(i-80, 0):min(i+80, len(out))])
			case "90":
				rules++
			}
		}
	}
	if rules == 0 {
		t.Errorf("no rule or border in bright black (SGR 90) in the output")
	}
}
