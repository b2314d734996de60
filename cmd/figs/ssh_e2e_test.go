package main

import (
	"context"
	"encoding/pem"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"figs/articles"
	"figs/articles/store"
	"figs/model/extract"
	"figs/model/testkit"
)

// e2e is the built figs binary serving in a child process, and a private
// tmux server that runs OpenSSH clients against it.
type e2e struct {
	dir    string
	bin    string
	key    string // the client's private key file
	fp     string // its fingerprint
	tmux   string // the tmux socket name
	server *exec.Cmd
	logs   *syncBuffer
	port   string
}

func newE2E(t *testing.T) *e2e {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	for _, tool := range []string{"ssh", "tmux", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not found: the end-to-end test needs OpenSSH, tmux and go", tool)
		}
	}
	e := &e2e{dir: t.TempDir(), logs: &syncBuffer{}, tmux: fmt.Sprintf("figs-e2e-%d", os.Getpid())}
	e.bin = testkit.Binary(t)
	signer, priv := newClientKeyPair(t)
	block, err := gossh.MarshalPrivateKey(priv, "")
	if err != nil {
		t.Fatal(err)
	}
	e.key = filepath.Join(e.dir, "client_key")
	e.fp = gossh.FingerprintSHA256(signer.PublicKey())
	if err := os.WriteFile(e.key, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	keys := "# reviewers\nthis line is broken\n" + string(gossh.MarshalAuthorizedKey(signer.PublicKey()))
	if err := os.WriteFile(filepath.Join(e.dir, "authorized_keys"), []byte(keys), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", e.tmux, "kill-server").Run() })
	return e
}

var listenLine = regexp.MustCompile(`listening addr=127\.0\.0\.1:(\d+)`)

// start runs figs serve and waits until it listens.
func (e *e2e) start(t *testing.T, args ...string) {
	t.Helper()
	data := filepath.Join(e.dir, "data")
	e.server = exec.Command(e.bin, append([]string{"serve", "--listen", "127.0.0.1:0",
		"--authorized-keys", filepath.Join(e.dir, "authorized_keys"),
		"--db", filepath.Join(e.dir, "figs.db")}, args...)...)
	e.server.Dir = e.dir
	e.server.Env = append(os.Environ(), "XDG_DATA_HOME="+data, "FIGS_DB=")
	e.server.Stdout, e.server.Stderr = e.logs, e.logs
	if err := e.server.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if e.server.ProcessState == nil {
			_ = e.server.Process.Kill()
			_ = e.server.Wait()
		}
		if t.Failed() {
			t.Logf("server log:\n%s", e.logs.String())
		}
	})
	eventually(t, "the server to listen", func() bool {
		m := listenLine.FindStringSubmatch(e.logs.String())
		if m != nil {
			e.port = m[1]
		}
		return m != nil
	})
}

// stop sends SIGTERM and returns the server's exit error.
func (e *e2e) stop(t *testing.T) error {
	t.Helper()
	if err := e.server.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- e.server.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(waitLimit):
		t.Fatal("server did not stop on SIGTERM")
	}
	return nil
}

// ssh opens a tmux window named name running the OpenSSH client; the pane
// stays after ssh exits and shows its exit status.
func (e *e2e) ssh(t *testing.T, name string, args ...string) {
	t.Helper()
	e.sshAs(t, name, "reviewer", args...)
}

// sshAs is ssh logging in as user.
func (e *e2e) sshAs(t *testing.T, name, user string, args ...string) {
	t.Helper()
	sshCmd := []string{"ssh", "-F", "/dev/null", "-p", e.port, "-i", e.key,
		"-o", "IdentitiesOnly=yes", "-o", "IdentityAgent=none",
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
		"-o", "LogLevel=ERROR", "-t", user + "@127.0.0.1"}
	shell := strings.Join(append(sshCmd, args...), " ") + `; echo "ssh exited $?"; sleep 600`
	cmd := exec.Command("tmux", "-L", e.tmux, "-f", "/dev/null", "new-session", "-d",
		"-s", name, "-x", "120", "-y", "40", shell)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
}

// pane returns what the window name shows.
func (e *e2e) pane(t *testing.T, name string) string {
	t.Helper()
	out, err := exec.Command("tmux", "-L", e.tmux, "capture-pane", "-p", "-t", name).CombinedOutput()
	if err != nil {
		t.Fatalf("tmux capture-pane: %v\n%s", err, out)
	}
	return string(out)
}

