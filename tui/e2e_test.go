package tui

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"figs/model/testkit"
)

// tmuxSession is the built figs binary running in a tmux server of its own.
type tmuxSession struct {
	t      *testing.T
	socket string
}

// startTmux runs command in a detached w x h tmux session.
func startTmux(t *testing.T, w, h int, env []string, command ...string) *tmuxSession {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed: skipping the end-to-end test")
	}
	s := &tmuxSession{t: t, socket: filepath.Join(t.TempDir(), "tmux.sock")}
	args := []string{"new-session", "-d", "-s", "figs", "-x", itoa(w), "-y", itoa(h), "--", "env"}
	args = append(args, env...)
	args = append(args, command...)
	s.tmux(args...)
	t.Cleanup(func() { _ = exec.Command("tmux", "-S", s.socket, "kill-server").Run() })
	return s
}

func itoa(n int) string { return strconv.Itoa(n) }

func (s *tmuxSession) tmux(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (s *tmuxSession) capture() string {
	out, err := exec.Command("tmux", "-S", s.socket, "capture-pane", "-p", "-t", "figs").CombinedOutput()
	if err != nil {
		return ""
	}
	return string(out)
}

func (s *tmuxSession) keys(keys ...string) {
	s.t.Helper()
	s.tmux(append([]string{"send-keys", "-t", "figs"}, keys...)...)
}

// waitFor polls the screen until ok holds. The deadline is generous: it
// only stops a hung test, it does not measure speed.
func (s *tmuxSession) waitFor(what string, ok func(screen string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		screen := s.capture()
		if ok(screen) {
			return screen
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("waiting for %s; the screen is:\n%s", what, screen)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (s *tmuxSession) alive() bool {
	return exec.Command("tmux", "-S", s.socket, "has-session", "-t", "figs").Run() == nil
}

// paneText is the left part of each line, where the article stands.
func paneText(screen string, w int) string {
	var b strings.Builder
	for _, l := range strings.Split(screen, "\n") {
		if i := strings.Index(l, "│"); i >= 0 {
			l = l[:i]
		}
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.String()
}

// TestEndToEnd builds figs once and drives it in tmux.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary: skipped in -short mode")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux not installed: skipping the end-to-end tests")
	}
	bin := testkit.Binary(t)
	t.Run("reader", func(t *testing.T) { e2eReader(t, bin) })
	t.Run("review", func(t *testing.T) { e2eReview(t, bin) })
	t.Run("folder", func(t *testing.T) { e2eFolder(t, bin) })
}

// e2eReader: the sidebar shows the figures of the default article, n brings
// "50 Kilometer" into view, a resize keeps the reader alive, and q quits.
func e2eReader(t *testing.T, bin string) {
	home := t.TempDir()
	s := startTmux(t, 120, 40, []string{"TERM=xterm-256color", "HOME=" + home, "XDG_DATA_HOME=" + filepath.Join(home, "data")}, bin)
	s.waitFor("the figures in the sidebar", func(sc string) bool {
		return strings.Contains(sc, "35 vs 20 billion USD") && strings.Contains(sc, "1,000 km²") && strings.Contains(sc, "50 km")
	})
	if strings.Contains(paneText(s.capture(), 120), "50 Kilometer") {
		t.Fatal("50 Kilometer is in view before any key")
	}
	// step with n until the detail box shows the 50 km figure
	re := regexp.MustCompile(`figure (\d+)/(\d+)`)
	for {
		sc := s.capture()
		if strings.Contains(sc, "distance 50 km") {
			break
		}
		cur := re.FindStringSubmatch(sc)
		if cur == nil || cur[1] == cur[2] {
			t.Fatalf("n never selected the 50 km figure:\n%s", sc)
		}
		s.keys("n")
		s.waitFor("the next figure", func(next string) bool { return next != sc })
	}
	if !strings.Contains(paneText(s.capture(), 120), "50 Kilometer") {
		t.Fatalf("n did not bring 50 Kilometer into view:\n%s", s.capture())
	}
	s.tmux("resize-window", "-t", "figs", "-x", "90", "-y", "30")
	s.waitFor("the reader at 90 columns after the resize, 50 Kilometer still in view", func(sc string) bool {
		lines := strings.Split(strings.TrimRight(sc, "\n"), "\n")
		return len(lines) <= 30 && strings.Contains(paneText(sc, 90), "50 Kilometer") && strings.Contains(sc, "distance 50 km")
	})
	if !s.alive() {
		t.Fatal("figs died on resize")
	}
	s.keys("q")
	deadline := time.Now().Add(30 * time.Second)
	for s.alive() {
		if time.Now().After(deadline) {
			t.Fatalf("q did not quit:\n%s", s.capture())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// e2eReview marks a figure and writes a note, quits, reopens, and finds
// the mark and the progress again.
func e2eReview(t *testing.T, bin string) {
	db := filepath.Join(t.TempDir(), "figs.db")
	env := []string{"TERM=xterm-256color", "FIGS_DB=" + db}
	s := startTmux(t, 120, 40, env, bin)
	s.waitFor("the reader", func(sc string) bool { return regexp.MustCompile(`0/\d+ checked`).MatchString(sc) })
	s.keys("v")
	s.waitFor("the saved verdict", func(sc string) bool { return strings.Contains(sc, "saved: verified") })
	s.keys("a")
	s.waitFor("the note editor", func(sc string) bool { return strings.Contains(sc, "save note") })
	s.keys("-l", "source: ministry")
	s.keys("Enter")
	s.waitFor("the saved note", func(sc string) bool { return strings.Contains(sc, "note: source: ministry") })
	s.keys("q")
	s.waitGone()

	s = startTmux(t, 120, 40, env, bin)
	s.waitFor("the mark after reopening", func(sc string) bool {
		return regexp.MustCompile(`1/\d+ checked`).MatchString(sc) && strings.Contains(sc, "│✓ ")
	})
	s.keys("q")
	s.waitGone()
}

// e2eFolder opens the library picker of a folder: filter, open, esc back
// to the list, quit.
func e2eFolder(t *testing.T, bin string) {
	dir := t.TempDir()
	files := map[string]string{
		"bridge.txt": "The bridge over the bay\n\nThe new bridge is 740 m long and cost 412 million euros, up from 380 million euros.",
		"water.md":   "# Water in the city\n\nThe city used 48 million cubic metres of water last year.\n\n- 120 litres a day per person",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	env := []string{"TERM=xterm-256color", "FIGS_DB=" + filepath.Join(t.TempDir(), "figs.db")}
	s := startTmux(t, 100, 30, env, bin, dir)
	s.waitFor("the picker", func(sc string) bool {
		return strings.Contains(sc, "The bridge over the bay") && strings.Contains(sc, "Water in the city")
	})
	s.keys("/")
	s.keys("-l", "water")
	s.keys("Enter")
	s.waitFor("the filtered list", func(sc string) bool { return !strings.Contains(sc, "The bridge over the bay") })
	s.keys("Enter")
	s.waitFor("the opened article", func(sc string) bool {
		return strings.Contains(sc, "Figures") && strings.Contains(sc, "48 million")
	})
	s.keys("Escape")
	s.waitFor("the list again", func(sc string) bool { return strings.Contains(sc, "Library") })
	s.keys("q")
	s.waitGone()
}

// waitGone waits for figs to quit and its tmux session to end.
func (s *tmuxSession) waitGone() {
	s.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for s.alive() {
		if time.Now().After(deadline) {
			s.t.Fatalf("figs did not quit:\n%s", s.capture())
		}
		time.Sleep(50 * time.Millisecond)
	}
}
