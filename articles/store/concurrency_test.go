package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"

	"figs/model"
)

// The child processes of these tests are this test binary run again with
// childEnv set: TestChild then does the child's work instead of testing.
const (
	childEnv   = "FIGS_STORE_TEST_CHILD" // "writer", "crash", "open", "present" or "mark"
	childDB    = "FIGS_STORE_TEST_DB"
	childIndex = "FIGS_STORE_TEST_INDEX"
)

const (
	roads        = 96 // figures in the roads article
	procs        = 5  // writer processes
	procRoutines = 4  // goroutines in each writer process: 20 writers in all
)

// roadsArticle has one distinct figure per sentence, so every writer can
// own a share of the figures.
func roadsArticle(t testing.TB) (model.Article, []model.Fact) {
	var b strings.Builder
	b.WriteString("Roads\n\n")
	figs := make([]string, roads)
	for i := range roads {
		figs[i] = fmt.Sprintf("%d km", 100+i)
		fmt.Fprintf(&b, "Road %d is %s long. ", i, figs[i])
	}
	return article(t, "roads.txt", strings.TrimSpace(b.String()), figs...)
}

// TestChild is the body of the child processes; run directly it skips.
func TestChild(t *testing.T) {
	switch os.Getenv(childEnv) {
	case "writer":
		childWriter(t)
	case "crash":
		childCrash(t)
	case "open":
		childOpen(t)
	case "present":
		childPresent(t)
	case "mark":
		childMark(t)
	default:
		t.Skip("skipping: only runs as a child of the process tests")
	}
}

// childWriter marks its share of the roads from procRoutines goroutines.
func childWriter(t *testing.T) {
	k, _ := strconv.Atoi(os.Getenv(childIndex))
	s, err := Open(context.Background(), os.Getenv(childDB))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, facts := roadsArticle(t)
	var wg sync.WaitGroup
	for g := range procRoutines {
		wg.Go(func() {
			for i := k*procRoutines + g; i < roads; i += procs * procRoutines {
				m := model.Mark{FactID: i, Verdict: model.Verified, Note: fmt.Sprintf("p%d-%d", k, i), Reviewer: model.Reviewer{Name: "p" + strconv.Itoa(k)}}
				if err := s.SaveMark(context.Background(), a, figures(facts), m); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
}

// childCrash writes marks until killed, printing "ack N" once the mark
// with note "ack-N" is saved.
func childCrash(t *testing.T) {
	s, err := Open(context.Background(), os.Getenv(childDB))
	if err != nil {
		t.Fatal(err)
	}
	a, facts := roadsArticle(t)
	w := bufio.NewWriter(os.Stdout)
	for i := 0; ; i++ {
		m := model.Mark{FactID: i % len(facts), Verdict: model.Disputed, Note: fmt.Sprintf("ack-%d", i), Reviewer: ana}
		if err := s.SaveMark(context.Background(), a, figures(facts), m); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(w, "ack %d\n", i)
		w.Flush()
	}
}

func child(t *testing.T, kind, db string, index int) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"="+kind, childDB+"="+db, childIndex+"="+strconv.Itoa(index))
	cmd.Stderr = os.Stderr
	return cmd
}

func testConcurrentGoroutines(t *testing.T, e testEngine) {
	s := e.open(t)
	a, facts := roadsArticle(t)
	ctx := context.Background()
	const routines, rounds = 16, 3
	var wg sync.WaitGroup
	for g := range routines {
		wg.Go(func() {
			for r := range rounds {
				for i := g; i < roads; i += routines {
					m := model.Mark{FactID: i, Verdict: model.Unsure, Note: fmt.Sprintf("g%d-%d-r%d", g, i, r), Reviewer: ana}
					if err := s.SaveMark(ctx, a, figures(facts), m); err != nil {
						t.Error(err)
						return
					}
				}
				if err := s.SavePosition(ctx, a, ana, g*10); err != nil {
					t.Error(err)
				}
				if _, err := s.Marks(ctx, a, figures(facts)); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	marks := mustMarks(t, s, a, figures(facts))
	if len(marks) != roads {
		t.Fatalf("%d marks, want %d", len(marks), roads)
	}
	for _, m := range marks {
		if want := fmt.Sprintf("g%d-%d-r%d", m.FactID%routines, m.FactID, rounds-1); m.Note != want {
			t.Errorf("figure %d: note %q, want the last write %q", m.FactID, m.Note, want)
		}
	}
	if rows := rowCount(t, s, "marks"); rows != roads*rounds {
		t.Errorf("history has %d rows, want %d", rows, roads*rounds)
	}
}

func testConcurrentProcesses(t *testing.T, e testEngine) {
	if testing.Short() {
		t.Skip("skipping: starts processes")
	}
	db := e.db(t)
	var cmds []*exec.Cmd
	for k := range procs {
		cmd := child(t, "writer", db, k)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for k, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("writer %d: %v", k, err)
		}
	}
	s, err := Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	a, facts := roadsArticle(t)
	marks := mustMarks(t, s, a, figures(facts))
	if len(marks) != roads {
		t.Errorf("%d marks after %d writer processes, want %d", len(marks), procs, roads)
	}
	// Every save is one row: none lost, none doubled.
	if rows := rowCount(t, s, "marks"); rows != roads {
		t.Errorf("%d rows after %d writers saved %d marks, want %d", rows, procs*procRoutines, roads, roads)
	}
	for _, m := range marks {
		k := m.FactID / procRoutines % procs
		if want := fmt.Sprintf("p%d-%d", k, m.FactID); m.Note != want || m.Reviewer.Name != "p"+strconv.Itoa(k) {
			t.Errorf("figure %d: %q by %q, want %q", m.FactID, m.Note, m.Reviewer.Name, want)
		}
	}
	list, err := s.List(context.Background())
	if err != nil || len(list) != 1 || list[0].Verified != roads {
		t.Errorf("List = %+v, %v; want %d verified", list, err, roads)
	}
}

func testCrashKeepsAcknowledgedMarks(t *testing.T, e testEngine) {
	if testing.Short() {
		t.Skip("skipping: starts a process")
	}
	db := e.db(t)
	cmd := child(t, "crash", db, 0)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acked []int
	sc := bufio.NewScanner(out)
	killed := false
	for sc.Scan() {
		n, err := strconv.Atoi(strings.TrimPrefix(sc.Text(), "ack "))
		if err != nil {
			continue // test framework chatter
		}
		acked = append(acked, n)
		if len(acked) == 150 && !killed {
			// SIGKILL mid-stream: no deferred code, no clean close.
			cmd.Process.Signal(syscall.SIGKILL)
			killed = true
		}
	}
	cmd.Wait()
	if !killed {
		t.Fatalf("child stopped after %d marks without being killed", len(acked))
	}

	s, err := Open(context.Background(), db)
	if err != nil {
		t.Fatalf("database does not open after the crash: %v", err)
	}
	defer s.Close()
	if s.Engine() == "sqlite" {
		var check string
		if err := sqliteDB(t, s).QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
			t.Fatalf("integrity_check = %q, %v", check, err)
		}
	}
	notes := map[string]bool{}
	rows, err := s.eng.reader().query(context.Background(), `SELECT note FROM marks`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var n string
		rows.Scan(&n)
		notes[n] = true
	}
	rows.Close()
	for _, n := range acked {
		if !notes[fmt.Sprintf("ack-%d", n)] {
			t.Errorf("acknowledged mark ack-%d is missing", n)
		}
	}
	t.Logf("%d acknowledged marks, %d rows after SIGKILL", len(acked), len(notes))
}
