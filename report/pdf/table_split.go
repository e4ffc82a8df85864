package pdf

import "slices"

// minSplitLines is the fewest lines of a cell left on a page above a row
// break: fewer, and the row starts on the next page instead.
const minSplitLines = 2

// split breaks body row r so that its first part is at most h high: each
// cell keeps the lines that fit, and the rest go to a new row r+1 (empty
// where a cell has no more), which may start the next page. It reports
// false, changing nothing, when fewer than minSplitLines fit or a cell
// spanning several rows covers r.
func (s *sized) split(r int, h float64) bool {
	lh := cellLine(s.Size)
	pad := 2 * (padY + s.Pad)
	k := int((h - pad + eps) / lh)
	if k < minSplitLines {
		return false
	}
	long := false
	for i, c := range s.Cells {
		if c.Row <= r && r < c.Row+c.RowSpan && c.RowSpan > 1 {
			return false
		}
		long = long || (c.Row == r && len(s.Lines[i]) > k)
	}
	if !long {
		return false
	}
	g := *s.grid
	g.Cells = nil
	g.Rows++
	var lines [][]string
	var head, tail float64
	for i, c := range s.Cells {
		ls := s.Lines[i]
		switch {
		case c.Row > r:
			c.Row++
		case c.Row == r:
			n := min(k, len(ls))
			rest := c
			rest.Row, rest.Text = r+1, ""
			g.Cells = append(g.Cells, rest)
			lines = append(lines, ls[n:])
			tail = max(tail, float64(len(ls)-n)*lh+pad)
			head = max(head, float64(n)*lh+pad)
			ls = ls[:n]
		}
		g.Cells = append(g.Cells, c)
		lines = append(lines, ls)
	}
	if s.Breaks != nil {
		g.Breaks = map[int]bool{r + 1: true}
		for b, ok := range s.Breaks {
			if b > r {
				b++
			}
			g.Breaks[b] = ok
		}
	}
	s.grid, s.Lines = &g, lines
	s.H = slices.Insert(s.H, r+1, max(tail, g.MinRow, lh+pad))
	s.H[r] = min(h, max(head, g.MinRow))
	return true
}
