package statfile

import (
	"strings"

	"github.com/xxgk/xxgk/report"
)

// Table 4 is found block by block: a cell 「行政复议」, 「未经复议直接起诉」 or
// 「复议后起诉」 with, on one of the t4LabelReach rows below it, the five
// result labels 「结果维持」「结果纠正」「其他结果」「尚未审结」「总计」 in that order,
// starting under the block's cell (or up to two columns left of it, when
// the cell is not merged and a clerk centred it over its block). The figures are on the one row below
// the lowest label cell of the three blocks (labels merged over two rows
// included).

// t4LabelReach is how many rows below a block's cell its labels may be.
const t4LabelReach = 3

var (
	t4BlockKeys = blockKeys()
	t4ColKeys   = t4Columns()
)

func blockKeys() []string {
	out := make([]string, len(report.Table4Blocks))
	for i, b := range report.Table4Blocks {
		out[i] = labelKey(b.Label)
	}
	return out
}

func t4Columns() []string {
	out := make([]string, len(report.Table4Columns))
	for i, c := range report.Table4Columns {
		out[i] = labelKey(c.Label)
	}
	return out
}

// t4Block is where a block's labels were found.
type t4Block struct {
	cols   [5]int // column of each label, -1 when missing
	found  int    // how many labels were found
	bottom int    // lowest row of the label cells
	cell   pos    // the block's label cell
	row    int    // the row of the labels
	limit  int    // the last column the labels may be in
}

var (
	t4BlockSet = newLabelSet(columnsOf(report.Table4Blocks)...)
	t4ColSet   = newLabelSet(columnsOf(report.Table4Columns)...)
)

// readTable4 reads table 4 from g if any block of it is there.
func readTable4(rd *reader, g *grid) bool {
	var blocks [3]t4Block
	var missing []string
	seen := false
	for i, b := range report.Table4Blocks {
		blk, ok := t4Locate(g, t4BlockKeys[i])
		blocks[i] = blk
		seen = seen || blk.found > 0
		switch {
		case !ok:
			missing = append(missing, "「"+b.Label+"」")
		case blk.found < len(t4ColKeys):
			for j, c := range blk.cols {
				if c < 0 {
					missing = append(missing, "「"+b.Label+"」下的「"+report.Table4Columns[j].Label+"」")
				}
			}
		}
	}
	if !seen {
		return false
	}
	if len(missing) > 0 {
		t4Odd(rd, g, blocks)
		rd.problem(g.sheetPlace(), "表四缺少"+strings.Join(missing, "、")+"，应按国家格式写明三类情形，每类下列出"+
			quoteLabels(columnsOf(report.Table4Columns)))
		return true
	}
	row := 0
	for _, blk := range blocks {
		row = max(row, blk.bottom+1)
	}
	for i, b := range report.Table4Blocks {
		var v [5]int
		for j, col := range report.Table4Columns {
			v[j] = rd.count(g, row, blocks[i].cols[j], "table4."+b.Code+"."+col.Code)
		}
		rd.noteLabel(g, blocks[i].cell, t4BlockSet, t4BlockKeys[i])
		for j, c := range blocks[i].cols {
			rd.noteLabel(g, pos{blocks[i].row, c}, t4ColSet, t4ColKeys[j])
		}
		*rd.out.Report.Table4.Block(report.AppealKind(b.Code)) = report.AppealCounts{
			Upheld: v[0], Corrected: v[1], Other: v[2], Pending: v[3], Total: v[4]}
	}
	return true
}

// t4Locate returns the labels under the first cell showing the block key
// that has all five, else under the one with the most; ok is false when no
// cell shows the key.
func t4Locate(g *grid, key string) (best t4Block, ok bool) {
	cells := g.find(key)
	if len(cells) == 0 {
		cells = g.fuzzyFind(t4BlockSet, key)
	}
	for _, p := range cells {
		ok = true
		sp := g.span(p)
		start, limit := sp.c0, max(sp.c1, sp.c0+len(t4ColKeys)-1)+1
		if sp.c0 == sp.c1 {
			start = max(0, sp.c0-2) // an unmerged cell centred over its block
		}
		for r := sp.r1 + 1; r <= sp.r1+t4LabelReach && r < g.rows(); r++ {
			blk := t4Labels(g, r, start, limit)
			blk.cell = p
			if blk.found == len(t4ColKeys) {
				return blk, true
			}
			if blk.found > best.found {
				best = blk
			}
		}
	}
	if best.found == 0 {
		for j := range best.cols {
			best.cols[j] = -1
		}
	}
	return best, ok
}

// t4Labels finds the five labels in order on row r between columns c0 and
// limit.
func t4Labels(g *grid, r, c0, limit int) t4Block {
	blk := t4Block{row: r, limit: limit}
	c := c0
	for j, k := range t4ColKeys {
		blk.cols[j] = -1
		for cc := c; cc <= limit && cc < g.ext[r]; cc++ {
			o := g.ownerOf(r, cc)
			if o.c != cc {
				continue
			}
			if g.resolve(t4ColSet, g.key(r, cc)) != k {
				continue
			}
			blk.cols[j], c = cc, cc+1
			blk.found++
			blk.bottom = max(blk.bottom, g.span(o).r1)
			break
		}
	}
	return blk
}

func columnsOf(cols []report.CodeLabel) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.Label
	}
	return out
}

// t4Odd refuses the labels on the label row of a block that lacks some,
// between its found labels' columns, that show no result label.
func t4Odd(rd *reader, g *grid, blocks [3]t4Block) {
	seen := map[pos]bool{}
	for _, blk := range blocks {
		if blk.found == 0 || blk.found == len(t4ColKeys) {
			continue
		}
		var want []string
		for j, c := range blk.cols {
			if c < 0 {
				want = append(want, report.Table4Columns[j].Label)
			}
		}
		for c := blk.cell.c; c <= blk.limit && c < g.ext[blk.row]; c++ {
			p := g.ownerOf(blk.row, c)
			k := g.key(blk.row, c)
			if p.c != c || seen[p] || k == "" || knownKeys[k] || isDigits(k) {
				continue
			}
			seen[p] = true
			_, close := t4ColSet.resolve(k)
			rd.oddLabel(g, p, close, want)
		}
	}
}
