package statfile

import (
	"strings"

	"github.com/xxgk/xxgk/report"
)

// Table 3 is found by its column header row: the first row showing at least
// three of the seven column labels (「自然人」「商业企业」…「总计」). Each
// column takes the lowest label above or on that row, within four rows, so
// that 「自然人」 merged down two rows and 「商业企业」 under 「法人或其他组织」 both
// count. The data rows are the rows below whose label cells (left of the
// first data column) hold a row label; an item shared by several groups is
// resolved by the group label on its row or the nearest one above.

var (
	t3ColKeys   = columnKeys(report.Table3Columns)
	t3ColSet    = newLabelSet(columnsOf(report.Table3Columns)...)
	t3RowKeys   = rowKeys()
	t3GroupKeys = groupKeys()
	t3NewKey    = labelKey(report.Table3Rows[report.RowNew].Label)
)

// t3HeaderBand is how many rows above the header row may hold column labels.
const t3HeaderBand = 3

func columnKeys(cols []report.CodeLabel) map[string]int {
	m := map[string]int{}
	for i, c := range cols {
		m[labelKey(c.Label)] = i
	}
	return m
}

func rowKeys() map[string][]int {
	m := map[string][]int{}
	for i, r := range report.Table3Rows {
		k := labelKey(r.Label)
		m[k] = append(m[k], i)
	}
	return m
}

func groupKeys() map[string]string {
	m := map[string]string{}
	for _, g := range report.Table3Groups {
		m[labelKey(g.Label)] = g.Code
	}
	return m
}

// readTable3 reads table 3 from g if it is there.
func readTable3(rd *reader, g *grid) bool {
	h, ok := t3HeaderRow(g)
	if !ok {
		if len(g.find(t3NewKey)) == 0 {
			return false
		}
		rd.problem(g.sheetPlace(), "表三找不到列标签"+quoteLabels(columnLabels(allIndexes(len(report.Table3Columns))))+
			"，应在「"+report.Table3Applicant+"」下按国家格式写明这些列")
		return true
	}
	cols, colCells, missing := t3Columns(g, h)
	if len(missing) > 0 {
		t3OddColumns(rd, g, h, cols[:], missing)
		rd.problem(g.sheetPlace(), "表三缺少列"+quoteLabels(columnLabels(missing))+
			"，应在「"+report.Table3Applicant+"」下按国家格式写明这些列")
		return true
	}
	found := t3Rows(g, h, minOf(cols[:]))
	at := found.at
	if missing := missingRows(at); len(missing) > 0 {
		for _, o := range found.odd {
			rd.oddLabel(g, o.p, o.close, missing)
		}
		rd.problem(g.sheetPlace(), "表三缺少行"+quoteLabels(missing)+"，应按国家格式列出全部25行（编号、标点可以不同）")
		return true
	}
	for j, col := range report.Table3Columns {
		rd.noteLabel(g, colCells[j], t3ColSet, labelKey(col.Label))
	}
	t := &rd.out.Report.Table3
	for i, row := range report.Table3Rows {
		rd.noteLabel(g, found.label[i], t3RowSet, labelKey(row.Label))
		for j, col := range report.Table3Columns {
			t.Rows[i][j] = rd.count(g, at[i], cols[j], "table3."+row.Code+"."+col.Code)
		}
	}
	return true
}

// t3HeaderRow returns the first row showing at least three column labels.
func t3HeaderRow(g *grid) (int, bool) {
	for r := 0; r < g.rows(); r++ {
		seen := map[int]bool{}
		for c := 0; c < g.ext[r]; c++ {
			if i, ok := t3ColKeys[g.resolve(t3ColSet, g.key(r, c))]; ok {
				seen[i] = true
			}
		}
		if len(seen) >= 3 {
			return r, true
		}
	}
	return 0, false
}

// t3Columns returns the column of each label of report.Table3Columns and
// its label cell, searching rows h-t3HeaderBand … h for the label or a
// close variant of it (labelSet); the leftmost column wins a label found
// twice.
func t3Columns(g *grid, h int) (cols [report.NumApplicantTypes + 1]int, cells [report.NumApplicantTypes + 1]pos, missing []int) {
	for i := range cols {
		cols[i] = -1
	}
	for c := 0; c < g.width; c++ {
		for r := h; r >= max(0, h-t3HeaderBand); r-- {
			if i, ok := t3ColKeys[g.resolve(t3ColSet, g.key(r, c))]; ok {
				if cols[i] < 0 {
					cols[i], cells[i] = c, g.ownerOf(r, c)
				}
				break
			}
		}
	}
	for i, c := range cols {
		if c < 0 {
			missing = append(missing, i)
		}
	}
	return cols, cells, missing
}

