package main

import (
	"context"
	"net"
	"sync"
)

// connSet tracks the server's open connections from accept to close, so
// that shutdown can wait for them. (The SSH stack's own Shutdown races a
// connection finishing its handshake against the wait.)
type connSet struct {
	mu    sync.Mutex
	live  map[*trackedConn]struct{}
	empty chan struct{} // closed when live becomes empty; nil while nobody waits
}

func newConnSet() *connSet {
	return &connSet{live: make(map[*trackedConn]struct{})}
}

// trackedConn is a connection that leaves its set when closed.
type trackedConn struct {
	net.Conn
	set  *connSet
	once sync.Once
}

// Close implements net.Conn.
func (c *trackedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(func() { c.set.remove(c) })
	return err //nolint:wrapcheck // the SSH stack expects the connection's own errors
}

// add tracks conn until it is closed.
func (s *connSet) add(conn net.Conn) net.Conn {
	c := &trackedConn{Conn: conn, set: s}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.live[c] = struct{}{}
	return c
}

func (s *connSet) remove(c *trackedConn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.live, c)
	if len(s.live) == 0 && s.empty != nil {
		close(s.empty)
		s.empty = nil
	}
}

// len returns the number of open connections.
func (s *connSet) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.live)
}

// wait returns nil once every connection is closed, or ctx's error.
func (s *connSet) wait(ctx context.Context) error {
	s.mu.Lock()
	if len(s.live) == 0 {
		s.mu.Unlock()
		return nil
	}
	if s.empty == nil {
		s.empty = make(chan struct{})
	}
	empty := s.empty
	s.mu.Unlock()
	select {
	case <-empty:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// closeAll closes every open connection.
func (s *connSet) closeAll() {
	s.mu.Lock()
	conns := make([]*trackedConn, 0, len(s.live))
	for c := range s.live {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		_ = c.Close()
	}
}
