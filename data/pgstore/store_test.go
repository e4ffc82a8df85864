package pgstore

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

var now = time.Date(2025, 3, 1, 9, 30, 0, 0, time.FixedZone("CST", 8*3600))

func catalog() []report.CatalogEntry {
	return []report.CatalogEntry{
		{Name: "政策文件", Limit: report.DisclosureLimit{Kind: report.LimitMonthly}},
		{Name: "政策解读"},
		{Name: "财政预决算", Limit: report.DisclosureLimit{Kind: report.LimitYearlyBy, Month: 6}},
	}
}

func publications() []report.Publication {
	o := report.Origin{File: "台账.xlsx", Sheet: "主动公开", Row: 2}
	return []report.Publication{
		{IndexNo: "P-1", Title: "关于印发招生工作方案的通知", DocNo: "某教发〔2025〕1号", Published: report.NewDate(2025, 1, 10),
			Category: "政策文件", Channels: []string{"政府网站", "政务新媒体"}, Department: "办公室", KeyArea: true,
			Formed: report.NewDate(2025, 1, 3), Origin: o},
		{IndexNo: "P-2", Title: "招生工作方案解读", DocNo: "某教发〔2025〕1号", Published: report.NewDate(2025, 1, 12),
			Category: "政策解读", Channels: []string{"政府网站"}, Department: "办公室", FromRequest: true,
			Origin: report.Origin{File: "台账.xlsx", Sheet: "主动公开", Row: 3}},
		{IndexNo: "P-3", Title: "上一年的通知", Published: report.NewDate(2024, 12, 30), Category: "政策文件",
			Origin: report.Origin{File: "台账.csv", Row: 4}},
	}
}

func requests() []report.Request {
	o := report.Origin{File: "台账.xlsx", Sheet: "依申请", Row: 2}
	return []report.Request{
		{ID: "SQ-1", Received: report.NewDate(2024, 12, 20), Applicant: report.ApplicantNatural, ApplicantName: "张三",
			Contact: "13800000000", Content: "招生计划", Method: "信函", Concluded: report.NewDate(2025, 1, 8),
			Outcome: report.Outcome("granted"), Origin: o},
		{ID: "SQ-2", Received: report.NewDate(2025, 2, 1), Applicant: report.ApplicantLegal,
			CorrectionAsked: report.NewDate(2025, 2, 3), CorrectionReceived: report.NewDate(2025, 2, 10),
			Registered: report.NewDate(2025, 2, 2), Note: "补正后受理",
			Origin: report.Origin{File: "台账.xlsx", Sheet: "依申请", Row: 3}},
		{ID: "SQ-3", Received: report.NewDate(2023, 5, 1), Applicant: report.ApplicantNatural,
			Concluded: report.NewDate(2023, 5, 20), Outcome: report.Outcome("granted"),
			Origin: report.Origin{File: "台账.xlsx", Sheet: "依申请", Row: 4}},
	}
}

