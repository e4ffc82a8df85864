// Package xlsx renders a finished report.AnnualReport as an XLSX workbook:
// the statutory tables 二、三、四 in the national layout, the year's
// publication statistics and a summary of how applications were handled.
// It also writes the monthly summary, a roll-up's sum and its 汇总情况
// details (WriteRollupDetails, from the rollup.Result itself), and the
// export a unit sends upward (WriteExport), whose reader lives here too
// (ReadExport), beside its writer: one home per file format.
//
// One edge to another renderer is by design: the export's 「数据」 sheet
// holds the code/value pairs of report/jsonout (jsonout.Pairs, the JSON
// codes of docs/figures.md) and their checksum, so that an export read
// back gives the same report as its JSON. No other renderer is imported.
// ReadExport takes a workbook its caller opened; the callers, in data/,
// open it through data/xlsxguard, since a renderer imports nothing of
// data/.
package xlsx

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

// Every sheet has its title in row 1, the unit line in row 2, a spacer in
// row 3 and its table from row tableTop.
const tableTop = 4

// Names of the two sheets that are not statutory tables.
const (
	sheetStats    = "主动公开信息统计"
	sheetOutcomes = "申请办理结果统计"
)

// sheetDef describes one worksheet of the workbook.
type sheetDef struct {
	name      string
	widths    []float64 // column widths in characters; their number is the table's width
	landscape bool
	onePage   bool   // fit the whole table on one page, not only its width
	repeat    string // rows repeated at the top of every printed page, e.g. "$4:$6"
	// pagesWide is how many pages across the table prints (0: one), its
	// first column repeated at the left of each.
	pagesWide int
	write     func(*sheet, *report.AnnualReport) error
}

// sheetDefs lists the sheets in workbook order.
func sheetDefs() []sheetDef {
	return []sheetDef{
		{name: report.Table2Title, widths: []float64{24, 18, 18, 18}, write: writeTable2},
		{name: report.Table3Title, widths: []float64{6, 12, 40, 8, 9, 9, 11, 11, 8, 8},
			landscape: true, onePage: true, repeat: "$4:$6", write: writeTable3},
		{name: report.Table4Title, widths: repeatWidth(t4Cols, 6.5), landscape: true, write: writeTable4}, // 15 columns
		{name: sheetStats, widths: append(append([]float64{26}, repeatWidth(statsMonths, 6.5)...), 8),
			landscape: true, write: writeStats},
		{name: sheetOutcomes, widths: append([]float64{22}, repeatWidth(7, 10)...), write: writeOutcomes},
	}
}

func repeatWidth(n int, w float64) []float64 {
	ws := make([]float64, n)
	for i := range ws {
		ws[i] = w
	}
	return ws
}

// Write renders the annual report's tables as an XLSX workbook to w.
func Write(w io.Writer, rep *report.AnnualReport, opts ...Option) error {
	return write(w, rep, false, opts...)
}

// WriteRollupSum renders a roll-up's sum as Write does, stamped with
// RollupCategory so that a later roll-up knows it for a roll-up's output.
func WriteRollupSum(w io.Writer, rep *report.AnnualReport, opts ...Option) error {
	return write(w, rep, true, opts...)
}

func write(w io.Writer, rep *report.AnnualReport, rollup bool, opts ...Option) error {
	if rep == nil {
		return fmt.Errorf("write xlsx: no report")
	}
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f, opts...)
	if err != nil {
		return err
	}
	for i, def := range sheetDefs() {
		if err := addSheet(f, i, def.name); err != nil {
			return err
		}
		s := newSheet(f, st, def.name, def.widths...)
		writeHeading(s, rep, def)
		if err := def.write(s, rep); err != nil {
			return fmt.Errorf("write sheet %s: %w", def.name, err)
		}
		if err := s.close(def); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	if err := setDocProps(f, rep, rollup); err != nil {
		return err
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("write xlsx: %w", err)
	}
	return nil
}

// addSheet names the new file's first sheet, or adds another.
func addSheet(f *excelize.File, i int, name string) error {
	var err error
	if i == 0 {
		err = f.SetSheetName(f.GetSheetName(0), name)
	} else {
		_, err = f.NewSheet(name)
	}
	if err != nil {
		return fmt.Errorf("add sheet %s: %w", name, err)
	}
	return nil
}

// reportTitle is 「{单位}{年}年政府信息公开工作年度报告」, for a roll-up
// 「…年度报告汇总」 (report.AnnualTitle).
func reportTitle(rep *report.AnnualReport) string {
	return report.AnnualTitle(rep)
}

