package main

import (
	"errors"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/time/rate"

	"figs/model"
	"figs/tui"
)

func TestSSHSessionShowsReader(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.login(t, "alice")
	tm := openTerm(t, c, 120, 40, "", nil)
	tm.waitScreen(t, "the sidebar with its figures", func(s *screen) bool {
		scr := s.String()
		return strings.Contains(scr, "Figures") && strings.Contains(scr, "50 km") &&
			strings.Contains(s.row(0), "Wladimir")
	})
	tm.send(t, "q")
	if code := tm.wait(t); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
	logs := ts.logs.String()
	for _, want := range []string{"connect", "user=alice", "fingerprint=" + gossh.FingerprintSHA256(ts.key.PublicKey()), "disconnect", "duration="} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
	if strings.Contains(logs, "Wladimir") || strings.Contains(logs, "50 km") {
		t.Errorf("log holds article text:\n%s", logs)
	}
}

// statusLine returns the bottom row of the display.
func statusLine(s *screen) string { return s.row(s.h - 1) }

func TestSSHKeysAndResize(t *testing.T) {
	ts := startServer(t, nil)
	tm := openTerm(t, ts.login(t, "alice"), 120, 40, "", nil)
	tm.waitScreen(t, "figure 1 selected", func(s *screen) bool { return strings.Contains(statusLine(s), "figure 1/") })
	tm.send(t, "n")
	tm.waitScreen(t, "figure 2 selected after n", func(s *screen) bool { return strings.Contains(statusLine(s), "figure 2/") })
	// Below 80 columns the sidebar gives way to a one-line figure bar above
	// the footer: the selected figure, the default article's second (as in
	// tui/testdata/TestFrames/resize.golden), with its symbol and label.
	tm.resize(t, 70, 20)
	tm.waitScreen(t, "the reader laid out for 70×20: no sidebar, figure 2 in the figure bar", func(s *screen) bool {
		return strings.Contains(statusLine(s), "figure 2/") && strings.Contains(s.row(0), "checked") &&
			strings.Contains(s.row(s.h-2), "⧖ >6 mo · Russlands Krieg") &&
			!strings.Contains(s.String(), "Figures") && !strings.Contains(s.String(), "│")
	})
	tm.send(t, "q")
	tm.wait(t)
}

// recordApps makes every session's reader a recorder around the real one.
func recordApps(msgs chan<- tea.Msg) func(*sshConfig) {
	return func(cfg *sshConfig) {
		cfg.newApp = func(a model.Article, o tui.Options) tea.Model {
			return recorder{Model: tui.New(a, o), msgs: msgs}
		}
	}
}

// waitMsg waits for a message the reader received that satisfies ok.
func waitMsg(t *testing.T, msgs <-chan tea.Msg, what string, ok func(tea.Msg) bool) {
	t.Helper()
	deadline := time.After(waitLimit)
	for {
		select {
		case m := <-msgs:
			if ok(m) {
				return
			}
		case <-deadline:
			t.Fatalf("reader never received %s", what)
		}
	}
}

func TestSSHRefusesUnknownKeyAndPasswords(t *testing.T) {
	ts := startServer(t, nil)
	stranger := newClientKey(t)
	tests := []struct {
		name string
		auth []gossh.AuthMethod
		log  string
	}{
		{"unknown key", []gossh.AuthMethod{gossh.PublicKeys(stranger)}, "fingerprint=" + gossh.FingerprintSHA256(stranger.PublicKey())},
		{"password", []gossh.AuthMethod{gossh.Password("secret")}, "login failed"},
		{"keyboard-interactive", []gossh.AuthMethod{gossh.KeyboardInteractive(
			func(string, string, []string, []bool) ([]string, error) { return nil, nil })}, "login failed"},
		{"no auth", nil, "login failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := strings.Count(ts.logs.String(), tt.log)
			c, err := ts.dial("mallory", tt.auth...)
			if err == nil {
				c.Close()
				t.Fatal("login succeeded, want it refused")
			}
			eventually(t, "the failure in the log", func() bool {
				return strings.Count(ts.logs.String(), tt.log) > before
			})
		})
	}
}

