package xlsx

import (
	"github.com/xxgk/xxgk/report"
)

// Table 4's grid: three blocks of five columns (report.Table4Blocks ×
// report.Table4Columns), three header rows, one data row.
const (
	t4Width   = 5
	t4Cols    = 3 * t4Width
	t4DataRow = tableTop + 3
)

// table4Col returns the column of block b, result column c.
func table4Col(b, c int) int { return 1 + b*t4Width + c }

// writeTable4 renders 「四、政府信息公开行政复议、行政诉讼情况」.
func writeTable4(s *sheet, rep *report.AnnualReport) error {
	top := tableTop
	s.put(1, top, t4Width, top, report.Table4Review, s.st.header)
	s.put(t4Width+1, top, t4Cols, top, report.Table4Litigation, s.st.header)
	for b, block := range report.Table4Blocks {
		first := table4Col(b, 0)
		if b == 0 {
			// 行政复议's five labels stand two rows high.
			for c, col := range report.Table4Columns {
				s.put(first+c, top+1, first+c, top+2, col.Label, s.st.header)
			}
		} else {
			s.put(first, top+1, first+t4Width-1, top+1, block.Label, s.st.header)
			for c, col := range report.Table4Columns {
				s.set(first+c, top+2, col.Label, s.st.header)
			}
		}
		vals := rep.Table4.Block(report.AppealKind(block.Code)).Values()
		for c := range report.Table4Columns {
			s.set(first+c, t4DataRow, vals[c], s.st.integer)
		}
	}
	return s.err
}
