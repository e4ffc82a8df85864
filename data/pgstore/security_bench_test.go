package pgstore

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/report"
)

// The policies' test of the readable units is an InitPlan, evaluated once
// per query, not a call per row.
func TestReadableUnitsOncePerQuery(t *testing.T) {
	ctx := t.Context()
	tr := openTree(t)
	plan := func(u *Unit) string {
		var plan []string
		err := u.read(ctx, func(tx pgx.Tx) error {
			rows, err := tx.Query(ctx, `EXPLAIN (COSTS OFF) SELECT index_no FROM publications
				WHERE unit_id = $1 AND published BETWEEN '2025-01-01' AND '2025-12-31'`, u.id)
			if err != nil {
				return err
			}
			plan, err = pgx.CollectRows(rows, pgx.RowTo[string])
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(plan, "\n")
	}
	// The unit its own rows, the upper level (as reader) the units below.
	if text := plan(tr.a); !strings.Contains(text, "InitPlan") {
		t.Errorf("the unit's policy is not an InitPlan:\n%s", text)
	}
	if text := plan(tr.c.UnitAs(tr.a.id)); !strings.Contains(text, "InitPlan") || !strings.Contains(text, "unit_id = ANY") {
		t.Errorf("the reader's policy is not an InitPlan:\n%s", text)
	}
}

// seedPublications adds n items to unit in 2025 as the owner, the
// tallies' trigger (0006, a row at a time) disabled: what is measured
// here is the policies and the audit.
func seedPublications(ctx context.Context, s *Store, unit int64, n int) error {
	if err := setTallies(ctx, s, false); err != nil {
		return err
	}
	defer setTallies(ctx, s, true)
	_, err := s.pool.Exec(ctx, `INSERT INTO publications (unit_id, index_no, title, published, category, channels,
			department, key_area, row_hash, updated_at)
		SELECT $1, 'S-' || lpad(i::text, 7, '0'), '事项 ' || i, '2025-' || lpad((1 + i % 12)::text, 2, '0') || '-'
			|| lpad((1 + i % 28)::text, 2, '0'), (ARRAY['政策文件', '政策解读', '财政预决算'])[1 + i % 3],
			'政府网站', '办公室', i % 2 = 0, md5(i::text), now()
		FROM generate_series(1, $2) i`, unit, n)
	return err
}

// setTallies enables or disables the tallies' trigger on inserts.
func setTallies(ctx context.Context, s *Store, on bool) error {
	mode := "DISABLE"
	if on {
		mode = "ENABLE"
	}
	_, err := s.pool.Exec(ctx, `ALTER TABLE publications `+mode+` TRIGGER publication_tally_insert`)
	return err
}

// BenchmarkEachPublication reads 200,000 items of a unit through
// EachPublication, with and without the policies (row level security
// disabled on publications for the second; the role and the grants are
// the same).
func BenchmarkEachPublication(b *testing.B) {
	ctx := b.Context()
	tr := openTree(b)
	if err := seedPublications(ctx, tr.s, tr.a.id, 200_000); err != nil {
		b.Fatal(err)
	}
	if _, err := tr.s.pool.Exec(ctx, `VACUUM ANALYZE publications`); err != nil {
		b.Fatal(err)
	}
	for _, rls := range []bool{true, false} {
		b.Run(fmt.Sprintf("rls=%v", rls), func(b *testing.B) {
			mode := "ENABLE"
			if !rls {
				mode = "DISABLE"
			}
			if _, err := tr.s.pool.Exec(ctx, `ALTER TABLE publications `+mode+` ROW LEVEL SECURITY`); err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				n := 0
				err := tr.a.EachPublication(ctx, 2025, func(report.Publication) error { n++; return nil })
				if err != nil || n != 200_002 { // and the fixture's two of 2025
					b.Fatalf("%d items, %v", n, err)
				}
			}
		})
	}
}

// BenchmarkImport writes 100,000 new items of a unit as an import would
// (COPY into a temporary table, then one INSERT … ON CONFLICT as the
// unit), then the same items changed (one UPDATE of every row), with the
// audit's statement-level triggers (0009), without audit, and with an
// equivalent row-level trigger. The tallies' trigger is disabled on
// inserts (it costs the same in each case, and most of the time).
func BenchmarkImport(b *testing.B) {
	ctx := b.Context()
	tr := openTree(b)
	if err := setTallies(ctx, tr.s, false); err != nil {
		b.Fatal(err)
	}
	const n = 100_000
	rows := make([][]any, n)
	for i := range rows {
		rows[i] = []any{fmt.Sprintf("I-%07d", i), fmt.Sprintf("导入的事项 %d", i), "2025-03-01", "政策文件", "政府网站",
			"办公室", i%2 == 0, fmt.Sprintf("h%d", i)}
	}
	for _, audit := range []string{"statement", "none", "row"} {
		b.Run("audit="+audit, func(b *testing.B) {
			setAudit(b, tr.s, audit)
			defer setAudit(b, tr.s, "statement")
			for b.Loop() {
				b.StopTimer()
				if _, err := tr.s.pool.Exec(ctx, `DELETE FROM publications WHERE index_no LIKE 'I-%'`); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				for _, change := range []string{"", "改"} {
					if err := copyMergeRows(ctx, tr.a, rows, change); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// copyMergeRows writes rows as an import does into the unit: new ones added,
// changed ones (title suffixed by change, hash changed) updated.
func copyMergeRows(ctx context.Context, u *Unit, rows [][]any, change string) error {
	return u.write(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `CREATE TEMPORARY TABLE incoming (index_no text, title text, published text,
			category text, channels text, department text, key_area boolean, row_hash text) ON COMMIT DROP`); err != nil {
			return err
		}
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"incoming"}, []string{"index_no", "title", "published", "category",
			"channels", "department", "key_area", "row_hash"}, pgx.CopyFromRows(rows))
		if err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, `INSERT INTO publications AS t (unit_id, index_no, title, published, category, channels,
				department, key_area, row_hash, updated_at)
			SELECT $1, index_no, title || $2, published, category, channels, department, key_area, row_hash || $2, now()
			FROM incoming
			ON CONFLICT (unit_id, index_no) DO UPDATE SET title = excluded.title, row_hash = excluded.row_hash
			WHERE t.row_hash <> excluded.row_hash`, u.id, change)
		if err == nil && tag.RowsAffected() != int64(len(rows)) {
			err = fmt.Errorf("import wrote %d rows of %d", tag.RowsAffected(), len(rows))
		}
		return err
	})
}

// setAudit makes publications' audit statement-level (0009's), absent, or
// row-level (a trigger writing the same rows one by one, to compare).
func setAudit(b *testing.B, s *Store, kind string) {
	ctx := b.Context()
	stmts := []string{
		`DROP TRIGGER IF EXISTS audit_row ON publications`,
		`ALTER TABLE publications ENABLE TRIGGER audit_insert`,
		`ALTER TABLE publications ENABLE TRIGGER audit_update`,
		`ALTER TABLE publications ENABLE TRIGGER audit_delete`,
	}
	if kind != "statement" {
		stmts = append(stmts, `ALTER TABLE publications DISABLE TRIGGER audit_insert`,
			`ALTER TABLE publications DISABLE TRIGGER audit_update`, `ALTER TABLE publications DISABLE TRIGGER audit_delete`)
	}
	if kind == "row" {
		stmts = append(stmts, `CREATE OR REPLACE FUNCTION bench_audit_row() RETURNS trigger
			LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
			BEGIN
				INSERT INTO audit (unit_id, account, table_name, record_key, action, before, after)
				VALUES (coalesce(NEW.unit_id, OLD.unit_id), nullif(nullif(current_setting('xxgk.account', true), ''), '0')::bigint,
					TG_TABLE_NAME, coalesce(NEW.index_no, OLD.index_no), TG_OP,
					CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) - '{row_hash,unit_id}'::text[] END,
					CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) - '{row_hash,unit_id}'::text[] END);
				RETURN NULL;
			END $$`,
			`CREATE TRIGGER audit_row AFTER INSERT OR UPDATE OR DELETE ON publications
				FOR EACH ROW EXECUTE FUNCTION bench_audit_row()`)
	}
	for _, q := range stmts {
		if _, err := s.pool.Exec(ctx, q); err != nil {
			b.Fatalf("%s: %v", q, err)
		}
	}
}