// waitPane waits until the window shows every one of want.
func (e *e2e) waitPane(t *testing.T, name string, want ...string) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		p := e.pane(t, name)
		ok := true
		for _, w := range want {
			ok = ok && strings.Contains(p, w)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("window %s never showed %q; it shows:\n%s", name, want, p)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// checkedOne matches the reader's progress once one figure is checked.
var checkedOne = regexp.MustCompile(`\b1/\d+ checked`)

// waitPaneMatch waits until the window shows a match of re.
func (e *e2e) waitPaneMatch(t *testing.T, name string, re *regexp.Regexp) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for !re.MatchString(e.pane(t, name)) {
		if time.Now().After(deadline) {
			t.Fatalf("window %s never matched %s; it shows:\n%s", name, re, e.pane(t, name))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// keys types into the window name.
func (e *e2e) keys(t *testing.T, name string, keys ...string) {
	t.Helper()
	args := append([]string{"-L", e.tmux, "send-keys", "-t", name}, keys...)
	if out, err := exec.Command("tmux", args...).CombinedOutput(); err != nil {
		t.Fatalf("tmux send-keys: %v\n%s", err, out)
	}
}

func TestSSHEndToEndOpenSSHInTmux(t *testing.T) {
	e := newE2E(t)
	e.start(t, "--idle-timeout", "10m")

	e.ssh(t, "review")
	e.waitPane(t, "review", "Figures", "50 km", "figure 1/")
	e.keys(t, "review", "n")
	e.waitPane(t, "review", "figure 2/")
	e.keys(t, "review", "C-z")
	e.keys(t, "review", "n")
	e.waitPane(t, "review", "figure 3/")
	e.keys(t, "review", "v")
	e.waitPaneMatch(t, "review", checkedOne)
	e.keys(t, "review", "q")
	e.waitPane(t, "review", "ssh exited 0")

	e.ssh(t, "late")
	e.waitPane(t, "late", "Figures")
	if err := e.stop(t); err != nil {
		t.Errorf("figs serve exited with %v after SIGTERM, want 0", err)
	}
	e.waitPane(t, "late", "the server is shutting down", "ssh exited")

	logs := e.logs.String()
	for _, want := range []string{"host key generated", "skipping bad line", "connect", "user=reviewer",
		"fingerprint=" + e.fp, "disconnect", "shutting down", "stopped"} {
		if !strings.Contains(logs, want) {
			t.Errorf("server log lacks %q", want)
		}
	}
	if _, err := os.Stat(filepath.Join(e.dir, "data", "figs", "ssh_host_ed25519_key")); err != nil {
		t.Errorf("host key not in the data dir: %v", err)
	}
	if entries, _ := filepath.Glob(filepath.Join(e.dir, "id_*")); len(entries) != 0 {
		t.Errorf("server wrote %v into its working directory", entries)
	}

	st, err := store.Open(context.Background(), filepath.Join(e.dir, "figs.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	art, err := articles.Default()
	if err != nil {
		t.Fatal(err)
	}
	marks, err := st.Marks(context.Background(), art, extract.Article(art, ""))
	if err != nil {
		t.Fatal(err)
	}
	// one v marks one sidebar row: one figure, or both figures of a comparison
	if len(marks) < 1 || len(marks) > 2 {
		t.Errorf("store holds %+v, want the marks of one row", marks)
	}
	for _, mk := range marks {
		if mk.Reviewer.Name != "reviewer" || mk.Reviewer.Fingerprint != e.fp || mk.Verdict != marks[0].Verdict {
			t.Errorf("store holds %+v, want one verdict by reviewer with the key's fingerprint", marks)
		}
	}
}

func TestSSHEndToEndRefusals(t *testing.T) {
	e := newE2E(t)
	e.start(t)
	stranger := filepath.Join(e.dir, "stranger")
	_, priv := newClientKeyPair(t)
	block, err := gossh.MarshalPrivateKey(priv, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(stranger, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	e.key = stranger
	e.ssh(t, "stranger")
	e.waitPane(t, "stranger", "Permission denied", "ssh exited 255")
	if err := e.stop(t); err != nil && !errors.Is(err, os.ErrProcessDone) {
		t.Errorf("figs serve exited with %v, want 0", err)
	}
	if !strings.Contains(e.logs.String(), "auth failed") {
		t.Errorf("server log lacks the failed login")
	}
}
