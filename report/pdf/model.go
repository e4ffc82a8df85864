package pdf

import (
	"fmt"
	"strings"

	"github.com/xxgk/xxgk/report/pdf/fonts"
)

// The layout model: pages of positioned items. Laying out decides every
// position; drawing only copies the model onto fpdf. Tests golden the model
// as text (Dump), which does not depend on the PDF library's bytes.

// itemKind is what an Item draws.
type itemKind int

const (
	kindText      itemKind = iota // a line of text
	kindRect                      // a cell border
	kindWatermark                 // large rotated grey text
)

// Item is one thing drawn on a page. Coordinates are millimetres from the
// page's top-left corner.
type Item struct {
	Kind itemKind
	// X, Y: for text, the left end of the baseline; for a rect, its
	// top-left corner; for a watermark, its centre.
	X, Y float64
	W, H float64 // rect size
	Role fonts.Role
	Size float64 // points
	// Spacing is added after every character (PDF Tc), in millimetres; it
	// puts body text on the 28-character grid and justifies full lines.
	Spacing float64
	Color   string // "" black, "red", "grey"
	Text    string
	// Turn, for text, is how many degrees the line is turned clockwise
	// about (X, Y): 90 for the page number of a landscape page (folio.go).
	Turn float64
}

// Page is one page of the layout.
type Page struct {
	Landscape bool
	Items     []Item
}

// Layout is the whole document as it will be drawn.
type Layout struct {
	Pages []*Page
}

// textWidth is the width of it as drawn, spacing included (no spacing
// after the last character).
func (it Item) textWidth(measure measureFunc) float64 {
	n := len([]rune(it.Text))
	if n == 0 {
		return 0
	}
	return measure(it.Role, it.Size, it.Text) + float64(n-1)*it.Spacing
}

// Dump writes the layout as text, one item a line, for golden files.
func (l *Layout) Dump() string {
	var b strings.Builder
	for i, p := range l.Pages {
		orient := "portrait"
		if p.Landscape {
			orient = "landscape"
		}
		fmt.Fprintf(&b, "page %d %s\n", i+1, orient)
		for _, it := range p.Items {
			b.WriteString("  " + it.dump() + "\n")
		}
	}
	return b.String()
}

func (it Item) dump() string {
	switch it.Kind {
	case kindRect:
		return fmt.Sprintf("rect %6.1f %6.1f %6.1f %6.1f", it.X, it.Y, it.W, it.H)
	case kindWatermark:
		return fmt.Sprintf("mark %6.1f %6.1f %s %g %s %q", it.X, it.Y, it.Role, it.Size, it.Color, it.Text)
	}
	s := fmt.Sprintf("text %6.1f %6.1f %s %g", it.X, it.Y, it.Role, it.Size)
	if it.Spacing != 0 {
		s += fmt.Sprintf(" sp%+.3f", it.Spacing)
	}
	if it.Color != "" {
		s += " " + it.Color
	}
	if it.Turn != 0 {
		s += fmt.Sprintf(" turn%g", it.Turn)
	}
	return s + " " + it.Text
}
