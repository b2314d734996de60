package store

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"figs/model"
)

// event is what one store announces to the others on the same database.
// It is small (a PostgreSQL notification holds at most 8000 bytes): the
// article by the tag of its document key, never the key itself.
type event struct {
	Tag  string `json:"t"`           // docTag of the article
	Kind string `json:"k"`           // "mark" or "presence"
	By   string `json:"n,omitempty"` // reviewer's name
	FP   string `json:"f,omitempty"` // reviewer's key fingerprint
	Key  string `json:"key,omitempty"`
}

// maxEventKey is the longest figure key an event carries; a longer one is
// left out (the reader loads the marks again either way).
const maxEventKey = 1024

func markEvent(doc string, m model.Mark) event {
	ev := event{Tag: docTag(doc), Kind: "mark", By: m.Reviewer.Name, FP: m.Reviewer.Fingerprint, Key: m.Key}
	if len(ev.Key) > maxEventKey {
		ev.Key = ""
	}
	return ev
}

// docTag names an article's document key in events: short and fixed.
func docTag(doc string) string {
	sum := sha256.Sum256([]byte(doc))
	return hex.EncodeToString(sum[:8])
}

// hub delivers one store's live changes: it runs the engine's listener
// while anything watches, hands events to the watchers of their article,
// notices presences that expired, and keeps this store's own presences
// alive with heartbeats.
type hub struct {
	s   *Store
	ttl time.Duration

	ctx    context.Context // ends when the store closes
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu        sync.Mutex
	watchers  map[string]map[*watcher]struct{} // by docTag
	docs      map[string]string                // docTag → document key
	sessions  map[string]*session              // this store's presences
	listening bool
	ready     chan struct{} // closed when the listener first knows the database's state
	readyOnce sync.Once
	down      error
	beating   bool
	refresh   chan struct{}
	stale     map[string]bool // docTags whose presence list to load again
}

func newHub(s *Store, ttl time.Duration) *hub {
	ctx, cancel := context.WithCancel(context.Background())
	return &hub{
		s: s, ttl: ttl, ctx: ctx, cancel: cancel,
		watchers: map[string]map[*watcher]struct{}{},
		docs:     map[string]string{},
		sessions: map[string]*session{},
		ready:    make(chan struct{}),
		refresh:  make(chan struct{}, 1),
		stale:    map[string]bool{},
	}
}

// close leaves this store's presences and stops the listener.
func (h *hub) close() {
	h.mu.Lock()
	ids := make([]string, 0, len(h.sessions))
	for id := range h.sessions {
		ids = append(ids, id)
	}
	h.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	for _, id := range ids {
		_ = h.s.Leave(ctx, id)
	}
	cancel()
	h.cancel()
	h.wg.Wait()
}

// beatEvery is how often this store renews its presences: three times
// per TTL, so one late heartbeat does not drop a reviewer.
func (h *hub) beatEvery() time.Duration { return max(h.ttl/3, 10*time.Millisecond) }

// checkEvery is how often the watched presence lists are loaded again to
// drop presences that expired (a host that died announces nothing): one
// cheap query per watched article.
func (h *hub) checkEvery() time.Duration { return min(h.beatEvery(), time.Second) }

// Watch delivers the changes to a until ctx ends; see tui.LiveStore. It
// returns once the store listens, so a change committed after Watch
// returns is delivered.
func (s *Store) Watch(ctx context.Context, a model.Article) (<-chan model.Change, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("watch %s: %w", a.Source, err)
	}
	h := s.hub
	doc := docKey(a, model.ArticleHash(a))
	w := newWatcher()
	tag := docTag(doc)
	h.mu.Lock()
	if h.ctx.Err() != nil {
		h.mu.Unlock()
		return nil, errors.New("watch: store closed")
	}
	if h.watchers[tag] == nil {
		h.watchers[tag] = map[*watcher]struct{}{}
	}
	h.watchers[tag][w] = struct{}{}
	h.docs[tag] = doc
	if !h.listening {
		h.listening = true
		h.wg.Add(2)
		go func() { defer h.wg.Done(); s.eng.listen(h.ctx, h) }()
		go func() { defer h.wg.Done(); h.checkPresence() }()
	}
	down := h.down
	h.mu.Unlock()
	if down != nil {
		w.push(model.Change{Kind: model.ChangeHealth, Down: true, Err: down.Error()})
	}
	h.markStale(tag)
	go w.run(ctx, h.ctx, func() { h.unwatch(tag, w) })
	select {
	case <-h.ready:
	case <-ctx.Done():
	case <-time.After(s.eng.connectTimeout()):
	}
	return w.out, nil
}

