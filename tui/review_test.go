package tui

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"figs/articles/store"
	"figs/model"
)

// openStore opens a real SQLite review store in a temporary directory.
func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "figs.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// selectDisplay steps with n until the selected figure shows display.
func selectDisplay(t *testing.T, m App, display string) App {
	t.Helper()
	for range len(m.doc.fig.facts) + 1 {
		if m.side.selected >= 0 && displayOf(m.doc.fig.facts[m.side.selected]) == display {
			return m
		}
		m = press(t, m, "n")
	}
	t.Fatalf("no figure shows %q", display)
	return m
}

func TestReviewMarksPersist(t *testing.T) {
	st := openStore(t)
	a := defaultArticle(t)
	opts := Options{Store: st, Reviewer: model.Reviewer{Name: "ana"}}
	m := start(t, a, opts, 120, 40)
	m = selectDisplay(t, m, "35 billion USD")
	m = press(t, m, "v")
	if m.status != "saved: verified" {
		t.Errorf("status after v = %q", m.status)
	}
	m = press(t, m, "n", "x", "a")
	m = typeText(t, m, "was 20 bn")
	m = press(t, m, "alt+enter")
	m = typeText(t, m, "check")
	m = press(t, m, "enter")
	if got := ansi.Strip(m.render()); !regexp.MustCompile(`2/\d+ checked, 1 disputed`).MatchString(got) || !strings.Contains(got, "note: was 20 bn check") {
		t.Errorf("the screen does not show the review:\n%s", got)
	}
	m = selectDisplay(t, m, "50 km")
	m = press(t, m, "U")
	m = press(t, m, "n", "v", "backspace")
	golden.RequireEqual(t, ansi.Strip(m.render()))
	m = press(t, m, "q")

	// a new reader on the same store shows the marks and the position
	m2 := start(t, a, opts, 120, 40)
	if m2.pane.top != m.pane.top {
		t.Errorf("reading position: top line %d, want %d", m2.pane.top, m.pane.top)
	}
	frame := ansi.Strip(m2.render())
	for _, want := range []string{`3/\d+ checked, 1 disputed`, `✓ \$ 35 vs 20 billion USD`, `✗ # 2 Dörfer`, `\? ↔ 50 km`} {
		if !regexp.MustCompile(want).MatchString(frame) {
			t.Errorf("reopened reader lacks %q:\n%s", want, frame)
		}
	}
	i := m.side.selected
	if i < 0 || model.VerdictAt(m2.review.marks, i) != model.Unchecked {
		t.Errorf("the cleared figure is %v after reopening", model.VerdictAt(m2.review.marks, i))
	}
	marks, err := st.Marks(context.Background(), a, m2.doc.fig.found(m2.doc.lang))
	if err != nil {
		t.Fatal(err)
	}
	notes := 0
	for _, mk := range marks {
		if mk.Note == "was 20 bn\ncheck" && mk.Verdict == model.Disputed && mk.Reviewer.Name == "ana" {
			notes++
		}
	}
	if notes != 1 {
		t.Errorf("the store holds %d disputed marks with the note, want 1: %+v", notes, marks)
	}
}

func TestNoteCancel(t *testing.T) {
	st := openStore(t)
	m := start(t, defaultArticle(t), Options{Store: st}, 120, 40)
	m = press(t, m, "n", "a")
	if m.mode != modeNote {
		t.Fatal("a did not open the note editor")
	}
	golden.RequireEqual(t, ansi.Strip(m.render()))
	m = typeText(t, m, "draft")
	m = press(t, m, "esc")
	if m.mode != modeReader || m.review.marks[m.side.selected].Note != "" || m.review.progress.Checked() != 0 {
		t.Errorf("esc kept the note: mode %v, mark %+v", m.mode, m.review.marks[m.side.selected])
	}
	checkFrame(t, m, 120, 40)
}

func TestUncheckedOnly(t *testing.T) {
	m := start(t, defaultArticle(t), Options{Store: openStore(t)}, 120, 40)
	first := m.side.selected
	m = press(t, m, "v", "n", "n", "v", "g")
	second := m.side.selected
	m = press(t, m, "!", "g")
	m.side.selected = -1
	for range 6 {
		m = press(t, m, "n")
		if m.side.selected == first || m.side.selected == second {
			t.Fatalf("n stopped on checked figure %d in unchecked-only mode", m.side.selected)
		}
	}
}

func TestReloadOthersMarks(t *testing.T) {
	st := openStore(t)
	a := defaultArticle(t)
	ana := start(t, a, Options{Store: st, Reviewer: model.Reviewer{Name: "ana"}}, 120, 40)
	ben := start(t, a, Options{Store: st, Reviewer: model.Reviewer{Name: "ben"}}, 120, 40)
	ben = press(t, ben, "x")
	if ana.review.progress.Checked() != 0 {
		t.Fatal("ana sees ben's mark before reloading")
	}
	ana = press(t, ana, "R")
	if ana.review.progress.Checked() != 1 || ana.review.progress.Disputed != 1 || !strings.Contains(ana.status, "marks reloaded") {
		t.Errorf("after R: %d checked, %d disputed, status %q", ana.review.progress.Checked(), ana.review.progress.Disputed, ana.status)
	}
}

func TestExportReport(t *testing.T) {
	m := start(t, defaultArticle(t), Options{Store: openStore(t)}, 120, 40)
	m = press(t, m, "v", "E")
	path, ok := strings.CutPrefix(m.status, "report written to ")
	if !ok {
		t.Fatalf("status after E = %q", m.status)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("report not written: %v", err)
	}
	_ = os.Remove(path)
}

