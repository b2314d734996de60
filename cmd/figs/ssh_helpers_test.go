package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"github.com/charmbracelet/x/ansi"
	gossh "golang.org/x/crypto/ssh"

	"figs/articles"
)

// waitLimit bounds every wait in these tests so that a broken server fails
// a test instead of hanging it. It is not a speed budget.
const waitLimit = 30 * time.Second

// syncBuffer is a bytes.Buffer safe for concurrent writers and readers.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// eventually polls cond until it holds or waitLimit passes.
func eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// newClientKey returns a fresh ed25519 client key.
func newClientKey(t testing.TB) gossh.Signer {
	t.Helper()
	s, _ := newClientKeyPair(t)
	return s
}

// newClientKeyPair returns a fresh ed25519 client key and its private half.
func newClientKeyPair(t testing.TB) (gossh.Signer, ed25519.PrivateKey) {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s, priv
}

// testServer is a review server on 127.0.0.1:0 for one test.
type testServer struct {
	addr     string
	dir      string
	keysPath string
	key      gossh.Signer // an authorized client key
	rawKey   ed25519.PrivateKey
	hostKey  gossh.PublicKey
	logs     *syncBuffer
	srv      *sshServer
	stop     context.CancelFunc
	done     chan error
}

// startServer starts a server that admits one generated key, with edit
// applied to its configuration first.
func startServer(t testing.TB, edit func(*sshConfig)) *testServer {
	t.Helper()
	dir := t.TempDir()
	ts := &testServer{dir: dir, logs: &syncBuffer{}, done: make(chan error, 1)}
	ts.key, ts.rawKey = newClientKeyPair(t)
	ts.keysPath = filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(ts.keysPath, gossh.MarshalAuthorizedKey(ts.key.PublicKey()), 0o600); err != nil {
		t.Fatal(err)
	}
	host, _, err := loadHostKey(filepath.Join(dir, "host", "key"))
	if err != nil {
		t.Fatal(err)
	}
	ts.hostKey = host.PublicKey()
	art, err := articles.Default()
	if err != nil {
		t.Fatal(err)
	}
	logger := log.New(ts.logs)
	logger.SetLevel(log.DebugLevel)
	cfg := sshConfig{
		hostKey:     host,
		keys:        newAuthorizedKeys(ts.keysPath, logger),
		article:     art,
		maxSessions: 64,
		grace:       2 * time.Second,
		logger:      logger,
	}
	if edit != nil {
		edit(&cfg)
	}
	ts.srv, err = newSSHServer(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ts.addr = ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	ts.stop = cancel
	go func() { ts.done <- ts.srv.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-ts.done:
			if err != nil {
				t.Errorf("Serve: %v", err)
			}
			ts.done <- err
		case <-time.After(waitLimit):
			t.Errorf("server did not stop")
		}
		if t.Failed() {
			t.Logf("server log:\n%s", ts.logs.String())
		}
	})
	return ts
}

// dial logs in as user with auth.
func (ts *testServer) dial(user string, auth ...gossh.AuthMethod) (*gossh.Client, error) {
	return gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{
		User:            user,
		Auth:            auth,
		HostKeyCallback: gossh.FixedHostKey(ts.hostKey),
		Timeout:         waitLimit,
	})
}