func TestSSHOpenAdmitsAnyKey(t *testing.T) {
	ts := startServer(t, func(cfg *sshConfig) { cfg.open, cfg.keys = true, nil })
	c, err := ts.dial("guest", gossh.PublicKeys(newClientKey(t)))
	if err != nil {
		t.Fatalf("open server refused a key: %v", err)
	}
	c.Close()
	if _, err := ts.dial("guest", gossh.Password("x")); err == nil {
		t.Error("open server admitted a password")
	}
}

func TestSSHNeedsPTY(t *testing.T) {
	ts := startServer(t, nil)
	sess, err := ts.login(t, "alice").NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out, err := sess.CombinedOutput("")
	var exit *gossh.ExitError
	if !errors.As(err, &exit) || exit.ExitStatus() != 1 {
		t.Errorf("no-PTY session ended with %v, want exit status 1", err)
	}
	if !strings.Contains(string(out), "needs a terminal") {
		t.Errorf("no-PTY session said %q, want a clear message", out)
	}
}

func TestSSHArticleNameWithoutLibrary(t *testing.T) {
	ts := startServer(t, nil)
	tests := []string{"budget.txt", "../../etc/passwd", "/etc/passwd", "a b"}
	for _, name := range tests {
		t.Run(name, func(t *testing.T) {
			tm := openTerm(t, ts.login(t, "alice"), 80, 24, name, nil)
			if code := tm.wait(t); code != 1 {
				t.Errorf("exit status %d, want 1", code)
			}
			if !strings.Contains(tm.screen(), "figs: ") || strings.Contains(tm.screen(), "Wladimir") {
				t.Errorf("session showed %q, want only a refusal", tm.screen())
			}
		})
	}
}

func TestSSHSessionCap(t *testing.T) {
	ts := startServer(t, func(cfg *sshConfig) { cfg.maxSessions = 1 })
	first := openTerm(t, ts.login(t, "alice"), 80, 24, "", nil)
	first.waitFor(t, "Wladimir")
	second := openTerm(t, ts.login(t, "bob"), 80, 24, "", nil)
	if code := second.wait(t); code != 1 {
		t.Errorf("second session exit status %d, want 1", code)
	}
	if !strings.Contains(second.screen(), "server busy") {
		t.Errorf("second session showed %q, want server busy", second.screen())
	}
	first.send(t, "q")
	first.wait(t)
	eventually(t, "the first session to be forgotten", func() bool { return ts.srv.sessions.len() == 0 })
	third := openTerm(t, ts.login(t, "carol"), 80, 24, "", nil)
	third.waitFor(t, "Wladimir")
	third.send(t, "q")
	third.wait(t)
}

func TestSSHIdleSessionIsClosed(t *testing.T) {
	ts := startServer(t, func(cfg *sshConfig) { cfg.idleTimeout = 300 * time.Millisecond })
	tm := openTerm(t, ts.login(t, "alice"), 80, 24, "", nil)
	tm.wait(t)
	if !strings.Contains(tm.screen(), "without input or screen updates") {
		t.Errorf("idle session showed %q, want the idle reason", tm.screen())
	}
	if !strings.Contains(ts.logs.String(), "reason=idle") {
		t.Errorf("log lacks reason=idle:\n%s", ts.logs.String())
	}
}

func TestSSHIdleRule(t *testing.T) {
	set := newSessionSet(0)
	now := time.Now()
	reading, away := &liveSession{}, &liveSession{}
	reading.lastActive.Store(now.Add(-14 * time.Minute).UnixNano())
	away.lastActive.Store(now.Add(-16 * time.Minute).UnixNano())
	for _, s := range []*liveSession{reading, away} {
		if err := set.add(s); err != nil {
			t.Fatal(err)
		}
	}
	set.endIdle(now, 15*time.Minute)
	if got := reading.endReason(); got != endNone {
		t.Errorf("session active 14m ago ended (%v), want kept", got)
	}
	if got := away.endReason(); got != endIdle {
		t.Errorf("session active 16m ago: %v, want idle", got)
	}
}

