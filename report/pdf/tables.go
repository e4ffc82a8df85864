package pdf

import (
	"strconv"

	"github.com/xxgk/xxgk/report"
)

// The statutory tables as grids, in the national layout of docs/counting.md. Every
// label comes from package report.

func itoa(n int) string { return strconv.Itoa(n) }

// roomyRow is the row height of tables 二 and 四, which have room to spare.
const roomyRow = 7.0

// table2Grid is 「二、主动公开政府信息情况」 (report.Table2Blocks): four
// columns, each block opening with a caption row merged across them.
func table2Grid(t report.Table2) *grid {
	g := &grid{Widths: []float64{1.4, 1, 1, 1}, Breaks: map[int]bool{}, MinRow: roomyRow}
	row := func(label string, values ...string) {
		g.add(g.Rows, 0, 1, 1, label, true)
		span := 4 - len(values)
		for i, v := range values {
			g.add(g.Rows, 1+i, 1, span, v, true)
		}
		g.Rows++
	}
	for _, b := range report.Table2Blocks {
		g.Breaks[g.Rows] = true
		g.add(g.Rows, 0, 1, 4, b.Caption, true)
		g.Rows++
		row(report.Table2Content, b.HeadLabels()...)
		for _, r := range b.Rows {
			row(r.Label, r.Values(&t)...)
		}
	}
	return g
}

// table3Grid is 「三、收到和处理政府信息公开申请情况」: three label columns
// under the 3×3 note cell, then the seven applicant columns; its column
// widths are set for a width and size by table3Widths.
func table3Grid(t report.Table3) *grid {
	const hdr = 3
	g := &grid{Rows: hdr + report.NumTable3Rows, HeaderRows: hdr}
	cols := report.Table3Columns
	g.add(0, 0, 3, 3, report.Table3Note, true)
	g.add(0, 3, 1, 7, report.Table3Applicant, true)
	g.add(1, 3, 2, 1, cols[0].Label, true)
	g.add(1, 4, 1, 5, report.Table3LegalPerson, true)
	g.add(1, 9, 2, 1, cols[report.TotalCol].Label, true)
	for i := 1; i < report.TotalCol; i++ {
		g.add(2, 3+i, 1, 1, cols[i].Label, true)
	}
	results := 0
	for i, r := range report.Table3Rows {
		row := hdr + i
		switch {
		case !r.IsOutcome && i != report.RowResultTotal:
			g.add(row, 0, 1, 3, r.Number+r.Label, false)
		case r.Group == "":
			g.add(row, 1, 1, 2, r.Number+r.Label, false)
		default:
			if i == 0 || report.Table3Rows[i-1].Group != r.Group {
				grp := groupOf(r.Group)
				g.add(row, 1, report.GroupSize(r.Group), 1, grp.Number+grp.Label, false)
			}
			g.add(row, 2, 1, 1, r.Number+r.Label, false)
		}
		if r.IsOutcome || i == report.RowResultTotal {
			results++
		}
		for c, v := range t.Rows[i] {
			g.add(row, 3+c, 1, 1, itoa(v), true)
		}
	}
	g.addVertical(hdr+report.RowFirstResult, 0, results, 1, report.Table3Results)
	return g
}

// table3Widths sets g's columns for a table width wide at size points:
// 「三、本年度办理结果」 one character a line (set vertically, as in the
// national format), the group labels (「（三）不予公开」…) each on one line,
// the applicant columns four characters, and the item labels the rest.
func table3Widths(g *grid, width, size float64, measure measureFunc) {
	e := em(size)
	data := 4*e + 2*padX
	group := 0.0
	for _, grp := range report.Table3Groups {
		group = max(group, measure(tableRole, size, grp.Number+grp.Label))
	}
	g.Widths = []float64{e + 2*padX, group + 2*padX + labelSlack, 0}
	g.Widths[2] = width - g.Widths[0] - g.Widths[1] - data*float64(len(report.Table3Columns))
	for range report.Table3Columns {
		g.Widths = append(g.Widths, data)
	}
}

// labelSlack is room added to a column sized to its longest label, so that
// rounding in the column edges never breaks the label.
const labelSlack = 0.2 // mm

// groupOf returns the outcome group with the code.
func groupOf(code string) report.Table3Group {
	for _, g := range report.Table3Groups {
		if g.Code == code {
			return g
		}
	}
	return report.Table3Group{}
}

// table4Grid is 「四、政府信息公开行政复议、行政诉讼情况」: 行政复议 over five
// columns, 行政诉讼 over ten in two blocks, and one row of fifteen numbers.
func table4Grid(t report.Table4) *grid {
	g := &grid{Rows: 4, HeaderRows: 3, MinRow: roomyRow}
	for i := 0; i < 15; i++ {
		g.Widths = append(g.Widths, 1)
	}
	g.add(0, 0, 1, 5, report.Table4Review, true)
	g.add(0, 5, 1, 10, report.Table4Litigation, true)
	g.add(1, 5, 1, 5, report.Table4Direct, true)
	g.add(1, 10, 1, 5, report.Table4After, true)
	for b, k := range report.Table4Blocks {
		vals := t.Block(report.AppealKind(k.Code)).Values()
		for i, c := range report.Table4Columns {
			col := 5*b + i
			if b == 0 {
				g.add(1, col, 2, 1, c.Label, true)
			} else {
				g.add(2, col, 1, 1, c.Label, true)
			}
			g.add(3, col, 1, 1, itoa(vals[i]), true)
		}
	}
	return g
}
