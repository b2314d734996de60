package main

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
)

// sessionEnvAllowed lists the only client environment variables a session
// reads. A client may send any variable; everything else is dropped before
// the reader sees the environment.
var sessionEnvAllowed = []string{"TERM", "COLORTERM", "NO_COLOR", "LANG"}

// filterEnv keeps the allowed variables of env.
func filterEnv(env []string) []string {
	var out []string
	for _, kv := range env {
		name, _, ok := strings.Cut(kv, "=")
		if ok && slices.Contains(sessionEnvAllowed, name) {
			out = append(out, kv)
		}
	}
	return out
}

// endReason says why the server ended a session.
type endReason int

// The reasons the server ends a session; endNone means the reviewer quit.
const (
	endNone endReason = iota
	endIdle
	endShutdown
)

// message is what the reviewer is told when the server ends the session.
func (r endReason) message(idle time.Duration) string {
	switch r {
	case endIdle:
		return "closed after " + idle.String() + " without input or screen updates"
	case endShutdown:
		return "the server is shutting down"
	case endNone:
	}
	return ""
}

// String names the reason in logs.
func (r endReason) String() string {
	switch r {
	case endIdle:
		return "idle"
	case endShutdown:
		return "shutdown"
	case endNone:
	}
	return "quit"
}

// liveSession is one admitted SSH session. It wraps the client's session so
// that every byte of input and output counts as activity, and so that the
// reader sees only the allowed environment variables.
type liveSession struct {
	ssh.Session

	env        []string
	lastActive atomic.Int64 // unix nanoseconds of the last input or output

	mu      sync.Mutex
	program *tea.Program
	reason  endReason
}

func newLiveSession(s ssh.Session, now time.Time) *liveSession {
	ls := &liveSession{Session: s, env: filterEnv(s.Environ())}
	ls.lastActive.Store(now.UnixNano())
	return ls
}

// Read implements io.Reader; input is activity.
func (s *liveSession) Read(p []byte) (int, error) {
	n, err := s.Session.Read(p)
	if n > 0 {
		s.lastActive.Store(time.Now().UnixNano())
	}
	return n, err //nolint:wrapcheck // the reader expects the session's own errors
}

// Write implements io.Writer; output is activity.
func (s *liveSession) Write(p []byte) (int, error) {
	n, err := s.Session.Write(p)
	if n > 0 {
		s.lastActive.Store(time.Now().UnixNano())
	}
	return n, err //nolint:wrapcheck // the reader expects the session's own errors
}

// Environ implements ssh.Session with the allowed variables only.
func (s *liveSession) Environ() []string { return slices.Clone(s.env) }

// idleFor returns how long the session has had neither input nor output.
func (s *liveSession) idleFor(now time.Time) time.Duration {
	return now.Sub(time.Unix(0, s.lastActive.Load()))
}

// attach records the reader program of the session. It reports false when
// the server already ended the session, in which case p must not run.
func (s *liveSession) attach(p *tea.Program) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.reason != endNone {
		return false
	}
	s.program = p
	return true
}

// end asks the session to finish for reason r: the reader quits cleanly, so
// the client's terminal is restored before the reason is printed.
func (s *liveSession) end(r endReason) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.reason != endNone {
		return
	}
	s.reason = r
	if p := s.program; p != nil {
		go p.Quit() // Quit blocks until the program reads it
	}
}

// endReason returns why the server ended the session, if it did.
func (s *liveSession) endReason() endReason {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reason
}

// errServerBusy and errShuttingDown are why a session is not admitted.
var (
	errServerBusy   = errors.New("server busy, try again later")
	errShuttingDown = errors.New("the server is shutting down")
)

// sessionSet is the set of live sessions: it caps their number, ends idle
// ones, and tells them all when the server shuts down.
type sessionSet struct {
	max int

	mu      sync.Mutex
	closing bool
	live    map[*liveSession]struct{}
}

func newSessionSet(max int) *sessionSet {
	return &sessionSet{max: max, live: make(map[*liveSession]struct{})}
}

// add admits s unless the server is full or shutting down.
func (set *sessionSet) add(s *liveSession) error {
	set.mu.Lock()
	defer set.mu.Unlock()
	switch {
	case set.closing:
		return errShuttingDown
	case set.max > 0 && len(set.live) >= set.max:
		return errServerBusy
	}
	set.live[s] = struct{}{}
	return nil
}

// remove forgets s once its session is over.
func (set *sessionSet) remove(s *liveSession) {
	set.mu.Lock()
	defer set.mu.Unlock()
	delete(set.live, s)
}

// len returns the number of live sessions.
func (set *sessionSet) len() int {
	set.mu.Lock()
	defer set.mu.Unlock()
	return len(set.live)
}

// closeAll refuses new sessions and ends every live one. It returns how many
// were told.
func (set *sessionSet) closeAll() int {
	set.mu.Lock()
	defer set.mu.Unlock()
	set.closing = true
	for s := range set.live {
		s.end(endShutdown)
	}
	return len(set.live)
}

// endIdle ends the sessions that have had no input and no output for at
// least timeout.
func (set *sessionSet) endIdle(now time.Time, timeout time.Duration) {
	set.mu.Lock()
	defer set.mu.Unlock()
	for s := range set.live {
		if s.idleFor(now) >= timeout {
			s.end(endIdle)
		}
	}
}

// idleCheckEvery is how often sessions are checked for idleness: often
// enough that a session outlives its timeout by at most a tenth of it.
func idleCheckEvery(timeout time.Duration) time.Duration {
	return min(max(timeout/10, 10*time.Millisecond), 10*time.Second)
}
