package main

import (
	"testing"
)

func TestSSHSessionShowsReader(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.login(t, "alice")
	tm := openTerm(t, c, 100, 30, "", nil)
	tm.waitFor(t, "Wladimir")
	tm.send(t, "q")
	if code := tm.wait(t); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
	t.Logf("%q", tm.out.String()[:800])
	t.Logf("%s", ts.logs.String())
}