func TestSSHShutdownTellsSessions(t *testing.T) {
	ts := startServer(t, nil)
	tm := openTerm(t, ts.login(t, "alice"), 80, 24, "", nil)
	tm.waitFor(t, "Wladimir")
	ts.stop()
	tm.wait(t)
	if !strings.Contains(tm.screen(), "shutting down") {
		t.Errorf("session showed %q, want the shutdown notice", tm.screen())
	}
	select {
	case err := <-ts.done:
		if err != nil {
			t.Errorf("Serve after shutdown: %v", err)
		}
		ts.done <- err
	case <-time.After(waitLimit):
		t.Fatal("server did not stop")
	}
	if _, err := ts.dial("alice", gossh.PublicKeys(ts.key)); err == nil {
		t.Error("server still accepts after shutdown")
	}
}

func TestSSHShutdownGivesUpOnStuckClients(t *testing.T) {
	ts := startServer(t, func(cfg *sshConfig) { cfg.grace = 200 * time.Millisecond })
	// A client that logs in, opens a channel, never starts a shell and never
	// disconnects. The open channel also proves the server tracks the
	// connection before the shutdown begins.
	if _, err := ts.login(t, "alice").NewSession(); err != nil {
		t.Fatal(err)
	}
	ts.stop()
	select {
	case err := <-ts.done:
		if err != nil {
			t.Errorf("Serve: %v", err)
		}
		ts.done <- err
	case <-time.After(waitLimit):
		t.Fatal("server did not stop")
	}
	if !strings.Contains(ts.logs.String(), "still open after grace") {
		t.Errorf("log lacks the forced close:\n%s", ts.logs.String())
	}
}

func TestSSHDroppedClientLeavesServerServing(t *testing.T) {
	ts := startServer(t, nil)
	// Dial by hand so the test can cut the TCP connection under the client.
	raw, err := net.Dial("tcp", ts.addr)
	if err != nil {
		t.Fatal(err)
	}
	conn, chans, reqs, err := gossh.NewClientConn(raw, ts.addr, &gossh.ClientConfig{
		User: "alice", Auth: []gossh.AuthMethod{gossh.PublicKeys(ts.key)},
		HostKeyCallback: gossh.FixedHostKey(ts.hostKey),
	})
	if err != nil {
		t.Fatal(err)
	}
	tm := openTerm(t, gossh.NewClient(conn, chans, reqs), 80, 24, "", nil)
	tm.waitFor(t, "Wladimir")
	raw.Close()
	eventually(t, "the dropped session to end", func() bool { return ts.srv.sessions.len() == 0 })
	next := openTerm(t, ts.login(t, "bob"), 80, 24, "", nil)
	next.waitFor(t, "Wladimir")
	next.send(t, "q")
	next.wait(t)
}

func TestSSHRateLimit(t *testing.T) {
	ts := startServer(t, func(cfg *sshConfig) { cfg.connRate, cfg.connBurst = rate.Every(time.Hour), 2 })
	for i := range 2 {
		c, err := ts.dial("alice", gossh.PublicKeys(ts.key))
		if err != nil {
			t.Fatalf("connection %d refused: %v", i+1, err)
		}
		c.Close()
	}
	if c, err := ts.dial("alice", gossh.PublicKeys(ts.key)); err == nil {
		c.Close()
		t.Fatal("third connection admitted, want it rate limited")
	}
	if !strings.Contains(ts.logs.String(), "rate limit") {
		t.Errorf("log lacks the rate limit:\n%s", ts.logs.String())
	}
}

// suspender asks for a suspend on ctrl+z, as a reader binding it would.
type suspender struct{ recorder }

func (m suspender) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	inner, cmd := m.recorder.Update(msg)
	m.recorder = inner.(recorder)
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "ctrl+z" {
		return m, tea.Suspend
	}
	return m, cmd
}

func TestSSHCtrlZSuspendsNothing(t *testing.T) {
	msgs := make(chan tea.Msg, 1024)
	ts := startServer(t, func(cfg *sshConfig) {
		cfg.newApp = func(a model.Article, o tui.Options) tea.Model {
			return suspender{recorder{Model: tui.New(a, o), msgs: msgs}}
		}
	})
	tm := openTerm(t, ts.login(t, "alice"), 80, 24, "", nil)
	tm.waitFor(t, "Wladimir")
	tm.send(t, "\x1a")
	waitMsg(t, msgs, "a resume in place of the suspend", func(m tea.Msg) bool {
		_, ok := m.(tea.ResumeMsg)
		return ok
	})
	tm.send(t, "n")
	waitMsg(t, msgs, "key n after ctrl+z", func(m tea.Msg) bool {
		k, ok := m.(tea.KeyPressMsg)
		return ok && k.String() == "n"
	})
	tm.send(t, "q")
	tm.wait(t)
}

