package pdf

import "github.com/xxgk/xxgk/report/pdf/fonts"

// Page geometry of GB/T 9704-2012 (党政机关公文格式), in millimetres.
const (
	pageWidth  = 210.0 // A4
	pageHeight = 297.0
	blockLeft  = 28.0  // 版心 left edge
	blockTop   = 37.0  // 版心 top edge
	blockWidth = 156.0 // 版心 width
	blockLines = 22    // lines of body text per page
	lineChars  = 28    // characters of body text per line

	blockHeight = 225.0
	linePitch   = blockHeight / blockLines // one body line
	charPitch   = blockWidth / lineChars   // one body character on the grid

	footGap = 7.0 // 页码一字线上距版心下边缘 7 mm
)

// Type sizes in points (字号).
const (
	sizeTitle  = 22.0 // 2号
	sizeBody   = 16.0 // 3号
	sizeFolio  = 14.0 // 4号
	sizeTable  = 10.5 // 5号
	sizeMinTbl = 8.0  // smallest size table 三 shrinks to on its landscape page
)

// mmPerPt converts points to millimetres.
const mmPerPt = 25.4 / 72

// em returns the size of one em in millimetres for a size in points.
func em(size float64) float64 { return size * mmPerPt }

// frame is a page's orientation and text block.
type frame struct {
	Landscape     bool
	Left, Top     float64
	Width, Height float64
}

// portrait is the ordinary page; landscape turns the text block with the
// page, keeping the same margins at its long edges.
var (
	portrait  = frame{Left: blockLeft, Top: blockTop, Width: blockWidth, Height: blockHeight}
	landscape = frame{Landscape: true, Left: blockTop, Top: blockLeft,
		Width: blockHeight, Height: blockWidth}
)

// Bottom is the lower edge of the text block.
func (f frame) Bottom() float64 { return f.Top + f.Height }

// Right is the right edge of the text block.
func (f frame) Right() float64 { return f.Left + f.Width }

// style is a font role at a size in points.
type style struct {
	Role fonts.Role
	Size float64
}

// The text styles of the document.
var (
	titleStyle    = style{"title", sizeTitle}
	bodyStyle     = style{"body", sizeBody}
	heading1Style = style{"heading1", sizeBody}
	heading2Style = style{"heading2", sizeBody}
	folioStyle    = style{"table", sizeFolio} // 4号宋体
)

// measureFunc returns the width in millimetres of s set in the role's font
// at size points, with no extra character spacing.
type measureFunc func(role fonts.Role, size float64, s string) float64

// baseline returns where to put the baseline of a line of text in st whose
// line box starts at top and is h high: the glyphs' em box is centred.
func baseline(top, h float64, st style) float64 {
	return top + h/2 + 0.36*em(st.Size)
}
