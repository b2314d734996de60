package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"charm.land/wish/v2/testsession"
	gossh "golang.org/x/crypto/ssh"
)

func TestServeFlagErrors(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	t.Setenv("FIGS_DB", filepath.Join(dir, "figs.db"))
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no sessions", []string{"--max-sessions", "0"}, "--max-sessions must be at least 1"},
		{"negative idle", []string{"--idle-timeout", "-1s"}, "--idle-timeout must not be negative"},
		{"missing library", []string{"--library", filepath.Join(dir, "nope")}, "--library"},
		{"bad address", []string{"--listen", "127.0.0.1:99999"}, "listen"},
		{"bad host key", []string{"--host-key", filepath.Join(dir, "figs.db", "x", "key")}, "host key"},
		{"stray argument", []string{"extra"}, "figs: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			err := run(context.Background(), append([]string{"serve"}, tt.args...), strings.NewReader(""), &stdout, &stderr)
			if err == nil {
				t.Fatal("figs serve succeeded, want an error")
			}
			// The server logs what it did before failing; the error is
			// the last line, and a single one.
			lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
			last := lines[len(lines)-1]
			if !strings.HasPrefix(last, "figs: ") || !strings.Contains(last, tt.want) {
				t.Errorf("stderr ends with %q, want one error line with %q", last, tt.want)
			}
			for _, l := range lines[:len(lines)-1] {
				if !strings.Contains(l, "figs serve: ") {
					t.Errorf("stderr line %q is neither a log line nor the error", l)
				}
			}
		})
	}
}

func TestSSHSmokeWithTestsession(t *testing.T) {
	ts := startServer(t, nil)
	// A second server on the same configuration, served by testsession.
	s, err := newSSHServer(ts.srv.cfg)
	if err != nil {
		t.Fatal(err)
	}
	sess := testsession.New(t, s.srv, &gossh.ClientConfig{
		User: "smoke", Auth: []gossh.AuthMethod{gossh.PublicKeys(ts.key)},
	})
	if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	sess.Stdin = strings.NewReader("q")
	if err := sess.Run(""); err != nil {
		t.Errorf("session ended with %v, want a clean exit", err)
	}
}

var sgrColour = regexp.MustCompile(`\x1b\[[0-9;:]*[34]8[;:]([25])[;:]`)

func TestSSHColourFollowsEachClient(t *testing.T) {
	ts := startServer(t, nil)
	tests := []struct {
		name string
		env  map[string]string
		want string // "5" for 256 colours, "2" for true colour, "" for none
	}{
		{"256 colours from TERM", nil, "5"},
		{"true colour from COLORTERM", map[string]string{"COLORTERM": "truecolor"}, "2"},
		{"NO_COLOR", map[string]string{"NO_COLOR": "1"}, ""},
		{"CLICOLOR_FORCE is not read", map[string]string{"NO_COLOR": "1", "CLICOLOR_FORCE": "1"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tm := openTerm(t, ts.login(t, "alice"), 120, 40, "", tt.env)
			tm.waitFor(t, "Figures")
			kinds := map[string]bool{}
			for _, m := range sgrColour.FindAllStringSubmatch(tm.out.String(), -1) {
				kinds[m[1]] = true
			}
			switch {
			case tt.want == "" && len(kinds) > 0:
				t.Errorf("colours sent (%v), want none", kinds)
			case tt.want != "" && (!kinds[tt.want] || len(kinds) != 1):
				t.Errorf("colour kinds sent %v, want only %q", kinds, tt.want)
			}
			tm.send(t, "q")
			tm.wait(t)
		})
	}
}
