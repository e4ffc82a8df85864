package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
	"github.com/xxgk/xxgk/data/rollupfiles"
	"github.com/xxgk/xxgk/report/jsonout"
	"github.com/xxgk/xxgk/report/xlsx"
	"github.com/xxgk/xxgk/samples"
)

// unitDB makes a unit's database from the hand-made ledgers under another
// name; the requests of odd units are left out so that the units differ.
func unitDB(t *testing.T, name string, withRequests bool) string {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "u.db")
	xxgk(t, "init", "--db", db, "--unit", name).must(t)
	files := []string{
		writeFile(t, dir, "规范性文件.csv", handDocuments),
		writeFile(t, dir, "行政决定.csv", handRegisters),
		writeFile(t, dir, "收费.csv", handFees),
		writeFile(t, dir, "复议诉讼.csv", handAppeals),
	}
	if withRequests {
		files = append(files, writeFile(t, dir, "依申请公开.csv", handRequests))
	}
	xxgk(t, append([]string{"import", "--db", db}, files...)...).must(t)
	return db
}

// figures reads the table figures of an annual JSON file.
func figures(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, table := range []string{"table2", "table3", "table4"} {
		var rows map[string]map[string]any
		if err := json.Unmarshal(m[table], &rows); err != nil {
			t.Fatal(err)
		}
		for row, cols := range rows {
			for col, v := range cols {
				out[table+"."+row+"."+col] = jsonNum(v)
			}
		}
	}
	return out
}

func exportOf(t *testing.T, db, year, out string) string {
	t.Helper()
	xxgk(t, "export", "--db", db, "--year", year, "--out", out).must(t)
	return out
}

// annualFile writes unit db's annual report for year in one format (json,
// xlsx) to a new folder and returns the file.
func annualFile(t *testing.T, db, year, format string) string {
	t.Helper()
	out := t.TempDir()
	xxgk(t, "report", "annual", "--db", db, "--year", year, "--out", out, "--format", format).must(t)
	files, _ := filepath.Glob(filepath.Join(out, "*."+format))
	if len(files) != 1 {
		t.Fatalf("report annual --format %s wrote %v", format, files)
	}
	return files[0]
}

func annualJSONFile(t *testing.T, db string) string { return annualFile(t, db, "2025", "json") }

