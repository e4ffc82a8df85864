package statfile

import (
	"slices"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// Table 2 is found item by item: a cell labelled 「规章」「行政许可」… with,
// at most t2HeaderReach rows above it and right of it, a row holding the
// item's headers (「本年制发件数」…, 「本年处理决定数量」, 「本年收费金额（单位：万元）」).
// Each figure sits on the item's row under its header (the top-left cell
// when the header and the figure are merged across columns). Requiring the
// header keeps a category list that also says 「行政许可」 from being taken
// for table 2.

// t2HeaderReach is how many rows above an item its header row may be.
const t2HeaderReach = 4

// t2Item is one row of table 2 (report.Table2Blocks) with the printed
// heads of its block, one per figure.
type t2Item struct {
	report.Table2Row
	heads   []report.CodeLabel
	headers []string // the heads' labels
}

// t2Items lists the rows of table 2 in statutory order.
var t2Items = func() []t2Item {
	var items []t2Item
	for _, b := range report.Table2Blocks {
		for _, r := range b.Rows {
			items = append(items, t2Item{r, b.Heads, b.HeadLabels()})
		}
	}
	return items
}()

// t2Place is where an item was found: its row and, per figure, the
// columns its header spans.
type t2Place struct {
	label      pos // the item's label cell
	row        int
	cols, ends []int
}

// cell returns the column of figure j: the first cell under its header
// that holds something, for a clerk who typed into the middle of what the
// national format merges, else the first.
func (p t2Place) cell(g *grid, j int) int {
	for c := p.cols[j]; c <= p.ends[j]; c++ {
		if g.raw(p.row, c) != "" {
			return c
		}
	}
	return p.cols[j]
}

// readTable2 reads table 2 from g if any of its items is there.
func readTable2(rd *reader, g *grid) bool {
	places := make([]t2Place, len(t2Items))
	var missing []string
	var absent []int
	for i, it := range t2Items {
		p, ok := t2Locate(g, it)
		if !ok {
			missing = append(missing, "「"+it.Label+"」（表头"+quoteLabels(it.headers)+"）")
			absent = append(absent, i)
		}
		places[i] = p
	}
	switch {
	case len(missing) == len(t2Items):
		return false
	case len(missing) > 0:
		t2Odd(rd, g, places, absent)
		rd.problem(g.sheetPlace(), "表二找不到这些项目或它们上方的表头："+strings.Join(missing, "、")+"，应按国家格式列出全部六项")
		return true
	}
	t := &rd.out.Report.Table2
	for i, it := range t2Items {
		p := places[i]
		rd.noteLabel(g, p.label, t2Set, labelKey(it.Label))
		if it.IsAmount() {
			t.FeesWan = rd.amount(g, p.row, p.cell(g, 0), it.Path(it.heads[0]))
			continue
		}
		for j, f := range it.Counts(t) {
			*f = rd.count(g, p.row, p.cell(g, j), it.Path(it.heads[j]))
		}
	}
	return true
}

// t2Locate finds the first cell labelled as the item with its headers
// above it.
func t2Locate(g *grid, it t2Item) (t2Place, bool) {
	k := labelKey(it.Label)
	for _, p := range g.find(k) {
		if place, ok := t2Under(g, p, it); ok {
			return place, true
		}
	}
	for _, p := range g.fuzzyFind(t2Set, k) {
		if place, ok := t2Under(g, p, it); ok {
			return place, true
		}
	}
	return t2Place{}, false
}

// t2Under returns where the item's figures are when its headers stand
// above and right of the label cell p.
func t2Under(g *grid, p pos, it t2Item) (t2Place, bool) {
	after := g.span(p).c1
	for r := p.r - 1; r >= max(0, p.r-t2HeaderReach); r-- {
		if cols, ends, ok := headerCols(g, r, after, it.headers); ok {
			return t2Place{p, p.r, cols, ends}, true
		}
	}
	return t2Place{}, false
}

// t2Set is the labels of the items of table 2.
var t2Set = func() *labelSet {
	labels := make([]string, len(t2Items))
	for i, it := range t2Items {
		labels[i] = it.Label
	}
	return newLabelSet(labels...)
}()

// t2Odd refuses the labels in the place of the missing items: cells in the
// label column of the items found, not on their rows, with the headers of
// a missing item above them, that show no label of table 2.
func t2Odd(rd *reader, g *grid, places []t2Place, missing []int) {
	col, rows := -1, map[int]bool{}
	for i, p := range places {
		if slices.Contains(missing, i) {
			continue
		}
		if col < 0 {
			col = p.label.c
		}
		rows[p.row] = true
	}
	if col < 0 {
		return
	}
	want := make([]string, len(missing))
	for k, i := range missing {
		want[k] = t2Items[i].Label
	}
	for r := 0; r < g.rows(); r++ {
		p := g.ownerOf(r, col)
		k := g.key(r, col)
		if rows[r] || p.r != r || k == "" || knownKeys[k] || isDigits(k) {
			continue
		}
		for _, i := range missing {
			if _, ok := t2Under(g, p, t2Items[i]); ok {
				_, close := t2Set.resolve(k)
				rd.oddLabel(g, p, close, want)
				break
			}
		}
	}
}

// headerCols returns the columns, right of column after, that the headers
// on row r span; ok is false unless all are there.
func headerCols(g *grid, r, after int, headers []string) (cols, ends []int, ok bool) {
	cols, ends = make([]int, len(headers)), make([]int, len(headers))
	for i, h := range headers {
		p, found := keyRightOf(g, r, after, labelKey(h))
		if !found {
			return nil, nil, false
		}
		cols[i], ends[i] = p.c, min(max(p.c, g.span(p).c1), g.width-1)
	}
	return cols, ends, true
}

// keyRightOf returns the cell (the top-left of a merged one) showing key k
// first on row r right of column after.
func keyRightOf(g *grid, r, after int, k string) (pos, bool) {
	for c := after + 1; c < g.ext[r]; c++ {
		if g.key(r, c) == k {
			return g.ownerOf(r, c), true
		}
	}
	return pos{}, false
}
