package xlsx

import (
	"sync"

	"github.com/xxgk/xxgk/report"
)

// cellPos is where a figure of the statutory tables sits in the workbook.
type cellPos struct {
	sheet, cell string
}

// cellIndex maps every JSON cell path (docs/figures.md §1) of tables 2–4 to its cell,
// built from the same layout the writers use.
var cellIndex = sync.OnceValues(func() (map[string]cellPos, []string) {
	idx := map[string]cellPos{}
	var paths []string
	add := func(path, sheet string, col, row int) {
		idx[path] = cellPos{sheet, cell(col, row)}
		paths = append(paths, path)
	}
	table2Cells(nil, func(c1, _, row int, path string, _ any) {
		add(path, report.Table2Title, c1, row)
	})
	for i, r := range report.Table3Rows {
		for j, c := range report.Table3Columns {
			col, row := table3Cell(i, j)
			add("table3."+r.Code+"."+c.Code, report.Table3Title, col, row)
		}
	}
	for b, block := range report.Table4Blocks {
		for c, col := range report.Table4Columns {
			add("table4."+block.Code+"."+col.Code, report.Table4Title, table4Col(b, c), t4DataRow)
		}
	}
	return idx, paths
})

// CellRef returns the sheet and the cell (e.g. "D9") that hold the figure
// with the given JSON cell path, e.g. CellRef("table3.granted.natural") →
// ("三、收到和处理政府信息公开申请情况", "D9", true). Paths are
// table2.rules|normative_docs.issued|repealed|in_force,
// table2.licensing|penalty|enforcement.decisions, table2.fees.amount_wan,
// table3.<row code>.<column code> (report.Table3Rows, report.Table3Columns)
// and table4.review|litigation_direct|litigation_after_review.
// upheld|corrected|other|pending|total. The group sums of table 3
// (table3.withheld.…) are not printed and give ok false, as does any
// unknown path. For a merged value cell the top-left cell is returned.
func CellRef(path string) (sheet, cell string, ok bool) {
	idx, _ := cellIndex()
	p, ok := idx[path]
	return p.sheet, p.cell, ok
}

// CellPaths returns every path CellRef knows, in table order: table 2 by
// rows, then table 3 by rows, then table 4.
func CellPaths() []string {
	_, paths := cellIndex()
	return append([]string(nil), paths...)
}
