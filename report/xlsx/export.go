package xlsx

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/jsonout"
)

// The layout of an export workbook that its reader (ReadExport)
// relies on: the 数据 sheet has 代码 | 值 in row 1, one pair a row from row
// 2, and last the row 校验码 | the checksum.
const (
	ExportCoverSheet    = "封面"
	ExportDataSheet     = "数据"
	ExportCodeHeader    = "代码"
	ExportValueHeader   = "值"
	ExportChecksumLabel = "校验码"
)

// The pairs that describe the export itself. They open the 数据 sheet,
// before the report's own pairs, and the checksum covers them.
const (
	ExportKindCode     = "export.kind"        // ExportAnnual or ExportMonthly
	ExportVersionCode  = "export.version"     // the version of xxgk that wrote the file
	ExportProducedCode = "export.produced_at" // RFC 3339, or "" when not given
	ExportAnnual       = "annual"
	ExportMonthly      = "monthly"
)

// ExportMeta says when and by which version of xxgk an export was made.
type ExportMeta struct {
	Version  string
	Produced time.Time
	// Rollup marks the export of a roll-up's sum (汇总上报), stamped with
	// RollupCategory.
	Rollup bool
}

// ExportPairs returns the rows of an export's 数据 sheet between its
// header and its checksum: the export's own pairs (kind, version, time)
// followed by the report's. The 校验码 row holds jsonout.Checksum of them,
// that is the SHA-256, in lower-case hex, of every row written as UTF-8
// "代码\t值\n" in sheet order.
func ExportPairs(kind string, meta ExportMeta, pairs []jsonout.Pair) []jsonout.Pair {
	produced := ""
	if !meta.Produced.IsZero() {
		produced = meta.Produced.Format(time.RFC3339)
	}
	out := []jsonout.Pair{
		{Code: ExportKindCode, Value: kind},
		{Code: ExportVersionCode, Value: meta.Version},
		{Code: ExportProducedCode, Value: produced},
	}
	return append(out, pairs...)
}

// annualExportPairs are the pairs of an annual export: the report's JSON
// leaves, then its category × month grid (which the JSON does not carry,
// and a roll-up needs to add up by month).
func annualExportPairs(rep *report.AnnualReport, meta ExportMeta) []jsonout.Pair {
	return ExportPairs(ExportAnnual, meta, append(jsonout.Pairs(rep), jsonout.CategoryMonthPairs(rep)...))
}

// statutorySheets are the sheets of the annual workbook an export carries.
var statutorySheets = map[string]bool{report.Table2Title: true, report.Table3Title: true, report.Table4Title: true}

// WriteExport writes the file a unit sends upward (docs/figures.md §2–3): a cover sheet
// 「封面」 (unit, code, year, when and by what it was made, that it holds no
// applicant data and how it is checked), tables 二、三、四 laid out exactly as
// Write lays them out, and the sheet 「数据」 a program reads back: the
// pairs of ExportPairs and their checksum. The report types carry no
// applicant's name, contact or request, so none can be written.
func WriteExport(w io.Writer, rep *report.AnnualReport, meta ExportMeta, opts ...Option) error {
	if rep == nil {
		return fmt.Errorf("write export: no report")
	}
	pairs := annualExportPairs(rep, meta)
	f := excelize.NewFile()
	st, err := newStyles(f, opts...)
	if err != nil {
		f.Close()
		return err
	}
	pairs = fitPairs(pairs, st.notify)
	b := &exportBook{f: f, st: st}
	defer b.f.Close()
	c := cover{
		title:  reportTitle(rep) + "\n上报文件",
		unit:   rep.Unit,
		period: [2]string{"报告年度", fmt.Sprintf("%d年", rep.Year)},
		tables: "「" + report.Table2Title + "」「" + report.Table3Title + "」「" + report.Table4Title + "」三张法定表格",
	}
	b.cover(c, meta, pairs)
	for _, def := range sheetDefs() {
		if !statutorySheets[def.name] {
			continue
		}
		b.add(def, func(s *sheet) error {
			writeHeading(s, rep, def)
			return def.write(s, rep)
		})
	}
	b.data(pairs)
	if b.err == nil {
		b.err = setDocProps(b.f, rep, meta.Rollup)
	}
	return b.writeTo(w)
}

// exportBook builds an export workbook sheet by sheet, keeping the first
// error.
type exportBook struct {
	f   *excelize.File
	st  *styles
	n   int // sheets added so far
	err error
}

// add appends a sheet, writes it with write and sets up its page.
func (b *exportBook) add(def sheetDef, write func(*sheet) error) {
	if b.err != nil {
		return
	}
	if b.err = addSheet(b.f, b.n, def.name); b.err != nil {
		return
	}
	b.n++
	s := newSheet(b.f, b.st, def.name, def.widths...)
	if err := write(s); err != nil && s.err == nil {
		s.err = err
	}
	b.err = s.close(def)
}

// writeTo writes the finished workbook, opening on its cover.
func (b *exportBook) writeTo(w io.Writer) error {
	if b.err != nil {
		return fmt.Errorf("write export: %w", b.err)
	}
	b.f.SetActiveSheet(0)
	if _, err := b.f.WriteTo(w); err != nil {
		return fmt.Errorf("write export: %w", err)
	}
	return nil
}

// WriteMonthlyExport writes the monthly summary a unit sends upward: the
// cover sheet 「封面」, the sheets of WriteMonthly laid out as it lays them
// out, and the sheet 「数据」 listing jsonout.MonthlyPairs after the
// export's own pairs (ExportPairs, kind ExportMonthly), with their checksum.
func WriteMonthlyExport(w io.Writer, s *report.MonthlySummary, meta ExportMeta, opts ...Option) error {
	if s == nil {
		return fmt.Errorf("write monthly export: no summary")
	}
	pairs := ExportPairs(ExportMonthly, meta, jsonout.MonthlyPairs(s))
	f := excelize.NewFile()
	ms, err := newMonthlyStyles(f, opts...)
	if err != nil {
		f.Close()
		return err
	}
	pairs = fitPairs(pairs, ms.notify)
	b := &exportBook{f: f, st: ms.styles}
	defer f.Close()
	var names []string
	for _, def := range monthlyDefs() {
		names = append(names, "「"+def.name+"」")
	}
	b.cover(cover{
		title:  monthlyTitle(s) + "\n上报文件",
		unit:   s.Unit,
		period: [2]string{"报告期", fmt.Sprintf("%d年%d月", s.Year, int(s.Month))},
		tables: strings.Join(names, "") + "四张表格",
	}, meta, pairs)
	for _, def := range monthlyDefs() {
		page := def.sheetDef
		if s.Empty {
			page.repeat = "" // no table header to repeat
		}
		b.add(page, func(sh *sheet) error {
			m := &monthlySheet{sheet: sh, ms: ms}
			writeMonthlyHeading(m, s)
			if s.Empty {
				m.put(1, tableTop, m.last(), tableTop, monthlyNoData, ms.noData)
				m.height(tableTop, 30)
			} else {
				def.write(m, s)
			}
			return nil
		})
	}
	b.data(pairs)
	if b.err == nil {
		b.err = setMonthlyDocProps(f, s)
	}
	return b.writeTo(w)
}
