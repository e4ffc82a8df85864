package data

import (
	"reflect"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// undoSelfCheck takes migration 0007 back out of a database, as tests of
// upgrades from older schemas need.
func undoSelfCheck() []string {
	return []string{
		"ALTER TABLE publications DROP COLUMN formed",
		"ALTER TABLE requests DROP COLUMN registered",
		"ALTER TABLE categories DROP COLUMN disclosure_limit",
	}
}

func limit(k report.LimitKind, m int) report.DisclosureLimit {
	return report.DisclosureLimit{Kind: k, Month: m}
}

// TestCatalogRoundTrip: InitCatalog stores the 时限 and Catalog reads them
// back; a category retyped without its 时限 keeps it.
func TestCatalogRoundTrip(t *testing.T) {
	st := openTemp(t)
	ctx := t.Context()
	entries := []report.CatalogEntry{
		{Name: "招生考试", Limit: limit(report.LimitQuarterly, 0)},
		{Name: "财政信息（预决算、收费）", Limit: limit(report.LimitYearlyBy, 6)},
		{Name: "工作动态", Limit: limit(report.LimitMonthly, 0)},
		{Name: "人事信息", Limit: limit(report.LimitAnytime, 0)},
		{Name: "其他"},
	}
	res, err := st.InitCatalog(ctx, report.Unit{Name: "测试单位"}, entries, nil, now)
	if err != nil {
		t.Fatal(err)
	}
	if res.Categories != 5 || res.Limits != 4 {
		t.Errorf("InitCatalog result %+v", res)
	}
	got, err := st.Catalog(ctx)
	if err != nil || !reflect.DeepEqual(got, entries) {
		t.Fatalf("Catalog = %+v, %v\nwant %+v", got, err, entries)
	}
	var labels []string
	rows, _ := st.db.QueryContext(ctx, `SELECT disclosure_limit FROM categories ORDER BY position`)
	for rows.Next() {
		var l string
		rows.Scan(&l)
		labels = append(labels, l)
	}
	rows.Close()
	if want := []string{"每季度", "每年6月底前", "每月", "随时", ""}; !reflect.DeepEqual(labels, want) {
		t.Errorf("stored labels %q, want %q", labels, want)
	}

	// Retyped (init --categories, the 设置 page): kept names keep their 时限,
	// a new 时限 replaces the old, a dropped category goes.
	if err := st.SetCategories(ctx, []string{"工作动态", "招生考试", "新类别"}); err != nil {
		t.Fatal(err)
	}
	res, err = st.InitCatalog(ctx, report.Unit{Name: "测试单位"}, []report.CatalogEntry{
		{Name: "工作动态"}, {Name: "招生考试", Limit: limit(report.LimitMonthly, 0)}, {Name: "新类别"},
	}, nil, now)
	if err != nil || res.Limits != 2 {
		t.Fatalf("second init %+v %v", res, err)
	}
	got, _ = st.Catalog(ctx)
	want := []report.CatalogEntry{
		{Name: "工作动态", Limit: limit(report.LimitMonthly, 0)},
		{Name: "招生考试", Limit: limit(report.LimitMonthly, 0)},
		{Name: "新类别"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("after retyping %+v\nwant %+v", got, want)
	}
	names, _ := st.Categories(ctx)
	if !reflect.DeepEqual(names, []string{"工作动态", "招生考试", "新类别"}) {
		t.Errorf("Categories %q", names)
	}
}

// TestImportCatalog: a 目录 sheet sets 时限, appends the categories the
// 目录 lacks, removes none, counts what it did, and rolls back with the
// rest of the import.
func TestImportCatalog(t *testing.T) {
	st := openTemp(t)
	ctx := t.Context()
	if _, err := st.Init(ctx, report.Unit{Name: "测试单位"}, []string{"机构概况", "招生考试", "工作动态"}, nil, now); err != nil {
		t.Fatal(err)
	}
	rows := []report.CatalogEntry{
		{Name: "招生考试", Limit: limit(report.LimitQuarterly, 0)},
		{Name: "学生资助", Limit: limit(report.LimitYearlyBy, 9)},
		{Name: "工作动态"},
	}
	run := func(commit bool, rows ...report.CatalogEntry) []LedgerStats {
		im, err := st.BeginImport(ctx, []string{"目录.xlsx"}, now)
		if err != nil {
			t.Fatal(err)
		}
		defer im.Rollback()
		for _, e := range rows {
			if err := im.(*Import).CatalogEntry(e); err != nil {
				t.Fatal(err)
			}
		}
		s := im.Stats()
		if commit {
			if err := im.Commit(); err != nil {
				t.Fatal(err)
			}
		}
		return s
	}
	// Rolled back: nothing changes.
	run(false, rows...)
	if got, _ := st.Catalog(ctx); len(got) != 3 || got[1].Limit.Kind != report.LimitNone {
		t.Fatalf("after a rollback %+v", got)
	}
	s := run(true, rows...)
	want := LedgerStats{Ledger: "目录", Stats: Stats{Added: 1, Updated: 1, Unchanged: 1}, Catalog: true, Limits: 2}
	if len(s) != 1 || s[0] != want {
		t.Errorf("stats %+v, want %+v", s, want)
	}
	got, _ := st.Catalog(ctx)
	wantCat := []report.CatalogEntry{
		{Name: "机构概况"},
		{Name: "招生考试", Limit: limit(report.LimitQuarterly, 0)},
		{Name: "工作动态"},
		{Name: "学生资助", Limit: limit(report.LimitYearlyBy, 9)},
	}
	if !reflect.DeepEqual(got, wantCat) {
		t.Errorf("catalog %+v\nwant %+v", got, wantCat)
	}
	// Again: unchanged. Then clearing one 时限 with an empty cell.
	s = run(true, rows...)
	if want := (LedgerStats{Ledger: "目录", Stats: Stats{Unchanged: 3}, Catalog: true, Limits: 2}); s[0] != want {
		t.Errorf("re-import stats %+v", s[0])
	}
	s = run(true, report.CatalogEntry{Name: "招生考试"})
	if want := (LedgerStats{Ledger: "目录", Stats: Stats{Updated: 1}, Catalog: true, Limits: 1}); s[0] != want {
		t.Errorf("clearing stats %+v", s[0])
	}
	if got, _ := st.Catalog(ctx); got[1] != (report.CatalogEntry{Name: "招生考试"}) || len(got) != 4 {
		t.Errorf("after clearing %+v", got)
	}
}
