package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// notifyChannel is the LISTEN/NOTIFY channel stores on one database share.
const notifyChannel = "figs_changes"

// pgLockSpace is the first key of the advisory locks figs takes, so they
// do not collide with another application's on the same database.
const pgLockSpace = 0x66696773 // "figs"

// postgresEngine keeps the store on a PostgreSQL server through a pgx
// pool. Writes are transactions at READ COMMITTED that first take an
// advisory lock on the article's document key, so saves on one article
// queue (a note never undoes a verdict saved a moment before) while saves
// on other articles go on. A commit is durable once acknowledged (the
// server's synchronous_commit, on by default).
type postgresEngine struct {
	pool      *pgxpool.Pool
	url       string // without the password
	listenCfg *pgx.ConnConfig
	quiet     time.Duration // 0: listenQuiet
}

// openPostgres connects to the server at rawURL within timeout (unless the
// URL sets connect_timeout) and brings the schema up to date.
func openPostgres(ctx context.Context, rawURL string, timeout time.Duration) (*postgresEngine, error) {
	shown := redactURL(rawURL)
	cfg, err := pgxpool.ParseConfig(rawURL)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", shown, cleanPgError(err))
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		cfg.ConnConfig.ConnectTimeout = timeout
	}
	if !strings.Contains(rawURL, "pool_max_conns") {
		cfg.MaxConns = max(cfg.MaxConns, 16)
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = "figs"
	listen := cfg.ConnConfig.Copy()
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", shown, cleanPgError(err))
	}
	e := &postgresEngine{pool: pool, url: shown, listenCfg: listen}
	pingCtx, cancel := context.WithTimeout(ctx, cfg.ConnConfig.ConnectTimeout+time.Second)
	defer cancel()
	if err := pool.Ping(pingCtx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("cannot connect to PostgreSQL at %s: %w", shown, cleanPgError(err))
	}
	if err := migrate(ctx, e, postgresMigrations(), postgresMigrationsTable); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open store %s: %w", shown, cleanPgError(err))
	}
	return e, nil
}

// redactURL is rawURL without its password, for messages.
func redactURL(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		scheme, _, _ := strings.Cut(rawURL, "://")
		return scheme + "://…"
	}
	return u.Redacted()
}

// cleanPgError shortens pgx's connection errors to their cause: the
// address tried and why it failed, or the server's message.
func cleanPgError(err error) error {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return fmt.Errorf("%s (SQLSTATE %s)", pgErr.Message, pgErr.Code)
	}
	return err
}

func (e *postgresEngine) kind() string { return "postgres" }
func (e *postgresEngine) name() string { return e.url }
func (e *postgresEngine) reader() conn { return pgConn{e.pool} }
func (e *postgresEngine) close() error { e.pool.Close(); return nil }

func (e *postgresEngine) connectTimeout() time.Duration {
	return e.listenCfg.ConnectTimeout + time.Second
}

func (e *postgresEngine) ping(ctx context.Context) error { return e.pool.Ping(ctx) }

// write runs fn in one transaction, first taking the advisory lock of
// lock (released at commit or rollback) when lock is not empty.
func (e *postgresEngine) write(ctx context.Context, lock string, fn func(conn) error) error {
	tx, err := e.pool.BeginTx(ctx, pgx.TxOptions{})
	if err != nil {
		return fmt.Errorf("begin: %w", cleanPgError(err))
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if lock != "" {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, hashtext($2))`, pgLockSpace, lock); err != nil {
			return fmt.Errorf("lock: %w", cleanPgError(err))
		}
	}
	if err := fn(pgConn{tx}); err != nil {
		return cleanPgError(err)
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit: %w", cleanPgError(err))
	}
	return nil
}

// announce sends ev on the notification channel; PostgreSQL delivers it
// to every listener when the transaction commits, and not at all if it
// rolls back.
func (e *postgresEngine) announce(ctx context.Context, c conn, ev event) error {
	payload, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	_, err = c.exec(ctx, `SELECT pg_notify(?, ?)`, notifyChannel, string(payload))
	return err
}

// listenRetry is how long the listener waits before connecting again.
const listenRetry = 250 * time.Millisecond

// listenQuiet is how long the listener waits for a notification before it
// pings the server.
const listenQuiet = 10 * time.Second

// quietFor is the engine's listenQuiet (tests shorten it).
func (e *postgresEngine) quietFor() time.Duration {
	if e.quiet > 0 {
		return e.quiet
	}
	return listenQuiet
}

// listen keeps one connection of its own (not the pool's) listening on
// the channel, and connects again whenever it breaks, until ctx ends.
func (e *postgresEngine) listen(ctx context.Context, h *hub) {
	for ctx.Err() == nil {
		err := e.listenOnce(ctx, h)
		if ctx.Err() != nil {
			return
		}
		h.setDown(err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(listenRetry):
		}
	}
}

func (e *postgresEngine) listenOnce(ctx context.Context, h *hub) error {
	cctx, cancel := context.WithTimeout(ctx, e.listenCfg.ConnectTimeout+time.Second)
	c, err := pgx.ConnectConfig(cctx, e.listenCfg)
	cancel()
	if err != nil {
		return fmt.Errorf("listen: %w", cleanPgError(err))
	}
	defer c.Close(context.WithoutCancel(ctx))
	if _, err := c.Exec(ctx, "LISTEN "+notifyChannel); err != nil {
		return fmt.Errorf("listen: %w", cleanPgError(err))
	}
	// Anything announced while the listener was away is unknown: up
	// tells every watcher to load again.
	h.setUp()
	for {
		// A quiet connection is pinged now and then: a server behind a
		// network that went silent would otherwise never be noticed.
		wctx, cancel := context.WithTimeout(ctx, e.quietFor())
		n, err := c.WaitForNotification(wctx)
		quiet := wctx.Err() != nil && ctx.Err() == nil
		cancel()
		// A notification comes with the error of a wait that timed out as
		// it arrived, or just before the quiet check: deliver it first.
		if n != nil {
			var ev event
			if json.Unmarshal([]byte(n.Payload), &ev) == nil {
				h.deliver(ev)
			}
		}
		switch {
		case err == nil:
			continue
		case quiet && !c.IsClosed():
			pctx, cancel := context.WithTimeout(ctx, e.listenCfg.ConnectTimeout)
			err = c.Ping(pctx)
			cancel()
			if err != nil {
				return fmt.Errorf("listen: no answer from the server: %w", cleanPgError(err))
			}
			continue
		}
		return fmt.Errorf("listen: %w", cleanPgError(err))
	}
}

// pgQuerier is what pgConn needs of a pool or a transaction.
type pgQuerier interface {
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	Exec(ctx context.Context, sql string, args ...any) (pgconn.CommandTag, error)
}

// pgConn runs the common SQL on PostgreSQL, numbering its placeholders.
type pgConn struct{ q pgQuerier }

func (c pgConn) query(ctx context.Context, q string, args ...any) (rows, error) {
	r, err := c.q.Query(ctx, rebind(q), args...)
	if err != nil {
		return nil, err
	}
	return r, nil
}

func (c pgConn) queryRow(ctx context.Context, q string, args ...any) row {
	return c.q.QueryRow(ctx, rebind(q), args...)
}

func (c pgConn) exec(ctx context.Context, q string, args ...any) (int64, error) {
	tag, err := c.q.Exec(ctx, rebind(q), args...)
	if err != nil {
		return 0, err
	}
	return tag.RowsAffected(), nil
}

// rebind turns the common SQL's "?" placeholders into PostgreSQL's $1, $2…
// (the common SQL has no "?" inside literals).
func rebind(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 8)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}
