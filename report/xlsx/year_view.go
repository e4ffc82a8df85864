package xlsx

import (
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

// sheetYear is the one sheet of the year view of the monthly summaries.
const sheetYear = "全年逐月情况"

// yearRow is one line of the year view: a label and how to read it off a
// month's summary; flow rows (counted within the month) also get a 全年
// sum, stock rows (a state at the month's end) the December value.
type yearRow struct {
	label string
	value func(*report.MonthlySummary) int
	flow  bool
}

func yearRows() []yearRow {
	quota := func(s *report.MonthlySummary) int {
		n := 0
		for _, d := range s.Publications.ByDepartment {
			n += d.Quota
		}
		return n
	}
	count := func(pred func(report.TaskLine, *report.MonthlySummary) bool) func(*report.MonthlySummary) int {
		return func(s *report.MonthlySummary) int {
			n := 0
			for _, t := range s.Tasks {
				if pred(t, s) {
					n++
				}
			}
			return n
		}
	}
	inMonth := func(d report.Date, s *report.MonthlySummary) bool { return d.In(s.Year) && d.Month() == s.Month }
	return []yearRow{
		{"工作任务：月末已完成", func(s *report.MonthlySummary) int { return s.TaskCounts.Done }, false},
		{"工作任务：月末推进中", func(s *report.MonthlySummary) int { return s.TaskCounts.InProgress }, false},
		{"工作任务：月末未开始", func(s *report.MonthlySummary) int { return s.TaskCounts.NotStarted }, false},
		{"工作任务：逾期未完成", func(s *report.MonthlySummary) int { return s.TaskCounts.Overdue }, false},
		{"工作任务：本月到期", count(func(t report.TaskLine, _ *report.MonthlySummary) bool { return t.DueInMonth }), true},
		{"工作任务：本月完成", count(func(t report.TaskLine, s *report.MonthlySummary) bool { return inMonth(t.Done, s) }), true},
		{"主动公开：本月发布（条）", func(s *report.MonthlySummary) int { return s.Publications.Month }, true},
		{"主动公开：本月任务数（条）", quota, true},
		{"依申请公开：本月收到（件）", func(s *report.MonthlySummary) int { return s.Applications.Received }, true},
		{"依申请公开：本月办结（件）", func(s *report.MonthlySummary) int { return s.Applications.Concluded }, true},
		{"依申请公开：按时办结（件）", func(s *report.MonthlySummary) int { return s.Applications.OnTime }, true},
		{"依申请公开：逾期办结（件）", func(s *report.MonthlySummary) int { return s.Applications.Late }, true},
		{"依申请公开：月末未办结（件）", func(s *report.MonthlySummary) int { return len(s.Applications.Open) }, false},
	}
}

// WriteMonthlyYear renders the twelve monthly summaries of a year side by
// side (what a 年度工作总结 needs): one row per figure, one column per month
// and a 全年 column. months must be January to December of one year.
func WriteMonthlyYear(w io.Writer, months []*report.MonthlySummary, opts ...Option) error {
	if len(months) != 12 {
		return fmt.Errorf("write year view: %d months, want 12", len(months))
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
	for i, r := range yearRows() {
		row := tableTop + 1 + i
		s.set(1, row, r.label, st.label)
		total := 0
		for m, sum := range months {
			v := r.value(sum)
			s.set(m+2, row, v, st.integer)
			if r.flow {
				total += v
			} else {
				total = v
			}
		}
		s.set(14, row, total, st.integer)
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
