package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"figs/model"
)

const checkArticle = "Airport traffic\n\n" +
	"Passenger numbers grew 30% to 12 million, from 8 million a year earlier.\n\n" +
	"The airport employs 4,000 people and handled 95,000 flights.\n\n" +
	"Cargo rose 10% to 220,000 tonnes, from 200,000 tonnes."

func checkApp(t *testing.T) App {
	t.Helper()
	m := start(t, parsePlain("checks", checkArticle), Options{}, 120, 40)
	if len(m.checks.list) == 0 {
		t.Fatalf("no checks found in the test article")
	}
	return m
}

// TestFrameCheck: the rows of the figures a check concerns carry ⚠, the
// header counts the open checks, and the detail box says what disagrees.
func TestFrameCheck(t *testing.T) {
	m := checkApp(t)
	m = press(t, m, "w")
	frame := ansi.Strip(m.render())
	if !strings.Contains(frame, "⚠") {
		t.Errorf("no ⚠ in the frame")
	}
	if !strings.Contains(strings.SplitN(frame, "\n", 2)[0], "1 check") {
		t.Errorf("header does not count the check: %q", strings.SplitN(frame, "\n", 2)[0])
	}
	if !strings.Contains(frame, "open") {
		t.Errorf("detail box does not say the check is open")
	}
	golden.RequireEqual(t, frame)
}

// TestDefaultNoChecks: the default article is consistent: no ⚠, no count.
func TestDefaultNoChecks(t *testing.T) {
	m := start(t, defaultArticle(t), Options{}, 120, 40)
	if n := len(m.checks.list); n != 0 {
		t.Fatalf("default article: %d checks: %+v", n, m.checks.list)
	}
	if frame := ansi.Strip(m.render()); strings.Contains(frame, "⚠") {
		t.Errorf("default article shows a ⚠")
	}
	if x := m.headerInput().extras; len(x) != 0 {
		t.Errorf("header segments %q, want none", x)
	}
	if m.keys.NextCheck.Enabled() {
		t.Errorf("the check key is enabled without checks")
	}
}

// TestStepCheck: w and W go from check to check, wrapping both ways, and
// select the check's first figure.
func TestStepCheck(t *testing.T) {
	m := checkApp(t)
	var want []int
	for _, c := range m.checks.list {
		want = append(want, c.Facts[0])
	}
	inRow := func(m App, f int) bool {
		return m.side.selected == f || m.doc.fig.items.Partner(m.side.selected) == f ||
			m.doc.fig.items.Partner(f) == m.side.selected
	}
	for round := range 2 {
		for k, f := range want {
			m = press(t, m, "w")
			if !inRow(m, f) {
				t.Fatalf("round %d, w #%d: selected %d, want the row of %d", round, k, m.side.selected, f)
			}
		}
	}
	m = press(t, m, "W")
	if len(want) > 1 && !inRow(m, want[len(want)-2]) {
		t.Errorf("W: selected %d, want %d", m.side.selected, want[len(want)-2])
	}
	m = press(t, m, "w", "w")
	if !inRow(m, want[0]) {
		t.Errorf("w past the last check: selected %d, want %d (wrap)", m.side.selected, want[0])
	}
	m = press(t, m, "W")
	if !inRow(m, want[len(want)-1]) {
		t.Errorf("W before the first check: selected %d, want %d (wrap)", m.side.selected, want[len(want)-1])
	}
}

// TestCheckClosedByVerdicts: a check stays open until every figure it
// names has a verdict.
func TestCheckClosedByVerdicts(t *testing.T) {
	m := checkApp(t)
	n := len(m.checks.list)
	if got := m.checks.open(m.doc.fig, m.review); got != n {
		t.Fatalf("open checks %d, want %d", got, n)
	}
	c := m.checks.list[0]
	for _, f := range c.Facts {
		m.selectFact(f, true)
		m = press(t, m, "v")
	}
	if got := m.checks.open(m.doc.fig, m.review); got != n-1 {
		t.Errorf("after verdicts on %v: open checks %d, want %d", c.Facts, got, n-1)
	}
	for _, f := range c.Facts {
		if v := m.review.verdict(m.doc.fig, f); v != model.Verified {
			t.Errorf("fact %d verdict %v", f, v)
		}
	}
}

// TestStaleChecks: checks of an article no longer open are dropped.
func TestStaleChecks(t *testing.T) {
	m := checkApp(t)
	m = send(t, m, checksMsg{gen: m.doc.gen - 1})
	if len(m.checks.list) == 0 {
		t.Errorf("a stale result replaced the checks")
	}
}

// TestFigureBarCheck: below 80 columns the figure bar shows the ⚠ and the
// check's message of the selected figure.
func TestFigureBarCheck(t *testing.T) {
	m := start(t, parsePlain("checks", checkArticle), Options{}, 70, 24)
	m = press(t, m, "w")
	bar := ansi.Strip(m.figureBar())
	if !strings.Contains(bar, "⚠") || !strings.Contains(bar, "stated +30%") {
		t.Errorf("figure bar %q: no ⚠ or message", bar)
	}
	m = press(t, m, "X")
	if bar := ansi.Strip(m.figureBar()); !strings.Contains(bar, "· ✗ check · stated +30%") {
		t.Errorf("figure bar %q: no verdict of the check", bar)
	}
}

// TestStepCheckStartsOnTheRow: on the row the article opens on, whose
// figure has a check, w goes to that check first, then on.
func TestStepCheckStartsOnTheRow(t *testing.T) {
	text := "Votes\n\nOf the 120 delegates, 70 backed the plan and 62 opposed it.\n\n" +
		"Passenger numbers grew 30% to 12 million, from 8 million a year earlier."
	m := start(t, parsePlain("two", text), Options{}, 120, 40)
	if len(m.checks.list) != 2 || len(m.checks.of(m.doc.fig, m.side.selected)) == 0 {
		t.Fatalf("checks %+v, selected %d", m.checks.list, m.side.selected)
	}
	for _, want := range []string{"check 1/2", "check 2/2", "check 1/2"} {
		m = press(t, m, "w")
		if m.status != want {
			t.Errorf("w: status %q, want %q", m.status, want)
		}
	}
	// reached with n, the second check's row: W goes to that check first
	second := m.checks.list[1].Facts[0]
	for i := 0; i < 20 && m.checks.target(m.doc.fig, m.side.selected) != 1; i++ {
		m = press(t, m, "n")
	}
	if !containsInt(m.checks.of(m.doc.fig, m.side.selected), 1) {
		t.Fatalf("n never reached the row of figure %d", second)
	}
	m = press(t, m, "W")
	if m.status != "check 2/2" {
		t.Errorf("W on the second check's row reached with n: status %q, want its own check", m.status)
	}
}
