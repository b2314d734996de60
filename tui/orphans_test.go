package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"figs/model"
)

// TestOrphanedMarks marks a figure, changes the article so the figure is
// gone, and reopens it: the header counts the mark as orphaned and the full
// help lists it with its verdict and note.
func TestOrphanedMarks(t *testing.T) {
	st := openStore(t)
	opts := Options{Store: st, Reviewer: model.Reviewer{Name: "ana"}}
	const source = "https://example.org/bridge"
	before := parsePlain(source, "Bridge costs\n\nThe city spent 35 million euros on the new bridge. The river is 50 km long.")
	after := parsePlain(source, "Bridge costs\n\nThe city spent nothing on the new bridge. The river is 50 km long.")

	m := start(t, before, opts, 120, 40)
	m = selectDisplay(t, m, "35 million EUR")
	m = press(t, m, "x", "a")
	m = typeText(t, m, "no source")
	m = press(t, m, "enter")
	if len(m.review.orphans) != 0 || strings.Contains(ansi.Strip(m.render()), "orphaned") {
		t.Fatalf("orphans before the text changed: %+v", m.review.orphans)
	}

	m2 := start(t, after, opts, 120, 40)
	if len(m2.review.orphans) != 1 {
		t.Fatalf("reopened reader holds %d orphans, want 1: %+v", len(m2.review.orphans), m2.review.orphans)
	}
	frame := ansi.Strip(m2.render())
	header := strings.SplitN(frame, "\n", 2)[0]
	if !strings.Contains(header, "0/1 checked, 1 orphaned") {
		t.Errorf("the header does not count the orphan: %q", header)
	}
	if !strings.Contains(frame, "1 mark left from an earlier text: ? lists them") {
		t.Errorf("the footer does not point at the orphan:\n%s", frame)
	}
	checkFrame(t, m2, 120, 40)

	m2 = press(t, m2, "?")
	help := ansi.Strip(m2.render())
	for _, want := range []string{"1 orphaned mark: figures no longer in the text", "✗ 35 million euros · disputed · note: no source"} {
		if !strings.Contains(help, want) {
			t.Errorf("the full help lacks %q:\n%s", want, help)
		}
	}
	checkFrame(t, m2, 120, 40)
	golden.RequireEqual(t, help)

	// on a small screen the list is cut, never the frame
	for _, size := range [][2]int{{80, 16}, {40, 10}} {
		m2 = send(t, m2, resizeMsg(size[0], size[1]))
		checkFrame(t, m2, size[0], size[1])
	}
}

// TestOrphanLinesCut checks that a long list of orphans ends in a count of
// the rest and that every line keeps to the width.
func TestOrphanLinesCut(t *testing.T) {
	m := New(model.Article{}, Options{})
	for i := range 9 {
		m.review.orphans = append(m.review.orphans, model.Mark{FactID: -1, Text: strings.Repeat("12 km ", i+1), Verdict: model.Verified, Note: "a long note\non two lines"})
	}
	lines := m.review.orphanLines(m.st, 30, 5)
	if len(lines) != 5 {
		t.Fatalf("%d lines, want 5: %q", len(lines), lines)
	}
	if got := ansi.Strip(lines[4]); got != "… and 6 more" {
		t.Errorf("last line %q, want the count of the rest", got)
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > 30 {
			t.Errorf("line %q is %d columns wide", l, w)
		}
	}
	if got := m.review.orphanLines(m.st, 30, 1); got != nil {
		t.Errorf("no room still lists %q", got)
	}
}
