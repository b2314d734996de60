package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestWrapHanging: a detail line indented under a check wraps with its
// continuation lines indented as far; an unindented line wraps as before.
func TestWrapHanging(t *testing.T) {
	got := wrapHanging("  check note: abstentions: 8 of the 70 also", 20)
	if len(got) < 2 {
		t.Fatalf("not wrapped: %q", got)
	}
	for _, l := range got {
		if !strings.HasPrefix(l, "  ") || strings.HasPrefix(l, "   ") || ansi.StringWidth(l) > 20 {
			t.Errorf("line %q: want two spaces of indent and at most 20 columns (all %q)", l, got)
		}
	}
	plain := wrapHanging("⚠ check (parts, open): parts add up to 132", 20)
	if strings.HasPrefix(plain[1], " ") {
		t.Errorf("an unindented line gained an indent: %q", plain)
	}
}
