// Package textwidth estimates how much room wrapped text takes in a
// spreadsheet cell, so that a workbook can store row heights that show all
// of it: LibreOffice and WPS do not fit a row to its wrapped text when the
// file stores no height, and Excel never does for a merged cell. The ledger
// template (data/ledger) and the report workbooks (report/xlsx) both use
// it; it imports nothing of the module.
package textwidth

import (
	"math"
	"strings"
)

// LineFactor is a line's height over the font's size, for CJK faces.
const LineFactor = 1.3

// Lines estimates how many lines text in a font of size points takes in a
// cell (or merged range) width characters of the default font wide. A CJK
// character is as wide as the font is high, other characters about half
// that; every "\n" starts a line.
func Lines(text string, size, width float64) int {
	avail := width*7 + 5 - 8 // pixels, less the cell's padding
	n := 0
	for _, line := range strings.Split(text, "\n") {
		var px float64
		for _, r := range line {
			if r < 0x2E80 {
				px += size * 0.7
			} else {
				px += size * 4 / 3
			}
		}
		n += max(1, int(math.Ceil(px/avail)))
	}
	return n
}

// Height is the height, in points, of a row whose cell width characters
// wide wraps text in a font of size points: its lines and a little padding.
func Height(text string, size, width float64) float64 {
	return float64(Lines(text, size, width))*size*LineFactor + 3
}
