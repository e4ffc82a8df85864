package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report/reporttest"
	"github.com/xxgk/xxgk/report/textwidth"
)

// TestWrappedRowsStoreHeights checks rows whose text wraps in the exports:
// the cover's 校验码 (64 hex digits in a 64-character column) and the
// monthly export's task texts store a height that shows every line, since
// LibreOffice and WPS do not fit rows themselves.
func TestWrappedRowsStoreHeights(t *testing.T) {
	f := openWritten(t, func(b *bytes.Buffer) error {
		return WriteMonthlyExport(b, reporttest.Monthly(), exportMeta)
	})
	rows, err := f.GetRows(ExportCoverSheet)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for i, r := range rows {
		if len(r) > 1 && r[0] == ExportChecksumLabel {
			found = true
			atLeast(t, f, ExportCoverSheet, i+1, textwidth.Lines(r[1], 10, coverDef.widths[1]), 2)
		}
	}
	if !found {
		t.Fatal("cover has no 校验码")
	}
	rows, err = f.GetRows(sheetTasks)
	if err != nil {
		t.Fatal(err)
	}
	most := 0
	for i := tableTop; i < len(rows); i++ {
		if len(rows[i]) < 3 || rows[i][0] == "" {
			continue
		}
		n := textwidth.Lines(rows[i][2], 10, taskWidths[2])
		most = max(most, n)
		atLeast(t, f, sheetTasks, i+1, n, 1)
	}
	if most < 3 {
		t.Fatalf("no 具体要求 takes three lines (at most %d): the test shows nothing", most)
	}
}

// atLeast fails unless row is tall enough for lines lines of 10 points,
// and lines is at least want.
func atLeast(t *testing.T, f *excelize.File, sheet string, row, lines, want int) {
	t.Helper()
	if lines < want {
		t.Errorf("「%s」 row %d: %d lines, expected at least %d", sheet, row, lines, want)
	}
	h, err := f.GetRowHeight(sheet, row)
	if err != nil {
		t.Fatal(err)
	}
	if h < float64(lines)*10*1.3 {
		t.Errorf("「%s」 row %d: height %.1f pt for %d lines", sheet, row, h, lines)
	}
}
