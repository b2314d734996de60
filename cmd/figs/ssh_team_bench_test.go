package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"figs/articles"
	"figs/articles/store"
	"figs/model"
	"figs/model/extract"
)

// teamSessions is how many sessions BenchmarkTeamCommitToFrame keeps open,
// half on each of two hosts.
const teamSessions = 50

// frameClock records when a session's output first carries the change
// armed: the first write after the commit that holds the new verdict's
// sign. Other frames (someone's presence moving) do not count, so a
// session that skips a state, its reload reading a newer one, is not
// taken for having drawn it.
type frameClock struct {
	armed atomic.Int64 // UnixNano of the commit, 0 when not armed
	sign  atomic.Value // []byte: the sign of the verdict committed
	first atomic.Int64 // UnixNano of the first write holding it
}

func (c *frameClock) Write(p []byte) (int, error) {
	if c.armed.Load() != 0 && c.first.Load() == 0 {
		if sign, _ := c.sign.Load().([]byte); len(sign) > 0 && bytes.Contains(p, sign) {
			c.first.CompareAndSwap(0, time.Now().UnixNano())
		}
	}
	return len(p), nil
}

// BenchmarkTeamCommitToFrame runs two SSH hosts (two servers, two stores)
// on one PostgreSQL database with 25 reviewers' sessions open on each, all
// on one article. Each iteration host A commits a verdict (as a session's
// save does) and the benchmark waits until every session's terminal got
// the frame that shows it. It reports the latency from the commit to the
// first byte of that frame on each client, p50 and p95, for the sessions
// on the other host and on the same one, counted from the start of the
// save (so from a little before the commit: an upper bound), and the
// save's own time; then how many marks per second
// the two hosts commit from 50 writers at once while the sessions watch.
func BenchmarkTeamCommitToFrame(b *testing.B) {
	db := teamDB(b)
	lib := b.TempDir()
	if err := os.WriteFile(filepath.Join(lib, "roads.txt"), []byte(teamRoads(20)), 0o644); err != nil {
		b.Fatal(err)
	}
	folder, err := articles.OpenFolder(lib, articles.Options{})
	if err != nil {
		b.Fatal(err)
	}
	stores, hosts := teamHosts(b, db, func(cfg *sshConfig) { cfg.library, cfg.maxSessions = folder, teamSessions })
	clocks := make([]*frameClock, teamSessions)
	terms := make([]*term, teamSessions)
	for i := range terms {
		clocks[i] = &frameClock{}
		terms[i] = openTermTap(b, hosts[i%2].login(b, fmt.Sprintf("r%02d", i)), 120, 40, "roads.txt", nil, clocks[i])
	}
	for i, tm := range terms {
		tm.waitScreen(b, fmt.Sprintf("session %d open with everyone", i), func(s *screen) bool {
			return checked(s) == "0" && strings.Contains(s.row(0), fmt.Sprintf("with %d others", teamSessions-1))
		})
	}
	a, err := folder.Open(context.Background(), "roads.txt")
	if err != nil {
		b.Fatal(err)
	}
	figs := extract.Article(a, "")
	writer := model.Reviewer{Name: "writer"}
	ctx := context.Background()
	var other, same, saves []time.Duration
	// three verdicts in turn, so no iteration leaves the screen as it was
	// two before; each is shown by its sign in the row and the status
	verdicts := []model.Verdict{model.Disputed, model.Verified, model.Unsure}
	n := 0
	b.ResetTimer()
	for b.Loop() {
		for _, c := range clocks {
			c.first.Store(0)
		}
		// every iteration changes what figure 0's row shows
		v := verdicts[n%len(verdicts)]
		m := model.Mark{FactID: 0, Text: figs.Facts[0].Text, Verdict: v, Reviewer: writer,
			Updated: time.Now().UTC(), Set: model.MarkVerdict}
		// armed before the save: the other host may draw before SaveMark
		// returns, the notification going out at the commit
		commit := time.Now().UnixNano()
		for _, c := range clocks {
			c.sign.Store([]byte(v.Symbol()))
			c.armed.Store(commit)
		}
		if err := stores[0].SaveMark(ctx, a, figs, m); err != nil {
			b.Fatal(err)
		}
		saves = append(saves, time.Duration(time.Now().UnixNano()-commit))
		deadline := time.Now().Add(waitLimit)
		for i, c := range clocks {
			for c.first.Load() == 0 {
				if time.Now().After(deadline) {
					b.Fatalf("session %d (host %d) never drew change %d; it shows:\n%s", i, i%2, n, terms[i].display())
				}
				time.Sleep(200 * time.Microsecond)
			}
		}
		// every session shows it before the next commit (not timed)
		header := teamHeader(v)
		for i, tm := range terms {
			tm.waitScreen(b, fmt.Sprintf("session %d showing change %d", i, n), func(s *screen) bool {
				return strings.HasPrefix(s.row(0), "Roads") && strings.Contains(s.row(0), header)
			})
		}
		for i, c := range clocks {
			c.armed.Store(0)
			d := time.Duration(c.first.Load() - commit)
			if i%2 == 1 {
				other = append(other, d)
			} else {
				same = append(same, d)
			}
		}
		n++
		time.Sleep(20 * time.Millisecond) // let the frames settle before the next commit
	}
	b.StopTimer()
	pct := func(ds []time.Duration, p float64) float64 {
		slices.Sort(ds)
		return float64(ds[int(p*float64(len(ds)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(other, 0.50), "ms-other-host-p50")
	b.ReportMetric(pct(other, 0.95), "ms-other-host-p95")
	b.ReportMetric(pct(same, 0.50), "ms-same-host-p50")
	b.ReportMetric(pct(same, 0.95), "ms-same-host-p95")
	b.ReportMetric(pct(saves, 0.50), "ms-save-p50")
	b.ReportMetric(teamMarksPerSecond(b, stores, a, figs), "marks/s")
}

// teamMarksPerSecond commits verdicts from teamSessions writers at once,
// half through each store, for a second, and returns how many committed.
func teamMarksPerSecond(b *testing.B, stores []*store.Store, a model.Article, figs model.Facts) float64 {
	b.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	var done atomic.Int64
	var wg sync.WaitGroup
	start := time.Now()
	for w := range teamSessions {
		wg.Go(func() {
			r := model.Reviewer{Name: fmt.Sprintf("w%02d", w)}
			for k := 0; ctx.Err() == nil; k++ {
				i := (w + k) % len(figs.Facts)
				m := model.Mark{FactID: i, Text: figs.Facts[i].Text, Verdict: model.Verified, Reviewer: r,
					Updated: time.Now().UTC(), Set: model.MarkVerdict}
				if err := stores[w%2].SaveMark(context.Background(), a, figs, m); err != nil {
					b.Error(err)
					return
				}
				done.Add(1)
			}
		})
	}
	wg.Wait()
	return float64(done.Load()) / time.Since(start).Seconds()
}

// teamHeader is what the header of the benchmark's article says with
// figure 0 given v.
func teamHeader(v model.Verdict) string {
	if v == model.Disputed {
		return "1/20 checked, 1 disputed ·"
	}
	return "1/20 checked ·"
}
