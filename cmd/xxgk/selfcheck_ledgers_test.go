package main

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

// The self-inspection's facts through the command line (issue 16): the
// 公开时限 of init --categories and of a 目录 sheet, 成文日期 and 登记日期 in
// import, and the template read back by import.

// readCatalog reads the 主动公开目录 with its 公开时限 back, as the next
// command would.
func readCatalog(t *testing.T, db string) []report.CatalogEntry {
	t.Helper()
	st, err := openReader(t.Context(), &env{stderr: newRec().Body}, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c, err := st.Catalog(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func lim(k report.LimitKind, m int) report.DisclosureLimit {
	return report.DisclosureLimit{Kind: k, Month: m}
}

func TestInitCategoriesWithLimits(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "u.db")
	r := xxgk(t, "init", "--db", db, "--unit", "某某县教育局", "--categories",
		"招生考试（每季度）、工作动态(每月)、财政信息（预决算、收费）（每年6月底前）、其他").must(t)
	if !strings.Contains(r.stderr, "主动公开目录 4 类（其中 3 类设有公开时限）") {
		t.Errorf("stderr: %s", r.stderr)
	}
	want := []report.CatalogEntry{
		{Name: "招生考试", Limit: lim(report.LimitQuarterly, 0)},
		{Name: "工作动态", Limit: lim(report.LimitMonthly, 0)},
		{Name: "财政信息（预决算、收费）", Limit: lim(report.LimitYearlyBy, 6)},
		{Name: "其他"},
	}
	if got := readCatalog(t, db); !reflect.DeepEqual(got, want) {
		t.Errorf("inline\n got %+v\nwant %+v", got, want)
	}

	// A file: a tab or a comma before the 时限; a category retyped without
	// its 时限 keeps it.
	file := writeFile(t, dir, "目录.txt", "\ufeff招生考试\r\n工作动态\t每年十二月前\r\n人事信息，随时\r\n学生资助,按季度\r\n其他\r\n")
	xxgk(t, "init", "--db", db, "--unit", "某某县教育局", "--categories", file).must(t)
	want = []report.CatalogEntry{
		{Name: "招生考试", Limit: lim(report.LimitQuarterly, 0)},
		{Name: "工作动态", Limit: lim(report.LimitYearlyBy, 12)},
		{Name: "人事信息", Limit: lim(report.LimitAnytime, 0)},
		{Name: "学生资助", Limit: lim(report.LimitQuarterly, 0)},
		{Name: "其他"},
	}
	if got := readCatalog(t, db); !reflect.DeepEqual(got, want) {
		t.Errorf("file\n got %+v\nwant %+v", got, want)
	}

	// A 时限 with no category before it is refused.
	r = xxgk(t, "init", "--db", db, "--unit", "某某县教育局", "--categories", "每季度、招生考试")
	if r.code != 2 || !strings.Contains(r.stderr, "公开时限「每季度」前面没有类别") {
		t.Errorf("misplaced 时限: exit %d, %s", r.code, r.stderr)
	}
}

func TestSplitCatalog(t *testing.T) {
	tests := []struct {
		in   string
		want []report.CatalogEntry
	}{
		{"招生考试(每季)", []report.CatalogEntry{{Name: "招生考试", Limit: lim(report.LimitQuarterly, 0)}}},
		{"招生考试（每周）", []report.CatalogEntry{{Name: "招生考试（每周）"}}}, // not a 时限: part of the name
		{"A（每月）\nA", []report.CatalogEntry{{Name: "A", Limit: lim(report.LimitMonthly, 0)}}},
		{"A；B，每月\tC", []report.CatalogEntry{{Name: "A"}, {Name: "B", Limit: lim(report.LimitMonthly, 0)}, {Name: "C"}}},
		{"（每月）", []report.CatalogEntry{{Name: "（每月）"}}},
	}
	for _, tt := range tests {
		got, err := splitCatalog(tt.in)
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitCatalog(%q) = %+v, %v; want %+v", tt.in, got, err, tt.want)
		}
	}
}

// TestImportSelfCheckColumns imports CSV ledgers with 成文日期, both
// 收到日期 and 登记日期, and a 目录 CSV; re-importing them changes nothing,
// and the annual figures do not move.
func TestImportSelfCheckColumns(t *testing.T) {
	dir, db := newDB(t)
	pubs := writeFile(t, dir, "主动公开.csv", "索引号,标题,发布日期,类别,形成日期\n"+
		"P1,通知,2025-03-05,招生考试,2025-02-01\nP2,动态,2025-03-06,工作动态,\n")
	reqs := writeFile(t, dir, "依申请公开.csv", "申请编号,收到日期,登记日期,申请人类型\n"+
		"R1,2025-03-05,2025-03-07,自然人\nR2,2025-03-06,,自然人\n")
	cat := writeFile(t, dir, "目录.csv", "类别,公开时限\n招生考试,每季度\n校园安全,每年6月前\n工作动态,\n")
	r := xxgk(t, "import", "--db", db, pubs, reqs, cat).must(t)
	if !strings.Contains(r.stderr, "目录：读取 3 个类别，新增 1 个，公开时限变更 1 个，未变 1 个；目录中 2 个类别设有公开时限") {
		t.Errorf("summary: %s", r.stderr)
	}
	if !strings.Contains(r.stderr, "导入完成：新增 4 条，更新 0 条，未变 0 条") {
		t.Errorf("the 目录 counted as ledger rows: %s", r.stderr)
	}
	before := annualJSON(t, db, "2025")
	r = xxgk(t, "import", "--db", db, pubs, reqs, cat).must(t)
	if !strings.Contains(r.stderr, "导入完成：新增 0 条，更新 0 条，未变 4 条") ||
		!strings.Contains(r.stderr, "目录：读取 3 个类别，新增 0 个，公开时限变更 0 个，未变 3 个") {
		t.Errorf("second import: %s", r.stderr)
	}
	after := annualJSON(t, db, "2025")
	delete(before, "produced_at")
	delete(after, "produced_at")
	if !reflect.DeepEqual(before, after) {
		t.Error("the annual figures moved on re-import")
	}
	st, err := openReader(t.Context(), &env{stderr: newRec().Body}, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	formed := map[string]report.Date{}
	st.EachPublication(t.Context(), 2025, func(p report.Publication) error { formed[p.IndexNo] = p.Formed; return nil })
	if formed["P1"] != report.NewDate(2025, 2, 1) || !formed["P2"].IsZero() {
		t.Errorf("formed %v", formed)
	}
	reg := map[string][2]report.Date{}
	st.EachRequest(t.Context(), 2025, func(r report.Request) error { reg[r.ID] = [2]report.Date{r.Received, r.Registered}; return nil })
	if reg["R1"] != [2]report.Date{report.NewDate(2025, 3, 5), report.NewDate(2025, 3, 7)} || !reg["R2"][1].IsZero() {
		t.Errorf("registered %v", reg)
	}
	c, _ := st.Catalog(t.Context())
	if c[len(c)-1] != (report.CatalogEntry{Name: "校园安全", Limit: lim(report.LimitYearlyBy, 6)}) {
		t.Errorf("appended category %+v", c[len(c)-1])
	}
}

func TestImportBadLimitRefusesAll(t *testing.T) {
	dir, db := newDB(t)
	before := readCatalog(t, db)
	pubs := writeFile(t, dir, "主动公开.csv", "索引号,标题,发布日期,类别\nP1,通知,2025-03-05,招生考试\n")
	cat := writeFile(t, dir, "目录.csv", "类别,公开时限\n招生考试,每季度\n工作动态,一月一次\n")
	r := xxgk(t, "import", "--db", db, pubs, cat)
	if r.code != 1 || !strings.Contains(r.stderr, "目录.csv 第3行 B列「公开时限」：「一月一次」不是可识别的公开时限，应为每月（也可写 按月）、每季度") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if got := readCatalog(t, db); !reflect.DeepEqual(got, before) {
		t.Errorf("the 目录 changed by a refused import")
	}
	if n := countRows(t, db, "publications"); n != 0 {
		t.Errorf("publications written: %d", n)
	}
}

// TestTemplateReadBack fills the template's new columns and its 目录
// sheet, and imports it.
func TestTemplateReadBack(t *testing.T) {
	dir, db := newDB(t)
	tpl := filepath.Join(dir, "模板.xlsx")
	xxgk(t, "template", "--out", tpl, "--db", db).must(t)
	f, err := excelize.OpenFile(tpl)
	if err != nil {
		t.Fatal(err)
	}
	fill := func(sheet string, row []any) {
		t.Helper()
		header, err := f.GetRows(sheet)
		if err != nil || len(header) == 0 {
			t.Fatalf("sheet %s: %v", sheet, err)
		}
		for i, v := range row {
			if v == nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(i+1, 2)
			if err := f.SetCellValue(sheet, cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	col := func(sheet, label string) int {
		rows, _ := f.GetRows(sheet)
		for i, h := range rows[0] {
			if strings.TrimSuffix(h, "*") == label {
				return i
			}
		}
		t.Fatalf("%s has no column %s: %q", sheet, label, rows[0])
		return 0
	}
	put := func(sheet string, vals map[string]any) {
		rows, _ := f.GetRows(sheet)
		row := make([]any, len(rows[0]))
		for label, v := range vals {
			row[col(sheet, label)] = v
		}
		fill(sheet, row)
	}
	put("主动公开", map[string]any{"索引号": "P1", "标题": "通知", "发布日期": "2025-03-05", "类别": "招生考试", "成文日期": "2025-02-10"})
	put("依申请公开", map[string]any{"申请编号": "R1", "收到日期": "2025-03-05", "登记日期": "2025-03-10", "申请人类型": "自然人"})
	put("目录", map[string]any{"类别": "招生考试", "公开时限": "每季度"})
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	r := xxgk(t, "import", "--db", db, tpl).must(t)
	if !strings.Contains(r.stderr, "目录：读取 1 个类别，新增 0 个，公开时限变更 1 个") {
		t.Errorf("summary: %s", r.stderr)
	}
	st, err := openReader(t.Context(), &env{stderr: newRec().Body}, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var p report.Publication
	st.EachPublication(t.Context(), 2025, func(x report.Publication) error { p = x; return nil })
	var q report.Request
	st.EachRequest(t.Context(), 2025, func(x report.Request) error { q = x; return nil })
	if p.Formed != report.NewDate(2025, 2, 10) || q.Received != report.NewDate(2025, 3, 5) || q.Registered != report.NewDate(2025, 3, 10) {
		t.Errorf("read back: formed %v, received %v, registered %v", p.Formed, q.Received, q.Registered)
	}
	c, _ := st.Catalog(t.Context())
	for _, e := range c {
		if e.Name == "招生考试" && e.Limit.Kind != report.LimitQuarterly {
			t.Errorf("招生考试 %+v", e)
		}
	}
}
