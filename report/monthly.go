package report

import (
	"context"
	"fmt"
	"time"
)

// MonthlyLedgers is what the monthly summary reads: the year's task list,
// its dated progress, the monthly quotas, and the publication and request
// ledgers (as for the annual count).
type MonthlyLedgers interface {
	Unit(ctx context.Context) (Unit, error)
	Categories(ctx context.Context) ([]string, error)
	// EachTask passes every task of the task ledger, by 任务编号.
	EachTask(ctx context.Context, fn func(Task) error) error
	// EachProgress passes the progress entries dated on or before to, by
	// task and date.
	EachProgress(ctx context.Context, to Date, fn func(Progress) error) error
	// EachQuota passes the quotas of year y, by unit and month.
	EachQuota(ctx context.Context, y int, fn func(Quota) error) error
	EachPublication(ctx context.Context, y int, fn func(Publication) error) error
	EachRequest(ctx context.Context, y int, fn func(Request) error) error
}

// MonthlyOptions tune the monthly summary.
type MonthlyOptions struct {
	// Due gives an application's reply deadline and whether it was (or,
	// when still open on asOf, is) within it, by the rules of docs/deadlines.md
	// (report/deadline with a working-day calendar). Nil: plain dates
	// only — open applications are listed without due dates, and on-time
	// counts are left out.
	Due func(r Request, asOf Date) (due Date, onTime bool, err error)
}

// MonthlySummary is the month's 月度工作进展和完成情况 (docs/counting.md §5): the state of
// the year's tasks at the end of the month, completion by responsible unit,
// the month's publications against quotas, and the month's applications.
type MonthlySummary struct {
	Unit     Unit
	Year     int
	Month    time.Month
	Produced time.Time // set by the caller

	Tasks        []TaskLine // in 任务编号 order
	TaskCounts   TaskCounts
	Units        []UnitCompletion // by unit name
	Publications MonthPublications
	Applications MonthApplications
	// Empty is true when nothing at all happened in the month and there
	// are no tasks: the summary says so instead of showing empty tables.
	Empty bool
}

// TaskLine is one task's state at the end of the month.
type TaskLine struct {
	Task       Task
	Deadline   Date       // Task.Deadline, or 31 Dec of the year for 全年/长期
	Status     TaskStatus // latest progress on or before the month's end; 未开始 without any
	LatestDate Date       // date of that progress entry; zero without one
	LatestNote string
	Evidence   []string // 佐证索引号 of the latest entry
	Done       Date     // the first day it was reported 已完成; zero if not done
	Overdue    bool     // deadline passed by the month's end and not 已完成
	DoneLate   bool     // 已完成, but after its deadline
	DueInMonth bool     // deadline falls in the month
}

// TaskCounts counts the tasks by status at the end of the month.
type TaskCounts struct {
	NotStarted int
	InProgress int
	Done       int
	Overdue    int // among the not done
	Total      int
}

// UnitCompletion is one responsible unit's tasks; a task with several
// units counts for each of them.
type UnitCompletion struct {
	Unit     string
	Tasks    int // all the unit's tasks
	Done     int // 已完成 by the month's end
	DueSoFar int // deadline on or before the month's end
	Overdue  int // due so far and not done
}

// MonthPublications are the month's published items, with the year to date
// beside them.
type MonthPublications struct {
	Month        int
	YearToDate   int
	ByCategory   []MonthCount // every category with an item this year, the unit's list first
	ByDepartment []DeptQuota  // every department with an item or a quota this year
}

// MonthCount is a count in the month and in the year to date.
type MonthCount struct {
	Name       string
	Month      int
	YearToDate int
}

// DeptQuota is a department's publications against its quota (信息任务).
type DeptQuota struct {
	Name            string
	Month           int
	Quota           int // the month's target; 0 when none was set
	HasQuota        bool
	YearToDate      int
	YearToDateQuota int // sum of the targets from January to the month
}

// MonthApplications are the month's applications.
type MonthApplications struct {
	Received  int
	Concluded int
	OnTime    int // of Concluded; only with MonthlyOptions.Due
	Late      int
	LateIDs   []string
	Open      []OpenApplication // open at the month's end, by due date (or received date)
	HasDue    bool              // deadlines were computed
}

// OpenApplication is an application still open at the month's end.
type OpenApplication struct {
	ID       string
	Received Date
	Due      Date // zero without deadline rules
	Overdue  bool
}

// TaskLine counts the tasks by status as the summary prints it under the
// task table: 「共15项：已完成5项，推进中7项，未开始3项；逾期未完成2项，逾期完成1项。」
func (s *MonthlySummary) TaskLine() string {
	c := s.TaskCounts
	text := fmt.Sprintf("共%d项：%s%d项，%s%d项，%s%d项；逾期未完成%d项", c.Total,
		TaskDone, c.Done, TaskInProgress, c.InProgress, TaskNotStarted, c.NotStarted, c.Overdue)
	late := 0
	for _, t := range s.Tasks {
		if t.DoneLate {
			late++
		}
	}
	if late > 0 {
		text += fmt.Sprintf("，逾期完成%d项", late)
	}
	return text + "。"
}
