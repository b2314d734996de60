package main

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"
)

// loadHostKey returns the server's host key from path, generating an ed25519
// key there on first start. The file is written with mode 0600 and, when its
// directory does not exist yet, the directory with mode 0700. created reports
// whether the key was generated now.
//
// The key path is always explicit: with no host key option, the SSH stack
// would write a fresh key into the working directory instead.
func loadHostKey(path string) (signer gossh.Signer, created bool, err error) {
	if path == "" {
		return nil, false, errors.New("host key: no path")
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		data, err = writeHostKey(path)
		created = err == nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("host key %s: %w", path, err)
	}
	signer, err = gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, false, fmt.Errorf("host key %s: %w", path, err)
	}
	return signer, created, nil
}

// writeHostKey generates an ed25519 key, writes it to path in OpenSSH format
// and returns the file's bytes. It never overwrites an existing file.
func writeHostKey(path string) ([]byte, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("create key directory: %w", err)
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate key: %w", err)
	}
	block, err := gossh.MarshalPrivateKey(priv, "figs host key")
	if err != nil {
		return nil, fmt.Errorf("encode key: %w", err)
	}
	data := pem.EncodeToMemory(block)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("write key: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		_ = f.Close()
		_ = os.Remove(path)
		return nil, fmt.Errorf("write key: %w", err)
	}
	if err := f.Close(); err != nil {
		_ = os.Remove(path)
		return nil, fmt.Errorf("write key: %w", err)
	}
	return data, nil
}

// hostKeyTooOpen reports whether the key file at path can be read or written
// by users other than its owner.
func hostKeyTooOpen(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().Perm()&0o077 != 0
}
