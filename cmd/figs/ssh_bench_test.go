package main

import (
	"bufio"
	"context"
	"encoding/pem"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"
)

// loadSessions is how many concurrent sessions BenchmarkSSHSessions opens.
const loadSessions = 100

// The environment that turns TestSSHLoadClients into the client side of
// the load benchmark.
const (
	loadEnvAddr = "FIGS_SSH_LOAD_ADDR"
	loadEnvKey  = "FIGS_SSH_LOAD_KEY"  // the client's private key, PEM
	loadEnvHost = "FIGS_SSH_LOAD_HOST" // the server's public key, authorized_keys format
	loadEnvN    = "FIGS_SSH_LOAD_N"
)

// BenchmarkSSHSessions opens loadSessions concurrent sessions on loopback,
// each reading its first frame and sending keys. It reports the time from
// dialling to the first frame with the sidebar (p50, p95), and the server's
// heap and goroutines per open session. The clients run in a child process,
// so the memory figure is the server's alone. The per-address rate limit is
// off: every client comes from 127.0.0.1.
func BenchmarkSSHSessions(b *testing.B) {
	ts := startServer(b, func(cfg *sshConfig) { cfg.maxSessions = loadSessions })
	block, err := gossh.MarshalPrivateKey(ts.rawKey, "")
	if err != nil {
		b.Fatal(err)
	}
	env := append(os.Environ(),
		loadEnvAddr+"="+ts.addr,
		loadEnvKey+"="+string(pem.EncodeToMemory(block)),
		loadEnvHost+"="+string(gossh.MarshalAuthorizedKey(ts.hostKey)),
		loadEnvN+"="+strconv.Itoa(loadSessions),
	)
	var firsts []time.Duration
	var heapPer, goroutinesPer float64
	runs := 0
	b.ReportAllocs()
	for b.Loop() {
		ds, heap, gs := runLoadClients(b, ts, env)
		firsts = append(firsts, ds...)
		heapPer += heap
		goroutinesPer += gs
		runs++
	}
	slices.Sort(firsts)
	pct := func(p float64) float64 {
		return float64(firsts[int(p*float64(len(firsts)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "ms-first-frame-p50")
	b.ReportMetric(pct(0.95), "ms-first-frame-p95")
	b.ReportMetric(heapPer/float64(runs), "heap-B/session")
	b.ReportMetric(goroutinesPer/float64(runs), "goroutines/session")
}

// runLoadClients runs one round of the client process and returns the
// times to first frame and the server's heap bytes and goroutines per
// session, measured while every session is open.
func runLoadClients(b *testing.B, ts *testServer, env []string) ([]time.Duration, float64, float64) {
	b.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*waitLimit)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestSSHLoadClients$", "-test.count=1")
	cmd.Env = env
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	goroutines := runtime.NumGoroutine()
	b.StartTimer()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	var firsts []time.Duration
	var heap, gs float64
	lines := bufio.NewScanner(stdout)
	for lines.Scan() {
		f := strings.Fields(lines.Text())
		switch {
		case len(f) == 2 && f[0] == "first":
			ns, err := strconv.ParseInt(f[1], 10, 64)
			if err != nil {
				b.Fatal(err)
			}
			firsts = append(firsts, time.Duration(ns))
			if len(firsts) < loadSessions {
				continue
			}
			b.StopTimer()
			eventually(b, "every session admitted", func() bool { return ts.srv.sessions.len() == loadSessions })
			runtime.GC()
			var during runtime.MemStats
			runtime.ReadMemStats(&during)
			heap = (float64(during.HeapInuse) - float64(before.HeapInuse)) / loadSessions
			gs = float64(runtime.NumGoroutine()-goroutines) / loadSessions
			b.StartTimer()
			if _, err := io.WriteString(stdin, "go\n"); err != nil {
				b.Fatal(err)
			}
		case len(f) > 0 && f[0] == "error":
			b.Fatalf("load client: %s", lines.Text())
		}
	}
	if err := cmd.Wait(); err != nil {
		b.Fatalf("load clients: %v", err)
	}
	if len(firsts) != loadSessions {
		b.Fatalf("%d sessions showed a first frame, want %d", len(firsts), loadSessions)
	}
	eventually(b, "every session closed", func() bool { return ts.srv.sessions.len() == 0 })
	return firsts, heap, gs
}

// TestSSHLoadClients is the client side of BenchmarkSSHSessions, run in a
// child process; it skips unless the benchmark started it. It opens the
// sessions at once, prints "first NANOSECONDS" for each first frame, waits
// for "go" on stdin, then sends keys, waits for the frame they cause, and
// quits every session.
func TestSSHLoadClients(t *testing.T) {
	addr := os.Getenv(loadEnvAddr)
	if addr == "" {
		t.Skip("client side of BenchmarkSSHSessions; run the benchmark instead")
	}
	n, err := strconv.Atoi(os.Getenv(loadEnvN))
	if err != nil {
		t.Fatal(err)
	}
	key, err := gossh.ParsePrivateKey([]byte(os.Getenv(loadEnvKey)))
	if err != nil {
		t.Fatal(err)
	}
	host, _, _, _, err := gossh.ParseAuthorizedKey([]byte(os.Getenv(loadEnvHost)))
	if err != nil {
		t.Fatal(err)
	}
	cfg := &gossh.ClientConfig{
		User: "load", Auth: []gossh.AuthMethod{gossh.PublicKeys(key)},
		HostKeyCallback: gossh.FixedHostKey(host), Timeout: waitLimit,
	}
	var mu sync.Mutex
	report := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Printf(format+"\n", args...)
	}
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			if err := loadClient(cfg, addr, start, report); err != nil {
				report("error session %d: %s", i, oneLine(err.Error()))
			}
		})
	}
	if _, err := bufio.NewReader(os.Stdin).ReadString('\n'); err != nil {
		report("error stdin: %v", err)
	}
	close(start)
	wg.Wait()
}

// loadClient is one session of the load test.
func loadClient(cfg *gossh.ClientConfig, addr string, start <-chan struct{}, report func(string, ...any)) error {
	began := time.Now()
	c, err := gossh.Dial("tcp", addr, cfg)
	if err != nil {
		return err
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		return err
	}
	defer sess.Close()
	if err := sess.RequestPty("xterm-256color", 40, 120, gossh.TerminalModes{}); err != nil {
		return err
	}
	out := &syncBuffer{}
	sess.Stdout = out
	in, err := sess.StdinPipe()
	if err != nil {
		return err
	}
	if err := sess.Shell(); err != nil {
		return err
	}
	wait := func(what string, ok func(string) bool) error {
		deadline := time.Now().Add(waitLimit)
		for !ok(out.String()) {
			if time.Now().After(deadline) {
				return fmt.Errorf("no %s", what)
			}
			time.Sleep(time.Millisecond)
		}
		return nil
	}
	if err := wait("first frame", func(s string) bool { return strings.Contains(ansi.Strip(s), "Figures") }); err != nil {
		return err
	}
	report("first %d", time.Since(began).Nanoseconds())
	<-start
	seen := len(out.String())
	if _, err := io.WriteString(in, "nnj"); err != nil {
		return err
	}
	if err := wait("frame after keys", func(s string) bool { return len(s) > seen }); err != nil {
		return err
	}
	if _, err := io.WriteString(in, "q"); err != nil {
		return err
	}
	return sess.Wait()
}
