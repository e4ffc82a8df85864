package pgstore

import (
	"errors"
	"testing"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/pgstore/pgtest"
)

func TestMigrateFreshReopenAndTooNew(t *testing.T) {
	ctx := t.Context()
	dsn := pgtest.DB(t)
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if v, err := s.SchemaVersion(ctx); err != nil || v != 0 {
		t.Fatalf("fresh database: version %d, %v; want 0", v, err)
	}
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	latest := LatestVersion()
	if latest != 12 {
		t.Errorf("LatestVersion() = %d, want 12 (0001–0008 as the SQLite store's, 0009–0012 for issue 17)", latest)
	}
	s.Close()

	s, err = Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Migrate(ctx); err != nil { // idempotent
		t.Fatal(err)
	}
	var rows int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM schema_version`).Scan(&rows); err != nil || rows != 1 {
		t.Fatalf("schema_version holds %d rows (%v), want 1", rows, err)
	}
	if v, err := s.SchemaVersion(ctx); err != nil || v != latest {
		t.Fatalf("reopened: version %d, %v; want %d", v, err, latest)
	}

	if _, err := s.pool.Exec(ctx, `UPDATE schema_version SET version = $1`, latest+1); err != nil {
		t.Fatal(err)
	}
	var tooNew *data.TooNewError
	if err := s.Migrate(ctx); !errors.As(err, &tooNew) || tooNew.Have != latest+1 || tooNew.Know != latest {
		t.Errorf("Migrate on a newer database: %v, want a TooNewError", err)
	}
	if s2, err := Open(ctx, dsn); !errors.As(err, &tooNew) {
		if s2 != nil {
			s2.Close()
		}
		t.Errorf("Open of a newer database: %v, want a TooNewError", err)
	}
}

// Every table holding a unit's rows carries its unit (issue 17).
func TestEveryUnitTableHasUnitID(t *testing.T) {
	s := openTest(t)
	rows, err := s.pool.Query(t.Context(), `
		SELECT table_name FROM information_schema.tables t
		WHERE table_schema = 'public' AND table_name NOT IN ('units', 'schema_version', 'calendars', 'sessions')
		AND NOT EXISTS (SELECT 1 FROM information_schema.columns c
			WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'unit_id')
		ORDER BY table_name`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		t.Errorf("table %s has no unit_id", name)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}
