package statfile

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

// This file builds workbooks as clerks fill them in: the statutory tables
// at any place, merged as the national format merges them or not, labels
// and figures written in the ways a layout says.

// layout says how a test workbook writes the tables.
type layout struct {
	merge bool                             // merge cells as the national format does
	gap   bool                             // a blank row and column inside table 3
	label func(number, text string) string // how a label is written
	value func(v int) any                  // how a count is written; nil leaves it blank
	fee   any                              // how 行政事业性收费 is written
}

// national is the layout of 国办公开办函〔2021〕30号 with numeric cells.
func national() layout {
	return layout{
		merge: true,
		label: func(number, text string) string { return number + text },
		value: func(v int) any { return v },
		fee:   4166.241619,
	}
}

// book wraps the workbook being built.
type book struct {
	t testing.TB
	f *excelize.File
}

func newBook(t testing.TB, sheets ...string) *book {
	t.Helper()
	f := excelize.NewFile()
	for i, s := range sheets {
		var err error
		if i == 0 {
			err = f.SetSheetName("Sheet1", s)
		} else {
			_, err = f.NewSheet(s)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return &book{t, f}
}

// put writes v into the top-left cell of the range and merges the range
// when lay says so. A nil v leaves the cell blank.
func (b *book) put(lay layout, sheet string, c1, r1, c2, r2 int, v any) {
	b.t.Helper()
	top := cellName(c1, r1)
	if v != nil {
		if err := b.f.SetCellValue(sheet, top, v); err != nil {
			b.t.Fatal(err)
		}
	}
	if lay.merge && (c1 != c2 || r1 != r2) {
		if err := b.f.MergeCell(sheet, top, cellName(c2, r2)); err != nil {
			b.t.Fatal(err)
		}
	}
}

// set writes one cell.
func (b *book) set(sheet string, col, row int, v any) {
	b.t.Helper()
	b.put(layout{}, sheet, col, row, col, row, v)
}

// bytes returns the workbook as an .xlsx file.
func (b *book) bytes() []byte {
	b.t.Helper()
	buf, err := b.f.WriteToBuffer()
	if err != nil {
		b.t.Fatal(err)
	}
	return buf.Bytes()
}

// read runs Read over the workbook and fails the test on an error.
func (b *book) read(name string) *File {
	b.t.Helper()
	got, err := Read(bytes.NewReader(b.bytes()), name)
	if err != nil {
		b.t.Fatalf("Read: %v", err)
	}
	return got
}

func cellName(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic(err)
	}
	return name
}

// table2 writes table 2 with its title at (left, top); it takes 15 rows.
func (b *book) table2(lay layout, sheet string, left, top int, t report.Table2) {
	l := lay.label
	b.set(sheet, left, top, report.Table2Title)
	caption := func(row int, text string) { b.put(lay, sheet, left, row, left+3, row, l("", text)) }
	header := func(row int, heads ...string) {
		b.set(sheet, left, row, l("", report.Table2Content))
		if len(heads) == 1 {
			b.put(lay, sheet, left+1, row, left+3, row, l("", heads[0]))
			return
		}
		for i, h := range heads {
			b.set(sheet, left+1+i, row, l("", h))
		}
	}
	item := func(row int, label string, vals ...int) {
		b.set(sheet, left, row, l("", label))
		if len(vals) == 1 {
			b.put(lay, sheet, left+1, row, left+3, row, lay.value(vals[0]))
			return
		}
		for i, v := range vals {
			b.set(sheet, left+1+i, row, lay.value(v))
		}
	}
	caption(top+1, report.Table2Item1)
	header(top+2, report.Table2Issued, report.Table2Repealed, report.Table2InForce)
	item(top+3, "规章", t.Rules.Issued, t.Rules.Repealed, t.Rules.InForce)
	item(top+4, "行政规范性文件", t.NormativeDocs.Issued, t.NormativeDocs.Repealed, t.NormativeDocs.InForce)
	caption(top+5, report.Table2Item5)
	header(top+6, report.Table2Decisions)
	item(top+7, "行政许可", t.Licensing)
	caption(top+8, report.Table2Item6)
	header(top+9, report.Table2Decisions)
	item(top+10, "行政处罚", t.Penalty)
	item(top+11, "行政强制", t.Enforcement)
	caption(top+12, report.Table2Item8)
	header(top+13, report.Table2FeeAmount)
	b.set(sheet, left, top+14, l("", report.Table2FeeLabel))
	b.put(lay, sheet, left+1, top+14, left+3, top+14, lay.fee)
}

// table3 writes table 3 with its title at (left, top); it takes 29 rows
// (30 with lay.gap). Data start at column left+3 (left+4 with lay.gap).
func (b *book) table3(lay layout, sheet string, left, top int, t report.Table3) {
	l := lay.label
	b.set(sheet, left, top, report.Table3Title)
	h, d := top+1, left+3
	if lay.gap {
		d++
	}
	b.put(lay, sheet, left, h, left+2, h+2, report.Table3Note)
	b.put(lay, sheet, d, h, d+6, h, l("", report.Table3Applicant))
	b.put(lay, sheet, d, h+1, d, h+2, l("", report.Table3Columns[0].Label))
	b.put(lay, sheet, d+1, h+1, d+5, h+1, l("", report.Table3LegalPerson))
	for j := 1; j < report.TotalCol; j++ {
		b.set(sheet, d+j, h+2, l("", report.Table3Columns[j].Label))
	}
	b.put(lay, sheet, d+6, h+1, d+6, h+2, l("", report.Table3Columns[report.TotalCol].Label))
	first := h + 3
	if lay.gap {
		first++
	}
	rows := report.Table3Rows
	b.put(lay, sheet, left, first+report.RowFirstResult, left, first+report.RowResultTotal,
		l("三、", strings.TrimPrefix(report.Table3Results, "三、")))
	for i := 0; i < len(rows); i++ {
		r, row := rows[i], first+i
		switch {
		case r.Group != "":
			end := i
			for end+1 < len(rows) && rows[end+1].Group == r.Group {
				end++
			}
			g := report.Table3Groups[groupIndex(r.Group)]
			b.put(lay, sheet, left+1, row, left+1, first+end, l(g.Number, g.Label))
			for k := i; k <= end; k++ {
				b.set(sheet, left+2, first+k, l(rows[k].Number, rows[k].Label))
			}
			i = end
		case i >= report.RowFirstResult && i <= report.RowResultTotal:
			b.put(lay, sheet, left+1, row, left+2, row, l(r.Number, r.Label))
		default:
			b.put(lay, sheet, left, row, left+2, row, l(r.Number, r.Label))
		}
	}
	for i := range rows {
		for j := range report.Table3Columns {
			b.set(sheet, d+j, first+i, lay.value(t.Rows[i][j]))
		}
	}
}

func groupIndex(code string) int {
	for i, g := range report.Table3Groups {
		if g.Code == code {
			return i
		}
	}
	panic(code)
}

// table4 writes table 4 with its title at (left, top); it takes 5 rows.
func (b *book) table4(lay layout, sheet string, left, top int, t report.Table4) {
	l := lay.label
	b.set(sheet, left, top, report.Table4Title)
	h := top + 1
	b.put(lay, sheet, left, h, left+4, h, l("", report.Table4Review))
	b.put(lay, sheet, left+5, h, left+14, h, l("", report.Table4Litigation))
	for k, blk := range report.Table4Blocks {
		c0 := left + 5*k
		vals := t.Block(report.AppealKind(blk.Code)).Values()
		for j, col := range report.Table4Columns {
			if k == 0 {
				b.put(lay, sheet, c0+j, h+1, c0+j, h+2, l("", col.Label))
			} else {
				b.set(sheet, c0+j, h+2, l("", col.Label))
			}
			b.set(sheet, c0+j, h+3, lay.value(vals[j]))
		}
		if k > 0 {
			b.put(lay, sheet, c0, h+1, c0+4, h+1, l("", blk.Label))
		}
	}
}
