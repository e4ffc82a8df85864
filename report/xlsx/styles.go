package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// fontName is the typeface of every cell: the 宋体 of printed government
// tables. Excel and WPS have it; LibreOffice substitutes a CJK serif.
const fontName = "宋体"

// Built-in number formats (ECMA-376 §18.8.30).
const (
	numFmtInteger = 1 // 0
)

// Custom number formats.
const (
	fmtPercent = "0.0%"
	fmtMoney   = "0.00" // the fee cell, widened when the figure has more decimals
)

// styles holds the style ids the sheets use. They are created once per
// workbook, in a fixed order, so the ids are the same on every run.
type styles struct {
	title   int // the sheet's title row: large, bold, centred, no border
	info    int // the unit line under the title: left, no border
	note    int // a remark under a table: left, wrapped, no border
	header  int // column and block headers: bold, centred, wrapped, bordered
	label   int // row labels: left, wrapped, bordered
	centre  int // row labels that read better centred (captions, 总计)
	stacked int // a label written top to bottom (table 3's 「三、本年度办理结果」)
	integer int // a count: centred, format 0
	percent int // a share: centred, format 0.0%
	dash    int // the 「—」 of a share that has no denominator
	date    int // a date: centred, format yyyy-mm-dd (fmtDate)
	money   map[string]int
	sizes   map[int]float64 // font size of each style
	tops    map[int]int     // each style's twin aligned to the top (topStyle)
	f       *excelize.File
	// notify receives the writer's notes (Notes); it is here because,
	// like the styles, it serves every sheet of one workbook.
	notify func(string)
}

// newStyles registers the workbook's styles; opts are the writer's.
func newStyles(f *excelize.File, opts ...Option) (*styles, error) {
	s := &styles{f: f, money: map[string]int{}, sizes: map[int]float64{}, tops: map[int]int{},
		notify: notifier(opts)}
	defs := []struct {
		id *int
		st *excelize.Style
	}{
		{&s.title, &excelize.Style{Font: font(14, true), Alignment: align("center", true)}},
		{&s.info, &excelize.Style{Font: font(10, false), Alignment: align("left", false)}},
		{&s.note, &excelize.Style{Font: font(9, false), Alignment: align("left", true)}},
		{&s.header, boxed(font(10, true), align("center", true))},
		{&s.label, boxed(font(10, false), &excelize.Alignment{
			Horizontal: "left", Vertical: "center", WrapText: true, Indent: 1})},
		{&s.centre, boxed(font(10, false), align("center", true))},
		{&s.stacked, boxed(font(10, true), &excelize.Alignment{
			Horizontal: "center", Vertical: "center", TextRotation: 255, WrapText: true})},
		{&s.integer, number(&excelize.Style{NumFmt: numFmtInteger})},
		{&s.percent, number(&excelize.Style{CustomNumFmt: ptr(fmtPercent)})},
		{&s.dash, boxed(font(10, false), align("center", false))},
		{&s.date, number(&excelize.Style{CustomNumFmt: ptr(fmtDate)})},
	}
	for _, d := range defs {
		id, err := f.NewStyle(d.st)
		if err != nil {
			return nil, fmt.Errorf("new style: %w", err)
		}
		*d.id = id
		s.sizes[id] = d.st.Font.Size
	}
	return s, nil
}

// moneyStyle returns the style of a fee cell with the given number format,
// creating it on first use.
func (s *styles) moneyStyle(format string) (int, error) {
	if id, ok := s.money[format]; ok {
		return id, nil
	}
	id, err := s.f.NewStyle(number(&excelize.Style{CustomNumFmt: ptr(format)}))
	if err != nil {
		return 0, fmt.Errorf("new money style %q: %w", format, err)
	}
	s.money[format] = id
	s.sizes[id] = 10
	return id, nil
}

// topStyle returns the twin of style aligned to the top of its cell, for
// a row capped at Excel's greatest height: the start of the text shows,
// not its middle. It is created on first use.
func (s *styles) topStyle(style int) (int, error) {
	if id, ok := s.tops[style]; ok {
		return id, nil
	}
	st, err := s.f.GetStyle(style)
	if err != nil {
		return 0, fmt.Errorf("style %d: %w", style, err)
	}
	if st.Alignment == nil {
		st.Alignment = &excelize.Alignment{}
	}
	st.Alignment.Vertical = "top"
	id, err := s.f.NewStyle(st)
	if err != nil {
		return 0, fmt.Errorf("top style of %d: %w", style, err)
	}
	s.tops[style], s.tops[id], s.sizes[id] = id, id, s.size(style)
	return id, nil
}

// size returns the font size of a style.
func (s *styles) size(style int) float64 {
	if n, ok := s.sizes[style]; ok {
		return n
	}
	return 11
}

func font(size float64, bold bool) *excelize.Font {
	return &excelize.Font{Family: fontName, Size: size, Bold: bold}
}

func align(horizontal string, wrap bool) *excelize.Alignment {
	return &excelize.Alignment{Horizontal: horizontal, Vertical: "center", WrapText: wrap}
}

// boxed is a style with a thin border on all four sides.
func boxed(f *excelize.Font, a *excelize.Alignment) *excelize.Style {
	return &excelize.Style{Font: f, Alignment: a, Border: thinBorder()}
}

// number completes st as a bordered, centred figure, in the size of the
// labels beside it (a figure one size larger than its label looks pasted
// in from another table).
func number(st *excelize.Style) *excelize.Style {
	st.Font = font(10, false)
	st.Alignment = align("center", false)
	st.Border = thinBorder()
	return st
}

func thinBorder() []excelize.Border {
	var b []excelize.Border
	for _, side := range []string{"left", "top", "right", "bottom"} {
		b = append(b, excelize.Border{Type: side, Color: "000000", Style: 1})
	}
	return b
}

func ptr[T any](v T) *T { return &v }
