package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestSidebarWidth checks that the sidebar beside the text takes about a
// third of the screen, 28 to 44 columns, however wide the screen.
func TestSidebarWidth(t *testing.T) {
	a := defaultArticle(t)
	for _, tt := range []struct{ width, want int }{
		{84, 28}, {90, 30}, {120, 40}, {132, 44}, {160, 44}, {250, 44},
	} {
		m := start(t, a, Options{}, tt.width, 30)
		if m.side.width != tt.want {
			t.Errorf("%d columns: the sidebar is %d wide, want %d", tt.width, m.side.width, tt.want)
		}
		// the sidebar's rule stands where its width says
		line := ansi.Strip(splitLines(m.render())[2])
		if i := strings.LastIndex(line, "│"); i < 0 || ansi.StringWidth(line[:i]) != tt.width-tt.want-1 {
			t.Errorf("%d columns: the rule is not %d columns from the right: %q", tt.width, tt.want+1, line)
		}
	}
}
