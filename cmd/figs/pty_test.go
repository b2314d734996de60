package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"
)

// altScreen is the sequence both figs and less send to switch to the
// alternate screen, before which nothing of their first screen is drawn.
const altScreen = "\x1b[?1049h"

// ptyProc is a program running in a pseudo-terminal, with everything it has
// written so far. Nothing answers its terminal queries, as on a terminal
// that does not understand them.
type ptyProc struct {
	cmd   *exec.Cmd
	tty   *os.File
	start time.Time

	mu    sync.Mutex
	out   []byte
	ready func(out []byte) bool // checked after every read, under mu
	at    time.Time             // when ready first held
	seen  chan struct{}         // closed when ready first held
	done  chan struct{}         // closed when the terminal's output ends
	grew  chan struct{}         // signalled (without blocking) after every read
	last  time.Time             // when the last read returned
}

// startPTY starts cmd in a new pseudo-terminal of w columns and h rows and
// notes the moment when ready first holds for its output, so that the
// output is checked as soon as it arrives, not when the caller next looks.
func startPTY(cmd *exec.Cmd, w, h int, ready func(out []byte) bool) (*ptyProc, error) {
	p := &ptyProc{cmd: cmd, ready: ready, seen: make(chan struct{}), done: make(chan struct{}), grew: make(chan struct{}, 1)}
	p.start = time.Now()
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(w), Rows: uint16(h)})
	if err != nil {
		return nil, fmt.Errorf("start %s in a terminal: %w", cmd.Path, err)
	}
	p.tty = tty
	go p.read()
	return p, nil
}

func (p *ptyProc) read() {
	defer close(p.done)
	buf := make([]byte, 64<<10)
	for {
		n, err := p.tty.Read(buf)
		if n > 0 {
			now := time.Now()
			p.mu.Lock()
			p.out = append(p.out, buf[:n]...)
			if p.at.IsZero() && p.ready(p.out) {
				p.at = now
				close(p.seen)
			}
			p.last = now
			p.mu.Unlock()
			select {
			case p.grew <- struct{}{}:
			default:
			}
		}
		if err != nil {
			return
		}
	}
}

// waitReady returns how long after its start the program's output first
// satisfied ready, waiting at most limit.
func (p *ptyProc) waitReady(limit time.Duration) (time.Duration, error) {
	select {
	case <-p.seen:
		p.mu.Lock()
		defer p.mu.Unlock()
		return p.at.Sub(p.start), nil
	case <-p.done:
		select {
		case <-p.seen:
			return p.waitReady(0)
		default:
		}
		return 0, fmt.Errorf("%s ended before its first screen; it wrote:\n%s", p.cmd.Path, p.tail())
	case <-time.After(limit):
		return 0, fmt.Errorf("%s showed no first screen within %v; it wrote:\n%s", p.cmd.Path, limit, p.tail())
	}
}

// size is how many bytes the program has written so far.
func (p *ptyProc) size() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.out)
}

// waitPast waits until the program has written more than n bytes and
// returns when the read that brought them returned.
func (p *ptyProc) waitPast(n int, limit time.Duration) (time.Time, error) {
	deadline := time.After(limit)
	for {
		p.mu.Lock()
		grown, at := len(p.out) > n, p.last
		p.mu.Unlock()
		if grown {
			return at, nil
		}
		select {
		case <-p.grew:
		case <-p.done:
			return time.Time{}, fmt.Errorf("%s ended; it wrote:\n%s", p.cmd.Path, p.tail())
		case <-deadline:
			return time.Time{}, fmt.Errorf("%s wrote nothing within %v", p.cmd.Path, limit)
		}
	}
}

// settle waits until the program has written nothing for quiet, at most limit.
func (p *ptyProc) settle(quiet, limit time.Duration) {
	end := time.Now().Add(limit)
	for time.Now().Before(end) {
		p.mu.Lock()
		last := p.last
		p.mu.Unlock()
		if time.Since(last) >= quiet {
			return
		}
		time.Sleep(quiet / 4)
	}
}

// tail is the end of the output, without escape sequences, for messages.
func (p *ptyProc) tail() string {
	p.mu.Lock()
	s := ansi.Strip(string(p.out))
	p.mu.Unlock()
	return s[max(0, len(s)-1500):]
}

// stop kills the program, waits for it and closes its terminal.
func (p *ptyProc) stop() error {
	err := p.cmd.Process.Kill()
	if errors.Is(err, os.ErrProcessDone) {
		err = nil
	}
	// A killed program's exit status is no failure here.
	_ = p.cmd.Wait()
	if cerr := p.tty.Close(); err == nil {
		err = cerr
	}
	<-p.done
	return err
}

// screenAfter is the text drawn after the switch to the alternate screen,
// with escape sequences removed; ok is false before the switch.
func screenAfter(out []byte) (string, bool) {
	i := bytes.Index(out, []byte(altScreen))
	if i < 0 {
		return "", false
	}
	return ansi.Strip(string(out[i+len(altScreen):])), true
}

// showsAll reports whether the screen drawn so far contains every piece.
func showsAll(pieces ...string) func(out []byte) bool {
	return func(out []byte) bool {
		s, ok := screenAfter(out)
		if !ok {
			return false
		}
		for _, piece := range pieces {
			if !strings.Contains(s, piece) {
				return false
			}
		}
		return true
	}
}
