package samples

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"
)

// The figures the monthly summary (docs/counting.md §5) must show for the sample unit,
// computed here from Data without any other package of the project: a
// task's status at a month's end is its latest entry dated on or before
// that day (未开始 without one); its deadline is 完成时限, or 31 December for
// 全年/长期; it is due so far when the deadline is on or before the month's
// end, overdue when due so far and not 已完成, done late when its first
// 已完成 is after the deadline. README.md repeats the figures.

// taskFigures are the task figures at one month's end.
type taskFigures struct {
	NotStarted, InProgress, Done, Overdue, Total int
	OverdueIDs, DueInMonth, DoneLate             []string
	Units                                        map[string][4]int // tasks, done, due so far, overdue
}

var wantNovember = taskFigures{
	NotStarted: 1, InProgress: 6, Done: 8, Overdue: 1, Total: 15,
	OverdueIDs: []string{"RW2025-14"}, DueInMonth: []string{"RW2025-12"}, DoneLate: []string{"RW2025-04"},
	Units: map[string][4]int{
		"办公室": {8, 4, 4, 0}, "基础教育股": {4, 2, 3, 1}, "人事股": {1, 1, 1, 0}, "计财股": {2, 1, 1, 0},
		"学生资助管理中心": {1, 0, 0, 0}, "教育督导室": {2, 1, 2, 1}, "招生考试中心": {1, 1, 1, 0}, "职成教股": {4, 1, 2, 1},
	},
}

var wantDecember = taskFigures{
	NotStarted: 1, InProgress: 1, Done: 13, Overdue: 2, Total: 15,
	OverdueIDs: []string{"RW2025-13", "RW2025-14"}, DueInMonth: []string{"RW2025-05", "RW2025-08", "RW2025-09", "RW2025-10", "RW2025-11", "RW2025-13"},
	DoneLate: []string{"RW2025-04"},
	Units: map[string][4]int{
		"办公室": {8, 8, 8, 0}, "基础教育股": {4, 3, 4, 1}, "人事股": {1, 1, 1, 0}, "计财股": {2, 2, 2, 0},
		"学生资助管理中心": {1, 1, 1, 0}, "教育督导室": {2, 1, 2, 1}, "招生考试中心": {1, 1, 1, 0}, "职成教股": {4, 2, 4, 2},
	},
}

// wantNovemberPubs is each department's November publications against its
// quota: in the month, quota, year to date, quota year to date.
var wantNovemberPubs = map[string][4]int{
	"办公室": {7, 6, 69, 66}, "基础教育股": {4, 5, 59, 55}, "人事股": {0, 2, 25, 22}, "计财股": {0, 2, 16, 22},
	"学生资助管理中心": {4, 4, 29, 30}, "教育督导室": {6, 2, 14, 22}, "招生考试中心": {0, 2, 22, 26}, "职成教股": {4, 3, 40, 33},
}

// taskFiguresAt computes the task figures at the end of month m.
func taskFiguresAt(d Ledgers, m time.Month) taskFigures {
	end := time.Date(Year, m+1, 0, 0, 0, 0, 0, time.UTC)
	f := taskFigures{Units: map[string][4]int{}}
	for _, x := range d.Tasks {
		due := x.Deadline
		if x.Term != "" {
			due = time.Date(Year, 12, 31, 0, 0, 0, 0, time.UTC)
		}
		status, done := stNone, time.Time{}
		for _, p := range d.Progress {
			if p.TaskID == x.ID && !p.Date.After(end) {
				status = p.Status
				if p.Status == stDone && done.IsZero() {
					done = p.Date
				}
			}
		}
		f.Total++
		switch status {
		case stNone:
			f.NotStarted++
		case stGoing:
			f.InProgress++
		case stDone:
			f.Done++
		}
		dueSoFar := !due.After(end)
		overdue := dueSoFar && status != stDone
		if overdue {
			f.Overdue++
			f.OverdueIDs = append(f.OverdueIDs, x.ID)
		}
		if due.Month() == m {
			f.DueInMonth = append(f.DueInMonth, x.ID)
		}
		if !done.IsZero() && done.After(due) {
			f.DoneLate = append(f.DoneLate, x.ID)
		}
		for _, u := range x.Units {
			v := f.Units[u]
			v[0]++
			if status == stDone {
				v[1]++
			}
			if dueSoFar {
				v[2]++
			}
			if overdue {
				v[3]++
			}
			f.Units[u] = v
		}
	}
	return f
}

