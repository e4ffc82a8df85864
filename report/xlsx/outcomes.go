package xlsx

import (
	"strings"

	"github.com/xxgk/xxgk/report"
)

// Wording of the outcome summary sheet.
const (
	outcomesResult = "办理结果"
	outcomesShare  = "予以公开和部分公开占比"
	outcomesNote   = "注：占比＝（予以公开＋部分公开）÷ 办理结果总计，按申请人类别分列；总计为0的列显示「—」。各项均取自表三，不予公开、无法提供、不予处理、其他处理为其各小项之和。"
)

// outcomeCodes are the rows of the summary: the single outcomes, the four
// groups (their sums, by report.Table3.Row) and 总计.
var outcomeCodes = []string{"granted", "partial", "withheld", "unavailable", "rejected", "other", "result_total"}

// outcomeLabel returns the printed label of an outcome row: the group's
// 「（三）不予公开」, or the row's number and label without its parenthetical
// note (「（二）部分公开」).
func outcomeLabel(code string) string {
	if t := groupTitle(code); t != "" {
		return t
	}
	r := report.Table3Rows[report.RowIndex(code)]
	label, _, _ := strings.Cut(r.Label, "（")
	return r.Number + label
}

// writeOutcomes renders the summary of the year's results by outcome group
// and applicant type, with the share granted in full or in part.
func writeOutcomes(s *sheet, rep *report.AnnualReport) error {
	cols := report.Table3Columns
	top := tableTop
	last := 1 + len(cols)
	s.put(1, top, 1, top+1, outcomesResult, s.st.header)
	s.put(2, top, 2, top+1, cols[0].Label, s.st.header)
	s.put(3, top, last-1, top, report.Table3LegalPerson, s.st.header)
	for j := 1; j < report.TotalCol; j++ {
		s.set(2+j, top+1, cols[j].Label, s.st.header)
	}
	s.put(last, top, last, top+1, cols[report.TotalCol].Label, s.st.header)
	row := top + 2
	for _, code := range outcomeCodes {
		counts, _ := rep.Table3.Row(code)
		s.set(1, row, outcomeLabel(code), s.st.label)
		for j, n := range counts {
			s.set(2+j, row, n, s.st.integer)
		}
		row++
	}
	granted, _ := rep.Table3.Row("granted")
	partial, _ := rep.Table3.Row("partial")
	total, _ := rep.Table3.Row("result_total")
	s.set(1, row, outcomesShare, s.st.label)
	for j := range cols {
		writeShare(s, 2+j, 2+j, row, granted[j]+partial[j], total[j])
	}
	s.put(1, row+1, last, row+1, outcomesNote, s.st.note)
	return s.err
}
