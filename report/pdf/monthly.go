package pdf

import (
	"errors"
	"fmt"
	"io"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/pdf/cjk"
)

// The monthly summary (月度工作进展和完成情况, docs/counting.md §5) uses the annual
// report's page, fonts and rules: the title in 2号 centred, body text on the
// 28 × 22 grid, 一级标题 in 黑体, tables in 5号 宋体 with their header row
// repeated on every page, 「— n —」 page numbers and the sign-off at the
// right. Its sentences are made from the figures here; its tables are in
// monthly_tables.go.

// emptyMonth is the whole text of a summary with no data.
const emptyMonth = "本月无工作任务进展、信息发布和依申请公开办理数据。"

// Section headings of the monthly summary, in order.
var monthlyHeadings = []string{
	"一、工作任务推进情况",
	"二、责任单位完成情况",
	"三、信息发布情况",
	"四、依申请公开办理情况",
}

// WriteMonthly renders the monthly summary as a PDF (same Options as Write:
// fonts, creation date).
func WriteMonthly(w io.Writer, s *report.MonthlySummary, opt Options) error {
	if s == nil {
		return errors.New("pdf: no monthly summary")
	}
	book, guard, err := newDocument(monthlyTitle(s), s.Unit.Name, opt, func(g *charGuard) { g.monthly(s) })
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	s = guard.monthly(s)
	guard.report(opt.Note)
	l := layoutMonthly(s, book.measure, cjk.Break)
	if err := draw(book, l); err != nil {
		return fmt.Errorf("pdf: draw: %w", err)
	}
	if err := book.pdf.Output(w); err != nil {
		return fmt.Errorf("pdf: write: %w", err)
	}
	return nil
}

// monthlyTitle is 「{单位}{年}年{月}月政务公开工作进展和完成情况」.
func monthlyTitle(s *report.MonthlySummary) string {
	return fmt.Sprintf("%s%d年%d月政务公开工作进展和完成情况", s.Unit.Name, s.Year, int(s.Month))
}

// layoutMonthly lays the monthly summary out on pages.
func layoutMonthly(s *report.MonthlySummary, measure measureFunc, brk breakFunc) *Layout {
	f := &flow{measure: measure, brk: brk, para: cjk.BreakInside}
	f.newPage(portrait)
	for _, ln := range f.titleLinesAfter(monthlyTitle(s), '月') {
		f.centred(titleStyle, ln)
	}
	f.skip(linePitch) // 标题下空一行
	if s.Empty {
		f.paragraph(bodyStyle, emptyMonth, indent, 0)
	} else {
		f.paragraph(bodyStyle, monthlyOpening(s), indent, 0)
		m := monthlyText{s}
		f.part(monthlyHeadings[0], m.tasksText(), f.sizeMonthly(taskGrid(s, measure)))
		f.part(monthlyHeadings[1], m.unitsText(), f.sizeMonthly(unitGrid(s)))
		f.part(monthlyHeadings[2], m.publicationsText(), f.sizeMonthly(deptGrid(s)))
		f.part(monthlyHeadings[3], m.applicationsText(), f.sizeMonthly(openGrid(s)))
	}
	f.signOff(monthlySignOff(s))
	l := &Layout{Pages: f.pages}
	addFolios(l, measure)
	return l
}

// sizeMonthly sizes a table of the summary at the block's width in 5号;
// nil stays nil (a section without a table).
func (f *flow) sizeMonthly(g *grid) *sized {
	if g == nil {
		return nil
	}
	return g.size(portrait.Width, sizeTable, f.measure, inside(f.brk))
}

// inside wraps brk for table cells: where a closing mark would hang past
// the width (as it may in body text), the text is broken again one mark
// narrower, so that nothing crosses the cell's border.
func inside(brk breakFunc) breakFunc {
	return func(text string, width float64, measure func(string) float64) []string {
		lines := brk(text, width, measure)
		for _, ln := range lines {
			if measure(ln) > width+eps {
				return brk(text, width-measure("。"), measure)
			}
		}
		return lines
	}
}

// part lays out a section: its heading, the paragraphs before its table,
// the table, and the paragraphs after it. The heading, the paragraphs
// before the table and the table's start stay on one page; a table of
// less than half a page is kept whole.
func (f *flow) part(heading string, text sectionText, table *sized) {
	keep := 0.0
	if table != nil {
		keep = table.startHeight()
		if table.height() <= portrait.Height/2 {
			keep = table.height()
		}
	}
	before := keep
	for _, p := range text.before {
		before += float64(f.lines(bodyStyle, p)) * linePitch
	}
	if before+linePitch > portrait.Height {
		// too long to keep together: keep with the start of the text
		before = keep
		if len(text.before) > 0 {
			before = f.leadHeight(bodyStyle, text.before[0])
		}
	}
	f.paragraph(heading1Style, heading, indent, before)
	for i, p := range text.before {
		k := 0.0
		if i == len(text.before)-1 {
			k = keep
		}
		f.paragraph(bodyStyle, p, indent, k)
	}
	if table != nil {
		f.table(table)
	}
	for _, p := range text.after {
		f.paragraph(bodyStyle, p, indent, 0)
	}
}

// lines counts the lines paragraph would set text in.
func (f *flow) lines(st style, text string) int {
	m := f.widthIn(st, gridSpacing(st))
	return len(f.breakIndented(text, portrait.Width-indent+eps, portrait.Width+eps, m))
}

// monthlySignOff is the unit's name over the date the summary was made,
// 「2026年1月10日」.
func monthlySignOff(s *report.MonthlySummary) []string {
	var lines []string
	if s.Unit.Name != "" {
		lines = append(lines, s.Unit.Name)
	}
	if !s.Produced.IsZero() {
		y, m, d := s.Produced.Date()
		lines = append(lines, fmt.Sprintf("%d年%d月%d日", y, int(m), d))
	}
	return lines
}
