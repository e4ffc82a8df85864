package xlsx

import (
	"fmt"
	"math"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report/textwidth"
)

// listSheet writes one of the list sheets of the roll-up's details
// (「未报送单位」「问题清单」「未计入的文件」) row by row: a roll-up of
// thousands of units can list tens of thousands of problems, and a sheet
// kept in excelize's memory cell by cell cost seconds and hundreds of
// megabytes. It lays rows out as sheet does: every cell of a merged range
// styled, each row as tall as its text needs (capped at Excel's greatest
// height, then aligned to the top, with a note), text cut to what a cell
// holds (with a note).
type listSheet struct {
	sw     *excelize.StreamWriter // the sheet's columns and merges
	rows   *rawRows               // its rows
	st     *styles
	name   string
	widths []float64
	row    int   // the last row written
	tall   []int // rows capped at maxRowHeight
	cells  []excelize.Cell
}

// listCell is what a list row puts in its next column: a string or an
// int, in style, over span columns (1 when 0), merged when more than one.
type listCell struct {
	v     any
	style int
	span  int
}

// addList adds a list sheet laid out by def and written by write, its
// rows put into the workbook by z.
func addList(b *exportBook, z *sortedZip, def sheetDef, write func(*listSheet) error) {
	if b.err != nil {
		return
	}
	if b.err = addSheet(b.f, b.n, def.name); b.err != nil {
		return
	}
	b.n++
	if err := setupPage(b.f, def); err != nil {
		b.err = fmt.Errorf("page setup of %s: %w", def.name, err)
		return
	}
	l, err := newListSheet(b.f, b.st, def)
	if err == nil {
		err = z.addRows(b.f, def.name, l.rows)
	}
	if err == nil {
		err = write(l)
	}
	if err == nil {
		err = l.flush()
	}
	if err != nil {
		b.err = fmt.Errorf("write sheet %s: %w", def.name, err)
	}
}

func newListSheet(f *excelize.File, st *styles, def sheetDef) (*listSheet, error) {
	sw, err := f.NewStreamWriter(def.name)
	if err != nil {
		return nil, err
	}
	for i, w := range def.widths {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return nil, err
		}
	}
	return &listSheet{sw: sw, rows: newRawRows(), st: st, name: def.name, widths: def.widths,
		cells: make([]excelize.Cell, len(def.widths))}, nil
}

// line writes the next row: its cells from column 1, then nothing.
func (l *listSheet) line(cells ...listCell) error {
	l.row++
	clear(l.cells)
	need, col := defaultRowHeight, 0
	for _, c := range cells {
		span := max(c.span, 1)
		v := c.v
		if text, ok := v.(string); ok {
			if cut, n := fitCell(text); n > 0 { // the cell's name only when it is needed
				l.st.notify(cutNote(fmt.Sprintf("「%s」表 %s 单元格", l.name, cell(col+1, l.row)), n))
				text, v = cut, cut
			}
			var width float64
			for _, w := range l.widths[col : col+span] {
				width += w
			}
			need = math.Max(need, textwidth.Height(text, l.st.size(c.style), width))
			if text == "" {
				v = nil
			}
		}
		l.cells[col].Value = v
		for i := col; i < col+span; i++ {
			l.cells[i].StyleID = c.style
		}
		if span > 1 {
			if err := l.sw.MergeCell(cell(col+1, l.row), cell(col+span, l.row)); err != nil {
				return err
			}
		}
		col += span
	}
	h := math.Ceil(need)
	if h > maxRowHeight {
		h = maxRowHeight
		l.tall = append(l.tall, l.row)
		for i := range l.cells[:col] {
			top, err := l.st.topStyle(l.cells[i].StyleID)
			if err != nil {
				return err
			}
			l.cells[i].StyleID = top
		}
	}
	l.rows.startRow(l.row, h)
	for i, c := range l.cells[:col] {
		l.rows.value(i+1, c.StyleID, c.Value)
	}
	return l.rows.endRow()
}

// spacer writes an empty row of the default height.
func (l *listSheet) spacer() error {
	l.row++
	l.rows.startRow(l.row, defaultRowHeight)
	return l.rows.endRow()
}

// flush ends the sheet and tells the user of rows capped in height.
func (l *listSheet) flush() error {
	if err := l.rows.close(); err != nil {
		return err
	}
	if err := l.sw.Flush(); err != nil {
		return err
	}
	if len(l.tall) > 0 {
		l.st.notify(tallNote(l.name, l.tall))
	}
	return nil
}
