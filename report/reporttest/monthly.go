package reporttest

import (
	"time"

	"github.com/xxgk/xxgk/report"
)

// Monthly returns July 2025 of 某某县教育局, the month the renderers'
// tests share, with every case of docs/counting.md §5: twelve tasks, among
// them whole-year ones, one due mid-month and done, two finished late, two
// overdue (one without any progress), one with no progress but not yet due,
// one with several 佐证 and texts long enough to wrap in their cells; units
// shared between tasks and one with nothing due yet; departments over, at,
// under and without quota and a category with nothing this month; late
// and overdue applications and open ones not yet due.
//
// Its task lines, counts and units agree as report.Monthly would count
// them. A test may change a field it specifically tests.
func Monthly() *report.MonthlySummary {
	s := &report.MonthlySummary{
		Unit:     report.Unit{Name: "某某县教育局", Code: "11330000MB0000000X"},
		Year:     2025,
		Month:    time.July,
		Produced: time.Date(2025, 8, 5, 10, 0, 0, 0, time.FixedZone("CST", 8*3600)),
	}
	end := report.MonthEnd(s.Year, s.Month)
	for _, t := range monthTasks() {
		s.Tasks = append(s.Tasks, t.line(s.Year, end))
	}
	s.TaskCounts = report.TaskCounts{NotStarted: 2, InProgress: 5, Done: 5, Overdue: 2, Total: 12}
	s.Units = monthUnits()
	s.Publications = monthPublications()
	s.Applications = monthApplications()
	return s
}

// day is a date of 2025, the year of Monthly.
func day(m time.Month, d int) report.Date { return report.NewDate(2025, m, d) }

// monthTask is one task of Monthly as the ledgers hold it: a zero
// deadline is 全年.
type monthTask struct {
	id, area, req string
	units         []string
	deadline      report.Date
	status        report.TaskStatus
	latest        report.Date
	note          string
	done          report.Date
	evidence      []string
}

// line is the task's state at end, the last day of the month of year y.
func (t monthTask) line(y int, end report.Date) report.TaskLine {
	ln := report.TaskLine{
		Task:   report.Task{ID: t.id, Area: t.area, Requirement: t.req, Units: t.units, Deadline: t.deadline},
		Status: t.status, LatestDate: t.latest, LatestNote: t.note, Evidence: t.evidence,
		Deadline: t.deadline, Done: t.done,
	}
	if t.deadline == 0 {
		ln.Task.WholeYear = true
		ln.Deadline = report.YearEnd(y)
	}
	ln.Overdue = ln.Deadline <= end && t.status != report.TaskDone
	ln.DoneLate = t.status == report.TaskDone && t.done > ln.Deadline
	ln.DueInMonth = ln.Deadline.Month() == end.Month() && ln.Deadline.Year() == y
	return ln
}

// EmptyMonthly is February 2025 of 某某学校: no tasks, nothing published
// or received.
func EmptyMonthly() *report.MonthlySummary {
	return &report.MonthlySummary{
		Unit: report.Unit{Name: "某某学校"}, Year: 2025, Month: time.February,
		Produced: time.Date(2025, 3, 1, 8, 0, 0, 0, time.UTC), Empty: true,
	}
}
