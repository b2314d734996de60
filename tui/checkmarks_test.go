package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"figs/model"
)

// header is the first line of m's frame, without styles.
func header(m App) string { return strings.SplitN(ansi.Strip(m.render()), "\n", 2)[0] }

// TestCheckVerdict: V and X mark the check itself, which closes it (the
// header's count, a dimmed ⚠, the verdict and who gave it in the detail
// box); a second V takes the verdict back; A writes the check's note. The
// marks are in the store: another reader is shown them live, a reader
// opened later loads them, and the report lists them.
func TestCheckVerdict(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "figs.db")
	path := filepath.Join(dir, "airport.txt")
	if err := os.WriteFile(path, []byte(checkArticle), 0o600); err != nil {
		t.Fatal(err)
	}
	a := parsePlain(path, checkArticle)
	ana := startLive(t, a, openShared(t, db), Options{Reviewer: model.Reviewer{Name: "ana"}})
	ben := startLive(t, a, openShared(t, db), Options{Reviewer: model.Reviewer{Name: "ben", Fingerprint: "SHA256:benkey123"}})
	if len(ana.checks.list) != 1 {
		t.Fatalf("checks %+v, want the one of the passenger numbers", ana.checks.list)
	}
	if h := header(ana); !strings.Contains(h, "1 check") {
		t.Fatalf("header %q does not count the open check", h)
	}
	lead := ana.checks.list[0].Facts[0]

	ana = press(t, ana, "w", "V")
	if ana.status != "saved: check verified" || ana.checks.verdict(0) != model.Verified {
		t.Fatalf("after V: status %q, verdict %q", ana.status, ana.checks.verdict(0))
	}
	frame := ansi.Strip(ana.render())
	if h := header(ana); !strings.Contains(h, "checks closed") {
		t.Errorf("header %q after the check's verdict", h)
	}
	if !strings.Contains(frame, "(change, verified)") || !strings.Contains(frame, "✓ check verified by ana") {
		t.Errorf("the detail box does not give the check's verdict and who gave it:\n%s", frame)
	}
	if n := ana.checks.notes(ana.doc.fig, ana.review, nil)[lead]; n.mark != "⚠" || n.tone != toneCheckClosed {
		t.Errorf("row note of a closed check = %+v, want a dimmed ⚠", n)
	}
	if got := ana.review.progress.Checked(); got != 0 {
		t.Errorf("the check's verdict marked %d figures", got)
	}

	ben = await(t, ben, "ana's verdict on the check", func(m App) bool { return m.checks.verdict(0) == model.Verified })
	if !strings.HasPrefix(ben.status, "ana ✓ check: stated +30%") || !strings.Contains(header(ben), "checks closed") {
		t.Errorf("ben's screen: status %q, header %q", ben.status, header(ben))
	}
	ben = press(t, ben, "w", "A")
	if !strings.Contains(ansi.Strip(ben.render()), "note on check: stated +30%") {
		t.Errorf("the note editor does not say it is on the check:\n%s", ansi.Strip(ben.render()))
	}
	ben = typeText(t, ben, "8 million was 2019")
	ben = press(t, ben, "enter")
	if ben.status != "saved: check's note" {
		t.Fatalf("ben's note: status %q", ben.status)
	}
	if got := ben.review.noteOf(lead); got != "" {
		t.Errorf("the check's note went on the figure: %q", got)
	}
	ana = await(t, ana, "ben's note on the check", func(m App) bool { return m.checks.marks[0].Note != "" })
	if frame := ansi.Strip(ana.render()); !strings.Contains(frame, "check note: 8 million was 2019") || !strings.Contains(frame, "✓ check verified by ana") {
		t.Errorf("ana's detail box after ben's note:\n%s", frame)
	}

	// a second V takes the verdict back; X disputes
	ana = press(t, ana, "V")
	if ana.checks.verdict(0) != model.Unchecked || !strings.Contains(header(ana), "1 check") {
		t.Fatalf("V again: verdict %q, header %q", ana.checks.verdict(0), header(ana))
	}
	ana = press(t, ana, "X")
	if ana.checks.verdict(0) != model.Disputed {
		t.Fatalf("X: status %q", ana.status)
	}

	// a reader opened later loads the check's mark
	later := startLive(t, a, openShared(t, db), Options{Reviewer: model.Reviewer{Name: "cem"}})
	if later.checks.verdict(0) != model.Disputed || later.checks.marks[0].Note != "8 million was 2019" || later.checks.marks[0].Reviewer.Name != "ana" {
		t.Errorf("a new reader: check mark %+v", later.checks.marks[0])
	}
	later = press(t, later, "E")
	report, err := os.ReadFile(filepath.Join(dir, "airport.review.md"))
	if err != nil {
		t.Fatalf("report: %v (status %q)", err, later.status)
	}
	if !strings.Contains(string(report), "✗ disputed by ana") || !strings.Contains(string(report), "8 million was 2019 | closed |") {
		t.Errorf("the report does not list the check's verdict and note:\n%s", report)
	}
}

