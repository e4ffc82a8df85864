package pgstore

import (
	"errors"
	"testing"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/pgstore/pgtest"
	"github.com/xxgk/xxgk/report"
)

// A command's open refuses a database not yet migrated, or migrated by an
// older binary, and one newer than the binary; it finds the unit in a
// current one.
func TestOpenCurrentUnit(t *testing.T) {
	ctx := t.Context()
	dsn := pgtest.DB(t)
	var old *OldSchemaError
	if _, err := OpenCurrentUnit(ctx, dsn, "A"); !errors.As(err, &old) || old.Have != 0 || old.Want != LatestVersion() {
		t.Fatalf("fresh database: %v, want an OldSchemaError 0 < %d", err, LatestVersion())
	}
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddUnit(ctx, report.Unit{Name: "甲", Code: "A"}, "", now); err != nil {
		t.Fatal(err)
	}
	u, err := OpenCurrentUnit(ctx, dsn, "A")
	if err != nil {
		t.Fatal(err)
	}
	if got, err := u.ChangeMark(ctx); err != nil || got < 1 {
		t.Errorf("ChangeMark of a unit just added: %d, %v", got, err)
	}
	u.Close()
	if _, err := OpenCurrentUnit(ctx, dsn, "B"); !errors.Is(err, ErrNoUnit) {
		t.Errorf("unknown unit: %v, want ErrNoUnit", err)
	}
	if _, err := s.pool.Exec(ctx, `UPDATE schema_version SET version = 7`); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenCurrentUnit(ctx, dsn, "A"); !errors.As(err, &old) || old.Have != 7 {
		t.Errorf("version 7: %v, want an OldSchemaError", err)
	}
	if _, err := s.pool.Exec(ctx, `UPDATE schema_version SET version = $1`, LatestVersion()+1); err != nil {
		t.Fatal(err)
	}
	var tooNew *data.TooNewError
	if _, err := OpenCurrentUnit(ctx, dsn, "A"); !errors.As(err, &tooNew) {
		t.Errorf("newer: %v, want a TooNewError", err)
	}
}
