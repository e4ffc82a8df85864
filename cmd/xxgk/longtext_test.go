package main

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"github.com/xxgk/xxgk/report/jsonout"
	"github.com/xxgk/xxgk/report/xlsx"
)

// workbookText opens an XLSX, fails t for any row taller than Excel's 409
// points, and returns every cell's text joined.
func workbookText(t *testing.T, path string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var all strings.Builder
	for _, sh := range f.GetSheetList() {
		rows, err := f.GetRows(sh)
		if err != nil {
			t.Fatal(err)
		}
		for i, row := range rows {
			if h, err := f.GetRowHeight(sh, i+1); err != nil || h > 409 {
				t.Errorf("%s sheet %s row %d: height %v (%v)", filepath.Base(path), sh, i+1, h, err)
			}
			for _, c := range row {
				all.WriteString(c + "\n")
			}
		}
	}
	return all.String()
}

// longTaskDB imports one task whose latest progress note is note.
func longTaskDB(t *testing.T, note string) string {
	t.Helper()
	_, db := newDB(t)
	dir := t.TempDir()
	tasks := writeFile(t, dir, "任务.csv", "任务编号,工作要点,具体要求,责任单位,完成时限\nRW-1,招生政策公开,及时公开招生政策,基础教育股,2025-06-15\n")
	prog := writeFile(t, dir, "进展.csv", "任务编号,日期,状态,进展情况,佐证索引号\nRW-1,2025-05-11,推进中,"+note+",\n")
	xxgk(t, "import", "--db", db, tasks, prog).must(t)
	return db
}

// A 进展情况 of 2,000 characters: the monthly XLSX keeps it whole in a row
// of at most 409 points and says so; the PDF prints it whole over pages.
func TestMonthlyLongProgress(t *testing.T) {
	needPDF(t)
	note := strings.Repeat("进", 1999) + "完"
	db := longTaskDB(t, note)
	out := t.TempDir()
	r := xxgk(t, "report", "monthly", "--db", db, "--month", "2025-05", "--out", out).must(t)
	if !strings.Contains(r.stderr, "注意：「工作任务进展」表第") || !strings.Contains(r.stderr, "409 磅") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
	base := filepath.Join(out, "某某县教育局-2025年5月-政务公开工作进展和完成情况.")
	if all := workbookText(t, base+"xlsx"); !strings.Contains(all, note) {
		t.Errorf("XLSX lacks the whole note")
	}
	if v := alignmentOf(t, base+"xlsx", "工作任务进展", note); v != "top" {
		t.Errorf("the capped row's cell is aligned %q, want top", v)
	}
	got := pdfText(t, base+"pdf")
	if n := strings.Count(got, "进"); !strings.Contains(got, "5月11日：进进进") || strings.Contains(got, "……") || n < 1999 {
		t.Errorf("PDF has %d 「进」, want the whole note (1,999 and the headers'):\n%s", n, got)
	}
}

// A category of 1,200 characters: the annual XLSX and the export are
// written, rows at most 409 points, the category whole.
func TestAnnualLongCategory(t *testing.T) {
	_, db := newDB(t)
	dir := t.TempDir()
	cat := strings.Repeat("类", 1199) + "尾"
	pubs := writeFile(t, dir, "主动公开.csv", "索引号,标题,发布日期,类别\nIDX-1,标题一,2025-03-01,"+cat+"\n")
	xxgk(t, "import", "--db", db, pubs).must(t)
	out := t.TempDir()
	r := xxgk(t, "report", "annual", "--db", db, "--year", "2025", "--out", out, "--format", "xlsx,json").must(t)
	if !strings.Contains(r.stderr, "注意：「主动公开信息统计」表第") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
	if all := workbookText(t, filepath.Join(out, "某某县教育局-2025年-政府信息公开工作年度报告.xlsx")); !strings.Contains(all, cat) {
		t.Errorf("XLSX lacks the category")
	}
	exp := filepath.Join(t.TempDir(), "上报.xlsx")
	xxgk(t, "export", "--db", db, "--year", "2025", "--out", exp).must(t)
	if all := workbookText(t, exp); !strings.Contains(all, cat) {
		t.Errorf("export lacks the category")
	}
}

// A value of 40,000 characters is more than a cell holds (32,767): the
// monthly XLSX and the monthly export cut it with 「……（全文见台账）」 and
// say so; the export still reads back (its checksum covers the cut text).
func TestMonthlyValueOverCellLimit(t *testing.T) {
	note := strings.Repeat("进", 40000)
	db := longTaskDB(t, note)
	out := t.TempDir()
	r := xxgk(t, "report", "monthly", "--db", db, "--month", "2025-05", "--out", out, "--format", "xlsx").must(t)
	if !strings.Contains(r.stderr, "32767") || !strings.Contains(r.stderr, "……（全文见台账）") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
	all := workbookText(t, filepath.Join(out, "某某县教育局-2025年5月-政务公开工作进展和完成情况.xlsx"))
	cut := cutCell(t, all)
	if n := utf8.RuneCountInString(cut); n > 32767 || n < 32000 {
		t.Errorf("cut cell has %d characters", n)
	}
	exp := filepath.Join(t.TempDir(), "月报上报.xlsx")
	r = xxgk(t, "export", "--db", db, "--month", "2025-05", "--out", exp).must(t)
	if !strings.Contains(r.stderr, "……（全文见台账）") {
		t.Errorf("export stderr:\n%s", r.stderr)
	}
	cutCell(t, workbookText(t, exp))
	checkChecksum(t, exp)
}

// checkChecksum fails t when an export's 数据 sheet does not match its
// checksum.
func checkChecksum(t *testing.T, path string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(xlsx.ExportDataSheet, excelize.Options{RawCellValue: true})
	if err != nil || len(rows) < 3 {
		t.Fatalf("数据 sheet: %v, %d rows", err, len(rows))
	}
	var pairs []jsonout.Pair
	for _, r := range rows[1 : len(rows)-1] {
		r = append(r, "", "")
		pairs = append(pairs, jsonout.Pair{Code: r[0], Value: r[1]})
	}
	if last := rows[len(rows)-1]; len(last) < 2 || last[1] != jsonout.Checksum(pairs) {
		t.Errorf("checksum row %v does not match the pairs", last)
	}
}

// cutCell returns the cell text of all that ends in the cut mark.
func cutCell(t *testing.T, all string) string {
	t.Helper()
	for _, c := range strings.Split(all, "\n") {
		if strings.HasSuffix(c, "……（全文见台账）") {
			return c
		}
	}
	t.Fatalf("no cell cut with 「……（全文见台账）」")
	return ""
}

// alignmentOf returns the vertical alignment of the cell of sheet whose
// text ends with text.
func alignmentOf(t *testing.T, path, sheet, text string) string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(sheet)
	for r, row := range rows {
		for c, v := range row {
			if !strings.HasSuffix(v, text) {
				continue
			}
			ref, _ := excelize.CoordinatesToCellName(c+1, r+1)
			id, _ := f.GetCellStyle(sheet, ref)
			st, err := f.GetStyle(id)
			if err != nil || st.Alignment == nil {
				t.Fatalf("style of %s: %v", ref, err)
			}
			return st.Alignment.Vertical
		}
	}
	t.Fatalf("no cell of %s ends with the text", sheet)
	return ""
}
