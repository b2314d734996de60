package store

import (
	"context"
	"time"
)

// changesKept is how long the changes table keeps a row for pollers.
const changesKept = time.Hour

// pruneEvery is how often a listening SQLite store clears old changes.
const pruneEvery = 10 * time.Minute

func (e *sqliteEngine) connectTimeout() time.Duration { return 5 * time.Second }

// announce adds ev to the changes table, in the same transaction as the
// change itself, for the other processes' pollers.
func (e *sqliteEngine) announce(ctx context.Context, c conn, ev event) error {
	_, err := c.exec(ctx, `INSERT INTO changes (tag, kind, reviewer, fingerprint, fact_key, created) VALUES (?, ?, ?, ?, ?, ?)`,
		ev.Tag, ev.Kind, ev.By, ev.FP, ev.Key, time.Now())
	return err
}

// listen polls the changes table every e.poll: one indexed query for rows
// after the last one seen, which finds nothing most of the time. Changes
// this process made are read back like anyone's, so every watcher sees
// every change the same way.
func (e *sqliteEngine) listen(ctx context.Context, h *hub) {
	var last int64
	known := false
	t := time.NewTicker(e.poll)
	defer t.Stop()
	pruned := time.Now()
	for {
		if !known {
			err := e.db.QueryRowContext(ctx, `SELECT coalesce(max(seq), 0) FROM changes`).Scan(&last)
			if err == nil {
				known = true
				h.setUp()
			} else if ctx.Err() == nil {
				h.setDown(err)
			}
		} else if err := e.pollOnce(ctx, h, &last); err != nil && ctx.Err() == nil {
			h.setDown(err)
		} else {
			h.setUp()
		}
		if time.Since(pruned) > pruneEvery {
			pruned = time.Now()
			_ = e.write(ctx, "", func(c conn) error {
				_, err := c.exec(ctx, `DELETE FROM changes WHERE created < ?`, time.Now().Add(-changesKept))
				return err
			})
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (e *sqliteEngine) pollOnce(ctx context.Context, h *hub, last *int64) error {
	rs, err := e.reader().query(ctx, `SELECT seq, tag, kind, reviewer, fingerprint, fact_key FROM changes WHERE seq > ? ORDER BY seq LIMIT 1000`, *last)
	if err != nil {
		return err
	}
	defer rs.Close()
	var evs []event
	for rs.Next() {
		var ev event
		if err := rs.Scan(last, &ev.Tag, &ev.Kind, &ev.By, &ev.FP, &ev.Key); err != nil {
			return err
		}
		evs = append(evs, ev)
	}
	if err := rs.Err(); err != nil {
		return err
	}
	for _, ev := range evs {
		h.deliver(ev)
	}
	return nil
}
