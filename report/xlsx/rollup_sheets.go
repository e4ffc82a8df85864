package xlsx

import (
	"math"
	"path/filepath"
	"strconv"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/rollup"
	"github.com/xxgk/xxgk/report/textwidth"
)

// Layout of 「各单位数据」: title, unit line, spacer, then three header rows
// (unit, code, file) and one row a figure.
const (
	unitHeaderTop = tableTop     // 单位 row
	unitFirstRow  = tableTop + 3 // first figure row
	fmtFee        = "0.00####"   // the fee in 万元: two decimals, more when given
)

// unitFigureWidths are the widths of 「各单位数据」's label column and of
// every unit column (and 合计): 20 characters hold an 18-character
// 统一社会信用代码 in bold on one line (at 16 it broke after 15).
var unitFigureWidths = [2]float64{46, 20}

var problemWidths = []float64{6, 24, 28, 22, 30, 50}

// unitsPerPage is how many unit columns (合计 counted) 「各单位数据」
// prints on one landscape page beside its label column, at a size still
// readable (about 70 %).
const unitsPerPage = 8

// unitPagesWide is how many pages across 「各单位数据」 prints for n units:
// one page wide for a county's few schools, and pages of unitsPerPage
// units each, the labels repeated, for a city's thousands (one page wide
// they would print too small to read).
func unitPagesWide(n int) int {
	return (n + 1 + unitsPerPage - 1) / unitsPerPage
}

// listDef lays out a small list sheet, its header repeated on each page.
func listDef(name string, widths []float64) sheetDef {
	return sheetDef{name: name, widths: widths, landscape: len(widths) > 4, repeat: "$4:$4"}
}

// writeUnitFigures writes 「各单位数据」: with thousands of units it has
// hundreds of thousands of cells, written as raw rows that z puts into
// the workbook. Columns: 项目, one per unit, 合计.
func writeUnitFigures(f *excelize.File, z *sortedZip, st *styles, d *rollup.Result) error {
	def := sheetDef{name: sheetUnitFigures, landscape: true, repeat: "$4:$6", pagesWide: unitPagesWide(len(d.Units))}
	if err := setupPage(f, def); err != nil {
		return err
	}
	fee, err := st.moneyStyle(fmtFee)
	if err != nil {
		return err
	}
	// The unit columns take the sheet's default width: a width for each
	// would be a <col> entry each.
	if err := f.SetSheetProps(sheetUnitFigures, &excelize.SheetPropsOptions{DefaultColWidth: ptr(unitFigureWidths[1])}); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(sheetUnitFigures)
	if err != nil {
		return err
	}
	last := len(d.Units) + 2
	if err := sw.SetColWidth(1, 1, unitFigureWidths[0]); err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: 1, YSplit: unitFirstRow - 1,
		TopLeftCell: cell(2, unitFirstRow), ActivePane: "bottomRight"}); err != nil {
		return err
	}
	rows := newRawRows()
	if err := z.addRows(f, sheetUnitFigures, rows); err != nil {
		return err
	}
	heading := [][]excelize.Cell{
		{{StyleID: st.title, Value: rollupTitle(d) + "\n" + sheetUnitFigures}},
		{{StyleID: st.info, Value: rollupInfo(d)}},
		{},
		headerRow(st, "单位", d, func(u rollup.Input) string { return u.Report.Unit.Name }, "合计"),
		headerRow(st, "统一社会信用代码", d, func(u rollup.Input) string { return u.Report.Unit.Code }, ""),
		headerRow(st, "文件", d, func(u rollup.Input) string { return filepath.Base(u.File) }, ""),
	}
	heights := []float64{40, defaultRowHeight, 6, 30, defaultRowHeight, 30}
	for i := unitHeaderTop - 1; i < unitFirstRow-1; i++ { // long unit names and codes wrap
		heights[i] = max(heights[i], rowHeight(st, heading[i], unitFigureWidths))
	}
	for i, r := range heading {
		rows.startRow(i+1, heights[i])
		for c, v := range r {
			rows.value(c+1, v.StyleID, v.Value)
		}
		if err := rows.endRow(); err != nil {
			return err
		}
	}
	// The title and the unit line span the first columns, at most six.
	for r := 1; r <= 2; r++ {
		if err := sw.MergeCell(cell(1, r), cell(min(last, 6), r)); err != nil {
			return err
		}
	}
	// Row by row: each unit's figure is read from its report as the row
	// is written.
	for n, fig := range unitFigureList() {
		label := excelize.Cell{StyleID: st.label, Value: report.FigureName(fig.path)}
		rows.startRow(unitFirstRow+n, rowHeight(st, []excelize.Cell{label}, unitFigureWidths))
		rows.value(1, label.StyleID, label.Value)
		for u, in := range d.Units {
			fig.write(rows, 2+u, st, fee, in.Report)
		}
		fig.write(rows, last, st, fee, d.Sum)
		if err := rows.endRow(); err != nil {
			return err
		}
	}
	if err := rows.close(); err != nil {
		return err
	}
	return sw.Flush()
}

