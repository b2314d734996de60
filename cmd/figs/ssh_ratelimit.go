package main

import (
	"net"
	"sync"

	lru "github.com/hashicorp/golang-lru/v2"
	"golang.org/x/time/rate"
)

// connLimiter limits how often one remote address may open a connection. It
// runs before the SSH handshake, so a flood costs the server no key exchange.
// The addresses seen last are kept in a bounded LRU cache.
type connLimiter struct {
	every rate.Limit
	burst int

	mu    sync.Mutex
	cache *lru.Cache[string, *rate.Limiter]
}

// newConnLimiter allows each address burst connections at once and then one
// per 1/every seconds, remembering up to entries addresses. A zero every
// disables the limit.
func newConnLimiter(every rate.Limit, burst, entries int) *connLimiter {
	if entries <= 0 {
		entries = 1
	}
	cache, _ := lru.New[string, *rate.Limiter](entries) // fails only for entries <= 0
	return &connLimiter{every: every, burst: burst, cache: cache}
}

// allow reports whether a new connection from addr may proceed.
func (l *connLimiter) allow(addr net.Addr) bool {
	if l == nil || l.every == 0 {
		return true
	}
	host := addr.String()
	if tcp, ok := addr.(*net.TCPAddr); ok {
		host = tcp.IP.String()
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	lim, ok := l.cache.Get(host)
	if !ok {
		lim = rate.NewLimiter(l.every, l.burst)
		l.cache.Add(host, lim)
	}
	return lim.Allow()
}
