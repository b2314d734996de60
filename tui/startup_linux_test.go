package tui

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
	"unsafe"
)

// openPTY opens a pseudo-terminal of w x h cells with the standard library
// alone: the controlling side and the path of the terminal side.
func openPTY(tb testing.TB, w, h int) (*os.File, string) {
	tb.Helper()
	ptmx, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		tb.Skipf("no pseudo-terminals here (%v): skipping", err)
	}
	var unlock int32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ptmx.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		tb.Fatal(e)
	}
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ptmx.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		tb.Fatal(e)
	}
	ws := struct{ rows, cols, x, y uint16 }{uint16(h), uint16(w), 0, 0}
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ptmx.Fd(), syscall.TIOCSWINSZ, uintptr(unsafe.Pointer(&ws))); e != 0 {
		tb.Fatal(e)
	}
	return ptmx, "/dev/pts/" + itoa(int(n))
}

// timeToFirstFrame starts argv in a 100x30 pseudo-terminal and returns how
// long it takes until marker appears on its screen.
func timeToFirstFrame(b *testing.B, env []string, marker string, argv ...string) time.Duration {
	b.Helper()
	ptmx, pts := openPTY(b, 100, 30)
	defer ptmx.Close()
	tty, err := os.OpenFile(pts, os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		b.Fatal(err)
	}
	defer tty.Close()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	var seen []byte
	buf := make([]byte, 64<<10)
	for !bytes.Contains(seen, []byte(marker)) {
		_ = ptmx.SetReadDeadline(time.Now().Add(30 * time.Second))
		n, err := ptmx.Read(buf)
		if err != nil {
			b.Fatalf("%s: %v before %q appeared", argv[0], err, marker)
		}
		seen = append(seen, buf[:n]...)
	}
	return time.Since(start)
}

// BenchmarkFirstFrame measures, from outside, the time from starting figs
// in a 100x30 pseudo-terminal to its first frame, beside less on the same
// text (budget: within 5x of less on the default article, 30x on 10 MB).
func BenchmarkFirstFrame(b *testing.B) {
	if testing.Short() {
		b.Skip("builds the binary: skipped in -short mode")
	}
	bin := buildFigs(b)
	dir := b.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(corpusArticle(b, 10<<20).Text), 0o600); err != nil {
		b.Fatal(err)
	}
	def := filepath.Join(moduleRoot(b), "articles", "default.txt")
	less, lessErr := exec.LookPath("less")
	env := []string{"TERM=xterm-256color", "FIGS_DB=" + filepath.Join(dir, "figs.db"), "LESS=", "NO_COLOR="}
	cases := []struct {
		name, marker string
		argv         []string
	}{
		{"figs/default", "Figures", []string{bin}},
		{"less/default", "Putin", []string{less, def}},
		{"figs/10MB", "Figures", []string{bin, big}},
		{"less/10MB", "\x1b[", []string{less, big}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			if c.argv[0] == "" {
				b.Skipf("less not installed: %v", lessErr)
			}
			var total time.Duration
			for b.Loop() {
				total += timeToFirstFrame(b, env, c.marker, c.argv...)
			}
			b.ReportMetric(float64(total.Microseconds())/float64(b.N)/1000, "ms/frame")
		})
	}
}
