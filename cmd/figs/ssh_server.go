package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"runtime/debug"
	"strings"
	"time"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/time/rate"

	"figs/model"
	"figs/tui"
)

// sshConfig is everything the review server needs, resolved from flags.
type sshConfig struct {
	hostKey     gossh.Signer
	keys        *authorizedKeys // the allowlist; ignored when open
	open        bool            // admit any public key
	store       tui.Store       // shared by every session; nil keeps no marks
	library     tui.Library     // nil: every session reads article
	article     model.Article   // the article shown without a library
	lang        string          // extraction language override (--lang)
	maxSessions int             // 0: no cap
	idleTimeout time.Duration   // 0: never idle
	connRate    rate.Limit      // new connections per second per address; 0: unlimited
	connBurst   int
	grace       time.Duration // how long shutdown waits for sessions
	logger      *log.Logger

	// newApp builds the reader of one session; nil means tui.New.
	newApp func(a model.Article, opts tui.Options) tea.Model
}

// sshServer serves the reader over SSH, one tui.App per session.
type sshServer struct {
	cfg      sshConfig
	srv      *ssh.Server
	sessions *sessionSet
	conns    *connSet
	limiter  *connLimiter
}

// handshakeTimeout bounds how long a client may take to log in.
const handshakeTimeout = 30 * time.Second

// newSSHServer builds the server. Authentication is always by public key:
// the server has a public key handler and no password or keyboard-interactive
// handler, because an SSH server with no auth handler admits everyone.
func newSSHServer(cfg sshConfig) (*sshServer, error) {
	if cfg.hostKey == nil {
		return nil, errors.New("ssh server: no host key")
	}
	if cfg.logger == nil {
		return nil, errors.New("ssh server: no logger")
	}
	if !cfg.open && cfg.keys == nil {
		return nil, errors.New("ssh server: no authorized keys and not open")
	}
	if cfg.newApp == nil {
		cfg.newApp = func(a model.Article, opts tui.Options) tea.Model { return tui.New(a, opts) }
	}
	s := &sshServer{
		cfg:      cfg,
		sessions: newSessionSet(cfg.maxSessions),
		conns:    newConnSet(),
		limiter:  newConnLimiter(cfg.connRate, cfg.connBurst, 4096),
	}
	srv := &ssh.Server{
		HostSigners:      []ssh.Signer{cfg.hostKey},
		PublicKeyHandler: s.authorize,
		ServerConfigCallback: func(ssh.Context) *gossh.ServerConfig {
			return &gossh.ServerConfig{AuthLogCallback: s.logAuth}
		},
		ConnCallback:             s.acceptConn,
		ConnectionFailedCallback: s.logFailedConn,
		HandshakeTimeout:         handshakeTimeout,
	}
	if cfg.idleTimeout > 0 {
		// A backstop for connections without a session; sessions end
		// earlier, cleanly, by their own idle rule (see endIdle).
		srv.IdleTimeout = cfg.idleTimeout + time.Minute
	}
	// The last middleware runs first.
	err := srv.SetOption(wish.WithMiddleware(
		bubbletea.MiddlewareWithProgramHandler(s.newProgram),
		s.requirePTY,
		s.admit,
	))
	if err != nil {
		return nil, fmt.Errorf("ssh server: %w", err)
	}
	s.srv = srv
	return s, nil
}

// Serve accepts sessions on ln until ctx ends, then stops accepting, tells
// every session, and waits up to cfg.grace for the connections to close
// before closing the rest. A shutdown through ctx returns nil.
func (s *sshServer) Serve(ctx context.Context, ln net.Listener) error {
	served := make(chan error, 1)
	go func() { served <- s.srv.Serve(ln) }()
	watch, stopWatch := context.WithCancel(ctx)
	defer stopWatch()
	if s.cfg.idleTimeout > 0 {
		go s.watchIdle(watch)
	}
	select {
	case err := <-served:
		s.sessions.closeAll()
		_ = s.srv.Close()
		s.conns.closeAll()
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	_ = ln.Close() // stop accepting; Serve returns
	<-served
	n := s.sessions.closeAll()
	s.cfg.logger.Info("shutting down", "sessions", n, "grace", s.cfg.grace)
	grace, cancel := context.WithTimeout(context.Background(), s.cfg.grace)
	defer cancel()
	if err := s.conns.wait(grace); err != nil {
		s.cfg.logger.Warn("closing connections still open after grace period", "connections", s.conns.len())
	}
	_ = s.srv.Close()
	s.conns.closeAll()
	s.cfg.logger.Info("stopped")
	return nil
}

// watchIdle ends idle sessions until ctx ends.
func (s *sshServer) watchIdle(ctx context.Context) {
	t := time.NewTicker(idleCheckEvery(s.cfg.idleTimeout))
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			s.sessions.endIdle(now, s.cfg.idleTimeout)
		}
	}
}