// writeHeading writes the title row (the report's title over the sheet's,
// on two lines) and the unit line above the table.
func writeHeading(s *sheet, rep *report.AnnualReport, def sheetDef) {
	last := len(def.widths)
	s.put(1, 1, last, 1, reportTitle(rep)+"\n"+def.name, s.st.title)
	info := "填报单位：" + report.UnitLine(rep)
	if rep.Unit.Code != "" {
		info += "　统一社会信用代码：" + rep.Unit.Code
	}
	info += "　报告年度：" + strconv.Itoa(rep.Year) + "年"
	s.put(1, 2, last, 2, info, s.st.info)
	s.height(3, 6)
}

// close finishes the sheet's rows and sets up its printing by def.
func (s *sheet) close(def sheetDef) error {
	if err := s.finish(); err != nil {
		return fmt.Errorf("write sheet %s: %w", def.name, err)
	}
	if err := setupPage(s.f, def); err != nil {
		return fmt.Errorf("page setup of %s: %w", def.name, err)
	}
	return nil
}

// setupPage prints the sheet on A4, one page wide, centred, numbered.
func setupPage(f *excelize.File, def sheetDef) error {
	orientation, fitHeight, fitWidth := "portrait", 0, max(def.pagesWide, 1)
	if def.landscape {
		orientation = "landscape"
	}
	if def.onePage {
		fitHeight = 1
	}
	if err := f.SetPageLayout(def.name, &excelize.PageLayoutOptions{
		Size:        ptr(9), // A4
		Orientation: &orientation,
		FitToWidth:  ptr(fitWidth),
		FitToHeight: ptr(fitHeight), // 0: as many pages down as it takes
	}); err != nil {
		return err
	}
	if err := f.SetSheetProps(def.name, &excelize.SheetPropsOptions{FitToPage: ptr(true)}); err != nil {
		return err
	}
	if err := f.SetPageMargins(def.name, &excelize.PageLayoutMarginsOptions{
		Left: ptr(0.5), Right: ptr(0.5), Top: ptr(0.6), Bottom: ptr(0.6),
		Header: ptr(0.3), Footer: ptr(0.3), Horizontally: ptr(true),
	}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(def.name, &excelize.HeaderFooterOptions{
		OddFooter: "&C第 &P 页，共 &N 页",
	}); err != nil {
		return err
	}
	var titles []string
	if def.pagesWide > 1 {
		titles = append(titles, "'"+def.name+"'!$A:$A")
	}
	if def.repeat != "" {
		titles = append(titles, "'"+def.name+"'!"+def.repeat)
	}
	if titles == nil {
		return nil
	}
	return f.SetDefinedName(&excelize.DefinedName{
		Name:     "_xlnm.Print_Titles",
		RefersTo: strings.Join(titles, ","),
		Scope:    def.name,
	})
}

// setDocProps stamps the workbook with its title, xxgk as its author and
// rep.Produced as its creation and modification time, so that the same
// report gives the same file; and with RollupCategory when rollup is true.
func setDocProps(f *excelize.File, rep *report.AnnualReport, rollup bool) error {
	category := ""
	if rollup {
		category = RollupCategory
	}
	return stampCategory(f, reportTitle(rep), "政府信息公开工作年度报告", category, rep.Produced)
}

// stampDocProps sets a workbook's title and subject, xxgk as its author and
// produced as its creation and modification time (none when zero), so
// that the same figures always give the same file.
func stampDocProps(f *excelize.File, title, subject string, produced time.Time) error {
	return stampCategory(f, title, subject, "", produced)
}

// stampCategory is stampDocProps with a document category. Document
// properties are set in one call: excelize loses the earlier ones when
// they are set twice.
func stampCategory(f *excelize.File, title, subject, category string, produced time.Time) error {
	props := &excelize.DocProperties{
		Title:          title,
		Subject:        subject,
		Category:       category,
		Creator:        "xxgk",
		LastModifiedBy: "xxgk",
		Language:       "zh-CN",
	}
	if !produced.IsZero() {
		stamp := produced.UTC().Format(time.RFC3339)
		props.Created, props.Modified = stamp, stamp
	}
	if err := f.SetDocProps(props); err != nil {
		return fmt.Errorf("set doc props: %w", err)
	}
	return nil
}

// RollupCategory is the document category (docProps/core.xml) of every
// workbook a roll-up writes — its summed tables, its 汇总情况 workbook and
// its 汇总上报 export — by which a later roll-up knows them and does not
// count them again.
const RollupCategory = "xxgk 汇总结果"

// RollupDetailsSubject is the document subject of a roll-up's 汇总情况
// workbook, also in those written before RollupCategory was.
const RollupDetailsSubject = "政府信息公开工作年度报告汇总"
