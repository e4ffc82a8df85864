package report

import "fmt"

// YearLine is one figure of the year view of the monthly summaries (what a
// 年度工作总结 needs): its label, its value in each month and in the whole
// year. A flow (counted within the month) has the twelve months' sum as
// its Year; a stock (a state at the month's end) has December's.
type YearLine struct {
	Label  string
	Months [12]int // January first
	Year   int
	Flow   bool
}

// yearFigure is how a line of the year view reads a month's summary.
type yearFigure struct {
	label string
	value func(*MonthlySummary) int
	flow  bool
}

// YearView puts the twelve summaries of one year side by side, one line
// per figure. months must be January to December.
func YearView(months []*MonthlySummary) ([]YearLine, error) {
	if len(months) != 12 {
		return nil, fmt.Errorf("year view: %d months, want 12", len(months))
	}
	figures := yearFigures()
	out := make([]YearLine, len(figures))
	for i, f := range figures {
		l := YearLine{Label: f.label, Flow: f.flow}
		for m, s := range months {
			v := f.value(s)
			l.Months[m] = v
			if f.flow {
				l.Year += v
			} else {
				l.Year = v
			}
		}
		out[i] = l
	}
	return out, nil
}

func yearFigures() []yearFigure {
	quota := func(s *MonthlySummary) int {
		n := 0
		for _, d := range s.Publications.ByDepartment {
			n += d.Quota
		}
		return n
	}
	count := func(pred func(TaskLine, *MonthlySummary) bool) func(*MonthlySummary) int {
		return func(s *MonthlySummary) int {
			n := 0
			for _, t := range s.Tasks {
				if pred(t, s) {
					n++
				}
			}
			return n
		}
	}
	inMonth := func(d Date, s *MonthlySummary) bool { return d.In(s.Year) && d.Month() == s.Month }
	return []yearFigure{
		{"工作任务：月末已完成", func(s *MonthlySummary) int { return s.TaskCounts.Done }, false},
		{"工作任务：月末推进中", func(s *MonthlySummary) int { return s.TaskCounts.InProgress }, false},
		{"工作任务：月末未开始", func(s *MonthlySummary) int { return s.TaskCounts.NotStarted }, false},
		{"工作任务：逾期未完成", func(s *MonthlySummary) int { return s.TaskCounts.Overdue }, false},
		{"工作任务：本月到期", count(func(t TaskLine, _ *MonthlySummary) bool { return t.DueInMonth }), true},
		{"工作任务：本月完成", count(func(t TaskLine, s *MonthlySummary) bool { return inMonth(t.Done, s) }), true},
		{"主动公开：本月发布（条）", func(s *MonthlySummary) int { return s.Publications.Month }, true},
		{"主动公开：本月任务数（条）", quota, true},
		{"依申请公开：本月收到（件）", func(s *MonthlySummary) int { return s.Applications.Received }, true},
		{"依申请公开：本月办结（件）", func(s *MonthlySummary) int { return s.Applications.Concluded }, true},
		{"依申请公开：按时办结（件）", func(s *MonthlySummary) int { return s.Applications.OnTime }, true},
		{"依申请公开：逾期办结（件）", func(s *MonthlySummary) int { return s.Applications.Late }, true},
		{"依申请公开：月末未办结（件）", func(s *MonthlySummary) int { return len(s.Applications.Open) }, false},
	}
}
