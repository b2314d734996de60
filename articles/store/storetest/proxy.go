package storetest

import (
	"net"
	"net/url"
	"sync"
	"testing"
)

// CutProxy forwards TCP connections to a server until Cut, which closes
// every connection and refuses new ones, as a server that went away
// would; Restore listens again on the same port.
type CutProxy struct {
	target string
	Addr   string // where to connect to reach the server through the proxy
	mu     sync.Mutex
	ln     net.Listener
	conns  map[net.Conn]struct{}
	frozen chan struct{} // open while traffic is held back
}

// Freeze holds back every byte in both directions without closing
// anything, as a network that went silent would; Thaw lets it through.
func (p *CutProxy) Freeze() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.frozen = make(chan struct{})
}

func (p *CutProxy) Thaw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.frozen != nil {
		close(p.frozen)
		p.frozen = nil
	}
}

// copy copies src to dst, waiting while the proxy is frozen.
func (p *CutProxy) copy(dst, src net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := src.Read(buf)
		p.mu.Lock()
		f := p.frozen
		p.mu.Unlock()
		if f != nil {
			<-f
		}
		if n > 0 {
			if _, werr := dst.Write(buf[:n]); werr != nil {
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// NewCutProxy starts a proxy to target (host:port) on a free loopback
// port; it is cut when the test ends.
func NewCutProxy(t testing.TB, target string) *CutProxy {
	p := &CutProxy{target: target, conns: map[net.Conn]struct{}{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p.Addr = ln.Addr().String()
	p.serve(ln)
	t.Cleanup(p.Cut)
	return p
}

func (p *CutProxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go p.pipe(c, ln)
		}
	}()
}

// pipe forwards c, accepted on ln, to the server. A connection accepted
// just before a Cut is closed, not kept past it.
func (p *CutProxy) pipe(c net.Conn, ln net.Listener) {
	s, err := net.Dial("tcp", p.target)
	if err != nil {
		c.Close()
		return
	}
	p.mu.Lock()
	if p.ln != ln {
		p.mu.Unlock()
		c.Close()
		s.Close()
		return
	}
	p.conns[c], p.conns[s] = struct{}{}, struct{}{}
	p.mu.Unlock()
	go func() { p.copy(s, c); s.Close() }()
	p.copy(c, s)
	c.Close()
}

// Cut closes every connection and refuses new ones.
func (p *CutProxy) Cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		c.Close()
	}
	clear(p.conns)
}

// Restore accepts connections again on the same port.
func (p *CutProxy) Restore(t testing.TB) {
	ln, err := net.Listen("tcp", p.Addr)
	if err != nil {
		t.Fatal(err)
	}
	p.serve(ln)
}

// ProxiedURL starts a CutProxy to the server of the PostgreSQL URL db and
// returns it with db's URL through the proxy.
func ProxiedURL(tb testing.TB, db string) (*CutProxy, string) {
	tb.Helper()
	u, err := url.Parse(db)
	if err != nil {
		tb.Fatal(err)
	}
	p := NewCutProxy(tb, u.Host)
	via := *u
	via.Host = p.Addr
	return p, via.String()
}
