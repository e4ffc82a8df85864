package pgstore

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// initer is the unit's setup as unitdb.Units has it, with the reads that
// show what it did.
type initer interface {
	Init(ctx context.Context, u report.Unit, names, defaults []string, now time.Time) (data.InitResult, error)
	InitCatalog(ctx context.Context, u report.Unit, entries []report.CatalogEntry, defaults []string, now time.Time) (data.InitResult, error)
	UnknownCategories(ctx context.Context) ([]report.NamedCount, error)
	CategoryUse(ctx context.Context) ([]report.NamedCount, error)
	Unit(ctx context.Context) (report.Unit, error)
	Catalog(ctx context.Context) ([]report.CatalogEntry, error)
}

// setupStep is one init and what the store holds after it.
type setupStep struct {
	Res     data.InitResult
	Unit    report.Unit
	Catalog []report.CatalogEntry
}

// The same inits give the same results and the same unit and 目录 on
// both stores: a new unit gets the defaults, a list with 时限 sets them,
// a list without keeps them, nil keeps the list.
func TestInitSameAsSQLite(t *testing.T) {
	ctx := t.Context()
	s := openTest(t)
	code := "11330100002482096X"
	unit := report.Unit{Name: "某县教育局", Code: code}
	monthly := report.DisclosureLimit{Kind: report.LimitMonthly}
	byMarch := report.DisclosureLimit{Kind: report.LimitYearlyBy, Month: 3}
	defaults := []string{"机构职能", "政策文件", "规划计划"}
	steps := func(st initer) []setupStep {
		var out []setupStep
		do := func(res data.InitResult, err error) {
			if err != nil {
				t.Fatal(err)
			}
			u, err := st.Unit(ctx)
			if err != nil {
				t.Fatal(err)
			}
			c, err := st.Catalog(ctx)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, setupStep{res, u, c})
		}
		do(st.Init(ctx, unit, nil, defaults, importNow))
		do(st.InitCatalog(ctx, unit, []report.CatalogEntry{{Name: "政策文件", Limit: monthly},
			{Name: "招生考试", Limit: byMarch}, {Name: "机构职能"}}, defaults, importNow))
		do(st.Init(ctx, report.Unit{Name: "某县教育体育局", Code: code}, nil, defaults, importNow))
		do(st.Init(ctx, unit, []string{"招生考试", "政策文件", "财务信息"}, defaults, importNow))
		do(st.InitCatalog(ctx, unit, []report.CatalogEntry{{Name: "政策文件"}, {Name: "招生考试", Limit: report.DisclosureLimit{Kind: report.LimitAnytime}}}, defaults, importNow))
		return out
	}
	lite, err := data.Open(ctx, filepath.Join(t.TempDir(), "xxgk.db"), data.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	pg, err := s.AddUnit(ctx, unit, "", importNow)
	if err != nil {
		t.Fatal(err)
	}
	want, got := steps(lite), steps(pg)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("PostgreSQL:\n%+v\nSQLite:\n%+v", got, want)
	}
	if !want[0].Res.Created || want[1].Res.Created || want[1].Res.Limits != 2 || want[3].Res.Limits != 2 || want[2].Res.Categories != 0 {
		t.Errorf("the steps do not show what they should: %+v", want)
	}
}

// After the same import, the categories in use and those not in the 目录
// are the same on both stores, in the same order.
func TestCategoryUseSameAsSQLite(t *testing.T) {
	s := openTest(t)
	rows := record(t, sampleFile(t))
	extra := *rows
	extra.Catalog = nil
	extra.Pubs = append([]report.Publication(nil), rows.Pubs...)
	extra.Pubs[0].Category, extra.Pubs[1].Category, extra.Pubs[2].Category = "其他类", "其他类", "Zz类"
	lite, _ := newSQLite(t)
	pg := newPGUnit(t, s, "11330100002482096X")
	other := newPGUnit(t, s, "OTHER")
	importRows(t, lite, &extra, false, importNow)
	importRows(t, pg, &extra, false, importNow)
	importRows(t, other, rows, false, importNow) // another unit's rows count for it only

	for name, read := range map[string]func(initer) ([]report.NamedCount, error){
		"UnknownCategories": func(st initer) ([]report.NamedCount, error) { return st.UnknownCategories(t.Context()) },
		"CategoryUse":       func(st initer) ([]report.NamedCount, error) { return st.CategoryUse(t.Context()) },
	} {
		want, err := read(lite)
		if err != nil {
			t.Fatal(err)
		}
		got, err := read(pg)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: PostgreSQL\n%v\nSQLite\n%v", name, got, want)
		}
		if name == "UnknownCategories" && len(want) != 2 {
			t.Errorf("%s: %v, want 其他类 and Zz类", name, want)
		}
	}
}