// sqliteStore writes the same unit, catalog and rows into a SQLite store.
func sqliteStore(t *testing.T, u report.Unit) *data.Store {
	t.Helper()
	ctx := t.Context()
	st, err := data.Open(ctx, filepath.Join(t.TempDir(), "xxgk.db"), data.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.InitCatalog(ctx, u, catalog(), nil, now); err != nil {
		t.Fatal(err)
	}
	im, err := st.BeginImport(ctx, []string{"台账.xlsx"}, now)
	if err != nil {
		t.Fatal(err)
	}
	defer im.Rollback()
	for _, p := range publications() {
		if err := im.Publication(p); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range requests() {
		if err := im.Request(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := im.Commit(); err != nil {
		t.Fatal(err)
	}
	return st
}

// pgUnit adds u to s with the same catalog and rows as sqliteStore.
func pgUnit(t testing.TB, s *Store, u report.Unit, parent string) *Unit {
	t.Helper()
	ctx := t.Context()
	un, err := s.AddUnit(ctx, u, parent, now)
	if err != nil {
		t.Fatal(err)
	}
	if err := un.SetCatalog(ctx, catalog()); err != nil {
		t.Fatal(err)
	}
	if err := un.PutPublications(ctx, publications(), now); err != nil {
		t.Fatal(err)
	}
	if err := un.PutRequests(ctx, requests(), now); err != nil {
		t.Fatal(err)
	}
	return un
}

// ledger is what a store reads of a year, with the instants made
// comparable (PostgreSQL gives them in the local zone).
type ledger struct {
	Unit       report.Unit
	Categories []string
	Catalog    []report.CatalogEntry
	Pubs       []report.Publication
	Reqs       []report.Request
}

type reader interface {
	Unit(ctx context.Context) (report.Unit, error)
	Categories(ctx context.Context) ([]string, error)
	Catalog(ctx context.Context) ([]report.CatalogEntry, error)
	EachPublication(ctx context.Context, y int, fn func(report.Publication) error) error
	EachRequest(ctx context.Context, y int, fn func(report.Request) error) error
}

func read(t *testing.T, r reader, y int) ledger {
	t.Helper()
	ctx := t.Context()
	var l ledger
	var err error
	if l.Unit, err = r.Unit(ctx); err != nil {
		t.Fatal(err)
	}
	if l.Categories, err = r.Categories(ctx); err != nil {
		t.Fatal(err)
	}
	if l.Catalog, err = r.Catalog(ctx); err != nil {
		t.Fatal(err)
	}
	err = r.EachPublication(ctx, y, func(p report.Publication) error {
		p.Origin.Updated = p.Origin.Updated.UTC()
		l.Pubs = append(l.Pubs, p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = r.EachRequest(ctx, y, func(q report.Request) error {
		q.Origin.Updated = q.Origin.Updated.UTC()
		l.Reqs = append(l.Reqs, q)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func TestSameAsSQLite(t *testing.T) {
	s := openTest(t)
	u := report.Unit{Name: "某市教育局", Code: "11330100002482096X"}
	pg := pgUnit(t, s, u, "")
	lite := sqliteStore(t, u)
	for _, y := range []int{2023, 2024, 2025} {
		got, want := read(t, pg, y), read(t, lite, y)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("year %d: PostgreSQL reads\n%+v\nSQLite reads\n%+v", y, got, want)
		}
	}
	if got := read(t, pg, 2025); len(got.Pubs) != 2 || len(got.Reqs) != 2 {
		t.Errorf("2025: %d publications and %d applications, want 2 and 2", len(got.Pubs), len(got.Reqs))
	}
}

func TestUnitsTreeAndSeparation(t *testing.T) {
	ctx := t.Context()
	s := openTest(t)
	city := pgUnit(t, s, report.Unit{Name: "某市教育局", Code: "CITY"}, "")
	county := pgUnit(t, s, report.Unit{Name: "某县教育局", Code: "COUNTY"}, "CITY")
	if _, err := s.AddUnit(ctx, report.Unit{Name: "某校", Code: "SCHOOL"}, "NOWHERE", now); !errors.Is(err, ErrNoUnit) {
		t.Errorf("a unit under an unknown parent: %v, want ErrNoUnit", err)
	}
	if _, err := s.Unit(ctx, "SCHOOL"); !errors.Is(err, ErrNoUnit) {
		t.Errorf("Unit(SCHOOL): %v, want ErrNoUnit (the refused unit not recorded)", err)
	}
	var parent string
	err := s.pool.QueryRow(ctx, `SELECT p.code FROM units u JOIN units p ON p.id = u.parent_id WHERE u.code = 'COUNTY'`).Scan(&parent)
	if err != nil || parent != "CITY" {
		t.Errorf("county's parent: %q, %v; want CITY", parent, err)
	}

	// A row changed in one unit leaves the other's as it was.
	ps := publications()
	ps[0].Title = "改过的标题"
	if err := county.PutPublications(ctx, ps[:1], now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	cityRows, countyRows := read(t, city, 2025), read(t, county, 2025)
	if cityRows.Pubs[0].Title == "改过的标题" || countyRows.Pubs[0].Title != "改过的标题" {
		t.Errorf("titles: city %q, county %q", cityRows.Pubs[0].Title, countyRows.Pubs[0].Title)
	}
	if !countyRows.Pubs[0].Origin.Updated.Equal(now.Add(time.Hour)) || !countyRows.Pubs[1].Origin.Updated.Equal(now) {
		t.Errorf("updated_at: the changed row %v, the unchanged %v", countyRows.Pubs[0].Origin.Updated, countyRows.Pubs[1].Origin.Updated)
	}
	if err := county.SetUnit(ctx, report.Unit{Name: "某县教育体育局", Code: "COUNTY"}, now); err != nil {
		t.Fatal(err)
	}
	if got, _ := county.Unit(ctx); got.Name != "某县教育体育局" {
		t.Errorf("county renamed: %+v", got)
	}
	if got, _ := city.Unit(ctx); got.Name != "某市教育局" {
		t.Errorf("city after the county's rename: %+v", got)
	}
}

// The tallies (0006's PL/pgSQL trigger) equal a count of the rows after
// inserts, updates of counted and uncounted columns, and deletes.
func TestTalliesFollowWrites(t *testing.T) {
	ctx := t.Context()
	s := openTest(t)
	un := pgUnit(t, s, report.Unit{Name: "某市教育局", Code: "CITY"}, "")
	pgUnit(t, s, report.Unit{Name: "某县教育局", Code: "COUNTY"}, "CITY")
	ps := publications()
	ps[0].Category, ps[0].KeyArea = "政策解读", false
	ps[1].Channels = []string{"政务新媒体"}
	ps[2].Formed = report.NewDate(2024, 12, 1) // not counted
	if err := un.PutPublications(ctx, ps, now); err != nil {
		t.Fatal(err)
	}
	if _, err := s.pool.Exec(ctx, `DELETE FROM publications WHERE unit_id = $1 AND index_no = 'P-3'`, un.id); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`SELECT unit_id, published, category, count(*)::int, count(*) FILTER (WHERE key_area)::int,
			count(*) FILTER (WHERE from_request)::int FROM publications GROUP BY 1, 2, 3
		 EXCEPT SELECT unit_id, published, category, n, key_area, from_request FROM publication_by_category`,
		`SELECT unit_id, published, category, n, key_area, from_request FROM publication_by_category
		 EXCEPT SELECT unit_id, published, category, count(*)::int, count(*) FILTER (WHERE key_area)::int,
			count(*) FILTER (WHERE from_request)::int FROM publications GROUP BY 1, 2, 3`,
		`SELECT unit_id, published, department, count(*)::int FROM publications GROUP BY 1, 2, 3
		 EXCEPT SELECT unit_id, published, department, n FROM publication_by_department`,
		`SELECT unit_id, published, department, n FROM publication_by_department
		 EXCEPT SELECT unit_id, published, department, count(*)::int FROM publications GROUP BY 1, 2, 3`,
		`SELECT unit_id, published, channels, count(*)::int FROM publications GROUP BY 1, 2, 3
		 EXCEPT SELECT unit_id, published, channels, n FROM publication_by_channels`,
		`SELECT unit_id, published, channels, n FROM publication_by_channels
		 EXCEPT SELECT unit_id, published, channels, count(*)::int FROM publications GROUP BY 1, 2, 3`,
	} {
		var n int
		if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM (`+q+`) d`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("%d tally rows differ from the count:\n%s", n, q)
		}
	}
}

// Below lists the units under a unit at every depth, each after its
// parent, and none of another branch.
func TestBelow(t *testing.T) {
	ctx := t.Context()
	s := openTest(t)
	pgUnit(t, s, report.Unit{Name: "某省教育厅", Code: "PROV"}, "")
	pgUnit(t, s, report.Unit{Name: "甲市教育局", Code: "CITY-A"}, "PROV")
	pgUnit(t, s, report.Unit{Name: "乙市教育局", Code: "CITY-B"}, "PROV")
	pgUnit(t, s, report.Unit{Name: "甲县教育局", Code: "COUNTY-A"}, "CITY-A")
	pgUnit(t, s, report.Unit{Name: "甲县一中", Code: "SCHOOL-A"}, "COUNTY-A")
	pgUnit(t, s, report.Unit{Name: "乙县教育局", Code: "COUNTY-B"}, "CITY-B")
	got := func(code string) string {
		refs, err := s.Below(ctx, code)
		if err != nil {
			t.Fatal(err)
		}
		var b []string
		for _, r := range refs {
			b = append(b, fmt.Sprintf("%s<%s@%d", r.Code, r.Parent, r.Depth))
		}
		return strings.Join(b, " ")
	}
	if g, w := got("PROV"), "CITY-A<PROV@1 CITY-B<PROV@1 COUNTY-A<CITY-A@2 COUNTY-B<CITY-B@2 SCHOOL-A<COUNTY-A@3"; g != w {
		t.Errorf("below PROV: %s\nwant %s", g, w)
	}
	if g, w := got("CITY-A"), "COUNTY-A<CITY-A@1 SCHOOL-A<COUNTY-A@2"; g != w {
		t.Errorf("below CITY-A: %s\nwant %s", g, w)
	}
	if g := got("SCHOOL-A"); g != "" {
		t.Errorf("below a school: %s", g)
	}
}