// TestCheckVerdictNeedsACheck: on a row no check concerns, V says where
// the checks are and saves nothing; without a store the verdict shows but
// is said not to be kept.
func TestCheckVerdictNeedsACheck(t *testing.T) {
	m := checkApp(t)
	concerned := func(m App) bool { return len(m.checks.of(m.doc.fig, m.side.selected)) > 0 }
	for concerned(m) {
		m = press(t, m, "n")
	}
	m = press(t, m, "V")
	if m.status != "no check on this figure: w goes to the next ⚠" || m.checks.verdict(0) != model.Unchecked {
		t.Errorf("V off a check: status %q, verdict %q", m.status, m.checks.verdict(0))
	}
	m = press(t, m, "w", "X")
	if m.status != "marked (no review store: not kept)" || m.checks.verdict(0) != model.Disputed {
		t.Errorf("X without a store: status %q, verdict %q", m.status, m.checks.verdict(0))
	}
	if !strings.Contains(header(m), "checks closed") {
		t.Errorf("header %q", header(m))
	}
}

// TestCheckVerdictNotSaved: a store that refuses the save leaves the check
// open and says so; nothing shows as saved.
func TestCheckVerdictNotSaved(t *testing.T) {
	st := openShared(t, filepath.Join(t.TempDir(), "figs.db"))
	m := start(t, parsePlain("checks", checkArticle), Options{Store: st, Reviewer: model.Reviewer{Name: "ana"}}, 120, 40)
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	m = press(t, m, "w", "V")
	if !strings.HasPrefix(m.status, "check not marked: ") || !m.isErr || m.checks.verdict(0) != model.Unchecked {
		t.Errorf("refused save: status %q, verdict %q", m.status, m.checks.verdict(0))
	}
	if !strings.Contains(header(m), "1 check") {
		t.Errorf("header %q, want the check still open", header(m))
	}
}

// TestReloadLoadsWhatChanged: a pushed change of a figure's mark reloads
// the figures' marks, of a check's the checks', of unknown both; an
// article without checks never loads check marks.
func TestReloadLoadsWhatChanged(t *testing.T) {
	fig := model.FigureKeys("It is 12 km long.", []model.Fact{{Text: "12 km", Start: 6, End: 11}})[0]
	chk := model.CheckKeys("It is 12 km long.", []model.Fact{{Text: "12 km", Start: 6, End: 11}}, []model.Check{{Kind: model.CheckRepeat, Facts: []int{0}}})[0]
	for key, want := range map[string]loads{fig: loadFigureMarks, chk: loadCheckMarks, "": loadAll} {
		if got := changedMarks(model.Change{Kind: model.ChangeMarks, Key: key}); got != want {
			t.Errorf("change of %q loads %b, want %b", key, got, want)
		}
	}
	m := start(t, parsePlain("plain", "The bridge is 12 km long."), Options{}, 120, 40)
	if !m.checks.known || len(m.checks.list) != 0 {
		t.Fatalf("checks %+v known %v", m.checks.list, m.checks.known)
	}
	m.team.loading = true // what a reload would load is kept for the next
	m.reloadCmd(model.Change{Kind: model.ChangeMarks, Key: chk})
	if m.team.again != 0 {
		t.Errorf("a check's change on an article without checks queued %b", m.team.again)
	}
	m.reloadCmd(model.Change{Kind: model.ChangeMarks})
	if m.team.again != loadFigureMarks {
		t.Errorf("an unknown change queued %b, want the figures' marks", m.team.again)
	}
}
