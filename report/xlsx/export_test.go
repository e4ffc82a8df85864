package xlsx

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/jsonout"
	"github.com/xxgk/xxgk/report/reporttest"
)

var exportMeta = ExportMeta{Version: "1.4.0", Produced: time.Date(2026, 1, 20, 16, 5, 0, 0, time.FixedZone("CST", 8*3600))}

// openWritten runs write and opens the workbook it wrote.
func openWritten(t *testing.T, write func(*bytes.Buffer) error) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// dataRows returns the 数据 sheet's rows as pairs, header and checksum
// row included.
func dataRows(t *testing.T, f *excelize.File) []jsonout.Pair {
	t.Helper()
	rows, err := f.GetRows(ExportDataSheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	out := make([]jsonout.Pair, len(rows))
	for i, r := range rows {
		r = append(r, "", "")
		out[i] = jsonout.Pair{Code: r[0], Value: r[1]}
	}
	return out
}

func TestExportSheets(t *testing.T) {
	rep := sampleReport()
	f := openWritten(t, func(b *bytes.Buffer) error { return WriteExport(b, rep, exportMeta) })
	want := []string{ExportCoverSheet, report.Table2Title, report.Table3Title, report.Table4Title, ExportDataSheet}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	// The statutory sheets are those of Write, cell for cell.
	annual := writeBook(t, rep)
	for _, name := range want[1:4] {
		a, b := sheetDump(t, annual, name), sheetDump(t, f, name)
		if a != b {
			t.Errorf("sheet %s differs from Write's:\n%s", name, reporttest.LineDiff(a, b))
		}
	}
	rows := dataRows(t, f)
	pairs := annualExportPairs(rep, exportMeta)
	if len(pairs) != len(ExportPairs(ExportAnnual, exportMeta, jsonout.Pairs(rep)))+12*len(rep.Publications.ByCategory) {
		t.Errorf("%d pairs: the category × month grid is missing", len(pairs))
	}
	if rows[0] != (jsonout.Pair{Code: "代码", Value: "值"}) || len(rows) != len(pairs)+2 {
		t.Fatalf("data sheet starts %v, has %d rows for %d pairs", rows[0], len(rows), len(pairs))
	}
	for i, p := range pairs {
		if moneyCodes[p.Code] { // a number cell, whose text the reader restores
			rows[i+1].Value = canonicalMoney(rows[i+1].Value)
		}
		if rows[i+1] != p {
			t.Errorf("data row %d = %v, want %v", i+2, rows[i+1], p)
		}
	}
	sum := jsonout.Checksum(pairs)
	if last := rows[len(rows)-1]; last != (jsonout.Pair{Code: "校验码", Value: sum}) {
		t.Errorf("last row = %v, want the checksum %s", last, sum)
	}
	cover := strings.Join(flat(t, f, ExportCoverSheet), "\n")
	for _, s := range []string{"某某县教育局", "11330000MB0000000X", "2025年", "2026年1月20日 16:05:00", "xxgk 1.4.0",
		"不含任何申请人的姓名、联系方式", "SHA-256", sum} {
		if !strings.Contains(cover, s) {
			t.Errorf("cover lacks %q:\n%s", s, cover)
		}
	}
	if v, _ := f.GetCellValue(ExportDataSheet, "B4"); v != "2026-01-20T16:05:00+08:00" {
		t.Errorf("export.produced_at = %q", v)
	}
}

// sheetDump lists a sheet's cells and merged ranges.
func sheetDump(t *testing.T, f *excelize.File, sheet string) string {
	t.Helper()
	return strings.Join(flat(t, f, sheet), "\n") + "\n" + strings.Join(merges(t, f, sheet), " ")
}

// flat lists a sheet's non-empty cells as "A1=value".
func flat(t *testing.T, f *excelize.File, sheet string) []string {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for r, row := range rows {
		for c, v := range row {
			if v != "" {
				out = append(out, cell(c+1, r+1)+"="+v)
			}
		}
	}
	return out
}

// A value longer than a cell holds is cut with 「……（全文见台账）」 before
// the checksum is taken, and the user is told which code.
func TestExportTooLong(t *testing.T) {
	rep := sampleReport()
	rep.Timeliness = &report.Timeliness{LateIDs: []string{strings.Repeat("号", 40000)}}
	var notes []string
	f := openWritten(t, func(b *bytes.Buffer) error {
		return WriteExport(b, rep, exportMeta, Notes(func(s string) { notes = append(notes, s) }))
	})
	if len(notes) != 1 || !strings.Contains(notes[0], "「timeliness.late_ids」的文字有 40000 字") {
		t.Errorf("notes: %q", notes)
	}
	found := false
	for _, c := range flat(t, f, ExportDataSheet) {
		found = found || strings.HasPrefix(c, "B") && strings.HasSuffix(c, cutMark)
	}
	if !found {
		t.Error("no value of the 数据 sheet ends with the cut mark")
	}
}

func TestMonthlyExport(t *testing.T) {
	for name, s := range map[string]*report.MonthlySummary{"full": reporttest.Monthly(), "empty": reporttest.EmptyMonthly()} {
		t.Run(name, func(t *testing.T) {
			f := openWritten(t, func(b *bytes.Buffer) error { return WriteMonthlyExport(b, s, exportMeta) })
			want := []string{ExportCoverSheet, sheetTasks, sheetUnits, sheetPubs, sheetApps, ExportDataSheet}
			if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
				t.Fatalf("sheets = %q, want %q", got, want)
			}
			monthly := writeMonthlyBook(t, s)
			for _, name := range want[1:5] {
				if a, b := sheetDump(t, monthly, name), sheetDump(t, f, name); a != b {
					t.Errorf("sheet %s differs from WriteMonthly's:\n%s", name, reporttest.LineDiff(a, b))
				}
			}
			rows := dataRows(t, f)
			pairs := ExportPairs(ExportMonthly, exportMeta, jsonout.MonthlyPairs(s))
			if len(rows) != len(pairs)+2 || rows[len(rows)-1].Value != jsonout.Checksum(pairs) {
				t.Fatalf("data sheet has %d rows for %d pairs, checksum %v", len(rows), len(pairs), rows[len(rows)-1])
			}
		})
	}
}

func TestCanonicalInt(t *testing.T) {
	for v, want := range map[string]bool{"0": true, "57": true, "-3": true, "-0": false, "007": false, "0.00": false, "": false, "-": false, "1e3": false, "1234567890123456": false} {
		if _, ok := canonicalInt(v); ok != want {
			t.Errorf("canonicalInt(%q) = %v, want %v", v, ok, want)
		}
	}
}
