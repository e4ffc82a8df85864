// Package html renders the published annual report as one self-contained
// web page that a unit pastes into its 政府信息公开 site: inline CSS, no
// script, the six sections with the statutory tables in the national
// layout (merged headers as rowspan/colspan), readable on a phone and
// printable on A4. The page is built with html/template from the embedded
// templates package, so every text it prints is escaped.
package html

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/templates"
)

// DraftMark is the word a draft page shows (a draft carries 「草稿」).
const DraftMark = "草稿"

// page is what the template prints.
type page struct {
	Title      string
	TitleLines []string // the title cut where GB/T 9704 breaks it, each kept whole when it fits
	DraftMark  string   // empty unless the report is a draft
	Opening    []string
	Sections   []section
	SignOff    []string // the unit and date closing the report, at the right
}

// section is one numbered section with its anchor.
type section struct {
	ID      string
	Heading string
	Blocks  []block
}

// block is a sub-head with its paragraphs, a table, or both.
type block struct {
	Subhead    string
	Paragraphs []string
	Table      *report.Layout
}

// Write renders the published report as one self-contained HTML page.
func Write(w io.Writer, doc *report.PublishedReport) error {
	p, err := buildPage(doc)
	if err != nil {
		return err
	}
	tpl, err := templates.HTML()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := tpl.ExecuteTemplate(&buf, templates.AnnualPage, p); err != nil {
		return fmt.Errorf("render html: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write html: %w", err)
	}
	return nil
}

// buildPage turns the published report into the template's model, with the
// tables laid out cell by cell.
func buildPage(doc *report.PublishedReport) (*page, error) {
	if doc == nil {
		return nil, errors.New("render html: no report")
	}
	p := &page{Title: doc.Title, TitleLines: titleLines(doc.Title), Opening: nonEmpty(doc.Opening), SignOff: nonEmpty(doc.SignOff)}
	if doc.Draft {
		p.DraftMark = DraftMark
	}
	for i, s := range doc.Sections {
		sec := section{ID: fmt.Sprintf("s%d", i+1), Heading: s.Heading}
		for _, b := range s.Blocks {
			out := block{Subhead: b.Subhead, Paragraphs: nonEmpty(b.Paragraphs)}
			if b.Table != report.TableNone {
				if doc.Report == nil {
					return nil, fmt.Errorf("render html: %s needs the report's figures", b.Table)
				}
				t, ok := report.TableLayout(b.Table, doc.Report)
				if !ok {
					return nil, fmt.Errorf("render html: unknown table %q", b.Table)
				}
				out.Table = &t
			}
			sec.Blocks = append(sec.Blocks, out)
		}
		p.Sections = append(p.Sections, sec)
	}
	return p, nil
}

// titleLines cuts the title after its year (「示例县教育局2025年」 /
// 「政府信息公开工作年度报告」), the break GB/T 9704 and the PDF use, so that a
// printed or narrow page never leaves 「报告」 alone on a line. A title with
// no year stays whole.
func titleLines(title string) []string {
	rs := []rune(title)
	for i := 1; i < len(rs)-1; i++ {
		if rs[i] == '年' && unicode.IsDigit(rs[i-1]) {
			return []string{string(rs[:i+1]), string(rs[i+1:])}
		}
	}
	return []string{title}
}

// nonEmpty drops blank paragraphs, which would print as empty boxes.
func nonEmpty(paras []string) []string {
	var out []string
	for _, s := range paras {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