func TestReviewWithoutStore(t *testing.T) {
	m := start(t, defaultArticle(t), Options{}, 120, 40)
	m = press(t, m, "v")
	if m.review.progress.Checked() != 1 || !strings.Contains(m.status, "not kept") {
		t.Errorf("without a store: %d checked, status %q", m.review.progress.Checked(), m.status)
	}
	m = press(t, m, "E")
	if !strings.Contains(m.status, "no review store") {
		t.Errorf("E without a store: status %q", m.status)
	}
}

// TestPositionSavedWithoutQuit checks that the reading position is kept
// when the reader stops scrolling, even if the session then ends without q.
func TestPositionSavedWithoutQuit(t *testing.T) {
	st := openStore(t)
	a := defaultArticle(t)
	m := start(t, a, Options{Store: st}, 120, 40)
	m.pos.delay = time.Millisecond
	m = press(t, m, "5", "0", "%")
	off, ok, err := st.Position(context.Background(), a, model.Reviewer{})
	if err != nil || !ok || off != m.pane.topOffset() {
		t.Errorf("stored position %d (%v, %v), want %d", off, ok, err, m.pane.topOffset())
	}
}

// TestTwoReviewersKeepEachOthersChange checks that a verdict and a note
// saved on one figure by two readers, each screen showing the figure as it
// was before the other's save, both survive, in either order, and that the
// later saver's screen shows the merged mark.
func TestTwoReviewersKeepEachOthersChange(t *testing.T) {
	type step func(ana, ben App) (App, App)
	dispute := func(ana, ben App) (App, App) { return press(t, ana, "x"), ben }
	note := func(ana, ben App) (App, App) {
		ben = press(t, ben, "a")
		ben = typeText(t, ben, "source says 20")
		return ana, press(t, ben, "enter")
	}
	for _, tt := range []struct {
		name  string
		steps []step
	}{
		{"verdict then note", []step{dispute, note}},
		{"note then verdict", []step{note, dispute}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st := openStore(t)
			a := defaultArticle(t)
			ana := start(t, a, Options{Store: st, Reviewer: model.Reviewer{Name: "ana"}}, 120, 40)
			ben := start(t, a, Options{Store: st, Reviewer: model.Reviewer{Name: "ben", Fingerprint: "SHA256:ben"}}, 120, 40)
			if ana.side.selected != ben.side.selected || ana.side.selected < 0 {
				t.Fatalf("the readers start on figures %d and %d", ana.side.selected, ben.side.selected)
			}
			for _, s := range tt.steps {
				ana, ben = s(ana, ben)
			}
			i := ana.side.selected
			marks, err := st.Marks(context.Background(), a, ana.doc.fig.found(ana.doc.lang))
			if err != nil {
				t.Fatal(err)
			}
			var got model.Mark
			for _, mk := range marks {
				if mk.FactID == i {
					got = mk
				}
			}
			if got.Verdict != model.Disputed || got.Note != "source says 20" {
				t.Errorf("stored mark %+v, want disputed with ben's note", got)
			}
			last := ana
			if tt.name == "verdict then note" {
				last = ben
			}
			if mk := last.review.marks[i]; mk.Verdict != model.Disputed || mk.Note != "source says 20" {
				t.Errorf("the last saver's screen shows %+v, want the merged mark", mk)
			}
			if frame := ansi.Strip(last.render()); !strings.Contains(frame, "note: source says 20") || !strings.Contains(frame, "1 disputed") {
				t.Errorf("the last saver's screen lacks the merged mark:\n%s", frame)
			}
		})
	}
}

// TestNoteSavedStatus checks the status after saving a note on an
// unchecked figure names the note, not the verdict.
func TestNoteSavedStatus(t *testing.T) {
	m := start(t, defaultArticle(t), Options{Store: openStore(t)}, 120, 40)
	m = press(t, m, "a")
	m = typeText(t, m, "ask the council")
	m = press(t, m, "enter")
	if m.status != "saved: note" {
		t.Errorf("status after saving a note = %q, want %q", m.status, "saved: note")
	}
	if mk := m.review.marks[m.side.selected]; mk.Verdict != model.Unchecked || mk.Note != "ask the council" {
		t.Errorf("mark after saving a note = %+v", mk)
	}
	m = press(t, m, "a", "ctrl+u", "enter")
	if m.status != "saved: note removed" {
		t.Errorf("status after emptying the note = %q, want %q", m.status, "saved: note removed")
	}
}

// TestPositionPerReviewer checks that two reviewers sharing a store each
// reopen the article where they stopped, not where the other did.
func TestPositionPerReviewer(t *testing.T) {
	st := openStore(t)
	a := defaultArticle(t)
	anaOpts := Options{Store: st, Reviewer: model.Reviewer{Name: "ana"}}
	benOpts := Options{Store: st, Reviewer: model.Reviewer{Name: "ben", Fingerprint: "SHA256:ben"}}
	ana := press(t, start(t, a, anaOpts, 120, 40), "5", "0", "%")
	ana = press(t, ana, "q")
	ben := press(t, start(t, a, benOpts, 120, 40), "9", "0", "%")
	ben = press(t, ben, "q")
	if ana.pane.top == ben.pane.top {
		t.Fatalf("both readers stopped on line %d: the test needs two positions", ana.pane.top)
	}
	if got := start(t, a, anaOpts, 120, 40).pane.top; got != ana.pane.top {
		t.Errorf("ana reopens on line %d, want %d", got, ana.pane.top)
	}
	if got := start(t, a, benOpts, 120, 40).pane.top; got != ben.pane.top {
		t.Errorf("ben reopens on line %d, want %d", got, ben.pane.top)
	}
}
