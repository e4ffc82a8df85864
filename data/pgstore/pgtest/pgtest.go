// Package pgtest gives tests a PostgreSQL database of their own in the
// cluster XXGK_TEST_PG names (.ci/pg starts one); without it they skip.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// Admin returns the DSN of XXGK_TEST_PG's database, or skips the test
// when it is not set.
func Admin(t testing.TB) string {
	t.Helper()
	admin := os.Getenv("XXGK_TEST_PG")
	if admin == "" {
		t.Skip("XXGK_TEST_PG is not set: no PostgreSQL to test against (.ci/pg starts one, docs/postgres.md)")
	}
	return admin
}

// DB creates a database of its own for the test and returns its DSN; the
// database is dropped when the test ends. Without XXGK_TEST_PG the test
// is skipped.
func DB(t testing.TB) string {
	t.Helper()
	admin := Admin(t)
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("XXGK_TEST_PG: %v", err)
	}
	var b [6]byte
	rand.Read(b[:])
	name := "xxgk_test_" + hex.EncodeToString(b[:])
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatalf("connect to XXGK_TEST_PG: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		t.Fatalf("create database: %v", err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, admin)
		if err != nil {
			t.Errorf("drop database %s: %v", name, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, "DROP DATABASE "+name+" WITH (FORCE)"); err != nil {
			t.Errorf("drop database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}
