package unitdb

import (
	"errors"
	"testing"
	"time"

	"github.com/xxgk/xxgk/data/pgstore"
	"github.com/xxgk/xxgk/data/pgstore/pgtest"
	"github.com/xxgk/xxgk/report"
)

// PGAccounts gives the workbench this package's sessions and
// ErrBadLogin from a PostgreSQL store.
func TestPGAccounts(t *testing.T) {
	ctx := t.Context()
	now := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	s, err := pgstore.Open(ctx, pgtest.DB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddUnit(ctx, report.Unit{Name: "某县教育局", Code: "COUNTY"}, "", now); err != nil {
		t.Fatal(err)
	}
	var acc Accounts = PGAccounts{A: s.Accounts()}
	pw, err := acc.AddUser(ctx, "COUNTY", "县局", now)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := acc.SignIn(ctx, "县局", pw+"x", now, time.Hour); err != ErrBadLogin {
		t.Errorf("wrong password: %v, want unitdb.ErrBadLogin", err)
	}
	if _, err := acc.SignIn(ctx, "无此人", pw, now, time.Hour); !errors.Is(err, ErrBadLogin) {
		t.Errorf("unknown name: %v, want unitdb.ErrBadLogin", err)
	}
	se, err := acc.SignIn(ctx, "县局", pw, now, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	got, ok, err := acc.Session(ctx, se.Token, now)
	if err != nil || !ok || got != se || got.UnitCode != "COUNTY" || !got.MustChangePassword {
		t.Errorf("session %+v, %v, %v; want %+v", got, ok, err, se)
	}
	if err := acc.SignOut(ctx, se.Token); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := acc.Session(ctx, se.Token, now); ok {
		t.Errorf("session after SignOut")
	}
}

// The workbench's ErrReadOnly is the one the PostgreSQL store wraps
// around the database's refusal of an upper level's write.
func TestErrReadOnlyIsPGStores(t *testing.T) {
	if !errors.Is(pgstore.ErrReadOnly, ErrReadOnly) {
		t.Error("unitdb.ErrReadOnly is not pgstore.ErrReadOnly")
	}
}
