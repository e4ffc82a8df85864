package xlsx

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

// sheetYear is the one sheet of the year view of the monthly summaries.
const sheetYear = "全年逐月情况"

// WriteMonthlyYear renders the twelve monthly summaries of a year side by
// side (what a 年度工作总结 needs): one row per figure, one column per month
// and a 全年 column. months must be January to December of one year.
func WriteMonthlyYear(w io.Writer, months []*report.MonthlySummary, opts ...Option) error {
	lines, err := report.YearView(months)
	if err != nil {
		return fmt.Errorf("write %w", err)
	}
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f, opts...)
	if err != nil {
		return err
	}
	if err := addSheet(f, 0, sheetYear); err != nil {
		return err
	}
	widths := append(append([]float64{30}, repeatWidth(12, 6.5)...), 8)
	def := sheetDef{name: sheetYear, widths: widths, landscape: true}
	s := newSheet(f, st, sheetYear, widths...)
	first := months[0]
	s.put(1, 1, len(widths), 1, fmt.Sprintf("%s%d年政务公开工作逐月情况", first.Unit.Name, first.Year), st.title)
	s.put(1, 2, len(widths), 2, "填报单位："+first.Unit.Name+"　全年栏：本月类指标为12个月合计，月末类指标为12月末数", st.info)
	s.set(1, tableTop, "项目", st.header)
	for m := 1; m <= 12; m++ {
		s.set(m+1, tableTop, fmt.Sprintf("%d月", m), st.header)
	}
	s.set(14, tableTop, "全年", st.header)
	for i, l := range lines {
		row := tableTop + 1 + i
		s.set(1, row, l.Label, st.label)
		for m, v := range l.Months {
			s.set(m+2, row, v, st.integer)
		}
		s.set(14, row, l.Year, st.integer)
	}
	if err := s.close(def); err != nil {
		return err
	}
	if err := stampDocProps(f, first.Unit.Name+sheetYear, sheetYear, months[11].Produced); err != nil {
		return err
	}
	_, err = f.WriteTo(w)
	return err
}
