package xlsxguard

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// excelizeRows reads every sheet of a workbook with excelize's row
// iterator, raw values, keyed by sheet name and row number; trailing
// blanks and blank rows are dropped, as Book reads them.
func excelizeRows(t *testing.T, data []byte) map[string]map[int][]string {
	t.Helper()
	x, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	out := map[string]map[int][]string{}
	for _, name := range x.GetSheetList() {
		rows, err := x.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		m := map[int][]string{}
		for i, r := range rows {
			if r = trimBlank(r); len(r) > 0 {
				m[i+1] = r
			}
		}
		out[name] = m
	}
	return out
}

// bookRows reads every sheet with Book, fast path on, as excelizeRows.
func bookRows(t *testing.T, data []byte) map[string]map[int][]string {
	t.Helper()
	b, err := OpenBytes(data, "t.xlsx", Ledger)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[int][]string{}
	for _, sh := range b.Sheets() {
		rs, err := b.Rows(sh)
		if err != nil {
			t.Fatal(err)
		}
		m := map[int][]string{}
		for rs.Next() {
			if r := trimBlank(slices.Clone(rs.Row().Cells)); len(r) > 0 {
				m[rs.Row().Num] = r
			}
		}
		if err := rs.Err(); err != nil {
			t.Fatal(err)
		}
		rs.Close()
		out[sh.Name] = m
	}
	return out
}

func trimBlank(r []string) []string {
	for len(r) > 0 && r[len(r)-1] == "" {
		r = r[:len(r)-1]
	}
	return r
}

// TestRowsSameAsExcelize reads the repository's sample workbooks and
// excelize-written ones with Book and with excelize's GetRows (raw
// values): every cell must be the same.
func TestRowsSameAsExcelize(t *testing.T) {
	books := map[string][]byte{"written": writtenBook(t, false), "written1904": writtenBook(t, true)}
	paths, _ := filepath.Glob("../../samples/*.xlsx")
	more, _ := filepath.Glob("../../samples/output/*.xlsx")
	for _, p := range append(paths, more...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		books[filepath.Base(p)] = data
	}
	if len(books) < 4 {
		t.Fatalf("only %d workbooks", len(books))
	}
	cells := 0
	for name, data := range books {
		want, got := excelizeRows(t, data), bookRows(t, data)
		for sheet, rows := range want {
			for n, r := range rows {
				cells += len(r)
				if !slices.Equal(got[sheet][n], r) {
					t.Errorf("%s 「%s」 row %d:\nbook     %q\nexcelize %q", name, sheet, n, got[sheet][n], r)
				}
			}
			if len(got[sheet]) != len(rows) {
				t.Errorf("%s 「%s」: %d rows, excelize %d", name, sheet, len(got[sheet]), len(rows))
			}
		}
		if len(want["流"]) == 0 && strings.HasPrefix(name, "written") {
			t.Errorf("%s: the streamed sheet is missing", name)
		}
	}
	if cells < 1000 {
		t.Errorf("only %d cells compared", cells)
	}
	t.Logf("%d workbooks, %d cells alike", len(books), cells)
}

// writtenBook is a workbook written with excelize: shared and inline
// strings, rich text, dates, numbers stored as text, blank cells and rows,
// booleans, a long row, and the 1904 date system when asked.
func writtenBook(t testing.TB, date1904 bool) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if date1904 {
		if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &date1904}); err != nil {
			t.Fatal(err)
		}
	}
	date, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	set := func(cell string, v any) {
		if err := f.SetCellValue("Sheet1", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	set("A1", "申请编号")
	set("C1", "收到日期")
	set("A2", "2025-001")
	set("B2", 45721)
	set("C2", time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC))
	_ = f.SetCellStyle("Sheet1", "C2", "C2", date)
	set("D2", true)
	set("E2", 12.5)
	set("F2", " 前后有空格 ")
	set("G2", "a&b<c>\"d'")
	_ = f.SetCellStr("Sheet1", "H2", "0012")
	_ = f.SetCellFormula("Sheet1", "I2", "E2*2")
	_ = f.SetCellRichText("Sheet1", "A4", []excelize.RichTextRun{{Text: "自然", Font: &excelize.Font{Bold: true}}, {Text: "人 "}})
	set("A5", "第一行\n第二行")
	set("B5", "_x000D_ 字面")
	for c := 1; c <= 200; c++ {
		cell, _ := excelize.CoordinatesToCellName(c, 7)
		set(cell, strings.Repeat("长", c%7))
	}
	sw, err := f.NewStreamWriter("流")
	if err != nil {
		_, _ = f.NewSheet("流")
		sw, err = f.NewStreamWriter("流")
	}
	if err != nil {
		t.Fatal(err)
	}
	_ = sw.SetRow("A1", []any{"内联", 1.25, nil, false, "x"})
	_ = sw.SetRow("B3", []any{excelize.Cell{Value: "带样式", StyleID: date}, time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)})
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
