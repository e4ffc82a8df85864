package selfcheck

import (
	"time"

	"github.com/xxgk/xxgk/report"
)

// The 自查报告 (self-inspection report) as a unit sends it to the
// inspectors: a title, five numbered sections, the unit's sign-off. Build
// makes it from the annual count, the Result and the year's task and quota
// figures; report/pdf, report/xlsx and report/jsonout render it without
// counting anything again.

// SectionTitles are the headings of the 自查报告, in order.
var SectionTitles = []string{
	"一、基本情况",
	"二、逐项自查",
	"三、工作任务和信息报送",
	"四、存在的问题",
	MeasuresHeading,
}

// MeasuresHeading is the heading of the unit's own text, in the report
// and in the 自查 text file (--narrative).
const MeasuresHeading = "五、整改措施"

// MeasuresPlaceholder stands in a draft for the 整改措施 not yet written.
const MeasuresPlaceholder = "（请填写整改措施：针对上述问题逐项说明整改责任、措施和时限。）"

// Report is the whole 自查报告.
type Report struct {
	Unit     report.Unit
	Year     int
	AsOf     report.Date
	Title    string // 「{单位}{年}年政府信息公开工作自查报告」
	Sections []Section
	// Rules are the four rules' item lists, in order, for the workbook's
	// sheets (each also a table of section 二).
	Rules   []Table
	Figures ReportFigures
	Draft   bool // the 整改措施 are missing: marked 「草稿」
	// Produced is when the report was made, stamped into its files; set
	// by the caller.
	Produced time.Time
	SignOff  []string // the unit's name and the 成文日期
}

// Section is one numbered section with its sub-parts.
type Section struct {
	Heading string
	Parts   []Part
}

// Part is a run of paragraphs under an optional sub-head, an optional
// table after them, and paragraphs after the table.
type Part struct {
	Subhead    string
	Paragraphs []string
	Table      *Table
	After      []string
}

// Table is a table of items or figures with one header row. Widths are
// the columns' relative widths, written in millimetres of the PDF's 156 mm
// text block (the workbook scales them to its columns); Centre says which
// columns are centred.
type Table struct {
	Name   string // the sheet's name in the workbook, e.g. 「发布时限」
	Header []string
	Widths []float64
	Centre []bool
	Rows   [][]string
	// Empty is the sentence the workbook's sheet shows when Rows is empty.
	Empty string
}

// Title is the 自查报告's title for unit and year.
func Title(unit string, year int) string {
	return unit + decimal(year) + "年政府信息公开工作自查报告"
}
