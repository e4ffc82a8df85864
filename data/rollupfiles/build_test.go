package rollupfiles

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/xlsx"
)

// This file writes the files a city bureau receives: exports made by
// xxgk, and statutory tables filled in by hand in the national layout —
// merged label cells, 0 left blank, some numbers typed as text, a title
// row and an extra row above the tables.

// handSheet builds one sheet holding tables 二, 三 and 四 one under another.
type handSheet struct {
	t   testing.TB
	f   *excelize.File
	row int // next free row
}

const handSheetName = "Sheet1"

// handTable returns rep as a workbook filled in by hand. title, when not
// empty, is written above the tables (「某某县第一中学2025年政府信息公开工作年度报告」).
func handTable(t testing.TB, rep *report.AnnualReport, title string) []byte {
	t.Helper()
	h := &handSheet{t: t, f: excelize.NewFile(), row: 1}
	defer h.f.Close()
	if title != "" {
		h.put(1, h.row, 4, h.row, title)
	}
	h.row++
	h.put(1, h.row, 4, h.row, "（单位盖章）        填表人：        联系电话：") // the extra row
	h.row += 2
	h.table2(&rep.Table2)
	h.row++
	h.table3(&rep.Table3)
	h.row++
	h.table4(&rep.Table4)
	buf, err := h.f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// put writes v in the range's top-left cell and merges the range.
func (h *handSheet) put(c1, r1, c2, r2 int, v any) {
	h.t.Helper()
	top := cellName(c1, r1)
	if v != nil {
		if err := h.f.SetCellValue(handSheetName, top, v); err != nil {
			h.t.Fatal(err)
		}
	}
	if c1 != c2 || r1 != r2 {
		if err := h.f.MergeCell(handSheetName, top, cellName(c2, r2)); err != nil {
			h.t.Fatal(err)
		}
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

func cellName(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic(err)
	}
	return name
}

func (h *handSheet) table2(t *report.Table2) {
	r := h.row
	h.put(1, r, 1, r, report.Table2Title)
	caption := func(row int, text string) { h.put(1, row, 4, row, text) }
	heads := func(row int, labels ...string) {
		h.put(1, row, 1, row, report.Table2Content)
		if len(labels) == 1 {
			h.put(2, row, 4, row, labels[0])
			return
		}
		for i, l := range labels {
			h.put(2+i, row, 2+i, row, l)
		}
	}
	item := func(row int, label string, vals ...any) {
		h.put(1, row, 1, row, label)
		if len(vals) == 1 {
			h.put(2, row, 4, row, vals[0])
			return
		}
		for i, v := range vals {
			h.put(2+i, row, 2+i, row, v)
		}
	}
	caption(r+1, report.Table2Item1)
	heads(r+2, report.Table2Issued, report.Table2Repealed, report.Table2InForce)
	item(r+3, "规章", count(t.Rules.Issued), count(t.Rules.Repealed), count(t.Rules.InForce))
	item(r+4, "行政规范性文件", count(t.NormativeDocs.Issued), count(t.NormativeDocs.Repealed), count(t.NormativeDocs.InForce))
	caption(r+5, report.Table2Item5)
	heads(r+6, report.Table2Decisions)
	item(r+7, "行政许可", count(t.Licensing))
	caption(r+8, report.Table2Item6)
	heads(r+9, report.Table2Decisions)
	item(r+10, "行政处罚", count(t.Penalty))
	item(r+11, "行政强制", count(t.Enforcement))
	caption(r+12, report.Table2Item8)
	heads(r+13, report.Table2FeeAmount)
	item(r+14, report.Table2FeeLabel, t.FeesWan)
	h.row = r + 15
}

func (h *handSheet) table3(t *report.Table3) {
	top := h.row
	h.put(1, top, 1, top, report.Table3Title)
	hd, d := top+1, 4
	h.put(1, hd, 3, hd+2, report.Table3Note)
	h.put(d, hd, d+6, hd, report.Table3Applicant)
	h.put(d, hd+1, d, hd+2, report.Table3Columns[0].Label)
	h.put(d+1, hd+1, d+5, hd+1, report.Table3LegalPerson)
	for j := 1; j < report.TotalCol; j++ {
		h.put(d+j, hd+2, d+j, hd+2, report.Table3Columns[j].Label)
	}
	h.put(d+6, hd+1, d+6, hd+2, report.Table3Columns[report.TotalCol].Label)
	first, rows := hd+3, report.Table3Rows
	h.put(1, first+report.RowFirstResult, 1, first+report.RowResultTotal, report.Table3Results)
	for i := 0; i < len(rows); i++ {
		r, row := rows[i], first+i
		switch {
		case r.Group != "":
			end := i
			for end+1 < len(rows) && rows[end+1].Group == r.Group {
				end++
			}
			for _, g := range report.Table3Groups {
				if g.Code == r.Group {
					h.put(2, row, 2, first+end, g.Number+g.Label)
				}
			}
			for k := i; k <= end; k++ {
				h.put(3, first+k, 3, first+k, rows[k].Number+rows[k].Label)
			}
			i = end
		case i >= report.RowFirstResult && i <= report.RowResultTotal:
			h.put(2, row, 3, row, r.Number+r.Label)
		default:
			h.put(1, row, 3, row, r.Number+r.Label)
		}
	}
	for i := range rows {
		for j := range report.Table3Columns {
			h.put(d+j, first+i, d+j, first+i, count(t.Rows[i][j]))
		}
	}
	h.row = first + len(rows)
}

func (h *handSheet) table4(t *report.Table4) {
	top := h.row
	h.put(1, top, 1, top, report.Table4Title)
	hd := top + 1
	h.put(1, hd, 5, hd, report.Table4Review)
	h.put(6, hd, 15, hd, report.Table4Litigation)
	for k, blk := range report.Table4Blocks {
		c0 := 1 + 5*k
		vals := t.Block(report.AppealKind(blk.Code)).Values()
		for j, col := range report.Table4Columns {
			if k == 0 {
				h.put(c0+j, hd+1, c0+j, hd+2, col.Label)
			} else {
				h.put(c0+j, hd+2, c0+j, hd+2, col.Label)
			}
			h.put(c0+j, hd+3, c0+j, hd+3, count(vals[j]))
		}
		if k > 0 {
			h.put(c0, hd+1, c0+4, hd+1, blk.Label)
		}
	}
	h.row = hd + 4
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
