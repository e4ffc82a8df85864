package rollupfiles

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
	"github.com/xxgk/xxgk/report/xlsx"
)

// This file writes the files a city bureau receives: exports made by
// xxgk, and statutory tables filled in by hand in the national layout —
// merged label cells, 0 left blank, some numbers typed as text, a title
// row and an extra row above the tables.

const handSheetName = "Sheet1"

// handTable returns rep as a workbook filled in by hand. title, when not
// empty, is written above the tables (「某某县第一中学2025年政府信息公开工作年度报告」).
func handTable(t testing.TB, rep *report.AnnualReport, title string) []byte {
	t.Helper()
	h := handSheet{t: t, f: excelize.NewFile()}
	defer h.f.Close()
	if title != "" {
		h.Set(1, 1, title)
		h.Merge(1, 1, 4, 1)
	}
	h.Set(1, 2, "（单位盖章）        填表人：        联系电话：") // the extra row
	h.Merge(1, 2, 4, 2)
	lay := reporttest.National()
	lay.Value, lay.Fee = count, rep.Table2.FeesWan
	reporttest.WriteTable2(h, lay, 1, 4, rep.Table2)
	reporttest.WriteTable3(h, lay, 1, 20, rep.Table3)
	reporttest.WriteTable4(h, lay, 1, 50, rep.Table4)
	buf, err := h.f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// handSheet is the one sheet of a hand-filled workbook.
type handSheet struct {
	t testing.TB
	f *excelize.File
}

// Set writes one cell.
func (h handSheet) Set(col, row int, v any) {
	h.t.Helper()
	if err := h.f.SetCellValue(handSheetName, reporttest.CellName(col, row), v); err != nil {
		h.t.Fatal(err)
	}
}

// Merge merges a range.
func (h handSheet) Merge(c1, r1, c2, r2 int) {
	h.t.Helper()
	if err := h.f.MergeCell(handSheetName, reporttest.CellName(c1, r1), reporttest.CellName(c2, r2)); err != nil {
		h.t.Fatal(err)
	}
}

// count is how a clerk types a count: 0 left blank, some as text.
func count(v int) any {
	switch {
	case v == 0:
		return nil
	case v%3 == 0:
		return fmt.Sprintf(" %d", v)
	}
	return v
}

// exportFile returns rep as written by `xxgk export`.
func exportFile(t testing.TB, rep *report.AnnualReport) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := xlsx.WriteExport(&buf, rep, xlsx.ExportMeta{Version: "test"}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// writeFile writes data to dir/name, making folders as needed.
func writeFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
