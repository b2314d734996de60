package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"sync"
	"time"

	"charm.land/log/v2"
	gossh "golang.org/x/crypto/ssh"
)

// authorizedKeys is the allowlist of reviewers' public keys, read from an
// OpenSSH authorized_keys file. The file is parsed again whenever its size or
// modification time changes, so adding a reviewer needs no restart. A line
// that does not parse is skipped with a warning: it never hides the keys
// after it. Key options (from=, command=, ...) are not enforced.
type authorizedKeys struct {
	path   string
	logger *log.Logger

	mu      sync.Mutex
	size    int64
	modTime time.Time
	loaded  bool
	keys    map[string]struct{} // wire-format public keys
}

// newAuthorizedKeys returns the allowlist kept in the file at path. A missing
// file is an empty allowlist (logged), so a server can start before the first
// reviewer is added.
func newAuthorizedKeys(path string, logger *log.Logger) *authorizedKeys {
	return &authorizedKeys{path: path, logger: logger}
}

// allows reports whether key is in the file, re-reading it if it changed.
func (a *authorizedKeys) allows(key gossh.PublicKey) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.refresh()
	_, ok := a.keys[string(key.Marshal())]
	return ok
}

// count returns the number of keys in the file, re-reading it if it changed.
func (a *authorizedKeys) count() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.refresh()
	return len(a.keys)
}

// refresh re-reads the file when its size or mtime changed. It is called with
// a.mu held. On a read error the previous keys are dropped: a file that
// cannot be read admits nobody.
func (a *authorizedKeys) refresh() {
	fi, err := os.Stat(a.path)
	if err != nil {
		a.drop(err)
		return
	}
	if a.loaded && fi.Size() == a.size && fi.ModTime().Equal(a.modTime) {
		return
	}
	data, err := os.ReadFile(a.path)
	if err != nil {
		a.drop(err)
		return
	}
	a.keys = parseAuthorizedKeys(data, func(line int, err error) {
		a.logger.Warn("authorized keys: skipping bad line", "path", a.path, "line", line, "err", err)
	})
	a.size, a.modTime, a.loaded = fi.Size(), fi.ModTime(), true
	a.logger.Info("authorized keys loaded", "path", a.path, "keys", len(a.keys))
}

// drop forgets every key after the file could not be read, warning once
// per change rather than at every login.
func (a *authorizedKeys) drop(err error) {
	switch {
	case a.loaded && a.keys == nil:
	case errors.Is(err, fs.ErrNotExist):
		a.logger.Warn("no authorized keys file: nobody can log in until a reviewer's key is added", "path", a.path)
	default:
		a.logger.Warn("authorized keys unreadable, admitting nobody", "path", a.path, "err", err)
	}
	a.keys, a.loaded = nil, true
	a.size, a.modTime = -1, time.Time{}
}

// parseAuthorizedKeys parses an authorized_keys file line by line. Blank
// lines and comments are ignored; a line that does not parse is reported to
// bad with its 1-based number and skipped.
func parseAuthorizedKeys(data []byte, bad func(line int, err error)) map[string]struct{} {
	keys := make(map[string]struct{})
	for i, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		key, _, _, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			bad(i+1, err)
			continue
		}
		keys[string(key.Marshal())] = struct{}{}
	}
	return keys
}