func (h *hub) unwatch(tag string, w *watcher) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.watchers[tag], w)
	if len(h.watchers[tag]) == 0 {
		delete(h.watchers, tag)
		delete(h.docs, tag)
	}
}

// deliver hands ev, announced by some store, to the watchers of its
// article.
func (h *hub) deliver(ev event) {
	switch ev.Kind {
	case "mark":
		h.push(ev.Tag, model.Change{Kind: model.ChangeMarks, By: model.Reviewer{Name: ev.By, Fingerprint: ev.FP}, Key: ev.Key})
	case "presence":
		h.markStale(ev.Tag)
	}
}

// push queues c for every watcher of the article tagged tag.
func (h *hub) push(tag string, c model.Change) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for w := range h.watchers[tag] {
		w.push(c)
	}
}

// pushAll queues c for every watcher.
func (h *hub) pushAll(c model.Change) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, ws := range h.watchers {
		for w := range ws {
			w.push(c)
		}
	}
}

// setDown records that the listener lost the database.
func (h *hub) setDown(err error) {
	if err == nil {
		err = errors.New("database unreachable")
	}
	h.readyOnce.Do(func() { close(h.ready) })
	h.mu.Lock()
	was := h.down
	h.down = err
	h.mu.Unlock()
	if was == nil {
		h.pushAll(model.Change{Kind: model.ChangeHealth, Down: true, Err: err.Error()})
	}
}

// setUp records that the listener reaches the database. Coming back, the
// watchers load everything again: what changed in between was not seen.
func (h *hub) setUp() {
	h.readyOnce.Do(func() { close(h.ready) })
	h.mu.Lock()
	was := h.down
	h.down = nil
	tags := make([]string, 0, len(h.watchers))
	for tag := range h.watchers {
		tags = append(tags, tag)
	}
	h.mu.Unlock()
	if was == nil {
		return
	}
	h.pushAll(model.Change{Kind: model.ChangeHealth})
	h.pushAll(model.Change{Kind: model.ChangeMarks})
	for _, tag := range tags {
		h.markStale(tag)
	}
}

// markStale asks checkPresence to load the presence list of tag again.
func (h *hub) markStale(tag string) {
	h.mu.Lock()
	h.stale[tag] = true
	h.mu.Unlock()
	select {
	case h.refresh <- struct{}{}:
	default:
	}
}

// checkPresence loads the presence lists that changed, and every list
// once per checkEvery, so that presences which expired (their host died)
// drop out; it delivers a list to each watcher whose last one differs.
func (h *hub) checkPresence() {
	t := time.NewTicker(h.checkEvery())
	defer t.Stop()
	for {
		all := false
		select {
		case <-h.ctx.Done():
			return
		case <-h.refresh:
		case <-t.C:
			all = true
		}
		h.mu.Lock()
		docs := map[string]string{}
		for tag, doc := range h.docs {
			if all || h.stale[tag] {
				docs[tag] = doc
			}
		}
		clear(h.stale)
		h.mu.Unlock()
		for tag, doc := range docs {
			ctx, cancel := context.WithTimeout(h.ctx, h.s.eng.connectTimeout())
			list, err := h.s.present(ctx, doc)
			cancel()
			if err != nil {
				continue // the listener reports the database down
			}
			digest := presenceDigest(list)
			h.mu.Lock()
			for w := range h.watchers[tag] {
				if w.presence != digest {
					w.presence = digest
					w.push(model.Change{Kind: model.ChangePresence, Present: list})
				}
			}
			h.mu.Unlock()
		}
	}
}

func presenceDigest(list []model.Presence) string {
	var b strings.Builder
	b.WriteString("v1")
	for _, p := range list {
		fmt.Fprintf(&b, "\x00%s\x00%d\x00%s", p.Session, p.Figure, p.Key)
	}
	return b.String()
}

// watcher is one Watch: a queue between the hub and the reader, so that
// the listener never waits for a slow reader. Changes are coalesced, not
// dropped: a newer presence list replaces an older one, and too many
// queued mark changes become one "load again".
type watcher struct {
	out      chan model.Change
	wake     chan struct{}
	mu       sync.Mutex
	queue    []model.Change
	presence string // digest of the last presence list pushed; guarded by hub.mu
}

