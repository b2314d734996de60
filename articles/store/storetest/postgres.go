// Package storetest gives the tests of figs a PostgreSQL database of their
// own on the server that .ci/run starts. It is used only by tests.
package storetest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// PostgresEnv names a PostgreSQL server the tests may create databases on
// (.ci/run starts one); without it the tests that need one skip.
const PostgresEnv = "FIGS_TEST_POSTGRES"

// PostgresDB creates a database of its own for the test, named prefix and
// a random suffix, on the server named by FIGS_TEST_POSTGRES, drops it when
// the test ends, and returns its URL. It skips the test when the variable
// is not set.
func PostgresDB(tb testing.TB, prefix string) string {
	tb.Helper()
	admin := os.Getenv(PostgresEnv)
	if admin == "" {
		tb.Skip("skipping: " + PostgresEnv + " is not set to a PostgreSQL URL (.ci/run starts a server and sets it)")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := pgx.Connect(ctx, admin)
	if err != nil {
		tb.Fatalf("%s: %v", PostgresEnv, err)
	}
	defer c.Close(ctx)
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := prefix + hex.EncodeToString(b[:])
	if _, err := c.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		c, err := pgx.Connect(ctx, admin)
		if err != nil {
			tb.Errorf("drop test database: %v", err)
			return
		}
		defer c.Close(ctx)
		if _, err := c.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			tb.Errorf("drop test database: %v", err)
		}
	})
	u, err := url.Parse(admin)
	if err != nil {
		tb.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}