// panicker panics on the key P.
type panicker struct{ tea.Model }

func (m panicker) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "P" {
		panic("reader bug")
	}
	inner, cmd := m.Model.Update(msg)
	m.Model = inner
	return m, cmd
}

func TestSSHPanicEndsOneSession(t *testing.T) {
	ts := startServer(t, func(cfg *sshConfig) {
		cfg.newApp = func(a model.Article, o tui.Options) tea.Model {
			return panicker{tui.New(a, o)}
		}
	})
	bystander := openTerm(t, ts.login(t, "bob"), 80, 24, "", nil)
	bystander.waitFor(t, "Wladimir")

	victim := openTerm(t, ts.login(t, "alice"), 80, 24, "", nil)
	victim.waitFor(t, "Wladimir")
	victim.send(t, "P")
	victim.wait(t)

	bystander.send(t, "n")
	bystander.send(t, "q")
	if code := bystander.wait(t); code != 0 {
		t.Errorf("bystander exit status %d, want 0", code)
	}
	again := openTerm(t, ts.login(t, "alice"), 80, 24, "", nil)
	again.waitFor(t, "Wladimir")
	again.send(t, "q")
	again.wait(t)
}

func TestSSHPanicInHandlerIsLogged(t *testing.T) {
	ts := startServer(t, func(cfg *sshConfig) {
		cfg.newApp = func(model.Article, tui.Options) tea.Model { panic("handler bug") }
	})
	tm := openTerm(t, ts.login(t, "alice"), 80, 24, "", nil)
	if code := tm.wait(t); code != 1 {
		t.Errorf("exit status %d, want 1", code)
	}
	if !strings.Contains(tm.screen(), "internal error") {
		t.Errorf("session showed %q, want internal error", tm.screen())
	}
	if !strings.Contains(ts.logs.String(), "session panic") {
		t.Errorf("log lacks the panic:\n%s", ts.logs.String())
	}
	if _, err := ts.dial("alice", gossh.PublicKeys(ts.key)); err != nil {
		t.Errorf("server stopped serving after a panic: %v", err)
	}
}

func TestSSHNoHostKeyInWorkingDir(t *testing.T) {
	wd := t.TempDir()
	t.Chdir(wd)
	ts := startServer(t, nil)
	tm := openTerm(t, ts.login(t, "alice"), 80, 24, "", nil)
	tm.waitFor(t, "Wladimir")
	tm.send(t, "q")
	tm.wait(t)
	entries, err := os.ReadDir(wd)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("server wrote %s into the working directory", e.Name())
	}
	if _, err := newSSHServer(sshConfig{logger: ts.srv.cfg.logger, open: true}); err == nil {
		t.Error("server without a host key was built")
	}
	if _, err := newSSHServer(sshConfig{logger: ts.srv.cfg.logger, hostKey: newClientKey(t)}); err == nil {
		t.Error("server without authorized keys and not open was built")
	}
}

func TestFilterEnv(t *testing.T) {
	got := filterEnv([]string{"TERM=xterm", "LD_PRELOAD=/x.so", "LANG=de_DE.UTF-8", "NO_COLOR=1",
		"COLORTERM=truecolor", "PATH=/evil", "TERMINFO=/tmp", "LANGUAGE=de", "bogus"})
	want := []string{"TERM=xterm", "LANG=de_DE.UTF-8", "NO_COLOR=1", "COLORTERM=truecolor"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("filterEnv = %q, want %q", got, want)
	}
}

func TestCleanUser(t *testing.T) {
	tests := []struct{ in, want string }{
		{"alice", "alice"},
		{"", "?"},
		{"a\x1b[31mb", "a?[31mb"},
		{"ä\nb", "ä?b"},
		{strings.Repeat("x", 100), strings.Repeat("x", maxUserLen)},
	}
	for _, tt := range tests {
		if got := cleanUser(tt.in); got != tt.want {
			t.Errorf("cleanUser(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
