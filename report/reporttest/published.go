package reporttest

import "github.com/xxgk/xxgk/report"

// Text is the prose of a published report around its tables.
type Text struct {
	Opening  []string             // the paragraphs before section 一
	Overview func(i int) []string // the paragraphs under sub-head i of section 一
	Problems []string             // section 五
	Other    []string             // section 六
}

// Published returns r as a published report: its title, the text, the
// three tables in sections 二 to 四, signed by the unit on 2026年1月10日.
func Published(r *report.AnnualReport, text Text) *report.PublishedReport {
	var overview []report.Block
	for i, sub := range report.OverviewSubheads {
		overview = append(overview, report.Block{Subhead: sub, Paragraphs: text.Overview(i)})
	}
	return &report.PublishedReport{
		Title:   report.DocumentTitle(r.Unit.Name, r.Year),
		Report:  r,
		SignOff: []string{r.Unit.Name, "2026年1月10日"},
		Opening: text.Opening,
		Sections: []report.Section{
			{Heading: report.SectionTitles[0], Blocks: overview},
			{Heading: report.SectionTitles[1], Blocks: []report.Block{{Table: report.Table2ID}}},
			{Heading: report.SectionTitles[2], Blocks: []report.Block{{Table: report.Table3ID}}},
			{Heading: report.SectionTitles[3], Blocks: []report.Block{{Table: report.Table4ID}}},
			{Heading: report.SectionTitles[4], Blocks: []report.Block{{Paragraphs: text.Problems}}},
			{Heading: report.SectionTitles[5], Blocks: []report.Block{{Paragraphs: text.Other}}},
		},
	}
}