// acceptConn applies the per-address rate limit to a new connection, before
// any key exchange; a nil result closes the connection.
func (s *sshServer) acceptConn(_ ssh.Context, conn net.Conn) net.Conn {
	if !s.limiter.allow(conn.RemoteAddr()) {
		s.cfg.logger.Warn("connection refused: rate limit", "remote", conn.RemoteAddr().String())
		return nil
	}
	return s.conns.add(conn)
}

// authorize is the public key handler: a key in the authorized keys file, or
// any key with --open. Refusals are logged with the key's fingerprint.
func (s *sshServer) authorize(ctx ssh.Context, key ssh.PublicKey) bool {
	if s.cfg.open || s.cfg.keys.allows(key) {
		return true
	}
	s.cfg.logger.Warn("auth failed", "method", "publickey", "user", cleanUser(ctx.User()),
		"remote", ctx.RemoteAddr().String(), "fingerprint", gossh.FingerprintSHA256(key))
	return false
}

// logAuth logs failed logins by any method but publickey (which authorize
// logs with the fingerprint) and none (every client's first probe).
func (s *sshServer) logAuth(conn gossh.ConnMetadata, method string, err error) {
	if err == nil || method == "none" || method == "publickey" {
		return
	}
	s.cfg.logger.Warn("auth failed", "method", method, "user", cleanUser(conn.User()),
		"remote", conn.RemoteAddr().String())
}

// logFailedConn logs a connection that ended before a session: a failed
// login (every offered method refused) or a broken handshake. Password and
// keyboard-interactive are not even offered, so clients that only have those
// fail here.
func (s *sshServer) logFailedConn(conn net.Conn, err error) {
	if errors.Is(err, io.EOF) {
		s.cfg.logger.Debug("connection closed before login", "remote", conn.RemoteAddr().String())
		return
	}
	s.cfg.logger.Warn("login failed", "remote", conn.RemoteAddr().String(), "err", err)
}

// admit is the outermost session middleware: it caps the number of sessions,
// logs each one, recovers a panic of the session, and tells the reviewer why
// the server ended it.
func (s *sshServer) admit(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		start := time.Now()
		logger := s.cfg.logger.With("user", cleanUser(sess.User()), "remote", sess.RemoteAddr().String(),
			"fingerprint", fingerprint(sess.PublicKey()))
		ls := newLiveSession(sess, start)
		if err := s.sessions.add(ls); err != nil {
			logger.Warn("session refused", "reason", err)
			refuse(sess, err.Error())
			return
		}
		defer s.sessions.remove(ls)
		logger.Info("connect", "sessions", s.sessions.len())
		defer func() {
			if r := recover(); r != nil {
				logger.Error("session panic", "panic", r, "stack", string(debug.Stack()))
				refuse(sess, "internal error, session closed")
			}
			logger.Info("disconnect", "duration", time.Since(start).Round(time.Millisecond), "reason", ls.endReason())
		}()
		next(ls)
		if msg := ls.endReason().message(s.cfg.idleTimeout); msg != "" {
			fmt.Fprintf(sess.Stderr(), "figs: %s\r\n", msg)
		}
	}
}

// requirePTY refuses sessions without a terminal with a clear message.
func (s *sshServer) requirePTY(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if _, _, ok := sess.Pty(); !ok {
			refuse(sess, "figs needs a terminal: connect with ssh -t")
			return
		}
		next(sess)
	}
}

// newProgram is the program handler of the bubbletea middleware: it is the
// usual Handler plus the session's program I/O options, and it keeps the
// program so that the server can quit it on idle and shutdown.
func (s *sshServer) newProgram(sess ssh.Session) *tea.Program {
	m, opts := s.handle(sess)
	if m == nil {
		return nil
	}
	p := tea.NewProgram(m, append(opts, bubbletea.MakeOptions(sess)...)...)
	if ls, ok := sess.(*liveSession); ok && !ls.attach(p) {
		return nil
	}
	return p
}

// refuse prints msg on the session's stderr and ends it with status 1.
func refuse(sess ssh.Session, msg string) {
	fmt.Fprintf(sess.Stderr(), "figs: %s\r\n", msg)
	_ = sess.Exit(1)
}

// fingerprint returns the SHA256 fingerprint of key, or "" for none.
func fingerprint(key ssh.PublicKey) string {
	if key == nil {
		return ""
	}
	return gossh.FingerprintSHA256(key)
}

// maxUserLen bounds the SSH user name kept as a reviewer's name.
const maxUserLen = 64

// cleanUser makes the client-chosen SSH user name safe to store, show to
// other reviewers and log: printable runes only, at most maxUserLen of them.
func cleanUser(name string) string {
	var b strings.Builder
	n := 0
	for _, r := range name {
		if n == maxUserLen {
			break
		}
		if !unicode.IsPrint(r) {
			r = '?'
		}
		b.WriteRune(r)
		n++
	}
	if b.Len() == 0 {
		return "?"
	}
	return b.String()
}
