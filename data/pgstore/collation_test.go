package pgstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/data/calendar"
	"github.com/xxgk/xxgk/data/pgstore/pgtest"
	"github.com/xxgk/xxgk/report"
)

// openLocaleTest opens and migrates a fresh database created with an ICU
// locale (en-US) whose order is not the bytes' — as a database created by
// createdb on a server set up in English or Chinese — dropped when the
// test ends. It skips when the cluster has no ICU.
func openLocaleTest(t *testing.T) *Store {
	t.Helper()
	admin := pgtest.Admin(t)
	ctx := context.Background()
	var b [6]byte
	rand.Read(b[:])
	name := "xxgk_icu_" + hex.EncodeToString(b[:])
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, "CREATE DATABASE "+name+" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'")
	if err != nil {
		t.Skipf("no database with an ICU locale: %v", err)
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
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	s, err := Open(t.Context(), u.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	var ordered string
	err = s.pool.QueryRow(ctx, `SELECT string_agg(x, ' ' ORDER BY x) FROM (VALUES ('P1'), ('P-10'), ('a'), ('B')) v(x)`).Scan(&ordered)
	if err != nil || ordered != "a B P-10 P1" {
		t.Fatalf("the ICU database orders %q (%v): not the locale order the test needs", ordered, err)
	}
	return s
}

// TestByteOrderWhateverTheLocale: on a database whose locale orders text
// otherwise than bytes, the keys and names still come in SQLite's order
// (migration 0010), and so do the reads and the figures.
func TestByteOrderWhateverTheLocale(t *testing.T) {
	s := openLocaleTest(t)
	l := randomLedgers(4, 200)
	// Keys and names whose byte order differs from en-US's.
	renamed := map[string]string{}
	for i := range l.publications {
		p := &l.publications[i]
		renamed[p.IndexNo] = []string{"p", "P-", "P_", "a", "B"}[i%5] + p.IndexNo
		p.IndexNo = renamed[p.IndexNo]
		if i%6 == 0 {
			p.Department = []string{"b科", "A科", "_科"}[i%3]
			p.Category = []string{"zz类别", "Aa类别", "-类别"}[i%3]
		}
	}
	for _, p := range l.progress {
		for k, e := range p.Evidence {
			p.Evidence[k] = renamed[e]
		}
	}
	for i := range l.requests {
		l.requests[i].ID = []string{"r-", "R", "r_"}[i%3] + l.requests[i].ID
	}
	for i := range l.documents {
		l.documents[i].DocNo = []string{"d", "D-", "〔"}[i%3] + l.documents[i].DocNo
	}
	pg := l.intoPostgres(t, s, now)
	lite := l.intoSQLite(t, now)
	compareReads(t, pg, lite)
	cal, err := calendar.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cal.WeekendsOnly = true
	touch(t, l, pg, lite)
	for _, y := range []int{2024, 2025} {
		today := report.NewDate(y, 6, 15)
		sameFigures(t, "ICU database", countFigures(t, pg, cal, y, today, later.Add(-1)),
			countFigures(t, lite, cal, y, today, later.Add(-1)))
	}
}
