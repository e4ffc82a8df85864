package main

import (
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/data/pgstore"
	"github.com/xxgk/xxgk/data/pgstore/pgtest"
	"github.com/xxgk/xxgk/report"
)

// pgCity is cityAccounts on PostgreSQL: the city and its two schools in
// one shared database, with the same applications and B's 2025 annual
// report, and the accounts city, a and b with goodPassword. dsn is the
// database's administrator's (the tests count rows through it).
type pgCity struct {
	dsn string
	st  *pgstore.Store
	acc unitdb.Accounts
	ids map[string]int64 // account name → account id
}

// newPGCity makes pgCity in a database of the test's own (pgtest.DB:
// skipped without XXGK_TEST_PG).
func newPGCity(t *testing.T) *pgCity {
	t.Helper()
	dsn := pgtest.DB(t)
	ctx := t.Context()
	st, err := pgstore.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	for _, u := range []struct{ name, code, parent string }{
		{"某某市教育局", cityCode, ""}, {"某某市第一中学", unitA, cityCode}, {"某某市第二中学", unitB, cityCode},
	} {
		if _, err := st.AddUnit(ctx, report.Unit{Name: u.name, Code: u.code}, u.parent, fixedNow); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range []struct{ code, id, received, name string }{
		{unitA, "SQ2025-101", "2025-11-20", applicantA},
		{unitA, "SQ2026-001", "2026-01-06", applicantA},
		{unitB, "SQ2025-201", "2025-11-20", applicantB},
		{unitB, "SQ2025-202", "2025-11-24", applicantB},
		{unitB, "SQ2025-203", "2025-12-30", applicantB},
	} {
		xxgk(t, "request", "add", "--db", dsn, "--unit-code", r.code, "--id", r.id, "--received", r.received,
			"--applicant-type", "自然人", "--name", r.name, "--contact", "13800000000").must(t)
	}
	xxgk(t, "report", "annual", "--db", dsn, "--unit-code", unitB, "--year", "2025", "--out", t.TempDir(), "--format", "json").must(t)
	c := &pgCity{dsn: dsn, st: st, acc: unitdb.PGAccounts{A: st.Accounts()}, ids: map[string]int64{}}
	for name, code := range map[string]string{"city": cityCode, "a": unitA, "b": unitB} {
		c.ids[name] = c.addAccount(t, code, name)
	}
	return c
}

// addAccount adds an account of unit code whose password is goodPassword
// (its one-time one changed) and returns its id.
func (c *pgCity) addAccount(t *testing.T, code, name string) int64 {
	t.Helper()
	ctx := t.Context()
	once, err := c.acc.AddUser(ctx, code, name, fixedNow)
	if err != nil {
		t.Fatal(err)
	}
	sess, err := c.acc.SignIn(ctx, name, once, fixedNow, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.acc.SetPassword(ctx, sess.Account, goodPassword, fixedNow); err != nil {
		t.Fatal(err)
	}
	c.acc.SignOut(ctx, sess.Token)
	return sess.Account
}

// conn is a connection as the database's administrator, closed at the
// test's end.
func (c *pgCity) conn(t *testing.T) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), c.dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(t.Context()) })
	return conn
}

// count is the single number a query gives, as the administrator.
func (c *pgCity) count(t *testing.T, query string, args ...any) int {
	t.Helper()
	var n int
	if err := c.conn(t).QueryRow(t.Context(), query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// changeMark is unit code's change mark.
func (c *pgCity) changeMark(t *testing.T, code string) int64 {
	t.Helper()
	u, err := c.st.Unit(t.Context(), code)
	if err != nil {
		t.Fatal(err)
	}
	defer u.Close()
	n, err := u.ChangeMark(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// pgConcurrencyDuration is XXGK_CONCURRENCY_SECONDS, else two minutes
// on CI (CI=true: the issue asks for two) and 10 s elsewhere.
func pgConcurrencyDuration(t *testing.T) time.Duration {
	if os.Getenv("XXGK_CONCURRENCY_SECONDS") == "" {
		if os.Getenv("CI") == "true" {
			return 2 * time.Minute
		}
		return 10 * time.Second
	}
	return concurrencyDuration(t)
}
