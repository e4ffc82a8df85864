package statfile

import (
	"fmt"
	"strings"

	"github.com/xuri/excelize/v2"
)

// pos is a cell position, 0-based.
type pos struct{ r, c int }

// rect is a merged range, 0-based and inclusive.
type rect struct{ r0, c0, r1, c1 int }

// grid is one worksheet's raw cell values with its merged ranges. A cell
// inside a merged range reads as the range's top-left cell when labels are
// looked up (key); figures are read from the cell itself (raw).
type grid struct {
	sheet  string
	cells  [][]string // raw values as stored, ragged
	keys   [][]string // labelKey of each cell's own value
	width  int
	ext    []int        // per row: columns to look at, the merges reaching right included
	owner  map[pos]pos  // cells inside a merge, other than its top-left → top-left
	merges map[pos]rect // top-left → its merged range
	// resolved remembers labelSet.resolve per set and key.
	resolved map[*labelSet]map[string]string
	// formula returns the formula in (r, c), or ""; nil when unknown.
	formula func(r, c int) string
}

// Only the top-left part of a sheet is looked at: a hand-filled statutory
// table never reaches this far, and the bound keeps a damaged or huge
// sheet from taking the memory of the machine.
const (
	maxRows = 3000
	maxCols = 100 // A … CV
)

// loadGrid reads a worksheet with raw values (numbers as stored, not as
// displayed) and its merged ranges.
func loadGrid(f *excelize.File, sheet string) (*grid, error) {
	rows, err := readRows(f, sheet)
	if err != nil {
		return nil, fmt.Errorf("read sheet %q: %w", sheet, err)
	}
	merges, err := f.GetMergeCells(sheet, true)
	if err != nil {
		return nil, fmt.Errorf("read merged cells of sheet %q: %w", sheet, err)
	}
	refs := make([]string, 0, len(merges))
	for _, m := range merges {
		if len(m) > 0 {
			refs = append(refs, m[0])
		}
	}
	g := newGrid(sheet, rows, refs)
	g.formula = func(r, c int) string {
		name, err := excelize.CoordinatesToCellName(c+1, r+1)
		if err != nil {
			return ""
		}
		formula, _ := f.GetCellFormula(sheet, name)
		return formula
	}
	return g, nil
}

// newGrid makes the grid of a sheet from its rows of raw values and its
// merged ranges ("A1:C3").
func newGrid(sheet string, rows [][]string, merges []string) *grid {
	g := &grid{sheet: sheet, cells: rows, keys: make([][]string, len(rows)), ext: make([]int, len(rows)),
		owner: map[pos]pos{}, merges: map[pos]rect{}}
	for r, row := range rows {
		g.width = max(g.width, len(row))
		g.ext[r] = len(row)
		g.keys[r] = make([]string, len(row))
		for c, v := range row {
			if v != "" {
				g.keys[r][c] = labelKey(v)
			}
		}
	}
	for _, ref := range merges {
		g.addMerge(ref)
	}
	return g
}

// readRows returns the raw values of the first maxRows rows and maxCols
// columns of the sheet, without the blank rows at the end.
func readRows(f *excelize.File, sheet string) ([][]string, error) {
	it, err := f.Rows(sheet)
	if err != nil {
		return nil, err
	}
	var rows [][]string
	last := 0
	for len(rows) < maxRows && it.Next() {
		row, err := it.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			break
		}
		rows = append(rows, row[:min(len(row), maxCols)])
		if len(row) > 0 {
			last = len(rows)
		}
	}
	return rows[:last], it.Close()
}

// addMerge records a merged range such as "A1:C3", clipped to the cells
// that hold values; a malformed reference is ignored.
func (g *grid) addMerge(ref string) {
	from, to, ok := strings.Cut(ref, ":")
	if !ok {
		return
	}
	c0, r0, err1 := excelize.CellNameToCoordinates(from)
	c1, r1, err2 := excelize.CellNameToCoordinates(to)
	if err1 != nil || err2 != nil {
		return
	}
	m := rect{min(r0, r1) - 1, min(c0, c1) - 1, max(r0, r1) - 1, max(c0, c1) - 1}
	top := pos{m.r0, m.c0}
	if _, taken := g.owner[top]; taken {
		return
	}
	if _, taken := g.merges[top]; taken {
		return
	}
	g.merges[top] = m
	for r := max(m.r0, 0); r <= min(m.r1, len(g.cells)-1); r++ {
		g.ext[r] = max(g.ext[r], min(m.c1, g.width-1)+1)
		for c := max(m.c0, 0); c <= min(m.c1, g.width-1); c++ {
			if p := (pos{r, c}); p != top {
				g.owner[p] = top
			}
		}
	}
}

// rows returns the number of rows holding values.
func (g *grid) rows() int { return len(g.cells) }

// ownerOf returns the top-left cell of the merged range holding (r, c), or
// (r, c) itself.
func (g *grid) ownerOf(r, c int) pos {
	if o, ok := g.owner[pos{r, c}]; ok {
		return o
	}
	return pos{r, c}
}

// span returns the merged range whose top-left is p, or p's own cell.
func (g *grid) span(p pos) rect {
	if m, ok := g.merges[p]; ok {
		return m
	}
	return rect{p.r, p.c, p.r, p.c}
}

// raw returns the value stored in (r, c) itself.
func (g *grid) raw(r, c int) string {
	if r < 0 || r >= len(g.cells) || c < 0 || c >= len(g.cells[r]) {
		return ""
	}
	return g.cells[r][c]
}

// key returns the label key of the value shown at (r, c): the top-left
// cell's when (r, c) is inside a merged range.
func (g *grid) key(r, c int) string {
	o := g.ownerOf(r, c)
	if o.r < 0 || o.r >= len(g.keys) || o.c < 0 || o.c >= len(g.keys[o.r]) {
		return ""
	}
	return g.keys[o.r][o.c]
}

// place names a cell for a person: 工作表「表三」D9.
func (g *grid) place(r, c int) string {
	name, err := excelize.CoordinatesToCellName(c+1, r+1)
	if err != nil {
		name = fmt.Sprintf("第%d行第%d列", r+1, c+1)
	}
	return "工作表「" + g.sheet + "」" + name
}

// sheetPlace names the worksheet for a person: 工作表「表三」.
func (g *grid) sheetPlace() string {
	return "工作表「" + g.sheet + "」"
}

// find returns the top-left cells whose key is k, in reading order.
func (g *grid) find(k string) []pos {
	var out []pos
	for r, row := range g.keys {
		for c, v := range row {
			if _, inside := g.owner[pos{r, c}]; v == k && !inside {
				out = append(out, pos{r, c})
			}
		}
	}
	return out
}

// fuzzyFind returns the top-left cells showing not k but a label that
// set resolves to k, in reading order.
func (g *grid) fuzzyFind(set *labelSet, k string) []pos {
	var out []pos
	for r, row := range g.keys {
		for c, v := range row {
			if _, inside := g.owner[pos{r, c}]; inside || v == k || v == "" {
				continue
			}
			if g.resolve(set, v) == k {
				out = append(out, pos{r, c})
			}
		}
	}
	return out
}

// resolve is set.resolve(k) without the ambiguous labels, remembered for
// the grid: a ledger sheet repeats its values.
func (g *grid) resolve(set *labelSet, k string) string {
	if g.resolved == nil {
		g.resolved = map[*labelSet]map[string]string{}
	}
	m := g.resolved[set]
	if m == nil {
		m = map[string]string{}
		g.resolved[set] = m
	}
	got, ok := m[k]
	if !ok {
		got, _ = set.resolve(k)
		m[k] = got
	}
	return got
}
