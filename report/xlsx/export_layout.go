package xlsx

import (
	"strconv"
	"sync"

	"github.com/xxgk/xxgk/report"
)

// shownFigure is a figure of the tables a person reads (CellRef), where
// it is shown: compareVisible checks it without building its path.
type shownFigure struct {
	index    int // in report.AnnualReport.Figures
	path     string
	sheet    string
	ref      string // the cell, e.g. "D9"
	col, row int    // ref's coordinates, from 1
}

// shownLayout lists the shown figures in the order of Figures, with how
// many figures Figures lists; it depends on the statutory tables only,
// so it is made once.
var shownLayout = sync.OnceValues(func() ([]shownFigure, int) {
	figs := (&report.AnnualReport{}).Figures()
	var out []shownFigure
	for i, f := range figs {
		sheet, ref, ok := CellRef(f.Path)
		if !ok {
			continue // table 3's group sums are not shown
		}
		col, row := cellCoordinates(ref)
		out = append(out, shownFigure{index: i, path: f.Path, sheet: sheet, ref: ref, col: col, row: row})
	}
	return out, len(figs)
})

// cellCoordinates is the column and row of a cell name like "D9"; the
// names CellRef gives are all such.
func cellCoordinates(ref string) (col, row int) {
	i := 0
	for ; i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z'; i++ {
		col = col*26 + int(ref[i]-'A'+1)
	}
	row, _ = strconv.Atoi(ref[i:])
	return col, row
}

// figureValues appends to dst the values of rep.Figures, in its order,
// without their paths (TestFigureValuesAreFigures).
func figureValues(rep *report.AnnualReport, dst []string) []string {
	for _, b := range report.Table2Blocks {
		for _, row := range b.Rows {
			dst = append(dst, row.Values(&rep.Table2)...)
		}
	}
	counts := func(c report.ApplicantCounts) {
		for j := range report.Table3Columns {
			dst = append(dst, strconv.Itoa(c[j]))
		}
	}
	for i := range report.Table3Rows {
		counts(rep.Table3.Rows[i])
	}
	for _, g := range report.Table3Groups {
		sum, _ := rep.Table3.Row(g.Code)
		counts(sum)
	}
	for _, b := range report.Table4Blocks {
		vals := rep.Table4.Block(report.AppealKind(b.Code)).Values()
		for j := range report.Table4Columns {
			dst = append(dst, strconv.Itoa(vals[j]))
		}
	}
	return dst
}