// maxQueued is how many changes wait for a reader before they are
// folded into one.
const maxQueued = 256

func newWatcher() *watcher {
	return &watcher{out: make(chan model.Change), wake: make(chan struct{}, 1), presence: "unset"}
}

func (w *watcher) push(c model.Change) {
	w.mu.Lock()
	switch {
	case c.Kind == model.ChangePresence:
		w.queue = replaceKind(w.queue, c)
	case len(w.queue) >= maxQueued:
		w.queue = replaceKind(w.queue[:0], model.Change{Kind: model.ChangeMarks})
	default:
		w.queue = append(w.queue, c)
	}
	w.mu.Unlock()
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// replaceKind is q with c in place of any change of c's kind.
func replaceKind(q []model.Change, c model.Change) []model.Change {
	out := q[:0]
	for _, old := range q {
		if old.Kind != c.Kind {
			out = append(out, old)
		}
	}
	return append(out, c)
}

// run forwards the queue to out until ctx or the store ends, then calls
// done and closes out.
func (w *watcher) run(ctx, store context.Context, done func()) {
	defer close(w.out)
	defer done()
	for {
		select {
		case <-ctx.Done():
			return
		case <-store.Done():
			return
		case <-w.wake:
		}
		w.mu.Lock()
		q := w.queue
		w.queue = nil
		w.mu.Unlock()
		for _, c := range q {
			select {
			case w.out <- c:
			case <-ctx.Done():
				return
			case <-store.Done():
				return
			}
		}
	}
}

// session is one of this store's presences.
type session struct {
	id      string
	doc     string
	p       model.Presence
	mu      sync.Mutex // guards p.Figure, p.Key, writing and dirty
	writing bool
	dirty   bool
}

func newSessionID() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// Join records that r has a open until ctx ends or Leave; see
// tui.LiveStore.
func (s *Store) Join(ctx context.Context, a model.Article, r model.Reviewer) (string, error) {
	h := s.hub
	hash := model.ArticleHash(a)
	ss := &session{id: newSessionID(), doc: docKey(a, hash)}
	ss.p = model.Presence{Session: ss.id, Reviewer: r, Hash: hash, Figure: -1, Since: time.Now().UTC()}
	octx, cancel := s.op(ctx)
	defer cancel()
	if err := s.writePresence(octx, ss, ss.p); err != nil {
		return "", fmt.Errorf("join %s: %w", a.Source, err)
	}
	h.mu.Lock()
	if h.ctx.Err() != nil {
		h.mu.Unlock()
		return "", errors.New("join: store closed")
	}
	h.sessions[ss.id] = ss
	if !h.beating {
		h.beating = true
		h.wg.Add(1)
		go func() { defer h.wg.Done(); h.heartbeat() }()
	}
	h.mu.Unlock()
	context.AfterFunc(ctx, func() {
		lctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.eng.connectTimeout())
		defer cancel()
		_ = s.Leave(lctx, ss.id)
	})
	return ss.id, nil
}

// Select records session's selection; see tui.LiveStore. Selections made
// while one is being written are coalesced into the next write.
func (s *Store) Select(ctx context.Context, id string, figure int, key string) error {
	s.hub.mu.Lock()
	ss := s.hub.sessions[id]
	s.hub.mu.Unlock()
	if ss == nil {
		return nil // left already
	}
	ss.mu.Lock()
	if ss.p.Figure == figure && ss.p.Key == key && !ss.writing {
		ss.mu.Unlock()
		return nil
	}
	ss.p.Figure, ss.p.Key = figure, key
	if ss.writing {
		ss.dirty = true
		ss.mu.Unlock()
		return nil
	}
	ss.writing = true
	ctx, cancel := s.op(ctx)
	defer cancel()
	for {
		p := ss.p
		ss.mu.Unlock()
		err := s.writePresence(ctx, ss, p)
		ss.mu.Lock()
		if err != nil || !ss.dirty {
			ss.writing, ss.dirty = false, false
			ss.mu.Unlock()
			if err != nil {
				return fmt.Errorf("select: %w", err)
			}
			return nil
		}
		ss.dirty = false
	}
}

