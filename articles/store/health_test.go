package store

import (
	"context"
	"errors"
	"net"
	"net/url"
	"os"
	"sync"
	"testing"
	"time"

	"figs/model"
)

// cutProxy forwards TCP connections to a server until cut, which closes
// every connection and refuses new ones, as a server that went away
// would; restore listens again on the same port.
type cutProxy struct {
	target string
	addr   string
	mu     sync.Mutex
	ln     net.Listener
	conns  map[net.Conn]struct{}
	frozen chan struct{} // open while traffic is held back
}

// freeze holds back every byte in both directions without closing
// anything, as a network that went silent would; thaw lets it through.
func (p *cutProxy) freeze() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.frozen = make(chan struct{})
}

func (p *cutProxy) thaw() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.frozen != nil {
		close(p.frozen)
		p.frozen = nil
	}
}

// copy copies src to dst, waiting while the proxy is frozen.
func (p *cutProxy) copy(dst, src net.Conn) {
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

func newCutProxy(t *testing.T, target string) *cutProxy {
	p := &cutProxy{target: target, conns: map[net.Conn]struct{}{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p.addr = ln.Addr().String()
	p.serve(ln)
	t.Cleanup(p.cut)
	return p
}

func (p *cutProxy) serve(ln net.Listener) {
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go p.pipe(c)
		}
	}()
}

func (p *cutProxy) pipe(c net.Conn) {
	s, err := net.Dial("tcp", p.target)
	if err != nil {
		c.Close()
		return
	}
	p.mu.Lock()
	p.conns[c], p.conns[s] = struct{}{}, struct{}{}
	p.mu.Unlock()
	go func() { p.copy(s, c); s.Close() }()
	p.copy(c, s)
	c.Close()
}

func (p *cutProxy) cut() {
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

func (p *cutProxy) restore(t *testing.T) {
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		t.Fatal(err)
	}
	p.serve(ln)
}

// TestPostgresDownAndBack cuts the connection to the server under an open
// store: watchers are told it is down, saves fail with an error instead of
// hanging or being dropped silently, and once it is back watchers are told
// so, load the marks again, and saves go through.
func TestPostgresDownAndBack(t *testing.T) {
	if os.Getenv(postgresEnv) == "" {
		t.Skip("skipping: " + postgresEnv + " is not set to a PostgreSQL URL (.ci/run starts a server and sets it)")
	}
	direct, err := url.Parse(postgresDB(t))
	if err != nil {
		t.Fatal(err)
	}
	p := newCutProxy(t, direct.Host)
	via := *direct
	via.Host = p.addr
	s, err := OpenConfig(context.Background(), Config{DB: via.String(), ConnectTimeout: time.Second, OpTimeout: 3 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	art, facts := bridgeArticle(t)
	ch, err := s.Watch(t.Context(), art)
	if err != nil {
		t.Fatal(err)
	}
	p.cut()
	if c := next(t, ch, model.ChangeHealth); !c.Down || c.Err == "" {
		t.Fatalf("change = %+v, want the database down", c)
	}
	if err := s.Health(t.Context()); err == nil {
		t.Error("Health with the server gone = nil")
	}
	err = s.SaveMark(t.Context(), art, figures(facts), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana})
	if err == nil {
		t.Fatal("SaveMark with the server gone succeeded")
	}
	p.restore(t)
	if c := next(t, ch, model.ChangeHealth); c.Down {
		t.Fatalf("change = %+v, want the database back", c)
	}
	next(t, ch, model.ChangeMarks) // load again: changes in between were not seen
	// The pool may still hold a connection that broke: a retry succeeds.
	for attempt := 0; ; attempt++ {
		err = s.SaveMark(t.Context(), art, figures(facts), model.Mark{FactID: 0, Verdict: model.Verified, Reviewer: ana})
		if err == nil || attempt == 5 || errors.Is(err, context.Canceled) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("SaveMark after the server came back: %v", err)
	}
	if marks := mustMarks(t, s, art, figures(facts)); len(marks) != 1 {
		t.Errorf("marks = %+v, want the save made once the server was back", marks)
	}
}

// TestPostgresSilentNetwork holds back all traffic to the server without
// closing a connection: the listener's ping goes unanswered and watchers
// are told the database is down, then that it is back.
func TestPostgresSilentNetwork(t *testing.T) {
	if os.Getenv(postgresEnv) == "" {
		t.Skip("skipping: " + postgresEnv + " is not set to a PostgreSQL URL (.ci/run starts a server and sets it)")
	}
	direct, err := url.Parse(postgresDB(t))
	if err != nil {
		t.Fatal(err)
	}
	p := newCutProxy(t, direct.Host)
	defer p.thaw()
	via := *direct
	via.Host = p.addr
	s, err := OpenConfig(context.Background(), Config{DB: via.String(), ConnectTimeout: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.eng.(*postgresEngine).quiet = 200 * time.Millisecond
	art, _ := bridgeArticle(t)
	ch, err := s.Watch(t.Context(), art)
	if err != nil {
		t.Fatal(err)
	}
	p.freeze()
	if c := next(t, ch, model.ChangeHealth); !c.Down {
		t.Fatalf("change = %+v, want the database down", c)
	}
	p.thaw()
	if c := next(t, ch, model.ChangeHealth); c.Down {
		t.Fatalf("change = %+v, want the database back", c)
	}
}