// rowHeight is the height a streamed row of 「各单位数据」 needs to show
// all its text: the label column is unitFigureWidths[0] wide, the others
// unitFigureWidths[1]. LibreOffice and WPS do not fit rows themselves, so
// a long label or unit name would overprint the next row.
func rowHeight(st *styles, row []excelize.Cell, widths [2]float64) float64 {
	h := defaultRowHeight
	for i, c := range row {
		text, isText := c.Value.(string)
		if !isText {
			continue
		}
		w := widths[1]
		if i == 0 {
			w = widths[0]
		}
		h = max(h, textwidth.Height(text, st.size(c.StyleID), w))
	}
	return min(math.Ceil(h), maxRowHeight)
}

// headerRow is one of the three rows that head the unit columns.
func headerRow(st *styles, label string, d *rollup.Result, text func(rollup.Input) string, sum string) []excelize.Cell {
	row := make([]excelize.Cell, 0, len(d.Units)+2)
	row = append(row, excelize.Cell{StyleID: st.header, Value: label})
	for _, u := range d.Units {
		row = append(row, excelize.Cell{StyleID: st.header, Value: text(u)})
	}
	return append(row, excelize.Cell{StyleID: st.header, Value: sum})
}

// figureCell is a figure as a number: an integer, or the fee in 万元.
func figureCell(st *styles, fee int, f report.Figure) excelize.Cell {
	if n, err := strconv.Atoi(f.Value); err == nil {
		return excelize.Cell{StyleID: st.integer, Value: n}
	}
	if x, err := strconv.ParseFloat(f.Value, 64); err == nil {
		return excelize.Cell{StyleID: fee, Value: x}
	}
	return excelize.Cell{StyleID: st.centre, Value: f.Value}
}

// listHeading writes a list sheet's title and unit line, and a spacer.
func listHeading(l *listSheet, d *rollup.Result, name string) error {
	last := len(l.widths)
	if err := l.line(listCell{v: rollupTitle(d) + "\n" + name, style: l.st.title, span: last}); err != nil {
		return err
	}
	if err := l.line(listCell{v: rollupInfo(d), style: l.st.info, span: last}); err != nil {
		return err
	}
	return l.spacer()
}

func writeMissing(l *listSheet, d *rollup.Result) error {
	if err := listHeading(l, d, sheetMissing); err != nil {
		return err
	}
	if err := l.line(listCell{v: "序号", style: l.st.header}, listCell{v: "单位（统一社会信用代码）", style: l.st.header}); err != nil {
		return err
	}
	switch {
	case !d.Listed:
		return l.line(listCell{v: rollup.NoUnitList, style: l.st.centre, span: 2})
	case len(d.Missing) == 0:
		return l.line(listCell{v: "无", style: l.st.centre, span: 2})
	}
	for i, m := range d.Missing {
		if err := l.line(listCell{v: i + 1, style: l.st.integer}, listCell{v: missingLabel(m), style: l.st.label}); err != nil {
			return err
		}
	}
	return nil
}

// writeProblems lists rule breaks or files left out; rule heads the
// column of the rule broken or the reason.
func writeProblems(l *listSheet, d *rollup.Result, name, rule string, list []rollup.Problem) error {
	if err := listHeading(l, d, name); err != nil {
		return err
	}
	row := make([]listCell, 0, len(problemWidths))
	for _, h := range []string{"序号", "单位", "文件", rule, "位置", "说明"} {
		row = append(row, listCell{v: h, style: l.st.header})
	}
	if err := l.line(row...); err != nil {
		return err
	}
	if len(list) == 0 {
		return l.line(listCell{v: "无", style: l.st.centre, span: len(problemWidths)})
	}
	for i, p := range list {
		row = append(row[:0], listCell{v: i + 1, style: l.st.integer})
		for _, v := range []string{p.Unit, filepath.Base(p.File), p.RuleLabel(), p.Where, p.Message} {
			row = append(row, listCell{v: v, style: l.st.label})
		}
		if err := l.line(row...); err != nil {
			return err
		}
	}
	return nil
}
