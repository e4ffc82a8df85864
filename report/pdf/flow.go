package pdf

import (
	"strings"
	"unicode"
)

// breakFunc splits text into lines no wider than width (cjk.Break).
type breakFunc func(text string, width float64, measure func(string) float64) []string

// flow places lines and tables on pages from top to bottom, starting a new
// page when the text block is full.
type flow struct {
	measure measureFunc
	brk     breakFunc
	pages   []*Page
	page    *Page
	fr      frame
	y       float64 // top of the free space on the current page
	// para breaks running text into lines (cjk.BreakInside: no mark hangs
	// past the measure); brk when nil.
	para breakFunc
}

// paraBreak is the breaker of running text.
func (f *flow) paraBreak() breakFunc {
	if f.para != nil {
		return f.para
	}
	return f.brk
}

const eps = 0.01 // mm of slack when comparing lengths

// newPage starts a page with frame fr.
func (f *flow) newPage(fr frame) {
	f.page = &Page{Landscape: fr.Landscape}
	f.pages = append(f.pages, f.page)
	f.fr = fr
	f.y = fr.Top
}

// atTop reports whether nothing has been placed on the current page.
func (f *flow) atTop() bool { return f.y <= f.fr.Top+eps }

// room is the height left on the current page.
func (f *flow) room() float64 { return f.fr.Bottom() - f.y }

// ensure starts a new portrait page unless h fits on the current one.
func (f *flow) ensure(h float64) {
	if f.page == nil || (h > f.room()+eps && !f.atTop()) {
		f.newPage(portrait)
	}
}

func (f *flow) add(it Item) { f.page.Items = append(f.page.Items, it) }

// widthIn measures s in st with a fixed extra spacing per character, each
// character taking its cell of the grid; the breaker uses it so that 28
// body characters fill a line.
func (f *flow) widthIn(st style, spacing float64) func(string) float64 {
	return func(s string) float64 {
		return f.measure(st.Role, st.Size, s) + spacing*float64(len([]rune(s)))
	}
}

// gridSpacing is the character spacing that puts st on the body grid of
// 28 characters a line, or 0 for other sizes.
func gridSpacing(st style) float64 {
	if st.Size != sizeBody {
		return 0
	}
	return charPitch - em(sizeBody)
}

// paragraph sets text in st on the line grid, justified, with a first-line
// indent. keep is the height that must follow the last line on the same
// page (a heading keeps with what follows it). Where the paragraph breaks
// across pages, at least two of its lines stay on each side (no widow or
// orphan line, see splitAt).
func (f *flow) paragraph(st style, text string, indent, keep float64) {
	sp := gridSpacing(st)
	lines := f.breakIndented(text, f.fr.Width-indent+eps, f.fr.Width+eps, f.widthIn(st, sp))
	move, cut := f.splitAt(len(lines), keep)
	if move {
		f.newPage(portrait)
	}
	for i, ln := range lines {
		if i > 0 && f.room() < linePitch-eps {
			f.newPage(portrait)
		}
		x, w := f.fr.Left, f.fr.Width
		if i == 0 {
			x, w = x+indent, w-indent
		}
		it := Item{Kind: kindText, X: x, Y: baseline(f.y, linePitch, st),
			Role: st.Role, Size: st.Size, Spacing: sp, Text: ln}
		// Every line but the last is justified; so is a last line that
		// fills the measure, whose grid spacing would leave its last
		// character a fraction of a millimetre past it.
		if i < len(lines)-1 || it.textWidth(f.measure) > w+eps {
			it.Spacing = f.justify(st, ln, w, sp)
		}
		f.add(it)
		f.y += linePitch
		if i+1 == cut {
			f.newPage(portrait)
		}
	}
}

// justify returns the spacing that makes line fill w, or sp when that
// would stretch the line visibly (a line cut short before a long number).
func (f *flow) justify(st style, line string, w, sp float64) float64 {
	n := len([]rune(line))
	if n < 2 {
		return sp
	}
	j := (w - f.measure(st.Role, st.Size, line)) / float64(n-1)
	if j < sp-eps || j > 0.25*em(st.Size) {
		return sp
	}
	return j
}

// breakIndented breaks text with a first line first wide and the others
// rest wide.
func (f *flow) breakIndented(text string, first, rest float64, m func(string) float64) []string {
	brk := f.paraBreak()
	lines := brk(text, first, m)
	if len(lines) < 2 || first == rest {
		return lines
	}
	tail := cutPrefix(text, lines[0])
	return append(lines[:1], brk(tail, rest, m)...)
}

// cutPrefix returns text after the characters of line, comparing without
// white space (a breaker may drop the spaces at a break).
func cutPrefix(text, line string) string {
	want := []rune(strings.Join(strings.Fields(line), ""))
	i := 0
	for pos, r := range text {
		if i == len(want) {
			return strings.TrimLeftFunc(text[pos:], unicode.IsSpace)
		}
		if unicode.IsSpace(r) {
			continue
		}
		if r != want[i] {
			return text[pos:]
		}
		i++
	}
	return ""
}

// centred sets one line in st centred on the block at the current line.
func (f *flow) centred(st style, text string) {
	f.ensure(linePitch)
	w := f.measure(st.Role, st.Size, text)
	f.add(Item{Kind: kindText, X: f.fr.Left + (f.fr.Width-w)/2,
		Y: baseline(f.y, linePitch, st), Role: st.Role, Size: st.Size, Text: text})
	f.y += linePitch
}

// skip leaves h of vertical space, or moves to the next page.
func (f *flow) skip(h float64) {
	if f.room() <= h+eps {
		f.y = f.fr.Bottom()
		return
	}
	f.y += h
}
