package xlsx

import (
	"github.com/xxgk/xxgk/report"
)

// Table 3's grid: three label columns, then the seven data columns of
// report.Table3Columns; three header rows, then the 25 data rows of
// report.Table3Rows.
const (
	t3LabelCols  = 3
	t3HeaderRows = 3
	t3FirstCol   = t3LabelCols + 1
	t3FirstRow   = tableTop + t3HeaderRows
	t3LastCol    = t3LabelCols + report.NumApplicantTypes + 1
)

// table3Cell returns the column and row of data cell (row i, column j).
func table3Cell(i, j int) (col, row int) { return t3FirstCol + j, t3FirstRow + i }

// writeTable3 renders 「三、收到和处理政府信息公开申请情况」 in the national
// layout (国办公开办函〔2021〕30号).
func writeTable3(s *sheet, rep *report.AnnualReport) error {
	writeTable3Header(s)
	writeTable3Labels(s)
	for i := range report.Table3Rows {
		for j := range report.Table3Columns {
			col, row := table3Cell(i, j)
			s.set(col, row, rep.Table3.Rows[i][j], s.st.integer)
		}
	}
	return s.err
}

// writeTable3Header writes the three header rows: the statutory note over
// the label columns, 「申请人情况」 over the data columns, 自然人 and 总计
// down two rows, 「法人或其他组织」 over its five columns.
func writeTable3Header(s *sheet) {
	top := tableTop
	s.put(1, top, t3LabelCols, top+2, report.Table3Note, s.st.header)
	s.put(t3FirstCol, top, t3LastCol, top, report.Table3Applicant, s.st.header)
	cols := report.Table3Columns
	natural, total := cols[0], cols[report.TotalCol]
	s.put(t3FirstCol, top+1, t3FirstCol, top+2, natural.Label, s.st.header)
	s.put(t3FirstCol+1, top+1, t3LastCol-1, top+1, report.Table3LegalPerson, s.st.header)
	for j := 1; j < report.TotalCol; j++ {
		s.set(t3FirstCol+j, top+2, cols[j].Label, s.st.header)
	}
	s.put(t3LastCol, top+1, t3LastCol, top+2, total.Label, s.st.header)
}

// writeTable3Labels writes the row labels: 「三、本年度办理结果」 down the
// result rows in the first label column, each outcome group down its items
// in the second with the numbered items in the third, and every other row
// label across the columns left to it.
func writeTable3Labels(s *sheet) {
	rows := report.Table3Rows
	_, first := table3Cell(report.RowFirstResult, 0)
	_, last := table3Cell(report.RowResultTotal, 0)
	s.put(1, first, 1, last, report.Table3Results, s.st.stacked)
	for i := 0; i < len(rows); i++ {
		r := rows[i]
		_, row := table3Cell(i, 0)
		switch {
		case r.Group != "":
			end := i
			for end+1 < len(rows) && rows[end+1].Group == r.Group {
				end++
			}
			_, endRow := table3Cell(end, 0)
			s.put(2, row, 2, endRow, groupTitle(r.Group), s.st.centre)
			for k := i; k <= end; k++ {
				s.set(3, row+k-i, rows[k].Number+rows[k].Label, s.st.label)
			}
			i = end
		case i >= report.RowFirstResult && i <= report.RowResultTotal:
			s.put(2, row, 3, row, r.Number+r.Label, s.st.label)
		default:
			s.put(1, row, 3, row, r.Number+r.Label, s.st.label)
		}
	}
}

// groupTitle returns 「（三）不予公开」 for "withheld", and so on.
func groupTitle(code string) string {
	for _, g := range report.Table3Groups {
		if g.Code == code {
			return g.Number + g.Label
		}
	}
	return ""
}
