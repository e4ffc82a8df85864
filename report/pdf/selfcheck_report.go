package pdf

import (
	"errors"
	"fmt"
	"io"

	"github.com/xxgk/xxgk/report/pdf/cjk"
	"github.com/xxgk/xxgk/report/selfcheck"
)

// The 自查报告 uses the annual report's page, fonts and rules: the title in
// 2号 centred, body text on the 28 × 22 grid, 一级标题 in 黑体 and 二级标题
// in 楷体, tables in 5号 宋体 with their header row repeated on every page,
// 「— n —」 page numbers, the sign-off at the right and 「草稿」 on every
// page of a draft.

// WriteSelfCheck renders the 自查报告 as a PDF (same Options as Write).
func WriteSelfCheck(w io.Writer, r *selfcheck.Report, opt Options) error {
	if r == nil {
		return errors.New("pdf: no self-inspection report")
	}
	book, guard, err := newDocument(r.Title, r.Unit.Name, opt, func(g *charGuard) { g.selfCheck(r) })
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	r = guard.selfCheck(r)
	guard.report(opt.Note)
	l := layoutSelfCheck(r, book.measure, cjk.Break)
	if err := draw(book, l); err != nil {
		return fmt.Errorf("pdf: draw: %w", err)
	}
	if err := book.pdf.Output(w); err != nil {
		return fmt.Errorf("pdf: write: %w", err)
	}
	return nil
}

// layoutSelfCheck lays the 自查报告 out on pages.
func layoutSelfCheck(r *selfcheck.Report, measure measureFunc, brk breakFunc) *Layout {
	f := &flow{measure: measure, brk: brk, para: cjk.BreakInside}
	f.newPage(portrait)
	for _, ln := range f.titleLines(r.Title) {
		f.centred(titleStyle, ln)
	}
	f.skip(linePitch) // 标题下空一行
	for _, s := range r.Sections {
		tables := make([]*sized, len(s.Parts))
		for i, p := range s.Parts {
			tables[i] = f.sizeItems(p.Table)
		}
		keep := 0.0
		if len(s.Parts) > 0 {
			keep = f.partLead(s.Parts[0], tables[0])
		}
		f.paragraph(heading1Style, s.Heading, indent, keep)
		for i, p := range s.Parts {
			f.selfCheckPart(p, tables[i])
		}
	}
	f.signOff(r.SignOff)
	l := &Layout{Pages: f.pages}
	addFolios(l, measure)
	if r.Draft {
		addDraftMarks(l)
	}
	return l
}

// sizeItems sizes a table of the 自查报告 at the text block's width in
// 5号, its header row repeated on each page; nil stays nil.
func (f *flow) sizeItems(t *selfcheck.Table) *sized {
	if t == nil || len(t.Rows) == 0 {
		return nil
	}
	g := header(t.Widths, t.Header...)
	g.MinRow = roomyRow
	for _, row := range t.Rows {
		g.row(t.Centre, row...)
	}
	return f.sizeMonthly(g)
}

// tableKeep is the part of a table that must stand under the text before
// it: the whole of a table of at most half a page, else its header and
// first row.
func tableKeep(t *sized) float64 {
	if t == nil {
		return 0
	}
	if t.height() <= portrait.Height/2 {
		return t.height()
	}
	return t.startHeight()
}

// partLead is the height of the start of a part that must stand on the
// page under the heading above it: its sub-head and the lead of its first
// paragraph — the whole paragraph and the table's start when that
// paragraph leads into the table — or the start of its table.
func (f *flow) partLead(p selfcheck.Part, t *sized) float64 {
	h := 0.0
	if p.Subhead != "" {
		h = linePitch
	}
	switch {
	case len(p.Paragraphs) == 1 && t != nil:
		// the one paragraph goes with its table: all of it must follow
		if k := h + float64(f.lines(bodyStyle, p.Paragraphs[0]))*linePitch + tableKeep(t); k+linePitch <= portrait.Height {
			return k
		}
		return h + f.leadHeight(bodyStyle, p.Paragraphs[0])
	case len(p.Paragraphs) > 0:
		return h + f.leadHeight(bodyStyle, p.Paragraphs[0])
	case t != nil:
		return h + t.startHeight()
	}
	return h + linePitch
}

// selfCheckPart lays out a part: its sub-head, its paragraphs, its table
// and the paragraphs after it. The sub-head stays with the start of the
// text, and the last paragraph before a table with the table's start (a
// table of less than half a page is kept whole), so that no heading or
// lead-in sentence is left at the foot of a page.
func (f *flow) selfCheckPart(p selfcheck.Part, t *sized) {
	if p.Subhead != "" {
		f.paragraph(heading2Style, p.Subhead, indent, f.partLead(selfcheck.Part{Paragraphs: p.Paragraphs, Table: p.Table}, t))
	}
	for i, para := range p.Paragraphs {
		keep := 0.0
		if i == len(p.Paragraphs)-1 {
			keep = tableKeep(t)
		}
		if keep+f.leadHeight(bodyStyle, para) > portrait.Height {
			keep = 0
		}
		f.paragraph(bodyStyle, para, indent, keep)
	}
	if t != nil {
		f.table(t)
	}
	for _, para := range p.After {
		f.paragraph(bodyStyle, para, indent, 0)
	}
}