// t3OddColumns refuses the cells of the header band right of the first
// column found that show no column label (nor another national label):
// in the place of a missing column, each is either close to several
// labels or to none.
func t3OddColumns(rd *reader, g *grid, h int, cols []int, missing []int) {
	first := -1
	for _, c := range cols {
		if c >= 0 && (first < 0 || c < first) {
			first = c
		}
	}
	if first < 0 {
		return
	}
	want := columnLabels(missing)
	seen := map[pos]bool{}
	for r := max(0, h-t3HeaderBand); r <= h; r++ {
		for c := first; c < g.ext[r]; c++ {
			p, k := g.ownerOf(r, c), g.key(r, c)
			if p.c != c || p.r != r || seen[p] || k == "" || knownKeys[k] || isDigits(k) || g.resolve(t3ColSet, k) != "" {
				continue
			}
			seen[p] = true
			_, close := t3ColSet.resolve(k)
			rd.oddLabel(g, p, close, want)
		}
	}
}

// t3Found is where the rows of table 3 were found.
type t3Found struct {
	at    [report.NumTable3Rows]int // sheet row of each row, -1 where none was found
	label [report.NumTable3Rows]pos // its label cell
	odd   []t3Odd                   // label cells that show no row label
}

// t3Odd is a label cell in the place of a row that is not close to exactly
// one row label; close lists the labels it is equally close to.
type t3Odd struct {
	p     pos
	close []string
}

// t3Rows finds the rows of report.Table3Rows, reading the rows below the
// header row h whose label cells, left of column firstData, hold a row
// label.
func t3Rows(g *grid, h, firstData int) t3Found {
	var f t3Found
	for i := range f.at {
		f.at[i] = -1
	}
	group, last := "", pos{-1, -1}
	for r := h + 1; r < g.rows(); r++ {
		key, where, rowGroup, odd := t3RowLabel(g, r, firstData)
		if rowGroup != "" {
			group = rowGroup
		}
		if odd != nil {
			f.odd = append(f.odd, *odd)
		}
		if key == "" || where == last {
			continue
		}
		last = where
		i := pickRow(key, group)
		if f.at[i] >= 0 {
			break // a second table 3 starts here
		}
		f.at[i], f.label[i] = where.r, where
		group = report.Table3Rows[i].Group
		if i == report.RowCarriedOut {
			break
		}
	}
	return f
}

// t3RowLabel returns the rightmost row label of row r left of firstData,
// with its cell, and the group label on the row if any. A row with no row
// label but another label returns that one as odd.
func t3RowLabel(g *grid, r, firstData int) (key string, where pos, group string, odd *t3Odd) {
	for c := firstData - 1; c >= 0; c-- {
		k := g.key(r, c)
		if k == "" {
			continue
		}
		resolved, close := t3RowSet.resolve(k)
		if resolved != "" && key == "" {
			key, where = resolved, g.ownerOf(r, c)
		}
		if code, ok := t3GroupKeys[k]; ok {
			group = code
		}
		if resolved == "" && odd == nil && !knownKeys[k] && !isDigits(k) {
			odd = &t3Odd{g.ownerOf(r, c), close}
		}
	}
	if key != "" {
		odd = nil
	}
	return key, where, group, odd
}

// t3RowSet is the row labels of table 3.
var t3RowSet = func() *labelSet {
	labels := make([]string, len(report.Table3Rows))
	for i, r := range report.Table3Rows {
		labels[i] = r.Label
	}
	return newLabelSet(labels...)
}()

// pickRow returns the row of report.Table3Rows with the label key, the one
// in group when several share the label.
func pickRow(key, group string) int {
	rows := t3RowKeys[key]
	for _, i := range rows {
		if report.Table3Rows[i].Group == group {
			return i
		}
	}
	return rows[0]
}

// missingRows names the rows not found, as printed in the statutory table.
func missingRows(at [report.NumTable3Rows]int) []string {
	var out []string
	for i, r := range at {
		if r >= 0 {
			continue
		}
		row := report.Table3Rows[i]
		name := row.Number + row.Label
		for _, g := range report.Table3Groups {
			if g.Code == row.Group {
				name = g.Number + g.Label + " " + name
			}
		}
		out = append(out, name)
	}
	return out
}

func columnLabels(idx []int) []string {
	out := make([]string, len(idx))
	for k, i := range idx {
		out[k] = report.Table3Columns[i].Label
	}
	return out
}

func allIndexes(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// quoteLabels writes labels as 「a」「b」.
func quoteLabels(labels []string) string {
	return "「" + strings.Join(labels, "」「") + "」"
}

func minOf(xs []int) int {
	m := xs[0]
	for _, x := range xs[1:] {
		m = min(m, x)
	}
	return m
}
