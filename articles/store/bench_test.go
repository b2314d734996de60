package store

import (
	"context"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"figs/model"
)

// benchEngines runs bench on every engine; PostgreSQL skips without a
// server.
func benchEngines(b *testing.B, bench func(b *testing.B, e testEngine)) {
	for _, e := range engines() {
		b.Run(e.name, func(b *testing.B) {
			if e.name == "postgres" && os.Getenv(postgresEnv) == "" {
				b.Skip("skipping: " + postgresEnv + " is not set")
			}
			bench(b, e)
		})
	}
}

// BenchmarkSaveMark measures one durable mark on a 96-figure article,
// including the disk sync, one writer at a time.
func BenchmarkSaveMark(b *testing.B) {
	benchEngines(b, func(b *testing.B, e testEngine) {
		s := e.open(b)
		a, facts := roadsArticle(b)
		ctx := context.Background()
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			m := model.Mark{FactID: i % len(facts), Verdict: model.Verified, Reviewer: ana}
			if err := s.SaveMark(ctx, a, figures(facts), m); err != nil {
				b.Fatal(err)
			}
			i++
		}
		b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "marks/s")
	})
}

// BenchmarkSaveMarkConcurrent measures marks per second with 20 writers
// on two stores of one database (two hosts), each writer on an article of
// its own.
func BenchmarkSaveMarkConcurrent(b *testing.B) {
	benchEngines(b, func(b *testing.B, e testEngine) {
		db := e.db(b)
		stores := []*Store{openDB(b, db), openDB(b, db)}
		a, facts := roadsArticle(b)
		ctx := context.Background()
		var writer atomic.Int64
		var saved atomic.Int64
		b.SetParallelism(10) // 10 per core here; at least 20 writers
		b.ResetTimer()
		b.RunParallel(func(pb *testing.PB) {
			w := writer.Add(1)
			s := stores[w%2]
			art := a
			art.Source = a.Source + "#" + string(rune('a'+w))
			i := 0
			for pb.Next() {
				m := model.Mark{FactID: i % len(facts), Verdict: model.Verified, Reviewer: ana}
				if err := s.SaveMark(ctx, art, figures(facts), m); err != nil {
					b.Error(err)
					return
				}
				i++
				saved.Add(1)
			}
		})
		b.ReportMetric(float64(saved.Load())/b.Elapsed().Seconds(), "marks/s")
	})
}

// BenchmarkMarks measures loading and attaching the marks of a fully
// reviewed 96-figure article.
func BenchmarkMarks(b *testing.B) {
	benchEngines(b, func(b *testing.B, e testEngine) {
		s := e.open(b)
		a, facts := roadsArticle(b)
		ctx := context.Background()
		for i := range facts {
			if err := s.SaveMark(ctx, a, figures(facts), model.Mark{FactID: i, Verdict: model.Verified, Reviewer: ana}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportAllocs()
		for b.Loop() {
			if _, err := s.Marks(ctx, a, figures(facts)); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// watchers is how many readers the latency benchmark keeps open, split
// over two stores (two hosts).
const watchers = 50

// BenchmarkLiveLatency measures how long after a save starts every one of
// 50 watchers, on two stores of one database, is told: p50 and p95 over
// all watchers and saves (save-to-notification, so an upper bound of
// commit-to-notification).
func BenchmarkLiveLatency(b *testing.B) {
	benchEngines(b, func(b *testing.B, e testEngine) {
		db := e.db(b)
		stores := []*Store{openDB(b, db), openDB(b, db)}
		a, facts := roadsArticle(b)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var mu sync.Mutex
		var lat []time.Duration
		var start time.Time
		var got sync.WaitGroup
		for w := range watchers {
			ch, err := stores[w%2].Watch(ctx, a)
			if err != nil {
				b.Fatal(err)
			}
			go func() {
				for c := range ch {
					if c.Kind != model.ChangeMarks {
						continue
					}
					mu.Lock()
					lat = append(lat, time.Since(start))
					mu.Unlock()
					got.Done()
				}
			}()
		}
		i := 0
		for b.Loop() {
			got.Add(watchers)
			mu.Lock()
			start = time.Now()
			mu.Unlock()
			m := model.Mark{FactID: i % len(facts), Verdict: model.Disputed, Reviewer: ana}
			if err := stores[0].SaveMark(ctx, a, figures(facts), m); err != nil {
				b.Fatal(err)
			}
			got.Wait()
			i++
		}
		b.StopTimer()
		mu.Lock()
		defer mu.Unlock()
		slices.Sort(lat)
		if len(lat) > 0 {
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*95/100].Microseconds())/1000, "p95-ms")
		}
	})
}
