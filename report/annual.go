package report

import (
	"fmt"
	"time"
)

// AnnualReport holds every figure of one unit's annual report for one year.
// It is filled by Annual (from the ledgers) or by a reader of a statutory
// table filled in by hand, and rendered by the report/* packages.
type AnnualReport struct {
	Unit     Unit
	Year     int
	Produced time.Time // when the figures were produced; set by the caller

	Table2       Table2
	Table3       Table3
	Table4       Table4
	Publications PublicationStats
	// ProcessingFees are the 信息处理费 of section 六.
	ProcessingFees FeeSummary
	// Timeliness says how many of the year's concluded applications were
	// answered within their deadline; nil when it was not computed (no
	// working-day calendar was given).
	Timeliness *Timeliness
	// Rollup is set on the sum of a roll-up (汇总) only: what its outputs
	// say of the units summed in place of a unit's own departments.
	Rollup *RollupSum
	// SelfCheck is the self-inspection's figures (report/selfcheck,
	// docs/selfcheck.md); nil when it was not made or found nothing to
	// check. It never changes the tables and is not reported upward.
	SelfCheck *SelfCheckCounts
}

// RollupSum says how a roll-up's sum was made.
type RollupSum struct {
	// Units is the number of units summed.
	Units int
	// Unnamed is true when no summing unit was named: titles then carry
	// the year alone, not a placeholder name.
	Unnamed bool
	// NoMonths is the number of units whose figures lack the category ×
	// month grid (an older export, a table filled in by hand): the sum's
	// grid is then left out (CategoryMonth is nil) and the outputs say so.
	NoMonths int
	// ByUnit is each summed unit's 主动公开 total, in the order the units
	// were read; it replaces the departments (股室) of a unit's own report,
	// which would mix one unit's 股室 into another's.
	ByUnit []NamedCount
}

// AnnualTitle is the report's title: 「{单位}{年}年政府信息公开工作年度报告」,
// and for a roll-up 「{汇总单位}{年}年政府信息公开工作年度报告汇总」, without
// the unit when none was named.
func AnnualTitle(rep *AnnualReport) string {
	if rep.Rollup == nil {
		return DocumentTitle(rep.Unit.Name, rep.Year)
	}
	name := rep.Unit.Name
	if rep.Rollup.Unnamed {
		name = ""
	}
	return DocumentTitle(name, rep.Year) + "汇总"
}

// NoMonthsNote is the note under a roll-up's category × month grid when
// some units' files lacked the months, or "".
func NoMonthsNote(rep *AnnualReport) string {
	if rep.Rollup == nil || rep.Rollup.NoMonths == 0 {
		return ""
	}
	return fmt.Sprintf("注：%d 个单位的文件未含按类别分月的数字（较早版本导出的上报文件或手工填写的统计表），"+
		"各类别只汇总全年合计，分月栏留空；月合计行为各单位报送的月合计之和。", rep.Rollup.NoMonths)
}

// UnitLine is what the 填报单位 line names: the unit, and for a roll-up
// also how many units it sums, e.g. 「示例市教育局（汇总 3 个单位）」, or
// 「汇总 3 个单位」 when no summing unit was named.
func UnitLine(rep *AnnualReport) string {
	if rep.Rollup == nil {
		return rep.Unit.Name
	}
	if rep.Rollup.Unnamed {
		return fmt.Sprintf("汇总 %d 个单位", rep.Rollup.Units)
	}
	return fmt.Sprintf("%s（汇总 %d 个单位）", rep.Unit.Name, rep.Rollup.Units)
}

// Timeliness counts the applications concluded in the year by whether the
// reply came within the deadline of docs/deadlines.md.
type Timeliness struct {
	Concluded int
	OnTime    int
	Late      int
	LateIDs   []string // 申请编号 of the late ones, in key order
}

// DocCounts is one row of table 2's first block.
type DocCounts struct {
	Issued   int
	Repealed int
	InForce  int
}

// Table2 is 「二、主动公开政府信息情况」.
type Table2 struct {
	Rules         DocCounts // 规章
	NormativeDocs DocCounts // 行政规范性文件
	Licensing     int       // 行政许可 decisions
	Penalty       int       // 行政处罚 decisions
	Enforcement   int       // 行政强制 decisions
	// FeesWan is 行政事业性收费 in 万元 as a decimal string. From the ledger
	// it has two decimals (see FenToWan); read from a table it keeps the
	// digits it was given.
	FeesWan string
}

// ApplicantCounts is one row of table 3: the six applicant columns and 总计.
type ApplicantCounts [NumApplicantTypes + 1]int

// Table3 is 「三、收到和处理政府信息公开申请情况」: the 25 data rows in the order
// of Table3Rows.
type Table3 struct {
	Rows [NumTable3Rows]ApplicantCounts
}

// Row returns the row with the given code; a group code ("withheld", …)
// gives the group's sum. ok is false for an unknown code.
func (t *Table3) Row(code string) (c ApplicantCounts, ok bool) {
	if i := RowIndex(code); i >= 0 {
		return t.Rows[i], true
	}
	if GroupLabel(code) == "" {
		return c, false
	}
	for i, r := range Table3Rows {
		if r.Group == code {
			for j := range c {
				c[j] += t.Rows[i][j]
			}
		}
	}
	return c, true
}

// AppealCounts is one block of table 4.
type AppealCounts struct {
	Upheld    int
	Corrected int
	Other     int
	Pending   int
	Total     int
}

// Values returns the block's five numbers in the order of Table4Columns.
func (a AppealCounts) Values() [5]int {
	return [5]int{a.Upheld, a.Corrected, a.Other, a.Pending, a.Total}
}

// Table4 is 「四、政府信息公开行政复议、行政诉讼情况」.
type Table4 struct {
	Review                AppealCounts
	LitigationDirect      AppealCounts
	LitigationAfterReview AppealCounts
}

// Block returns the block for an AppealKind.
func (t *Table4) Block(k AppealKind) *AppealCounts {
	switch k {
	case AppealReview:
		return &t.Review
	case AppealLitigation:
		return &t.LitigationDirect
	case AppealAfterReview:
		return &t.LitigationAfterReview
	}
	return nil
}

// PublicationStats are the year's publication counts of docs/counting.md §4.
// The slices are ordered as they should be printed.
type PublicationStats struct {
	Total        int
	KeyArea      int
	FromRequests int
	ByCategory   []NamedCount
	ByDepartment []NamedCount
	ByChannel    []NamedCount
	ByMonth      [12]int
	// CategoryMonth[i][m] counts items of ByCategory[i] in month m+1.
	CategoryMonth [][12]int
}

// NamedCount is a count under a name.
type NamedCount struct {
	Name  string
	Count int
}

// FeeSummary is the 信息处理费 charged in the year.
type FeeSummary struct {
	Count     int
	AmountFen int64
}
