package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"time"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"
)

func TestParseAuthorizedKeysSkipsBadLines(t *testing.T) {
	a, b := newClientKey(t), newClientKey(t)
	file := "# reviewers\n\n" +
		"ssh-ed25519 AAAAnot-base64!! broken\n" +
		string(gossh.MarshalAuthorizedKey(a.PublicKey())) +
		"garbage line\n" +
		`no-pty,from="10.0.0.0/8" ` + string(gossh.MarshalAuthorizedKey(b.PublicKey()))
	var bad []int
	keys := parseAuthorizedKeys([]byte(file), func(line int, _ error) { bad = append(bad, line) })
	if len(keys) != 2 {
		t.Errorf("parsed %d keys, want 2 (one before and one after a bad line)", len(keys))
	}
	for _, k := range []gossh.Signer{a, b} {
		if _, ok := keys[string(k.PublicKey().Marshal())]; !ok {
			t.Errorf("key %s missing", gossh.FingerprintSHA256(k.PublicKey()))
		}
	}
	if len(bad) != 2 || bad[0] != 3 || bad[1] != 5 {
		t.Errorf("bad lines reported %v, want [3 5]", bad)
	}
}

func TestAuthorizedKeysReloadOnChange(t *testing.T) {
	path := t.TempDir() + "/authorized_keys"
	var logs bytes.Buffer
	ak := newAuthorizedKeys(path, log.New(&logs))
	a, b := newClientKey(t), newClientKey(t)
	if ak.allows(a.PublicKey()) {
		t.Fatal("missing file admitted a key")
	}
	write := func(content string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		// Make the change visible even on filesystems with coarse mtimes.
		next := time.Now().Add(time.Duration(len(content)) * time.Second)
		if err := os.Chtimes(path, next, next); err != nil {
			t.Fatal(err)
		}
	}
	write("oops\n" + string(gossh.MarshalAuthorizedKey(a.PublicKey())))
	if !ak.allows(a.PublicKey()) || ak.allows(b.PublicKey()) {
		t.Fatal("first file: want a admitted and b refused")
	}
	write(string(gossh.MarshalAuthorizedKey(a.PublicKey())) + string(gossh.MarshalAuthorizedKey(b.PublicKey())))
	if !ak.allows(b.PublicKey()) {
		t.Error("key added to the file was not admitted without restart")
	}
	write(string(gossh.MarshalAuthorizedKey(b.PublicKey())))
	if ak.allows(a.PublicKey()) {
		t.Error("key removed from the file was still admitted")
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if ak.allows(b.PublicKey()) {
		t.Error("key admitted after the file was removed")
	}
	if !strings.Contains(logs.String(), "skipping bad line") || !strings.Contains(logs.String(), "line=1") {
		t.Errorf("log lacks the bad line warning:\n%s", logs.String())
	}
	if strings.Contains(logs.String(), "oops") {
		t.Errorf("log repeats file content:\n%s", logs.String())
	}
}

func TestSSHNewReviewerWithoutRestart(t *testing.T) {
	ts := startServer(t, nil)
	newcomer := newClientKey(t)
	if c, err := ts.dial("dora", gossh.PublicKeys(newcomer)); err == nil {
		c.Close()
		t.Fatal("key not yet authorized was admitted")
	}
	f, err := os.OpenFile(ts.keysPath, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, err = f.Write(append([]byte("this line is not a key\n"), gossh.MarshalAuthorizedKey(newcomer.PublicKey())...))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	c, err := ts.dial("dora", gossh.PublicKeys(newcomer))
	if err != nil {
		t.Fatalf("key added after start was refused: %v", err)
	}
	c.Close()
	c, err = ts.dial("alice", gossh.PublicKeys(ts.key))
	if err != nil {
		t.Fatalf("key before the bad line was refused: %v", err)
	}
	c.Close()
}