func TestRollup(t *testing.T) {
	in := t.TempDir()
	a, b, c, d := unitDB(t, "甲学校", true), unitDB(t, "乙学校", false), unitDB(t, "丙学校", true), unitDB(t, "丁学校", true)
	exportOf(t, a, "2025", filepath.Join(in, "甲.xlsx"))
	exportOf(t, b, "2025", filepath.Join(in, "乙.xlsx"))
	exportOf(t, c, "2025", filepath.Join(in, "丙.xlsx"))
	exportOf(t, c, "2025", filepath.Join(in, "丙-重复.xlsx"))                       // a duplicate
	exportOf(t, b, "2024", filepath.Join(in, "乙-2024.xlsx"))                     // the wrong year
	os.WriteFile(filepath.Join(in, "坏文件.xlsx"), []byte("not a workbook"), 0o644) // unreadable

	// 丁 fills the national table in by hand: numbers typed as text,
	// zeros left blank.
	f, err := excelize.OpenFile(annualFile(t, d, "2025", "xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	sheet, ref, _ := xlsx.CellRef("table3.new.total")
	f.SetCellValue(sheet, ref, "6") // text
	sheet, ref, _ = xlsx.CellRef("table3.withheld.state_secret.natural")
	f.SetCellValue(sheet, ref, "") // blank means 0
	if err := f.SaveAs(filepath.Join(in, "丁-手填.xlsx")); err != nil {
		t.Fatal(err)
	}
	// 戊's hand-filled table breaks the 勾稽 rule.
	sheet, ref, _ = xlsx.CellRef("table3.carried_out.natural")
	f.SetCellValue(f.GetSheetName(0), "A1", "戊学校2025年政府信息公开工作年度报告")
	for _, sh := range f.GetSheetList() {
		f.SetCellValue(sh, "A1", "戊学校2025年政府信息公开工作年度报告\n"+sh)
	}
	f.SetCellValue(sheet, ref, 9)
	if err := f.SaveAs(filepath.Join(in, "戊-手填.xlsx")); err != nil {
		t.Fatal(err)
	}
	units := writeFile(t, t.TempDir(), "应报单位.csv", "单位名称\n甲学校\n乙学校\n丙学校\n丁学校\n戊学校\n己学校\n")

	res := t.TempDir()
	r := xxgk(t, "rollup", "--year", "2025", "--name", "某某县教育局", "--units", units, "--out", res, "--format", "json,xlsx", in).must(t)
	for _, want := range []string{
		"未计入［重复单位］丙",
		"未计入［年份］乙-2024.xlsx",
		"未计入［无法读取］坏文件.xlsx",
		"问题［勾稽关系］戊学校",
		"未报送：己学校",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("rollup output lacks %q:\n%s", want, r.stdout)
		}
	}
	if !strings.Contains(r.stderr, "汇总 5 个单位") {
		t.Errorf("stderr: %s", r.stderr)
	}
	// Every figure of the sum is the sum of the five units' own figures
	// (戊 counts as filled in, with its broken cell).
	sum := figures(t, filepath.Join(res, "某某县教育局-2025年-政府信息公开工作年度报告汇总.json"))
	parts := []map[string]string{figures(t, annualJSONFile(t, a)), figures(t, annualJSONFile(t, b)),
		figures(t, annualJSONFile(t, c)), figures(t, annualJSONFile(t, d)), figures(t, annualJSONFile(t, d))}
	parts[4]["table3.carried_out.natural"] = "9"
	for path, got := range sum {
		if strings.HasPrefix(path, "table3.withheld.") || strings.HasPrefix(path, "table3.unavailable.") ||
			strings.HasPrefix(path, "table3.rejected.") || strings.HasPrefix(path, "table3.other.") {
			if strings.Count(path, ".") == 2 {
				continue // group sums
			}
		}
		if path == "table2.fees.amount_wan" {
			if got != `"25.60"` { // 5 × 5.12 万元
				t.Errorf("fees = %s, want 25.60", got)
			}
			continue
		}
		want := 0
		for _, p := range parts {
			n := 0
			json.Unmarshal([]byte(p[path]), &n)
			want += n
		}
		if got != jsonNum(want) {
			t.Errorf("%s = %s, want %d", path, got, want)
		}
	}
	if len(sum) < 200 {
		t.Fatalf("only %d figures in the sum", len(sum))
	}
}

// A county sums two schools and sends the sum up; the city sums it with
// two more schools: the same figures as summing all four at once.
func TestRollupOfRollups(t *testing.T) {
	schools := t.TempDir()
	dbs := []string{unitDB(t, "一中", true), unitDB(t, "二中", false), unitDB(t, "三中", true), unitDB(t, "四中", false)}
	var paths []string
	for i, db := range dbs {
		paths = append(paths, exportOf(t, db, "2025", filepath.Join(schools, string(rune('a'+i))+".xlsx")))
	}
	county := t.TempDir()
	xxgk(t, "rollup", "--year", "2025", "--name", "某县教育局", "--out", county, "--format", "json", paths[0], paths[1]).must(t)
	city := t.TempDir()
	xxgk(t, "rollup", "--year", "2025", "--name", "某市教育局", "--out", city, "--format", "json",
		filepath.Join(county, "某县教育局-2025年-汇总上报.xlsx"), paths[2], paths[3]).must(t)
	flat := t.TempDir()
	xxgk(t, "rollup", "--year", "2025", "--name", "某市教育局", "--out", flat, "--format", "json", schools).must(t)
	nested := figures(t, filepath.Join(city, "某市教育局-2025年-政府信息公开工作年度报告汇总.json"))
	direct := figures(t, filepath.Join(flat, "某市教育局-2025年-政府信息公开工作年度报告汇总.json"))
	if len(nested) == 0 || len(nested) != len(direct) {
		t.Fatalf("figures: %d nested, %d direct", len(nested), len(direct))
	}
	for k, v := range direct {
		if nested[k] != v {
			t.Errorf("%s: nested %s, direct %s", k, nested[k], v)
		}
	}
}

// The upward files carry no applicant's name, contact or request text.
func TestExportsCarryNoPersonalData(t *testing.T) {
	_, db := importSamples(t)
	dir := t.TempDir()
	annual := exportOf(t, db, "2025", filepath.Join(dir, "年度.xlsx"))
	monthly := filepath.Join(dir, "月度.xlsx")
	xxgk(t, "export", "--db", db, "--month", "2025-11", "--out", monthly).must(t)
	for _, p := range []string{annual, monthly} {
		book := cells(t, p)
		if _, ok := book["数据"]; !ok {
			t.Fatalf("%s has no 数据 sheet: %v", p, len(book))
		}
		var text strings.Builder
		for _, rows := range book {
			for _, r := range rows {
				text.WriteString(strings.Join(r, "\t"))
			}
		}
		for _, r := range samples.Data().Requests {
			for _, personal := range []string{r.Name, r.Contact, r.Content} {
				if personal != "" && strings.Contains(text.String(), personal) {
					t.Errorf("%s carries applicant data %q", filepath.Base(p), personal)
				}
			}
		}
	}
}

// readExportBack reads the export file at path as an upper level does.
func readExportBack(t *testing.T, path string) *xlsx.ExportFile {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	back, err := rollupfiles.ReadExport(f, filepath.Base(path))
	if err != nil {
		t.Fatal(err)
	}
	return back
}

// Reading an export back reproduces the unit's JSON exactly, but for its
// selfcheck block, which the export leaves out (docs/figures.md §2).
func TestExportRoundTrip(t *testing.T) {
	_, db := importSamples(t)
	path := exportOf(t, db, "2025", filepath.Join(t.TempDir(), "上报.xlsx"))
	back := readExportBack(t, path)
	if back.Report.SelfCheck != nil {
		t.Errorf("the export carries the selfcheck block: %+v", back.Report.SelfCheck)
	}
	var got bytes.Buffer
	if err := jsonout.Write(&got, back.Report); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(annualJSONFile(t, db))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(raw, []byte(`"selfcheck"`)) {
		t.Errorf("the sample's JSON has no selfcheck block (its documents have no 解读)")
	}
	own, err := jsonout.Read(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	own.SelfCheck = nil
	var want bytes.Buffer
	if err := jsonout.Write(&want, own); err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("the export read back differs from the report's JSON")
	}
}
