package report

import "strconv"

// PublishedReport is the whole annual report as a unit publishes it: the title,
// the opening paragraph, and the six sections of docs/counting.md in order, with
// the statutory tables in sections 二, 三 and 四. The narrative package
// builds it; report/pdf and report/html render it, drawing the tables from
// Report.
type PublishedReport struct {
	Title    string   // 「{单位}{年}年政府信息公开工作年度报告」
	Opening  []string // paragraphs before section 一
	Sections []Section
	Report   *AnnualReport
	Draft    bool // a draft is marked 「草稿」
	// SignOff closes the report at the right: the unit's name and the
	// date, e.g. 「示例县教育局」「2026年1月10日」 (GB/T 9704 署名 and 成文日期).
	SignOff []string
}

// Section is one numbered section: 「一、总体情况」 … 「六、其他需要报告的事项」.
type Section struct {
	Heading string
	Blocks  []Block
}

// Block is a run of paragraphs under an optional sub-head (「（一）主动公开」),
// or one of the statutory tables.
type Block struct {
	Subhead    string
	Paragraphs []string
	Table      TableID // TableNone for text
}

// TableID names a statutory table.
type TableID string

// The statutory tables a Block may hold.
const (
	TableNone TableID = ""
	Table2ID  TableID = "table2"
	Table3ID  TableID = "table3"
	Table4ID  TableID = "table4"
)

// SectionTitles are the section headings of the annual report
// (docs/counting.md), in order.
var SectionTitles = []string{
	"一、总体情况",
	Table2Title,
	Table3Title,
	Table4Title,
	"五、存在的主要问题及改进情况",
	"六、其他需要报告的事项",
}

// OverviewSubheads are the sub-heads of section 一, in order.
var OverviewSubheads = []string{
	"（一）主动公开",
	"（二）依申请公开",
	"（三）政府信息管理",
	"（四）政府信息公开平台建设",
	"（五）监督保障",
}

// DocumentTitle returns the report's title for unit and year.
func DocumentTitle(unit string, year int) string {
	return unit + strconv.Itoa(year) + "年政府信息公开工作年度报告"
}