func TestMonthlyTaskFigures(t *testing.T) {
	d := Data()
	for _, c := range []struct {
		m    time.Month
		want taskFigures
	}{{time.November, wantNovember}, {time.December, wantDecember}} {
		if got := taskFiguresAt(d, c.m); !reflect.DeepEqual(got, c.want) {
			t.Errorf("tasks at the end of month %d =\n%+v\nwant\n%+v", c.m, got, c.want)
		}
	}
}

// pubFiguresAt computes each department's publications and quota in month
// m and from January to m.
func pubFiguresAt(d Ledgers, m time.Month) map[string][4]int {
	got := map[string][4]int{}
	for _, p := range d.Publications {
		v := got[p.Department]
		if p.Published.Month() == m {
			v[0]++
		}
		if p.Published.Month() <= m {
			v[2]++
		}
		got[p.Department] = v
	}
	for _, q := range d.Quotas {
		v := got[q.Unit]
		if q.Month == m {
			v[1] += q.Target
		}
		if q.Month <= m {
			v[3] += q.Target
		}
		got[q.Unit] = v
	}
	return got
}

func TestMonthlyPublicationFigures(t *testing.T) {
	got := pubFiguresAt(Data(), time.November)
	if !reflect.DeepEqual(got, wantNovemberPubs) {
		t.Errorf("November publications against quotas = %v, want %v", got, wantNovemberPubs)
	}
	over, under := 0, 0
	for _, v := range got {
		if v[0] > v[1] {
			over++
		}
		if v[0] < v[1] {
			under++
		}
	}
	if over == 0 || under == 0 {
		t.Errorf("November: %d departments over quota, %d under; want some of each", over, under)
	}
}

// TestReadmeMonthlyFigures checks that README.md shows the figures above.
func TestReadmeMonthlyFigures(t *testing.T) {
	b, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	var want []string
	for _, f := range []taskFigures{wantNovember, wantDecember} {
		want = append(want, fmt.Sprintf("未开始 %d 项，推进中 %d 项，已完成 %d 项，共 %d 项；逾期未完成 %d 项（%s）",
			f.NotStarted, f.InProgress, f.Done, f.Total, f.Overdue, strings.Join(f.OverdueIDs, "、")))
	}
	want = append(want, "当月到期：RW2025-12", "逾期完成："+strings.Join(wantNovember.DoneLate, "、"))
	for _, dep := range Departments {
		u, p := wantNovember.Units[dep], wantNovemberPubs[dep]
		want = append(want, fmt.Sprintf("| %s | %d | %d | %d | %d | %d | %d | %d | %d |",
			dep, u[0], u[1], u[2], u[3], p[0], p[1], p[2], p[3]))
	}
	for _, w := range want {
		if !strings.Contains(readme, w) {
			t.Errorf("README.md lacks %q", w)
		}
	}
	var units []string
	for _, dep := range Departments {
		u := wantDecember.Units[dep]
		units = append(units, fmt.Sprintf("%s %d/%d/%d/%d", dep, u[0], u[1], u[2], u[3]))
	}
	d, month, ytd := Data(), 0, 0
	for _, v := range wantNovemberPubs {
		month, ytd = month+v[0], ytd+v[2]
	}
	want = append(want, strings.Join(units, "，"), fmt.Sprintf("当月主动公开 %d 条，1—11 月累计 %d 条", month, ytd),
		fmt.Sprintf("%d 项任务", len(d.Tasks)), fmt.Sprintf("全年 %d 条进展记录", len(d.Progress)),
		fmt.Sprintf("共 %d 行", len(d.Quotas)))
}
