package selfcheck

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// Input is what the 自查报告 is made from: nothing is counted again.
type Input struct {
	Annual *report.AnnualReport // the year's annual count (with Timeliness when a calendar was given)
	Result *Result              // the self-inspection of the year
	// Catalog is the 主动公开目录 with its 公开时限, for the categories'
	// 时限 in section 一; nil: none shown.
	Catalog []report.CatalogEntry
	// Tasks is the monthly summary of the month AsOf falls in (December
	// for a past year): the year's tasks and quotas at that day; nil when
	// the unit keeps no task ledger.
	Tasks *report.MonthlySummary
	// Measures are the unit's 整改措施, paragraph by paragraph.
	Measures []string
	Draft    bool        // missing 整改措施 are allowed: a placeholder, marked 「草稿」
	Date     report.Date // the 成文日期 of the sign-off
}

// ErrNoMeasures is returned by Build when the 整改措施 are missing and
// Draft is false.
var ErrNoMeasures = errors.New("缺少「" + MeasuresHeading + "」的文字")

// maxWorstNamed is how many of the worst items a sentence of section 四 names.
const maxWorstNamed = 3

// Build makes the 自查报告.
func Build(in Input) (*Report, error) {
	if in.Annual == nil || in.Result == nil {
		return nil, errors.New("selfcheck: Build needs the annual count and the result")
	}
	if len(in.Measures) == 0 && !in.Draft {
		return nil, ErrNoMeasures
	}
	b := reportBuilder{in: in, res: in.Result, rep: in.Annual}
	r := &Report{Unit: in.Annual.Unit, Year: in.Result.Year, AsOf: b.asOf(),
		Title: Title(in.Annual.Unit.Name, in.Result.Year), Draft: len(in.Measures) == 0}
	r.Figures = b.figures()
	rules := []Table{b.publishingTable(), b.interpretTable(), b.registrationTable(), b.coverageTable()}
	r.Rules = rules
	checks := b.rules(r.Figures, rules)
	for i, p := range checks {
		if len(rules[i].Rows) == 0 { // the sheet says what section 二 says
			rules[i].Empty = p.Paragraphs[len(p.Paragraphs)-1]
		}
	}
	r.Sections = []Section{
		{Heading: SectionTitles[0], Parts: b.overview(r.Figures)},
		{Heading: SectionTitles[1], Parts: checks},
		{Heading: SectionTitles[2], Parts: b.tasks(r.Figures)},
		{Heading: SectionTitles[3], Parts: []Part{{Paragraphs: b.problems(r.Figures)}}},
		{Heading: SectionTitles[4], Parts: []Part{{Paragraphs: b.measures()}}},
	}
	r.SignOff = signOffLines(in.Annual.Unit.Name, in.Date)
	return r, nil
}

// reportBuilder holds the input while the sections are written.
type reportBuilder struct {
	in  Input
	res *Result
	rep *report.AnnualReport
}

// asOf is the day of the inspection: the Result's, or the year's end.
func (b reportBuilder) asOf() report.Date {
	if !b.res.AsOf.IsZero() {
		return b.res.AsOf
	}
	return report.YearEnd(b.res.Year)
}

// signOffLines is the unit's name over 「2026年1月10日」.
func signOffLines(unit string, d report.Date) []string {
	var lines []string
	if unit != "" {
		lines = append(lines, unit)
	}
	if !d.IsZero() {
		lines = append(lines, chineseDate(d))
	}
	return lines
}

// chineseDate is 「2025年3月5日」.
func chineseDate(d report.Date) string {
	return fmt.Sprintf("%d年%d月%d日", d.Year(), int(d.Month()), d.Day())
}

// decimal is strconv.Itoa.
func decimal(n int) string { return strconv.Itoa(n) }

// oneDecimal prints a rate with one decimal.
func oneDecimal(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

// worstListed joins up to maxWorstNamed names with 「、」 and says 「等N项」 when
// there are more.
func worstListed(names []string, unit string) string {
	if len(names) <= maxWorstNamed {
		return strings.Join(names, "、")
	}
	return strings.Join(names[:maxWorstNamed], "、") + fmt.Sprintf("等%d%s", len(names), unit)
}
