package xlsx

import (
	"fmt"
	"math"
	"sort"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report/textwidth"
)

// sheet writes one worksheet. It keeps the first error and ignores every
// later call, so that the table writers read as a list of cells; finish
// returns the error. It also keeps the column widths and works out the row
// heights from the text it is given, because neither Excel nor WPS grows a
// row to fit wrapped text in a merged cell.
type sheet struct {
	f      *excelize.File
	st     *styles
	name   string
	widths []float64 // widths[c-1] is column c's width in characters
	need   map[int]float64
	spans  []span // merged ranges over several rows and the height they need
	err    error
}

// span is a merged range that covers rows r1…r2 and needs height points.
type span struct {
	r1, r2 int
	height float64
}

const (
	defaultRowHeight = 16.0  // points
	maxRowHeight     = 409.0 // points, the most Excel and excelize allow
)

func newSheet(f *excelize.File, st *styles, name string, widths ...float64) *sheet {
	return &sheet{f: f, st: st, name: name, widths: widths, need: map[int]float64{}}
}

// cell returns the A1 name of column col, row row (both from 1).
func cell(col, row int) string {
	name, err := excelize.CoordinatesToCellName(col, row)
	if err != nil {
		panic(fmt.Sprintf("xlsx: cell %d,%d: %v", col, row, err)) // layouts only use valid cells
	}
	return name
}

// set writes v (a string or an int) into one cell.
func (s *sheet) set(col, row int, v any, style int) {
	s.put(col, row, col, row, v, style)
}

// put writes v into the top-left cell of the range, styles every cell of
// it (so a merged range prints its full border) and merges it when it has
// more than one cell.
func (s *sheet) put(c1, r1, c2, r2 int, v any, style int) {
	if s.err != nil {
		return
	}
	top, bottom := cell(c1, r1), cell(c2, r2)
	switch v := v.(type) {
	case int:
		s.err = s.f.SetCellInt(s.name, top, int64(v))
	case float64:
		s.err = s.f.SetCellFloat(s.name, top, v, -1, 64)
	case string:
		v = s.fitCell(top, v)
		if v != "" {
			s.err = s.f.SetCellStr(s.name, top, v)
		}
		s.fit(c1, r1, c2, r2, v, style)
	case nil:
	default:
		s.err = fmt.Errorf("cell %s: unsupported value %T", top, v)
	}
	if s.err == nil {
		s.err = s.f.SetCellStyle(s.name, top, bottom, style)
	}
	if s.err == nil && top != bottom {
		s.err = s.f.MergeCell(s.name, top, bottom)
	}
	if s.err != nil {
		s.err = fmt.Errorf("sheet %s, cell %s: %w", s.name, top, s.err)
	}
}

// raw writes a number given as a decimal string as it is, so that no digit
// is lost to a float64 on the way.
func (s *sheet) raw(col, row int, decimal string, style int) {
	if s.err != nil {
		return
	}
	c := cell(col, row)
	s.err = s.f.SetCellDefault(s.name, c, decimal)
	if s.err == nil {
		s.err = s.f.SetCellStyle(s.name, c, c, style)
	}
}

// fit records the height the text needs in the range.
func (s *sheet) fit(c1, r1, c2, r2 int, text string, style int) {
	size := s.st.size(style)
	var h float64
	if style == s.st.stacked {
		h = float64(len([]rune(text)))*size*1.1 + 6
	} else {
		var width float64
		for c := c1; c <= c2; c++ {
			width += s.width(c)
		}
		h = textwidth.Height(text, size, width)
	}
	if r1 == r2 {
		s.need[r1] = math.Max(s.need[r1], h)
		return
	}
	s.spans = append(s.spans, span{r1, r2, h})
}

func (s *sheet) width(col int) float64 {
	if col-1 < len(s.widths) {
		return s.widths[col-1]
	}
	return 9
}

// tallerThan reports whether rows 1…last are likely to take more than
// points of paper, at the row heights finish will set.
func (s *sheet) tallerThan(points float64, last int) bool {
	h := s.rowHeights()
	var sum float64
	for row := 1; row <= last; row++ {
		if n, ok := h[row]; ok {
			sum += min(n, maxRowHeight)
		} else {
			sum += defaultRowHeight
		}
	}
	return sum > points
}

// pageBreak starts a new printed page at row.
func (s *sheet) pageBreak(row int) {
	if s.err == nil {
		s.err = s.f.InsertPageBreak(s.name, cell(1, row))
	}
}

// height sets a row's height outright (a spacer row, say).
func (s *sheet) height(row int, points float64) { s.need[row] = points }

// finish applies the column widths and row heights and returns the first
// error met on the sheet.
func (s *sheet) finish() error {
	if s.err != nil {
		return s.err
	}
	for i, w := range s.widths {
		c := cell(i+1, 1)
		col := c[:len(c)-1]
		if err := s.f.SetColWidth(s.name, col, col, w); err != nil {
			return fmt.Errorf("sheet %s: column %s width: %w", s.name, col, err)
		}
	}
	heights := s.rowHeights()
	rows := make([]int, 0, len(heights))
	for row := range heights {
		rows = append(rows, row)
	}
	sort.Ints(rows)
	var tall []int
	for _, row := range rows {
		h := math.Ceil(heights[row])
		if h > maxRowHeight {
			h = maxRowHeight
			tall = append(tall, row)
			if err := s.alignTop(row); err != nil {
				return err
			}
		}
		if err := s.f.SetRowHeight(s.name, row, h); err != nil {
			return fmt.Errorf("sheet %s: row %d height: %w", s.name, row, err)
		}
	}
	if len(tall) > 0 {
		s.st.notify(tallNote(s.name, tall))
	}
	return nil
}

// alignTop aligns every cell of row to the top: the row is capped at
// Excel's greatest height, and its text shows from its start.
func (s *sheet) alignTop(row int) error {
	for col := 1; col <= len(s.widths); col++ {
		c := cell(col, row)
		style, err := s.f.GetCellStyle(s.name, c)
		if err != nil {
			return fmt.Errorf("sheet %s, cell %s: %w", s.name, c, err)
		}
		top, err := s.st.topStyle(style)
		if err == nil {
			err = s.f.SetCellStyle(s.name, c, c, top)
		}
		if err != nil {
			return fmt.Errorf("sheet %s, cell %s: %w", s.name, c, err)
		}
	}
	return nil
}

// fitCell returns text cut to what a cell holds, telling the user when it
// cuts.
func (s *sheet) fitCell(ref, text string) string {
	text, n := fitCell(text)
	if n > 0 {
		s.st.notify(cutNote(fmt.Sprintf("「%s」表 %s 单元格", s.name, ref), n))
	}
	return text
}

// rowHeights gives each row with text its height: what its own cells need,
// then more, shared evenly, where a merged range over several rows needs it.
func (s *sheet) rowHeights() map[int]float64 {
	h := map[int]float64{}
	for row, n := range s.need {
		h[row] = math.Max(n, defaultRowHeight)
	}
	for _, sp := range s.spans {
		var sum float64
		for r := sp.r1; r <= sp.r2; r++ {
			if _, ok := h[r]; !ok {
				h[r] = defaultRowHeight
			}
			sum += h[r]
		}
		if extra := sp.height - sum; extra > 0 {
			for r := sp.r1; r <= sp.r2; r++ {
				h[r] += extra / float64(sp.r2-sp.r1+1)
			}
		}
	}
	return h
}
