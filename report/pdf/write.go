// Package pdf renders the published annual report as a PDF in the layout of
// GB/T 9704-2012 (党政机关公文格式): A4, a 156 × 225 mm text block, the title
// in 2号, body text in 3号 仿宋 on a grid of 22 lines of 28 characters,
// headings in 黑体 and 楷体, the statutory tables in their national layout,
// and 「— n —」 page numbers.
//
// Rendering has two steps. layoutDoc decides where everything goes and
// returns a Layout (pages of positioned text and cell borders), measuring
// text with the document's fonts and breaking lines with package cjk; draw
// then copies the Layout onto an fpdf document. Tests golden the Layout.
//
// Characters above U+FFFF, which fpdf cannot set itself, are drawn from a
// copy of a face that has them (wide.go); a character no font has is set
// as 〓 and named in a note (missing.go).
package pdf

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/pdf/cjk"
	"github.com/xxgk/xxgk/report/pdf/fonts"
)

// Options configures Write.
type Options struct {
	// Fonts serves each role (title, body, heading1, heading2, table).
	Fonts *fonts.Set
	// Created is the creation and modification date written into the
	// PDF; a fixed date gives identical bytes run to run.
	Created time.Time
	// Note, when set, receives what the writer changed to set the text:
	// one Chinese sentence a note, for the command to show the user (a
	// character no font has, set as 〓).
	Note func(note string)
}

// Write renders the whole published report as a PDF to w.
func Write(w io.Writer, doc *report.PublishedReport, opt Options) error {
	if doc == nil {
		return errors.New("pdf: no report")
	}
	author := ""
	if doc.Report != nil {
		author = doc.Report.Unit.Name
	}
	book, guard, err := newDocument(doc.Title, author, opt, func(g *charGuard) { g.published(doc) })
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	doc = guard.published(doc)
	guard.report(opt.Note)
	l, err := layoutDoc(doc, book.measure, cjk.Break)
	if err != nil {
		return fmt.Errorf("pdf: %w", err)
	}
	if err := draw(book, l); err != nil {
		return fmt.Errorf("pdf: draw: %w", err)
	}
	if err := book.pdf.Output(w); err != nil {
		return fmt.Errorf("pdf: write: %w", err)
	}
	return nil
}
