package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/pgstore"
	"github.com/xxgk/xxgk/data/pgstore/pgtest"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/samples"
	"github.com/xxgk/xxgk/samples/province"
)

// pgTree makes a PostgreSQL database with a province's tree of units:
// 某省教育厅 (PROV) above 甲市 (CITY-A) and 乙市 (CITY-B), 甲县 below 甲市,
// and 甲县一中 below 甲县.
func pgTree(t *testing.T) (string, *pgstore.Store) {
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
		{"某省教育厅", "PROV", ""}, {"甲市教育局", "CITY-A", "PROV"}, {"乙市教育局", "CITY-B", "PROV"},
		{"甲县教育局", "COUNTY-A", "CITY-A"}, {"甲县一中", "SCHOOL-A", "COUNTY-A"},
	} {
		if _, err := st.AddUnit(ctx, report.Unit{Name: u.name, Code: u.code}, u.parent, fixedNow); err != nil {
			t.Fatal(err)
		}
	}
	return dsn, st
}

// TestRollupFromPostgresTree: the sources of a roll-up from PostgreSQL are
// the units below --unit-code at every depth in the tree's order, the unit
// itself first with --include-self; the command sums the tree (nothing
// recorded: every unit is listed as not reported).
func TestRollupFromPostgresTree(t *testing.T) {
	dsn, st := pgTree(t)
	out := t.TempDir()
	if r := xxgk(t, "rollup", "--db", dsn, "--unit-code", "NOPE", "--year", "2025", "--out", out); r.code == 0 ||
		!strings.Contains(r.stderr, "数据库中没有统一社会信用代码为 NOPE 的单位") {
		t.Errorf("unknown unit: exit %d, %s", r.code, r.stderr)
	}
	top, sources, err := pgRollupSources(t.Context(), st, "CITY-A", true)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range sources {
		got = append(got, s.unit.Code)
	}
	if top.Name != "甲市教育局" || strings.Join(got, " ") != "CITY-A COUNTY-A SCHOOL-A" {
		t.Errorf("top %v, sources %v", top, got)
	}
	r := xxgk(t, "rollup", "--db", dsn, "--unit-code", "PROV", "--year", "2025", "--out", out, "--format", "json").must(t)
	if !strings.Contains(r.stderr, "汇总 0 个单位；未报送 4 个") || !strings.Contains(r.stdout, "未报送：甲县一中 SCHOOL-A") {
		t.Errorf("stdout %s\nstderr %s", r.stdout, r.stderr)
	}
}

// pgRows are the publications and applications of a unit, with its
// catalog: what both stores can be given row by row today.
type pgRows struct {
	unit    report.Unit
	catalog []report.CatalogEntry
	pubs    []report.Publication
	reqs    []report.Request
}

