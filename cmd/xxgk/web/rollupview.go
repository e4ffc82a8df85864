package web

import (
	"path/filepath"
	"strings"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/rollup"
)

// rollupView is the 汇总情况 page of one roll-up: what `xxgk rollup`
// prints and writes in its 汇总情况 workbook.
type rollupView struct {
	ID       string
	Name     string // the summing unit
	Year     int
	Units    []rollupUnit
	Missing  []rollupUnit  // no File nor Kind
	Problems problemTable  // rules broken by units summed, with their cells
	Excluded problemTable  // files left out, and why
	Tables   []figureBlock // the sums
}

// rollupUnit is one unit summed, numbered from 1.
type rollupUnit struct {
	N                      int
	Name, Code, File, Kind string
}

// problemTable is a list of problems: its table's id, the head of the
// rule's column, the problems.
type problemTable struct {
	ID, Head string
	List     []rollupProblem
}

// rollupProblem is a rule broken, or a file left out, with its file's
// own name.
type rollupProblem struct {
	Unit, File, Rule, Where, Message string
}

// figureBlock is a run of a statutory table's figures with the same
// columns: a grid of rows by columns, as the national table lays it out.
type figureBlock struct {
	Table string   // 表二, 表三, 表四
	First bool     // the table's first block: it shows the table's name
	Cols  []string // the column heads
	Rows  []figureRow
}

// figureRow is one row of a figureBlock.
type figureRow struct {
	Label   string
	Figures []report.Figure
}

// unitKinds say what kind of file a unit sent.
var unitKinds = map[string]string{rollup.KindExport: "上报文件", rollup.KindHand: "手工填写的统计表"}

func newRollupView(id string, res *rollup.Result) rollupView {
	v := rollupView{ID: id, Name: res.Sum.Unit.Name, Year: res.Year,
		Problems: problemTable{"rollup-problems", "规则", rollupProblems(res.Problems)},
		Excluded: problemTable{"rollup-excluded", "原因", rollupProblems(res.Excluded)},
		Tables:   figureBlocks(res.Sum.Figures())}
	for i, u := range res.Units {
		kind := unitKinds[u.Kind]
		if u.Rollup {
			kind = "下级汇总的上报文件"
		}
		v.Units = append(v.Units, rollupUnit{N: i + 1, Name: u.Report.Unit.Name, Code: u.Report.Unit.Code,
			File: filepath.Base(u.File), Kind: kind})
	}
	for i, m := range res.Missing {
		v.Missing = append(v.Missing, rollupUnit{N: i + 1, Name: m.Name, Code: m.Code})
	}
	return v
}

func rollupProblems(list []rollup.Problem) []rollupProblem {
	out := make([]rollupProblem, 0, len(list))
	for _, p := range list {
		out = append(out, rollupProblem{Unit: p.Unit, File: filepath.Base(p.File), Rule: p.Rule, Where: p.Where, Message: p.Message})
	}
	return out
}

// figureBlocks lays figs out as grids: report.FigureName names each
// 「表三 row / column」; a new block starts where the table or the
// columns change.
func figureBlocks(figs []report.Figure) []figureBlock {
	var out []figureBlock
	for _, r := range figureRows(figs) {
		n := len(out)
		if n == 0 || out[n-1].Table != r.table || strings.Join(out[n-1].Cols, "|") != strings.Join(r.cols, "|") {
			first := n == 0 || out[n-1].Table != r.table
			out = append(out, figureBlock{Table: r.table, First: first, Cols: r.cols})
			n++
		}
		out[n-1].Rows = append(out[n-1].Rows, r.figureRow)
	}
	return out
}

// namedRow is a row of figures with its table and its columns' heads.
type namedRow struct {
	figureRow
	table string
	cols  []string
}

// figureRows groups figs into rows: the figures of one table and row.
func figureRows(figs []report.Figure) []namedRow {
	var rows []namedRow
	for _, f := range figs {
		table, label, col := splitFigureName(f.Path)
		n := len(rows)
		if n == 0 || rows[n-1].table != table || rows[n-1].Label != label {
			rows = append(rows, namedRow{figureRow: figureRow{Label: label}, table: table})
			n++
		}
		rows[n-1].Figures = append(rows[n-1].Figures, f)
		rows[n-1].cols = append(rows[n-1].cols, col)
	}
	return rows
}

// splitFigureName splits 「表三 三、本年度办理结果 （一）予以公开 / 自然人」
// into its table, row and column.
func splitFigureName(path string) (table, row, col string) {
	name := report.FigureName(path)
	table, rest, ok := strings.Cut(name, " ")
	if !ok {
		return "", name, ""
	}
	if i := strings.LastIndex(rest, " / "); i >= 0 {
		return table, rest[:i], rest[i+3:]
	}
	return table, rest, ""
}
