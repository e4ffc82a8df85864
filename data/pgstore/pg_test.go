package pgstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// testDB creates a database of its own for the test in the cluster
// XXGK_TEST_PG names (.ci/pg starts one) and returns its DSN; the database
// is dropped when the test ends. Without XXGK_TEST_PG the test is skipped.
func testDB(t *testing.T) string {
	t.Helper()
	admin := os.Getenv("XXGK_TEST_PG")
	if admin == "" {
		t.Skip("XXGK_TEST_PG is not set: no PostgreSQL to test against (.ci/pg starts one, docs/postgres.md)")
	}
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

// openTest opens and migrates a fresh database, closed when the test ends.
func openTest(t *testing.T) *Store {
	t.Helper()
	dsn := testDB(t)
	s, err := Open(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	return s
}
