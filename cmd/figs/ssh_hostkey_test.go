package main

import (
	"os"
	"path/filepath"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

func TestLoadHostKeyGeneratesOnceWithModes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "figs")
	path := filepath.Join(dir, "ssh_host_ed25519_key")
	first, created, err := loadHostKey(path)
	if err != nil || !created {
		t.Fatalf("loadHostKey = created %v, err %v; want a new key", created, err)
	}
	if first.PublicKey().Type() != gossh.KeyAlgoED25519 {
		t.Errorf("host key type %s, want ed25519", first.PublicKey().Type())
	}
	for _, c := range []struct {
		path string
		want os.FileMode
	}{{path, 0o600}, {dir, 0o700}} {
		fi, err := os.Stat(c.path)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != c.want {
			t.Errorf("%s has mode %o, want %o", c.path, got, c.want)
		}
	}
	if hostKeyTooOpen(path) {
		t.Error("fresh key reported as too open")
	}
	again, created, err := loadHostKey(path)
	if err != nil || created {
		t.Fatalf("second loadHostKey = created %v, err %v; want the same key reused", created, err)
	}
	if gossh.FingerprintSHA256(again.PublicKey()) != gossh.FingerprintSHA256(first.PublicKey()) {
		t.Error("second start changed the host key")
	}
}

func TestLoadHostKeyErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad")
	if err := os.WriteFile(bad, []byte("not a key"), 0o644); err != nil {
		t.Fatal(err)
	}
	if !hostKeyTooOpen(bad) {
		t.Error("0644 key not reported as too open")
	}
	for _, path := range []string{"", bad, filepath.Join(bad, "under-a-file")} {
		if _, _, err := loadHostKey(path); err == nil {
			t.Errorf("loadHostKey(%q) succeeded, want an error", path)
		}
	}
}
