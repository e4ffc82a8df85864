package reporttest

import (
	"slices"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

func TestCellName(t *testing.T) {
	for want, c := range map[string][2]int{"A1": {1, 1}, "Z9": {26, 9}, "AA10": {27, 10}, "AB3": {28, 3}, "ZZ1": {702, 1}, "AAA2": {703, 2}} {
		if got := CellName(c[0], c[1]); got != want {
			t.Errorf("CellName(%d, %d) = %q, want %q", c[0], c[1], got, want)
		}
	}
}

// Every numbering the tests use gives every figure its own number.
func TestAnnualDistinct(t *testing.T) {
	for _, n := range []Numbering{Sequential(1), Sequential(2),
		{Table2: 1, Table3: 100, Table3Row: 10, Table4: 500, Table4Block: 10},
		{Table2: 1, Table3: 101, Table3Row: 100, Table4: 3001, Table4Block: 10},
		{Table2: 11, Table3: 1000, Table3Row: 10, Table4: 501, Table4Block: 5}} {
		seen := map[string]string{}
		for _, f := range Annual(n).Figures() {
			if p, dup := seen[f.Value]; dup {
				t.Errorf("%+v: %s and %s are both %s", n, p, f.Path, f.Value)
			}
			seen[f.Value] = f.Path
		}
	}
}

// Monthly's counts and units are those of its task lines.
func TestMonthlyAgrees(t *testing.T) {
	s := Monthly()
	end := report.MonthEnd(s.Year, s.Month)
	units := map[string]*report.UnitCompletion{}
	for _, ln := range s.Tasks {
		for _, name := range ln.Task.Units {
			u := units[name]
			if u == nil {
				u = &report.UnitCompletion{Unit: name}
				units[name] = u
			}
			u.Tasks++
			done, due := ln.Status == report.TaskDone, ln.Deadline <= end
			u.Done += b2i(done)
			u.DueSoFar += b2i(due)
			u.Overdue += b2i(due && !done)
		}
	}
	var got []report.UnitCompletion
	for _, u := range units {
		got = append(got, *u)
	}
	slices.SortFunc(got, func(a, b report.UnitCompletion) int { return strings.Compare(a.Unit, b.Unit) })
	if !slices.Equal(got, s.Units) {
		t.Errorf("units counted from the tasks:\n%+v\nMonthly has\n%+v", got, s.Units)
	}
	status := map[report.TaskStatus]int{}
	overdue := 0
	for _, ln := range s.Tasks {
		status[ln.Status]++
		overdue += b2i(ln.Overdue)
	}
	want := report.TaskCounts{NotStarted: status[report.TaskNotStarted], InProgress: status[report.TaskInProgress],
		Done: status[report.TaskDone], Overdue: overdue, Total: len(s.Tasks)}
	if s.TaskCounts != want {
		t.Errorf("task counts %+v, the task lines give %+v", s.TaskCounts, want)
	}
	p := s.Publications
	var cat, dept report.MonthCount
	for _, c := range p.ByCategory {
		cat.Month, cat.YearToDate = cat.Month+c.Month, cat.YearToDate+c.YearToDate
	}
	for _, d := range p.ByDepartment {
		dept.Month, dept.YearToDate = dept.Month+d.Month, dept.YearToDate+d.YearToDate
	}
	if cat != dept || cat.Month != p.Month || cat.YearToDate != p.YearToDate {
		t.Errorf("publications %d/%d, by category %+v, by department %+v", p.Month, p.YearToDate, cat, dept)
	}
	if a := s.Applications; a.OnTime+a.Late != a.Concluded || len(a.LateIDs) != a.Late {
		t.Errorf("applications %+v", a)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