// Leave removes session from its article's list; see tui.LiveStore.
func (s *Store) Leave(ctx context.Context, id string) error {
	h := s.hub
	h.mu.Lock()
	ss := h.sessions[id]
	delete(h.sessions, id)
	h.mu.Unlock()
	if ss == nil {
		return nil
	}
	ctx, cancel := s.op(ctx)
	defer cancel()
	err := s.eng.write(ctx, "", func(c conn) error {
		if _, err := c.exec(ctx, `DELETE FROM presence WHERE session = ?`, id); err != nil {
			return err
		}
		return s.eng.announce(ctx, c, event{Tag: docTag(ss.doc), Kind: "presence"})
	})
	if err != nil {
		return fmt.Errorf("leave: %w", err)
	}
	return nil
}

// writePresence records p for ss, valid for the TTL, and announces it.
func (s *Store) writePresence(ctx context.Context, ss *session, p model.Presence) error {
	now := time.Now()
	return s.eng.write(ctx, "", func(c conn) error {
		_, err := c.exec(ctx, `
INSERT INTO presence (session, doc, hash, reviewer, fingerprint, figure, fact_key, joined, seen, expires)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (session) DO UPDATE SET figure = excluded.figure, fact_key = excluded.fact_key,
	seen = excluded.seen, expires = excluded.expires`,
			ss.id, ss.doc, p.Hash, p.Reviewer.Name, p.Reviewer.Fingerprint, p.Figure, p.Key, p.Since, now, now.Add(s.hub.ttl))
		if err != nil {
			return err
		}
		return s.eng.announce(ctx, c, event{Tag: docTag(ss.doc), Kind: "presence"})
	})
}

// heartbeat renews this store's presences until the store closes, and
// clears presences that expired long ago. A presence whose row went
// missing (cleared while this host could not renew it) is written again.
func (h *hub) heartbeat() {
	t := time.NewTicker(h.beatEvery())
	defer t.Stop()
	for {
		select {
		case <-h.ctx.Done():
			return
		case <-t.C:
		}
		h.mu.Lock()
		live := make([]*session, 0, len(h.sessions))
		for _, ss := range h.sessions {
			live = append(live, ss)
		}
		h.mu.Unlock()
		ctx, cancel := context.WithTimeout(h.ctx, h.s.eng.connectTimeout())
		h.renew(ctx, live)
		cancel()
	}
}

func (h *hub) renew(ctx context.Context, live []*session) {
	now := time.Now()
	var missing []*session
	_ = h.s.eng.write(ctx, "", func(c conn) error {
		missing = missing[:0]
		for _, ss := range live {
			n, err := c.exec(ctx, `UPDATE presence SET seen = ?, expires = ? WHERE session = ?`, now, now.Add(h.ttl), ss.id)
			if err != nil {
				return err
			}
			if n == 0 {
				missing = append(missing, ss)
			}
		}
		_, err := c.exec(ctx, `DELETE FROM presence WHERE expires < ?`, now.Add(-h.ttl))
		return err
	})
	for _, ss := range missing {
		ss.mu.Lock()
		p := ss.p
		ss.mu.Unlock()
		_ = h.s.writePresence(ctx, ss, p)
	}
}

// Present lists who has a open now, joined first; see tui.LiveStore.
func (s *Store) Present(ctx context.Context, a model.Article) ([]model.Presence, error) {
	ctx, cancel := s.op(ctx)
	defer cancel()
	list, err := s.present(ctx, docKey(a, model.ArticleHash(a)))
	if err != nil {
		return nil, fmt.Errorf("present on %s: %w", a.Source, err)
	}
	return list, nil
}

func (s *Store) present(ctx context.Context, doc string) ([]model.Presence, error) {
	rs, err := s.eng.reader().query(ctx, `
SELECT session, hash, reviewer, fingerprint, figure, fact_key, joined FROM presence
WHERE doc = ? AND expires > ? ORDER BY joined, session`, doc, time.Now())
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []model.Presence
	for rs.Next() {
		var p model.Presence
		if err := rs.Scan(&p.Session, &p.Hash, &p.Reviewer.Name, &p.Reviewer.Fingerprint, &p.Figure, &p.Key, &p.Since); err != nil {
			return nil, err
		}
		p.Since = p.Since.UTC()
		out = append(out, p)
	}
	return out, rs.Err()
}

// Health checks that the database answers; see tui.LiveStore.
func (s *Store) Health(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, s.eng.connectTimeout())
	defer cancel()
	if err := s.eng.ping(ctx); err != nil {
		return fmt.Errorf("review database %s: %w", s.eng.name(), err)
	}
	return nil
}
