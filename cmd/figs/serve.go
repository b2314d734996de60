package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"time"

	"charm.land/log/v2"
	"github.com/spf13/cobra"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/time/rate"

	"figs/articles"
	"figs/tui"
)

// serveFlags are the flags of figs serve.
type serveFlags struct {
	listen         string
	hostKey        string
	authorizedKeys string
	open           bool
	library        string
	maxSessions    int
	idleTimeout    time.Duration
}

// The fixed limits of the review server.
const (
	serveGrace     = 10 * time.Second // shutdown waits this long for sessions
	serveConnRate  = rate.Limit(1)    // new connections per second per address, after the burst
	serveConnBurst = 20               // connections one address may open at once
)

func newServeCmd(e env, g *globalFlags) *cobra.Command {
	var o serveFlags
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the reader over SSH for shared review",
		Long: "figs serve runs an SSH server: every reviewer who connects with an authorized key " +
			"gets the reader in their own terminal, and every mark lands in the same store, " +
			"recorded with the SSH user and key fingerprint.\n\n" +
			"A session is idle, and closed, when for --idle-timeout it has had no input " +
			"(keys, mouse, resizes) and no screen update. Reading without touching a key " +
			"counts as idle, so the default is generous.",
		Example: "  figs serve --library ~/articles\n  ssh -p 23234 localhost\n  ssh -p 23234 -t localhost budget.txt",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runServe(cmd.Context(), e, *g, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.listen, "listen", "127.0.0.1:23234", "address to listen on")
	f.StringVar(&o.hostKey, "host-key", "", "host key, an ed25519 key generated on first start (default in the data dir)")
	f.StringVar(&o.authorizedKeys, "authorized-keys", "", "reviewers' public keys, re-read when changed (default authorized_keys in the data dir)")
	f.BoolVar(&o.open, "open", false, "admit any public key")
	f.StringVar(&o.library, "library", "", "folder of articles that sessions pick from")
	f.IntVar(&o.maxSessions, "max-sessions", 64, "most sessions at once")
	f.DurationVar(&o.idleTimeout, "idle-timeout", 15*time.Minute, "close sessions without input or screen updates for this long (0: never)")
	return cmd
}

// runServe resolves the flags, starts the server and serves until ctx ends.
func runServe(ctx context.Context, e env, g globalFlags, o serveFlags) error {
	logger := log.NewWithOptions(e.stderr, log.Options{ReportTimestamp: true, Prefix: "figs serve"})
	// The SSH middleware logs through charm's default logger (a panic in a
	// session's reader, for one); send it to the same place.
	log.SetDefault(logger)
	cfg, cleanup, err := serveConfig(ctx, logger, g, o)
	if err != nil {
		return err
	}
	defer cleanup()
	srv, err := newSSHServer(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.listen)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	logger.Info("listening", "addr", ln.Addr().String(), "host_key", fingerprint(cfg.hostKey.PublicKey()),
		"max_sessions", cfg.maxSessions, "idle_timeout", cfg.idleTimeout)
	return srv.Serve(ctx, ln)
}

// serveConfig turns the flags into a server configuration. cleanup releases
// what it opened (the store).
func serveConfig(ctx context.Context, logger *log.Logger, g globalFlags, o serveFlags) (sshConfig, func(), error) {
	none := func() {}
	if o.maxSessions < 1 {
		return sshConfig{}, none, fmt.Errorf("--max-sessions must be at least 1, not %d", o.maxSessions)
	}
	if o.idleTimeout < 0 {
		return sshConfig{}, none, fmt.Errorf("--idle-timeout must not be negative")
	}
	dir, err := serveDataDir()
	if err != nil && (o.hostKey == "" || (o.authorizedKeys == "" && !o.open)) {
		return sshConfig{}, none, err
	}
	cfg := sshConfig{
		open:        o.open,
		maxSessions: o.maxSessions,
		idleTimeout: o.idleTimeout,
		lang:        g.lang,
		connRate:    serveConnRate,
		connBurst:   serveConnBurst,
		grace:       serveGrace,
		logger:      logger,
	}
	if cfg.article, err = articles.Default(); err != nil {
		return sshConfig{}, none, fmt.Errorf("default article: %w", err)
	}
	if o.library != "" {
		if cfg.library, err = serveLibrary(o.library, g); err != nil {
			return sshConfig{}, none, err
		}
	}
	cfg.hostKey, err = serveHostKey(logger, orDefault(o.hostKey, filepath.Join(dir, "ssh_host_ed25519_key")))
	if err != nil {
		return sshConfig{}, none, err
	}
	if o.open {
		logger.Warn("--open: any public key is admitted")
	} else {
		cfg.keys = newAuthorizedKeys(orDefault(o.authorizedKeys, filepath.Join(dir, "authorized_keys")), logger)
		cfg.keys.count() // load now, so problems show at start
	}
	st, closeStore, err := serveStore(ctx, g)
	if err != nil {
		return sshConfig{}, none, err
	}
	cfg.store = st
	return cfg, closeStore, nil
}

// serveHostKey loads or generates the host key and logs what it did.
func serveHostKey(logger *log.Logger, path string) (gossh.Signer, error) {
	key, created, err := loadHostKey(path)
	if err != nil {
		return nil, err
	}
	if created {
		logger.Info("host key generated", "path", path)
	}
	if hostKeyTooOpen(path) {
		logger.Warn("host key readable by others, run chmod 600", "path", path)
	}
	return key, nil
}

// serveLibrary opens the library folder.
func serveLibrary(dir string, g globalFlags) (tui.Library, error) {
	lib, err := articles.OpenFolder(dir, articles.Options{MaxSize: g.maxSize})
	if err != nil {
		return nil, fmt.Errorf("--library: %w", err)
	}
	return lib, nil
}

// serveStore opens the review store every session shares.
func serveStore(ctx context.Context, g globalFlags) (tui.Store, func(), error) {
	st, err := openStore(ctx, g)
	if err != nil {
		return nil, func() {}, err
	}
	return st, func() { _ = st.Close() }, nil
}

// serveDataDir returns figs' data directory: $XDG_DATA_HOME/figs, else
// ~/.local/share/figs.
func serveDataDir() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "figs"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("data dir: %w", err)
	}
	if home == "" {
		return "", errors.New("data dir: no home directory")
	}
	return filepath.Join(home, ".local", "share", "figs"), nil
}

// orDefault returns s, or def when s is empty.
func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
