package pdf

import "github.com/xxgk/xxgk/report/pdf/fonts"

// A grid is a table before layout: columns with relative widths and cells
// that may span rows and columns. The first HeaderRows rows repeat on every
// page the table runs onto.
type grid struct {
	Widths     []float64 // relative column widths
	Rows       int
	HeaderRows int
	Cells      []cell
	// Breaks, when set, lists the rows a page may start with (besides any
	// row when no such break fits).
	Breaks map[int]bool
	// MinRow is the least height of a row in millimetres; tables with
	// room to spare get airier rows.
	MinRow float64
	// Pad is extra space in millimetres above and below the text of
	// every cell, for tables of running text that would look cramped.
	Pad float64
}

// cell is one cell of a grid.
type cell struct {
	Row, Col         int
	RowSpan, ColSpan int
	Text             string
	Centre           bool
	// Vertical sets the text one character a line, top to bottom, each
	// character centred (「三、本年度办理结果」 in table 三).
	Vertical bool
}

// add appends a cell; spans below 1 count as 1.
func (g *grid) add(row, col, rowSpan, colSpan int, text string, centre bool) {
	g.Cells = append(g.Cells, cell{Row: row, Col: col, RowSpan: max(rowSpan, 1), ColSpan: max(colSpan, 1),
		Text: text, Centre: centre})
}

// addVertical appends a cell whose text is set vertically.
func (g *grid) addVertical(row, col, rowSpan, colSpan int, text string) {
	g.add(row, col, rowSpan, colSpan, text, true)
	g.Cells[len(g.Cells)-1].Vertical = true
}

// vertical breaks text into one line per character.
func vertical(text string) []string {
	var lines []string
	for _, r := range text {
		lines = append(lines, string(r))
	}
	return lines
}

// Cell padding and line height inside table cells.
const (
	padX = 1.0 // mm
	padY = 0.5 // mm
)

// tableRole is the font of every table cell (宋体).
const tableRole fonts.Role = "table"

// cellLine is the line height of table text at size points.
func cellLine(size float64) float64 { return 1.15 * em(size) }

// sized is a grid laid out at a width and type size.
type sized struct {
	*grid
	Size  float64
	X     []float64  // column edges from the table's left, len(Widths)+1
	H     []float64  // row heights
	Lines [][]string // each cell's lines, by index in Cells
}

// size lays g out width wide at size points: it breaks every cell's text
// and gives each row the height its tallest cell needs.
func (g *grid) size(width, size float64, measure measureFunc, brk breakFunc) *sized {
	s := &sized{grid: g, Size: size, X: make([]float64, len(g.Widths)+1),
		H: make([]float64, g.Rows), Lines: make([][]string, len(g.Cells))}
	total := 0.0
	for _, w := range g.Widths {
		total += w
	}
	for i, w := range g.Widths {
		s.X[i+1] = s.X[i] + w*width/total
	}
	lh := cellLine(size)
	m := func(t string) float64 { return measure(tableRole, size, t) }
	for r := range s.H {
		s.H[r] = max(lh+2*(padY+g.Pad), g.MinRow)
	}
	for i, c := range g.Cells {
		w := s.X[c.Col+c.ColSpan] - s.X[c.Col] - 2*padX
		s.Lines[i] = brk(c.Text, w, m)
		if c.Vertical {
			s.Lines[i] = vertical(c.Text)
		}
		if c.RowSpan == 1 {
			s.H[c.Row] = max(s.H[c.Row], s.need(i))
		}
	}
	// Spanning cells: grow their rows evenly when the rows are too short.
	for i, c := range g.Cells {
		if c.RowSpan == 1 {
			continue
		}
		if short := s.need(i) - s.span(c.Row, c.Row+c.RowSpan); short > 0 {
			for r := c.Row; r < c.Row+c.RowSpan; r++ {
				s.H[r] += short / float64(c.RowSpan)
			}
		}
	}
	return s
}

// need is the height cell i's lines take.
func (s *sized) need(i int) float64 {
	return float64(len(s.Lines[i]))*cellLine(s.Size) + 2*(padY+s.Pad)
}

// span is the height of rows [from, to).
func (s *sized) span(from, to int) float64 {
	h := 0.0
	for r := from; r < to; r++ {
		h += s.H[r]
	}
	return h
}

// height is the whole table's height on one page.
func (s *sized) height() float64 { return s.span(0, s.Rows) }

// header is the height of the repeated header rows.
func (s *sized) header() float64 { return s.span(0, s.HeaderRows) }

// clean reports whether a page may break before row r without cutting a
// merged cell.
func (s *sized) clean(r int) bool {
	if r >= s.Rows {
		return true
	}
	for _, c := range s.Cells {
		if c.Row < r && r < c.Row+c.RowSpan {
			return false
		}
	}
	return s.Breaks == nil || s.Breaks[r]
}

// fit returns the end of the longest run of body rows from row `from` that
// fits in h, preferring an end at a clean break when that still fills half
// of h; from when no row fits.
func (s *sized) fit(from int, h float64) int {
	end, cleanEnd := from, from
	used, cleanUsed := 0.0, 0.0
	for r := from; r < s.Rows; r++ {
		used += s.H[r]
		if used > h+eps {
			break
		}
		end = r + 1
		if s.clean(end) {
			cleanEnd, cleanUsed = end, used
		}
	}
	if cleanEnd > from && (cleanEnd == s.Rows || cleanUsed >= h/2) {
		return cleanEnd
	}
	return end
}
