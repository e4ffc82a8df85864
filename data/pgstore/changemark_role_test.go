package pgstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/report"
)

// The change marks do not depend on who writes: a role that may write the
// unit's rows under row-level security, with no grant on unit_changes,
// still bumps its unit's mark, and reads it through xxgk_change_mark.
func TestChangeMarkUnderAnotherRole(t *testing.T) {
	ctx := t.Context()
	s := openTest(t)
	a, err := s.AddUnit(ctx, report.Unit{Name: "甲", Code: "A"}, "", now)
	if err != nil {
		t.Fatal(err)
	}
	var b [4]byte
	rand.Read(b[:])
	role := "xxgk_test_role_" + hex.EncodeToString(b[:])
	exec := func(sql string) {
		t.Helper()
		if _, err := s.pool.Exec(ctx, sql); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	exec(`CREATE ROLE ` + role)
	t.Cleanup(func() {
		ctx := context.Background()
		s.pool.Exec(ctx, `DROP OWNED BY `+role)
		s.pool.Exec(ctx, `DROP ROLE `+role)
	})
	exec(`GRANT USAGE ON SCHEMA public TO ` + role)
	for _, tb := range []string{"publications", "publication_by_category", "publication_by_department", "publication_by_channels"} {
		exec(`GRANT SELECT, INSERT, UPDATE, DELETE ON ` + tb + ` TO ` + role)
		exec(`ALTER TABLE ` + tb + ` ENABLE ROW LEVEL SECURITY`)
		exec(`CREATE POLICY own ON ` + tb + ` USING (unit_id = current_setting('xxgk.unit')::bigint)`)
	}
	before, err := a.ChangeMark(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var after int64
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SET LOCAL ROLE `+role); err != nil {
			return err
		}
		if err := a.actFor(ctx, tx); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO publications (unit_id, index_no, title, published, category, channels,
			department, key_area, from_request, row_hash, updated_at) VALUES ($1, 'P-1', '通知', '2025-01-02', '政策文件', '政府网站',
			'办公室', false, false, 'h', now())`, a.id); err != nil {
			return err
		}
		sp, err := tx.Begin(ctx) // a savepoint: the refusal aborts it, not tx
		if err != nil {
			return err
		}
		if _, err := sp.Exec(ctx, `SELECT n FROM unit_changes`); err == nil {
			t.Error("the role reads unit_changes without a grant")
		}
		return sp.Rollback(ctx)
	})
	if err != nil {
		t.Fatal(err)
	}
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SET LOCAL ROLE `+role); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `SELECT xxgk_change_mark($1)`, a.id).Scan(&after)
	})
	if err != nil {
		t.Fatal(err)
	}
	if after == before {
		t.Errorf("mark %d unchanged after the role's insert", after)
	}
	if n, err := a.ChangeMark(ctx); err != nil || n != after {
		t.Errorf("ChangeMark %d, %v; the role read %d", n, err, after)
	}
}
