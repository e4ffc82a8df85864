package main

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report/jsonout"
	"github.com/xxgk/xxgk/report/xlsx"
)

// pubUnitDB is a unit with the publications of csv (索引号,标题,发布日期,类别,发布机构).
func pubUnitDB(t *testing.T, name, csv string) string {
	t.Helper()
	db := unitDB(t, name, false)
	pubs := writeFile(t, t.TempDir(), "主动公开.csv", "索引号,标题,发布日期,类别,发布机构\n"+csv)
	xxgk(t, "import", "--db", db, pubs).must(t)
	return db
}

// Two units whose categories and months differ.
const (
	pubsA = "A1,通知一,2025-01-05,招生考试,基础教育股\nA2,通知二,2025-03-02,招生考试,办公室\nA3,通知三,2025-03-09,政策文件,办公室\n"
	pubsB = "B1,公告一,2025-03-01,政策文件,县教研室\nB2,公告二,2025-12-30,学生资助,县资助中心\n"
)

// statsSheet reads the summed workbook's 主动公开信息统计 sheet.
func statsSheet(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("主动公开信息统计", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// gridOf returns the category rows (name → 12 months and 合计, as read)
// and the 合计 row of the category × month grid.
func gridOf(t *testing.T, rows [][]string) (cats map[string][]string, total []string) {
	t.Helper()
	cats = map[string][]string{}
	in := false
	for _, r := range rows {
		r = append(r, make([]string, 14)...)
		switch {
		case r[0] == "信息类别":
			in = true
		case in && r[0] == "合计":
			return cats, r[1:14]
		case in:
			cats[r[0]] = r[1:14]
		}
	}
	t.Fatalf("no category × month grid in %q", rows)
	return nil, nil
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return n
}

// The summed 主动公开 table adds up both ways, and so does a roll-up of
// roll-ups; it lists units, not one unit's 股室; its titles say 汇总.
func TestRollupPublicationsAddUp(t *testing.T) {
	in := t.TempDir()
	exportOf(t, pubUnitDB(t, "甲学校", pubsA), "2025", filepath.Join(in, "甲.xlsx"))
	exportOf(t, pubUnitDB(t, "乙学校", pubsB), "2025", filepath.Join(in, "乙.xlsx"))
	out := t.TempDir()
	r := xxgk(t, "rollup", "--year", "2025", "--name", "示例市教育局", "--out", out, "--format", "xlsx", in).must(t)
	if strings.Contains(r.stderr, "有问题") && !strings.Contains(r.stderr, "有问题 0 处") {
		t.Errorf("stderr: %s", r.stderr)
	}
	rows := statsSheet(t, filepath.Join(out, "示例市教育局-2025年-政府信息公开工作年度报告汇总.xlsx"))
	cats, total := gridOf(t, rows)
	want := map[string][]string{
		"招生考试": {"1", "0", "1", "0", "0", "0", "0", "0", "0", "0", "0", "0", "2"},
		"政策文件": {"0", "0", "2", "0", "0", "0", "0", "0", "0", "0", "0", "0", "2"},
		"学生资助": {"0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "1", "1"},
	}
	for name, w := range want {
		if strings.Join(cats[name], " ") != strings.Join(w, " ") {
			t.Errorf("%s = %q, want %q", name, cats[name], w)
		}
	}
	if strings.Join(total, " ") != "1 0 3 0 0 0 0 0 0 0 0 1 5" {
		t.Errorf("合计 = %q", total)
	}
	assertGridAddsUp(t, cats, total)
	flat := strings.Join(joinRows(rows), "\n")
	if !strings.HasPrefix(rows[0][0], "示例市教育局2025年政府信息公开工作年度报告汇总\n") ||
		!strings.Contains(flat, "填报单位：示例市教育局（汇总 2 个单位）") {
		t.Errorf("title and unit line: %q / %q", rows[0][0], rows[1][0])
	}
	for _, s := range []string{"基础教育股", "县教研室", "按发布部门", "未含按类别分月"} {
		if strings.Contains(flat, s) {
			t.Errorf("the summed statistics show %q:\n%s", s, flat)
		}
	}
	if !strings.Contains(flat, "按单位统计\n单位|条数\n乙学校|2\n甲学校|3") {
		t.Errorf("no 按单位统计 block:\n%s", flat)
	}

	// The city sums the county's 汇总上报 file and a third unit: the same
	// grid as summing all three units directly.
	up := t.TempDir()
	exportOf(t, pubUnitDB(t, "丙学校", "C1,通知,2025-03-20,招生考试,办公室\n"), "2025", filepath.Join(up, "丙.xlsx"))
	direct := t.TempDir()
	exportOf(t, pubUnitDB(t, "丙学校", "C1,通知,2025-03-20,招生考试,办公室\n"), "2025", filepath.Join(in, "丙.xlsx"))
	copyFile(t, filepath.Join(out, "示例市教育局-2025年-汇总上报.xlsx"), filepath.Join(up, "县.xlsx"))
	nested := t.TempDir()
	xxgk(t, "rollup", "--year", "2025", "--name", "某省教育厅", "--out", nested, "--format", "xlsx", up).must(t)
	xxgk(t, "rollup", "--year", "2025", "--name", "某省教育厅", "--out", direct, "--format", "xlsx", in).must(t)
	name := "某省教育厅-2025年-政府信息公开工作年度报告汇总.xlsx"
	c1, t1 := gridOf(t, statsSheet(t, filepath.Join(nested, name)))
	c2, t2 := gridOf(t, statsSheet(t, filepath.Join(direct, name)))
	assertGridAddsUp(t, c1, t1)
	if strings.Join(t1, " ") != strings.Join(t2, " ") || strings.Join(c1["招生考试"], " ") != "1 0 2 0 0 0 0 0 0 0 0 0 3" ||
		strings.Join(c1["招生考试"], " ") != strings.Join(c2["招生考试"], " ") {
		t.Errorf("roll-up of roll-ups %q %q, direct %q %q", c1, t1, c2, t2)
	}
}

// assertGridAddsUp checks every category row's months against its 合计 and
// every month's column against the 合计 row.
func assertGridAddsUp(t *testing.T, cats map[string][]string, total []string) {
	t.Helper()
	var cols [13]int
	for name, r := range cats {
		sum := 0
		for m := range 12 {
			n := atoi(t, r[m])
			sum += n
			cols[m] += n
		}
		if sum != atoi(t, r[12]) {
			t.Errorf("%s: months add up to %d, 合计 %s", name, sum, r[12])
		}
		cols[12] += atoi(t, r[12])
	}
	for m := range 13 {
		if cols[m] != atoi(t, total[m]) {
			t.Errorf("column %d adds up to %d, 合计 row %s", m+1, cols[m], total[m])
		}
	}
}

// joinRows writes each row's non-empty cells joined by 「|」.
func joinRows(rows [][]string) []string {
	var out []string
	for _, r := range rows {
		var cells []string
		for _, c := range r {
			if c != "" {
				cells = append(cells, c)
			}
		}
		out = append(out, strings.Join(cells, "|"))
	}
	return out
}

// oldExport rewrites the export at path as xxgk wrote it before exports
// carried the category × month grid: without those rows, with the
// checksum of what is left.
func oldExport(t *testing.T, path string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(xlsx.ExportDataSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	var pairs []jsonout.Pair
	for _, r := range rows[1:] {
		r = append(r, "", "")
		if strings.HasSuffix(r[0], ".amount_yuan") || strings.HasSuffix(r[0], ".amount_wan") {
			r[1] += map[bool]string{true: "", false: ".00"}[strings.Contains(r[1], ".")] // text, as before
		}
		if r[0] != xlsx.ExportChecksumLabel && !strings.HasPrefix(r[0], jsonout.CategoryMonthPrefix) {
			pairs = append(pairs, jsonout.Pair{Code: r[0], Value: r[1]})
		}
	}
	for i := 2; i <= len(rows); i++ {
		f.SetSheetRow(xlsx.ExportDataSheet, "A"+strconv.Itoa(i), &[]any{"", ""})
	}
	for i, p := range pairs {
		f.SetSheetRow(xlsx.ExportDataSheet, "A"+strconv.Itoa(i+2), &[]any{p.Code, p.Value})
	}
	f.SetSheetRow(xlsx.ExportDataSheet, "A"+strconv.Itoa(len(pairs)+2), &[]any{xlsx.ExportChecksumLabel, jsonout.Checksum(pairs)})
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
}

// A roll-up with an export made before exports carried the months leaves
// the category rows' months blank, not 0, and says why under the table;
// the categories' 合计 and the 月合计 row still add up.
func TestRollupOldExportWithoutMonths(t *testing.T) {
	in := t.TempDir()
	exportOf(t, pubUnitDB(t, "甲学校", pubsA), "2025", filepath.Join(in, "甲.xlsx"))
	oldExport(t, exportOf(t, pubUnitDB(t, "乙学校", pubsB), "2025", filepath.Join(in, "乙.xlsx")))
	out := t.TempDir()
	if r := xxgk(t, "rollup", "--year", "2025", "--out", out, "--format", "xlsx", in).must(t); strings.Contains(r.stdout, "未计入") {
		t.Fatalf("the old export was left out:\n%s", r.stdout)
	}
	rows := statsSheet(t, filepath.Join(out, "汇总-2025年-政府信息公开工作年度报告汇总.xlsx"))
	cats, total := gridOf(t, rows)
	if got := strings.Join(cats["政策文件"], "|"); got != "||||||||||||2" {
		t.Errorf("政策文件 = %q, want blank months and 2", got)
	}
	if got := strings.Join(total, " "); got != "1 0 3 0 0 0 0 0 0 0 0 1 5" {
		t.Errorf("合计 = %q", got)
	}
	flat := strings.Join(joinRows(rows), "\n")
	note := "注：1 个单位的文件未含按类别分月的数字（较早版本导出的上报文件或手工填写的统计表），各类别只汇总全年合计，分月栏留空；月合计行为各单位报送的月合计之和。"
	if !strings.Contains(flat, note) {
		t.Errorf("no note under the grid:\n%s", flat)
	}
	// No summing unit named: the title names the year alone.
	if !strings.HasPrefix(rows[0][0], "2025年政府信息公开工作年度报告汇总\n") || !strings.Contains(flat, "填报单位：汇总 2 个单位") {
		t.Errorf("title %q, unit line %q", rows[0][0], rows[1])
	}
}
