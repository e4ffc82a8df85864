package main

import (
	"strings"
	"testing"

	"github.com/xxgk/xxgk/data/pgstore"
	"github.com/xxgk/xxgk/data/pgstore/pgtest"
	"github.com/xxgk/xxgk/report"
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
// itself first with --include-self. While *pgstore.Unit lacks reads the
// annual count needs, the command refuses in Chinese instead; once it has
// them, the command sums the tree (nothing recorded: every unit is listed
// as not reported).
func TestRollupFromPostgresTree(t *testing.T) {
	dsn, st := pgTree(t)
	out := t.TempDir()
	if r := xxgk(t, "rollup", "--db", dsn, "--unit-code", "NOPE", "--year", "2025", "--out", out); r.code == 0 ||
		!strings.Contains(r.stderr, "数据库中没有统一社会信用代码为 NOPE 的单位") {
		t.Errorf("unknown unit: exit %d, %s", r.code, r.stderr)
	}
	top, sources, err := pgRollupSources(t.Context(), st, "CITY-A", true)
	if _, ok := any(&pgstore.Unit{}).(annualStore); !ok {
		if err == nil || !strings.Contains(err.Error(), "PostgreSQL 存储还不能统计年度报告") {
			t.Fatalf("a store without the reads: %v", err)
		}
		r := xxgk(t, "rollup", "--db", dsn, "--unit-code", "PROV", "--year", "2025", "--out", out)
		if r.code == 0 || !strings.Contains(r.stderr, "暂不能从数据库汇总") {
			t.Errorf("exit %d, %s", r.code, r.stderr)
		}
		return
	}
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
