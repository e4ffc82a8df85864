package xlsx

import (
	"github.com/xxgk/xxgk/report"
)

// unitFigure is one row of 「各单位数据」: a printed figure of tables 二、三、四
// (table 3's group sums left out, as figureRows does) and how to read it
// from any unit's report without listing all its figures: with thousands
// of units, report.Figures for each would hold hundreds of thousands of
// paths and decimal strings at once.
type unitFigure struct {
	path string
	// count reads the figure as a count; nil for the fee, which is text.
	count func(r *report.AnnualReport) int
	// text reads the fee as it is held (a decimal string, possibly "").
	text func(r *report.AnnualReport) string
}

// unitFigureList lists the rows of 「各单位数据」 in the order of
// figureRows(r.Figures()) for any report r.
func unitFigureList() []unitFigure {
	var out []unitFigure
	for _, b := range report.Table2Blocks {
		for _, row := range b.Rows {
			for j, h := range b.Heads {
				f := unitFigure{path: row.Path(h)}
				if row.IsAmount() {
					f.text = func(r *report.AnnualReport) string { return r.Table2.FeesWan }
				} else {
					f.count = func(r *report.AnnualReport) int { return *row.Counts(&r.Table2)[j] }
				}
				out = append(out, f)
			}
		}
	}
	for i, row := range report.Table3Rows {
		for j, col := range report.Table3Columns {
			out = append(out, unitFigure{path: "table3." + row.Code + "." + col.Code,
				count: func(r *report.AnnualReport) int { return r.Table3.Rows[i][j] }})
		}
	}
	for _, b := range report.Table4Blocks {
		k := report.AppealKind(b.Code)
		for j, col := range report.Table4Columns {
			out = append(out, unitFigure{path: "table4." + b.Code + "." + col.Code,
				count: func(r *report.AnnualReport) int { return r.Table4.Block(k).Values()[j] }})
		}
	}
	return out
}

// write writes the figure of r into column col of rows as 「各单位数据」
// shows it: a count as an integer, the fee as figureCell shows it.
func (f unitFigure) write(rows *rawRows, col int, st *styles, fee int, r *report.AnnualReport) {
	if f.count == nil {
		c := figureCell(st, fee, report.Figure{Path: f.path, Value: f.text(r)})
		rows.value(col, c.StyleID, c.Value)
		return
	}
	rows.integer(col, st.integer, f.count(r))
}