// sampleRows reads the sample unit's catalog, publications and
// applications of 2024–2026 out of a SQLite store that imported its
// workbook; keep picks the rows a variant keeps (by their position).
func sampleRows(t *testing.T, u report.Unit, keep func(i int) bool) pgRows {
	t.Helper()
	src := storeSources(t, []storeUnit{sampleUnit(t)})[0].store.(Store)
	rows, err := readRows(t.Context(), src, u, keep)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// readRows reads src's catalog, publications and applications of
// 2024–2026 as u's, those keep keeps.
func readRows(ctx context.Context, src Store, u report.Unit, keep func(i int) bool) (pgRows, error) {
	rows := pgRows{unit: u}
	var err error
	if rows.catalog, err = src.Catalog(ctx); err != nil {
		return rows, err
	}
	seen := map[string]bool{}
	for y := 2024; y <= 2026; y++ {
		i := 0
		err := src.EachPublication(ctx, y, func(p report.Publication) error {
			if i++; keep(i) {
				rows.pubs = append(rows.pubs, p)
			}
			return nil
		})
		if err == nil {
			err = src.EachRequest(ctx, y, func(r report.Request) error {
				if !seen[r.ID] {
					seen[r.ID] = true
					if i++; keep(i) {
						rows.reqs = append(rows.reqs, r)
					}
				}
				return nil
			})
		}
		if err != nil {
			return rows, err
		}
	}
	return rows, nil
}

// pgBenchRows is every fifth row of the sample unit, for a benchmark.
func pgBenchRows(b *testing.B) pgRows {
	b.Helper()
	dir := b.TempDir()
	db, book := filepath.Join(dir, "sample.db"), filepath.Join(dir, samples.LedgerFileName)
	if err := os.WriteFile(book, samples.LedgerWorkbook, 0o644); err != nil {
		b.Fatal(err)
	}
	e := &env{stdout: io.Discard, stderr: io.Discard, now: func() time.Time { return fixedNow }, getenv: func(string) string { return "" }}
	for _, args := range [][]string{{"init", "--db", db, "--unit", samples.UnitName}, {"import", "--db", db, book}} {
		if code := run(context.Background(), append([]string{"xxgk"}, args...), e); code != 0 {
			b.Fatalf("xxgk %v: exit %d", args, code)
		}
	}
	src, err := openReader(context.Background(), e, db)
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	rows, err := readRows(context.Background(), src, report.Unit{}, func(i int) bool { return i%5 == 0 })
	if err != nil {
		b.Fatal(err)
	}
	return rows
}

// liteUnit writes rows into a SQLite store of its own, as an import does.
func liteUnit(t *testing.T, rows pgRows) rollupSource {
	t.Helper()
	ctx := t.Context()
	st, err := data.Open(ctx, filepath.Join(t.TempDir(), "u.db"), data.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.InitCatalog(ctx, rows.unit, rows.catalog, nil, fixedNow); err != nil {
		t.Fatal(err)
	}
	im, err := st.BeginImport(ctx, []string{"台账.xlsx"}, fixedNow)
	if err != nil {
		t.Fatal(err)
	}
	defer im.Rollback()
	for _, p := range rows.pubs {
		if err := im.Publication(p); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range rows.reqs {
		if err := im.Request(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := im.Commit(); err != nil {
		t.Fatal(err)
	}
	return rollupSource{unit: rows.unit, store: st}
}

// TestRollupFromPostgresEqualsSQLite sums three units below a county from
// PostgreSQL with the command, and the same rows in SQLite stores (which
// TestRollupFromStoresEqualsRollupOfExports holds equal to the file
// roll-up of their exports): the summed JSON is the same to the byte.
func TestRollupFromPostgresEqualsSQLite(t *testing.T) {
	dsn, st := pgTree(t)
	ctx := t.Context()
	units := []pgRows{
		sampleRows(t, report.Unit{Name: "甲县二中", Code: "SCHOOL-B"}, func(int) bool { return true }),
		sampleRows(t, report.Unit{Name: "甲县三中", Code: "SCHOOL-C"}, func(i int) bool { return i%3 != 0 }),
		{unit: report.Unit{Name: "甲县四中", Code: "SCHOOL-D"}}, // nothing recorded: not reported
	}
	// 甲县一中 (SCHOOL-A, from pgTree) is below the county too, with nothing.
	lite := []rollupSource{liteUnit(t, pgRows{unit: report.Unit{Name: "甲县一中", Code: "SCHOOL-A"}})}
	for _, rows := range units {
		u, err := st.AddUnit(ctx, rows.unit, "COUNTY-A", fixedNow)
		if err != nil {
			t.Fatal(err)
		}
		if err := u.SetCatalog(ctx, rows.catalog); err != nil {
			t.Fatal(err)
		}
		if err := u.PutPublications(ctx, rows.pubs, fixedNow); err != nil {
			t.Fatal(err)
		}
		if err := u.PutRequests(ctx, rows.reqs, fixedNow); err != nil {
			t.Fatal(err)
		}
		lite = append(lite, liteUnit(t, rows))
	}
	fromPG, fromLite := t.TempDir(), t.TempDir()
	r := xxgk(t, "rollup", "--db", dsn, "--unit-code", "COUNTY-A", "--year", "2025", "--out", fromPG, "--format", "xlsx,json").must(t)
	if !strings.Contains(r.stderr, "汇总 2 个单位；未报送 2 个") {
		t.Errorf("stderr: %s", r.stderr)
	}
	storesRollup(t, report.Unit{Name: "甲县教育局", Code: "COUNTY-A"}, lite, fromLite, 2)
	name := rollupFileName("甲县教育局", 2025, rollupSummed+"json")
	a, _ := os.ReadFile(filepath.Join(fromPG, name))
	b, _ := os.ReadFile(filepath.Join(fromLite, name))
	if len(a) == 0 || !bytes.Equal(a, b) {
		t.Errorf("summed JSON differs:\nPostgreSQL: %.600s\nSQLite:     %.600s", a, b)
	}
}

// BenchmarkRollupFromPostgres200 sums 200 units of a PostgreSQL database
// (each with every fifth publication and application of the sample unit)
// straight from the database, with 1, 4 and 8 units counted at once, and
// reports the cost of a unit (µs/unit). Needs XXGK_TEST_PG.
func BenchmarkRollupFromPostgres200(b *testing.B) {
	const n = 200
	dsn := pgtest.DB(b)
	ctx := context.Background()
	st, err := pgstore.Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		b.Fatal(err)
	}
	if _, err := st.AddUnit(ctx, report.Unit{Name: "某省教育厅", Code: "PROV"}, "", fixedNow); err != nil {
		b.Fatal(err)
	}
	rows := pgBenchRows(b)
	for i := range n {
		name, code := province.Unit(i)
		u, err := st.AddUnit(ctx, report.Unit{Name: name, Code: code}, "PROV", fixedNow)
		if err == nil {
			err = u.SetCatalog(ctx, rows.catalog)
		}
		if err == nil {
			err = u.PutPublications(ctx, rows.pubs, fixedNow)
		}
		if err == nil {
			err = u.PutRequests(ctx, rows.reqs, fixedNow)
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	_, sources, err := pgRollupSources(ctx, st, "PROV", false)
	if err != nil {
		b.Fatal(err)
	}
	for _, jobs := range []int{1, 4, 8} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			b.ReportAllocs()
			start := time.Now()
			for range b.N {
				res, _, err := sumStores(ctx, "某省教育厅", 2025, sources, jobs)
				if err != nil {
					b.Fatal(err)
				}
				if len(res.Units) != n {
					b.Fatalf("%d units summed, want %d", len(res.Units), n)
				}
			}
			b.ReportMetric(float64(time.Since(start).Microseconds())/float64(b.N*n), "µs/unit")
		})
	}
}
