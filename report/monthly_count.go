package report

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
)

// MonthEnd returns the last day of month m of year y.
func MonthEnd(y int, m time.Month) Date {
	return DateOf(time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC))
}

// Monthly builds the summary of month m of year y from the ledgers, as of
// the month's last day (docs/counting.md §5). Nothing dated after that day counts: a
// progress entry, a publication or a conclusion of the next month is not
// seen. A month without tasks and without anything published, received,
// concluded or open is not an error: the summary is Empty.
//
// Only the error of a ledger or of opt.Due stops it; they are wrapped with
// %w, so errors.As finds the cause.
func Monthly(ctx context.Context, l MonthlyLedgers, y int, m time.Month, opt MonthlyOptions) (*MonthlySummary, error) {
	if m < time.January || m > time.December {
		return nil, fmt.Errorf("monthly summary: month %d out of range", m)
	}
	unit, err := l.Unit(ctx)
	if err != nil {
		return nil, fmt.Errorf("monthly summary: unit: %w", err)
	}
	s := &MonthlySummary{Unit: unit, Year: y, Month: m}
	end := MonthEnd(y, m)
	if s.Tasks, err = monthTasks(ctx, l, y, end); err != nil {
		return nil, fmt.Errorf("monthly summary: tasks: %w", err)
	}
	s.TaskCounts = countTasks(s.Tasks)
	s.Units = unitCompletion(s.Tasks, end)
	if s.Publications, err = monthPublications(ctx, l, y, m); err != nil {
		return nil, fmt.Errorf("monthly summary: publications: %w", err)
	}
	if s.Applications, err = monthApplications(ctx, l, y, m, opt.Due); err != nil {
		return nil, fmt.Errorf("monthly summary: applications: %w", err)
	}
	s.setEmpty()
	return s, nil
}

// setEmpty sets Empty: no tasks, and nothing published, received,
// concluded or open in the month.
func (s *MonthlySummary) setEmpty() {
	a := s.Applications
	s.Empty = len(s.Tasks) == 0 && s.Publications.Month == 0 &&
		a.Received == 0 && a.Concluded == 0 && len(a.Open) == 0
}

// taskReader is what a month's task lines read.
type taskReader interface {
	EachTask(ctx context.Context, fn func(Task) error) error
	EachProgress(ctx context.Context, to Date, fn func(Progress) error) error
}

// monthTasks returns every task of the ledger, in the ledger's order (by
// 任务编号), with its state at the end of day end.
func monthTasks(ctx context.Context, l taskReader, y int, end Date) ([]TaskLine, error) {
	lines := []TaskLine{}
	at := map[string]int{}
	err := l.EachTask(ctx, func(t Task) error {
		at[t.ID] = len(lines)
		lines = append(lines, newTaskLine(t, y, end))
		return nil
	})
	if err != nil {
		return nil, err
	}
	progress := map[string][]Progress{}
	err = l.EachProgress(ctx, end, func(p Progress) error {
		if _, ok := at[p.TaskID]; ok && !p.Date.IsZero() && p.Date <= end {
			progress[p.TaskID] = append(progress[p.TaskID], p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for id, ps := range progress {
		applyProgress(&lines[at[id]], ps)
	}
	for i := range lines {
		t := &lines[i]
		done := t.Status == TaskDone
		t.Overdue = !done && t.Deadline <= end
		t.DoneLate = done && t.Done > t.Deadline
	}
	return lines, nil
}

// newTaskLine starts a task not yet started, with its deadline: the date
// given, or 31 Dec of y for a 全年/长期 task and for one with no deadline.
func newTaskLine(t Task, y int, end Date) TaskLine {
	dl := t.Deadline
	if t.WholeYear || dl.IsZero() {
		dl = YearEnd(y)
	}
	return TaskLine{
		Task: t, Deadline: dl, Status: TaskNotStarted,
		DueInMonth: dl.Year() == end.Year() && dl.Month() == end.Month(),
	}
}

// applyProgress sets the task's state from its entries up to the month's
// end: the latest entry gives status, note and evidence. Done is the first
// day of the final run of 已完成 entries, so a task reopened and finished
// again counts as done when it was finished again.
func applyProgress(t *TaskLine, ps []Progress) {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Date < ps[j].Date })
	last := ps[len(ps)-1]
	t.Status, t.LatestDate, t.LatestNote = last.Status, last.Date, last.Note
	t.Evidence = append([]string(nil), last.Evidence...)
	if t.Status == "" {
		t.Status = TaskNotStarted
	}
	if t.Status != TaskDone {
		return
	}
	for i := len(ps) - 1; i >= 0 && ps[i].Status == TaskDone; i-- {
		t.Done = ps[i].Date
	}
}

// countTasks counts the tasks by status.
func countTasks(lines []TaskLine) TaskCounts {
	var c TaskCounts
	for _, t := range lines {
		c.Total++
		switch t.Status {
		case TaskDone:
			c.Done++
		case TaskInProgress:
			c.InProgress++
		default:
			c.NotStarted++
		}
		if t.Overdue {
			c.Overdue++
		}
	}
	return c
}

// unitCompletion counts the tasks of each responsible unit at the end of
// day end (names trimmed, a unit named twice in one task counted once),
// in the order the task list first names them (the unit's own order, as
// the ledger has it; not by code point).
func unitCompletion(lines []TaskLine, end Date) []UnitCompletion {
	byName := map[string]*UnitCompletion{}
	var order []string
	for _, t := range lines {
		seen := map[string]bool{}
		for _, name := range t.Task.Units {
			name = strings.TrimSpace(name)
			if name == "" || seen[name] {
				continue
			}
			seen[name] = true
			u := byName[name]
			if u == nil {
				u = &UnitCompletion{Unit: name}
				byName[name] = u
				order = append(order, name)
			}
			u.Tasks++
			if t.Status == TaskDone {
				u.Done++
			}
			if t.Deadline <= end {
				u.DueSoFar++
			}
			if t.Overdue {
				u.Overdue++
			}
		}
	}
	out := make([]UnitCompletion, 0, len(order))
	for _, name := range order {
		out = append(out, *byName[name])
	}
	return out
}
