package tui

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"
)

// tmuxSession is the built figs binary running in a tmux server of its own.
type tmuxSession struct {
	t      *testing.T
	socket string
}

// buildFigs builds ./cmd/figs into a temporary directory.
func buildFigs(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "figs")
	goBin := filepath.Join(runtime.GOROOT(), "bin", "go")
	cmd := exec.Command(goBin, "build", "-o", bin, "./cmd/figs")
	cmd.Dir = moduleRoot(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
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

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + fmtInt(n)) }

func fmtInt(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

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

// TestEndToEnd drives the built binary in tmux: the sidebar shows the
// figures of the default article, n brings "50 Kilometer" into view, a
// resize keeps the reader alive, and q quits.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary: skipped in -short mode")
	}
	bin := buildFigs(t)
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
	_ = os.Remove(bin)
}
