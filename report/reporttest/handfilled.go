package reporttest

import (
	"strconv"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// Sheet is a worksheet that a test writes hand-filled tables on; the tests
// wrap an excelize sheet (this package imports no spreadsheet library).
// Columns and rows count from 1.
type Sheet interface {
	Set(col, row int, v any)  // write one cell
	Merge(c1, r1, c2, r2 int) // merge the range
}

// Layout says how the statutory tables are written by hand: the national
// format of 国办公开办函〔2021〕30号 (National), or the ways clerks vary it.
type Layout struct {
	Merge bool                             // merge cells as the national format does
	Gap   bool                             // a blank row and column inside table 三
	Label func(number, text string) string // how a label is written
	Value func(v int) any                  // how a count is written; nil leaves the cell blank
	Fee   any                              // how 行政事业性收费 is written
}

// National is the national layout with numeric cells.
func National() Layout {
	return Layout{
		Merge: true,
		Label: func(number, text string) string { return number + text },
		Value: func(v int) any { return v },
		Fee:   4166.241619,
	}
}

// filler writes one table onto a sheet.
type filler struct {
	s   Sheet
	lay Layout
}

// put writes v into the top-left cell of the range and merges the range
// when the layout says so. A nil v leaves the cell blank.
func (f filler) put(c1, r1, c2, r2 int, v any) {
	if v != nil {
		f.s.Set(c1, r1, v)
	}
	if f.lay.Merge && (c1 != c2 || r1 != r2) {
		f.s.Merge(c1, r1, c2, r2)
	}
}

// set writes one cell; nil leaves it blank.
func (f filler) set(col, row int, v any) {
	if v != nil {
		f.s.Set(col, row, v)
	}
}

// WriteTable2 writes table 二 with its title at (left, top); it takes 15
// rows: each block of report.Table2Blocks as its caption, its header and
// its rows.
func WriteTable2(s Sheet, lay Layout, left, top int, t report.Table2) {
	f, l := filler{s, lay}, lay.Label
	f.set(left, top, report.Table2Title)
	row := top + 1
	for _, b := range report.Table2Blocks {
		f.put(left, row, left+3, row, l("", b.Caption))
		f.set(left, row+1, l("", report.Table2Content))
		f.spread(left+1, row+1, mapped(b.HeadLabels(), func(h string) any { return l("", h) }))
		row += 2
		for _, r := range b.Rows {
			f.set(left, row, l("", r.Label))
			vals := []any{lay.Fee}
			if !r.IsAmount() {
				vals = mapped(r.Counts(&t), func(p *int) any { return lay.Value(*p) })
			}
			f.spread(left+1, row, vals)
			row++
		}
	}
}

// spread writes the values of a row of table 二 from column c: one value
// spans the three value columns, several take one column each.
func (f filler) spread(c, row int, vals []any) {
	if len(vals) == 1 {
		f.put(c, row, c+2, row, vals[0])
		return
	}
	for i, v := range vals {
		f.set(c+i, row, v)
	}
}

// mapped applies fn to every element of xs.
func mapped[T any](xs []T, fn func(T) any) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = fn(x)
	}
	return out
}

// WriteTable3 writes table 三 with its title at (left, top); it takes 29
// rows (30 with lay.Gap). Figures start at column left+3 (left+4 with
// lay.Gap).
func WriteTable3(s Sheet, lay Layout, left, top int, t report.Table3) {
	f := filler{s, lay}
	f.set(left, top, report.Table3Title)
	h, d := top+1, left+3
	if lay.Gap {
		d++
	}
	table3Head(f, left, h, d)
	first := h + 3
	if lay.Gap {
		first++
	}
	table3Labels(f, left, first)
	for i := range report.Table3Rows {
		for j := range report.Table3Columns {
			f.set(d+j, first+i, lay.Value(t.Rows[i][j]))
		}
	}
}

// table3Head writes the three header rows from row h; figures start at column d.
func table3Head(f filler, left, h, d int) {
	l := f.lay.Label
	f.put(left, h, left+2, h+2, report.Table3Note)
	f.put(d, h, d+6, h, l("", report.Table3Applicant))
	f.put(d, h+1, d, h+2, l("", report.Table3Columns[0].Label))
	f.put(d+1, h+1, d+5, h+1, l("", report.Table3LegalPerson))
	for j := 1; j < report.TotalCol; j++ {
		f.set(d+j, h+2, l("", report.Table3Columns[j].Label))
	}
	f.put(d+6, h+1, d+6, h+2, l("", report.Table3Columns[report.TotalCol].Label))
}

// table3Labels writes the row labels of table 三 from row first.
func table3Labels(f filler, left, first int) {
	l, rows := f.lay.Label, report.Table3Rows
	f.put(left, first+report.RowFirstResult, left, first+report.RowResultTotal,
		l("三、", strings.TrimPrefix(report.Table3Results, "三、")))
	for i := 0; i < len(rows); i++ {
		r, row := rows[i], first+i
		switch {
		case r.Group != "":
			end := i
			for end+1 < len(rows) && rows[end+1].Group == r.Group {
				end++
			}
			g := table3Group(r.Group)
			f.put(left+1, row, left+1, first+end, l(g.Number, g.Label))
			for k := i; k <= end; k++ {
				f.set(left+2, first+k, l(rows[k].Number, rows[k].Label))
			}
			i = end
		case i >= report.RowFirstResult && i <= report.RowResultTotal:
			f.put(left+1, row, left+2, row, l(r.Number, r.Label))
		default:
			f.put(left, row, left+2, row, l(r.Number, r.Label))
		}
	}
}

// table3Group returns the group of table 三 with the given code.
func table3Group(code string) report.Table3Group {
	for _, g := range report.Table3Groups {
		if g.Code == code {
			return g
		}
	}
	panic("reporttest: no table 三 group " + code)
}

// WriteTable4 writes table 四 with its title at (left, top); it takes 5 rows.
func WriteTable4(s Sheet, lay Layout, left, top int, t report.Table4) {
	f, l := filler{s, lay}, lay.Label
	f.set(left, top, report.Table4Title)
	h := top + 1
	f.put(left, h, left+4, h, l("", report.Table4Review))
	f.put(left+5, h, left+14, h, l("", report.Table4Litigation))
	for k, blk := range report.Table4Blocks {
		c0 := left + 5*k
		vals := t.Block(report.AppealKind(blk.Code)).Values()
		for j, col := range report.Table4Columns {
			if k == 0 {
				f.put(c0+j, h+1, c0+j, h+2, l("", col.Label))
			} else {
				f.set(c0+j, h+2, l("", col.Label))
			}
			f.set(c0+j, h+3, lay.Value(vals[j]))
		}
		if k > 0 {
			f.put(c0, h+1, c0+4, h+1, l("", blk.Label))
		}
	}
}

// CellName returns the A1 name of a cell: CellName(28, 3) is "AB3".
func CellName(col, row int) string {
	var name []byte
	for c := col; c > 0; c = (c - 1) / 26 {
		name = append([]byte{byte('A' + (c-1)%26)}, name...)
	}
	return string(name) + strconv.Itoa(row)
}
