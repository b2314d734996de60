package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"figs/articles/store/storetest"
	"figs/model"
)

// TestPostgresDownAndBack cuts the connection to the server under an open
// store: watchers are told it is down, saves fail with an error instead of
// hanging or being dropped silently, and once it is back watchers are told
// so, load the marks again, and saves go through.
func TestPostgresDownAndBack(t *testing.T) {
	if os.Getenv(postgresEnv) == "" {
		t.Skip("skipping: " + postgresEnv + " is not set to a PostgreSQL URL (.ci/run starts a server and sets it)")
	}
	p, via := storetest.ProxiedURL(t, postgresDB(t))
	s, err := OpenConfig(context.Background(), Config{DB: via, ConnectTimeout: time.Second, OpTimeout: 3 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	art, facts := bridgeArticle(t)
	ch := mustWatch(t, s, art)
	p.Cut()
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
	p.Restore(t)
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
	p, via := storetest.ProxiedURL(t, postgresDB(t))
	defer p.Thaw()
	s, err := OpenConfig(context.Background(), Config{DB: via, ConnectTimeout: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	s.eng.(*postgresEngine).quiet = 200 * time.Millisecond
	art, _ := bridgeArticle(t)
	ch := mustWatch(t, s, art)
	p.Freeze()
	if c := next(t, ch, model.ChangeHealth); !c.Down {
		t.Fatalf("change = %+v, want the database down", c)
	}
	p.Thaw()
	if c := next(t, ch, model.ChangeHealth); c.Down {
		t.Fatalf("change = %+v, want the database back", c)
	}
}

// TestPostgresQuietListenerKeepsChanges: the listener's wait for a
// notification times out every millisecond (it then pings the server);
// a notification that arrives as a wait times out is still delivered.
func TestPostgresQuietListenerKeepsChanges(t *testing.T) {
	if os.Getenv(postgresEnv) == "" {
		t.Skip("skipping: " + postgresEnv + " is not set to a PostgreSQL URL (.ci/run starts a server and sets it)")
	}
	db := postgresDB(t)
	a, b := openDB(t, db), openDB(t, db)
	b.eng.(*postgresEngine).quiet = time.Millisecond
	art, facts := bridgeArticle(t)
	ch := mustWatch(t, b, art)
	seen := make(chan string, 1024)
	go func() {
		for c := range ch {
			if c.Kind == model.ChangeMarks {
				seen <- c.By.Name
			}
		}
	}()
	const saves = 200
	for i := range saves {
		mustSave(t, a, art, figures(facts), model.Mark{FactID: i % len(facts), Verdict: model.Verified,
			Reviewer: model.Reviewer{Name: fmt.Sprintf("r%03d", i)}})
	}
	got := map[string]bool{}
	deadline := time.After(within)
	for len(got) < saves {
		select {
		case name := <-seen:
			if name == "" {
				t.Fatalf("after %d changes one came without its reviewer (folded)", len(got))
			}
			got[name] = true
		case <-deadline:
			t.Fatalf("%d of %d changes delivered", len(got), saves)
		}
	}
}
