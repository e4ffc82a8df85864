package pdf

// tableGap is the space left after a table.
const tableGap = linePitch / 2

// table places a sized grid at the current position, continuing on new
// pages of the same orientation with the header rows repeated. A row
// goes whole to the next page when it does not fit; one taller than a
// page breaks across pages (split). A merged cell cut by a page break is
// drawn on both pages with its text.
func (f *flow) table(s *sized) {
	fr := f.fr
	from := s.HeaderRows
	for from < s.Rows {
		room := f.room() - s.header()
		end := s.fit(from, room)
		if end == from {
			tall := s.H[from] > fr.Height-s.header()+eps
			switch {
			case (tall || f.atTop()) && s.split(from, room):
				end = from + 1
			case !f.atTop():
				f.newPage(fr)
				continue
			default:
				end = from + 1 // taller than a page and cannot break: draw it anyway
			}
		}
		f.chunk(s, from, end)
		from = end
		if from >= s.Rows {
			break
		}
		f.newPage(fr)
	}
	f.skip(tableGap)
}

// startHeight is what must fit below a heading for the table to start on
// the same page: its header and first body row.
func (s *sized) startHeight() float64 {
	if s.HeaderRows >= s.Rows {
		return s.height()
	}
	return s.header() + s.H[s.HeaderRows]
}

// chunk draws the header rows and body rows [from, end) at f.y.
func (f *flow) chunk(s *sized, from, end int) {
	top := map[int]float64{} // each drawn row's top
	y := f.y
	for r := 0; r < s.Rows; r++ {
		if r < s.HeaderRows || (r >= from && r < end) {
			top[r] = y
			y += s.H[r]
		}
	}
	for i, c := range s.Cells {
		first, last := c.Row, c.Row+c.RowSpan // rows of the cell on this page
		if c.Row >= s.HeaderRows {
			first, last = max(first, from), min(last, end)
		}
		if first >= last {
			continue
		}
		x := f.fr.Left + s.X[c.Col]
		w := s.X[c.Col+c.ColSpan] - s.X[c.Col]
		h := s.span(first, last)
		f.add(Item{Kind: kindRect, X: x, Y: top[first], W: w, H: h})
		f.cellText(s, i, x, top[first], w, h)
	}
	f.y = y
}

// cellText sets cell i's lines in the box, centred vertically.
func (f *flow) cellText(s *sized, i int, x, y, w, h float64) {
	lh := cellLine(s.Size)
	lines := s.Lines[i]
	st := style{tableRole, s.Size}
	t := y + (h-float64(len(lines))*lh)/2
	for j, ln := range lines {
		lx := x + padX
		if s.Cells[i].Centre {
			lx = x + (w-f.measure(st.Role, st.Size, ln))/2
		}
		f.add(Item{Kind: kindText, X: lx, Y: baseline(t+float64(j)*lh, lh, st),
			Role: st.Role, Size: st.Size, Text: ln})
	}
}
