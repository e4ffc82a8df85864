package pdf

import (
	"fmt"
	"unicode"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/pdf/cjk"
)

// draftMark is what every page of a draft shows.
const draftMark = "草稿"

// noTextMark heads a page that holds only the sign-off.
const noTextMark = "（此页无正文）"

// indent is the first-line indent of paragraphs and headings: two
// characters.
const indent = 2 * charPitch

// layoutDoc lays the published report out on pages.
func layoutDoc(doc *report.PublishedReport, measure measureFunc, brk breakFunc) (*Layout, error) {
	f := &flow{measure: measure, brk: brk, para: cjk.BreakInside}
	f.newPage(portrait)
	for _, ln := range f.titleLines(doc.Title) {
		f.centred(titleStyle, ln)
	}
	f.skip(linePitch) // 标题下空一行
	for _, p := range doc.Opening {
		f.paragraph(bodyStyle, p, indent, 0)
	}
	for _, s := range doc.Sections {
		if err := f.section(s, doc.Report); err != nil {
			return nil, err
		}
	}
	f.signOff(doc.SignOff)
	l := &Layout{Pages: f.pages}
	addFolios(l, measure)
	if doc.Draft {
		addDraftMarks(l)
	}
	return l, nil
}

// titleLines breaks the title into lines; a title too long for one line is
// cut after its year (「…2025年」 / 「政府信息公开工作年度报告」) when both halves
// fit.
func (f *flow) titleLines(title string) []string { return f.titleLinesAfter(title, '年') }

// titleLinesAfter breaks the title into lines; a title too long for one
// line is cut after the first mark that follows a digit (「2025年」 with '年',
// 「7月」 with '月') when both halves fit.
func (f *flow) titleLinesAfter(title string, mark rune) []string {
	m := func(s string) float64 { return f.measure(titleStyle.Role, titleStyle.Size, s) }
	lines := f.brk(title, portrait.Width+eps, m)
	if len(lines) != 2 {
		return lines
	}
	rs := []rune(title)
	for i := 1; i < len(rs)-1; i++ {
		if rs[i] == mark && unicode.IsDigit(rs[i-1]) {
			a, b := string(rs[:i+1]), string(rs[i+1:])
			if m(a) <= portrait.Width && m(b) <= portrait.Width {
				return []string{a, b}
			}
		}
	}
	return lines
}

// section lays out a heading and its blocks. Table 三 goes on a landscape
// page of its own when it fits one, taking the heading with it when it is
// the section's first block.
func (f *flow) section(s report.Section, rep *report.AnnualReport) error {
	tables := make([]*sized, len(s.Blocks))
	wide := make([]bool, len(s.Blocks))
	for i, b := range s.Blocks {
		if b.Table == report.TableNone {
			continue
		}
		var err error
		if tables[i], wide[i], err = f.sizeTable(b.Table, rep); err != nil {
			return err
		}
	}
	keep := 0.0
	if len(s.Blocks) > 0 {
		keep = f.blockLead(s.Blocks[0])
		if t := tables[0]; t != nil {
			// A table of at most half a page stays whole under its
			// heading, as in the monthly summary (part); a longer one
			// keeps its start.
			keep = t.startHeight()
			if !wide[0] && t.height() <= portrait.Height/2 {
				keep = t.height()
			}
		}
		if wide[0] {
			f.newPage(landscape)
		}
	}
	f.paragraph(heading1Style, s.Heading, indent, keep)
	for i, b := range s.Blocks {
		if tables[i] != nil {
			f.placeTable(tables[i], wide[i], i == 0)
			continue
		}
		if b.Subhead != "" {
			f.paragraph(heading2Style, b.Subhead, indent, f.blockLead(report.Block{Paragraphs: b.Paragraphs}))
		}
		for _, p := range b.Paragraphs {
			f.paragraph(bodyStyle, p, indent, 0)
		}
	}
	return nil
}

// blockLead is the height of the start of a block that must stand on the
// page under the heading above it: its subheading and the lead of its first
// paragraph (leadHeight), or one line when it has no text.
func (f *flow) blockLead(b report.Block) float64 {
	h := 0.0
	if b.Subhead != "" {
		h = linePitch
	}
	if len(b.Paragraphs) == 0 {
		return h + linePitch
	}
	return h + f.leadHeight(bodyStyle, b.Paragraphs[0])
}

// placeTable puts a sized table in the flow: a wide one on a landscape page
// (already started when it follows its heading), after which the text goes
// on with a new portrait page.
func (f *flow) placeTable(s *sized, wide, first bool) {
	switch {
	case wide && !first:
		f.newPage(landscape)
	case !wide && f.fr.Landscape:
		f.newPage(portrait)
	}
	f.table(s)
	if wide {
		f.y = f.fr.Bottom()
	}
}

// sizeTable builds and sizes a statutory table; wide reports a landscape
// page.
func (f *flow) sizeTable(id report.TableID, rep *report.AnnualReport) (s *sized, wide bool, err error) {
	if rep == nil {
		return nil, false, fmt.Errorf("table %s: the report has no figures", id)
	}
	switch id {
	case report.Table2ID:
		return table2Grid(rep.Table2).size(portrait.Width, sizeTable, f.measure, inside(f.brk)), false, nil
	case report.Table4ID:
		return table4Grid(rep.Table4).size(portrait.Width, sizeTable, f.measure, inside(f.brk)), false, nil
	case report.Table3ID:
		g := table3Grid(rep.Table3)
		for size := sizeTable; size >= sizeMinTbl; size -= 0.5 {
			table3Widths(g, landscape.Width, size, f.measure)
			s := g.size(landscape.Width, size, f.measure, inside(f.brk))
			if s.height()+linePitch <= landscape.Height+eps {
				return s, true, nil
			}
		}
		table3Widths(g, portrait.Width, sizeTable, f.measure)
		return g.size(portrait.Width, sizeTable, f.measure, inside(f.brk)), false, nil
	}
	return nil, false, fmt.Errorf("unknown table %q", id)
}

// addDraftMarks marks every page 「草稿」: red above the text block's top
// left corner, and large and grey across the page behind the text.
func addDraftMarks(l *Layout) {
	for _, p := range l.Pages {
		fr := frameOf(p)
		w, h := pageWidth, pageHeight
		if p.Landscape {
			w, h = h, w
		}
		mark := Item{Kind: kindWatermark, X: w / 2, Y: h / 2, Role: heading1Style.Role,
			Size: 120, Color: "grey", Text: draftMark}
		head := Item{Kind: kindText, X: fr.Left, Y: fr.Top - 8, Role: heading1Style.Role,
			Size: sizeBody, Color: "red", Text: draftMark}
		p.Items = append([]Item{mark, head}, p.Items...)
	}
}

// frameOf is the text block of a page.
func frameOf(p *Page) frame {
	if p.Landscape {
		return landscape
	}
	return portrait
}