// login logs in with the authorized key, failing the test otherwise.
func (ts *testServer) login(t testing.TB, user string) *gossh.Client {
	t.Helper()
	c, err := ts.dial(user, gossh.PublicKeys(ts.key))
	if err != nil {
		t.Fatalf("login as %s: %v", user, err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// term is one client session with a PTY and everything it printed.
type term struct {
	sess *gossh.Session
	in   io.WriteCloser
	out  *syncBuffer
	done chan error // the result of Wait

	mu      sync.Mutex
	w, h    int
	resizes []termResize
}

// termResize records that the window became w×h after the first at bytes
// of output.
type termResize struct{ at, w, h int }

// openTerm starts a PTY session of w×h running command ("" for a shell).
func openTerm(t testing.TB, c *gossh.Client, w, h int, command string, env map[string]string) *term {
	t.Helper()
	return openTermTap(t, c, w, h, command, env, nil)
}

// openTermTap is openTerm with tap, when not nil, seeing every write of the
// session's output as it arrives.
func openTermTap(t testing.TB, c *gossh.Client, w, h int, command string, env map[string]string, tap io.Writer) *term {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatalf("new session: %v", err)
	}
	for k, v := range env {
		if err := sess.Setenv(k, v); err != nil {
			t.Fatalf("setenv %s: %v", k, err)
		}
	}
	if err := sess.RequestPty("xterm-256color", h, w, gossh.TerminalModes{}); err != nil {
		t.Fatalf("pty: %v", err)
	}
	tm := &term{sess: sess, out: &syncBuffer{}, done: make(chan error, 1), w: w, h: h}
	sess.Stdout, sess.Stderr = io.Writer(tm.out), io.Writer(tm.out)
	if tap != nil {
		sess.Stdout = io.MultiWriter(tap, tm.out)
	}
	if tm.in, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	if command == "" {
		err = sess.Shell()
	} else {
		err = sess.Start(command)
	}
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	go func() { tm.done <- sess.Wait() }()
	t.Cleanup(func() { _ = sess.Close() })
	return tm
}

// screen returns everything the session printed, without escape sequences.
func (tm *term) screen() string { return ansi.Strip(tm.out.String()) }

// resize changes the client's window to w×h.
func (tm *term) resize(t testing.TB, w, h int) {
	t.Helper()
	tm.mu.Lock()
	tm.resizes = append(tm.resizes, termResize{at: len(tm.out.String()), w: w, h: h})
	tm.mu.Unlock()
	if err := tm.sess.WindowChange(h, w); err != nil {
		t.Fatalf("window change: %v", err)
	}
}

// display replays the session's output on an emulated terminal and returns
// what the reviewer sees now.
func (tm *term) display() *screen {
	out := tm.out.String()
	tm.mu.Lock()
	resizes := slices.Clone(tm.resizes)
	tm.mu.Unlock()
	scr := newScreen(tm.w, tm.h)
	done := 0
	for _, r := range resizes {
		scr.feed(out[done:min(r.at, len(out))])
		done = min(r.at, len(out))
		scr.resize(r.w, r.h)
	}
	scr.feed(out[done:])
	return scr
}

// waitScreen waits until the emulated display satisfies ok.
func (tm *term) waitScreen(t testing.TB, what string, ok func(*screen) bool) *screen {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		scr := tm.display()
		if ok(scr) {
			return scr
		}
		if time.Now().After(deadline) {
			t.Fatalf("display never showed %s; it shows:\n%s", what, scr)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitFor waits until the session has printed s.
func (tm *term) waitFor(t testing.TB, s string) {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for !strings.Contains(tm.screen(), s) {
		if time.Now().After(deadline) {
			scr := tm.screen()
			t.Fatalf("session never showed %q; it showed (last 1500 bytes):\n%s", s, scr[max(0, len(scr)-1500):])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// send types s into the session.
func (tm *term) send(t testing.TB, s string) {
	t.Helper()
	if _, err := io.WriteString(tm.in, s); err != nil {
		t.Fatalf("send %q: %v", s, err)
	}
}

// wait waits for the session to end and returns its exit status.
func (tm *term) wait(t testing.TB) int {
	t.Helper()
	select {
	case err := <-tm.done:
		var exit *gossh.ExitError
		switch {
		case err == nil:
			return 0
		case errors.As(err, &exit):
			return exit.ExitStatus()
		default:
			t.Fatalf("session ended without status: %v", err)
		}
	case <-time.After(waitLimit):
		t.Fatalf("session did not end; it showed:\n%s", tm.screen())
	}
	return -1
}

// recorder wraps the real reader of a session and reports every message it
// receives, so tests can see keys and resizes arrive.
type recorder struct {
	tea.Model
	msgs chan<- tea.Msg
}

func (m recorder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	select {
	case m.msgs <- msg:
	default:
	}
	inner, cmd := m.Model.Update(msg)
	m.Model = inner
	return m, cmd
}
