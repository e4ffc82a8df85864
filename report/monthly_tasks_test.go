package report

import (
	"context"
	"reflect"
	"testing"
	"time"
)

// memMonthly is an in-memory MonthlyLedgers. Like mem it passes every row,
// whatever the date or year asked: Monthly must do its own filtering.
type memMonthly struct {
	mem
	tasks    []Task
	progress []Progress
	quotas   []Quota
}

func (m *memMonthly) EachTask(_ context.Context, fn func(Task) error) error {
	return each(m.tasks, fn)
}
func (m *memMonthly) EachProgress(_ context.Context, _ Date, fn func(Progress) error) error {
	return each(m.progress, fn)
}
func (m *memMonthly) EachQuota(_ context.Context, _ int, fn func(Quota) error) error {
	return each(m.quotas, fn)
}

func monthly(t *testing.T, l MonthlyLedgers, y int, m time.Month, opt MonthlyOptions) *MonthlySummary {
	t.Helper()
	s, err := Monthly(context.Background(), l, y, m, opt)
	if err != nil {
		t.Fatalf("Monthly(%d-%02d): %v", y, m, err)
	}
	return s
}

// taskLedgers: T1 due mid-June, finished late; T2 due on 30 June, the
// month's last day, done only in July; T3 全年 without progress; T4 done on
// time and reported done twice; T5 with no deadline, done, reopened, done
// again. Progress is listed out of date order, with an unknown task.
func taskLedgers() *memMonthly {
	return &memMonthly{
		tasks: []Task{
			{ID: "T1", Units: []string{"教育局办公室", "基础教育科"}, Deadline: d("2025-06-15")},
			{ID: "T2", Units: []string{"基础教育科"}, Deadline: d("2025-06-30")},
			{ID: "T3", Units: []string{"教育局办公室", " 教育局办公室 ", "财务科"}, WholeYear: true},
			{ID: "T4", Units: []string{"财务科"}, Deadline: d("2025-06-10")},
			{ID: "T5", Units: []string{"基础教育科", "财务科"}},
		},
		progress: []Progress{
			{TaskID: "T1", Date: d("2025-06-20"), Status: TaskDone, Note: "已印发", Evidence: []string{"X-1"}},
			{TaskID: "T1", Date: d("2025-05-10"), Status: TaskInProgress, Note: "起草中"},
			{TaskID: "T2", Date: d("2025-06-30"), Status: TaskInProgress, Note: "征求意见"},
			{TaskID: "T2", Date: d("2025-07-05"), Status: TaskDone, Note: "已完成"},
			{TaskID: "T4", Date: d("2025-06-01"), Status: TaskInProgress},
			{TaskID: "T4", Date: d("2025-06-05"), Status: TaskDone, Note: "首次报完成"},
			{TaskID: "T4", Date: d("2025-06-08"), Status: TaskDone, Note: "补充佐证"},
			{TaskID: "T5", Date: d("2025-03-01"), Status: TaskDone},
			{TaskID: "T5", Date: d("2025-04-01"), Status: TaskInProgress, Note: "重新整改"},
			{TaskID: "T5", Date: d("2025-05-01"), Status: TaskDone},
			{TaskID: "T9", Date: d("2025-06-01"), Status: TaskDone},
		},
	}
}

// taskWant is the part of a TaskLine a case checks.
type taskWant struct {
	Status     TaskStatus
	Deadline   string
	LatestDate string
	Done       string
	Overdue    bool
	DoneLate   bool
	DueInMonth bool
}

func TestMonthlyTaskLines(t *testing.T) {
	l := taskLedgers()
	tests := []struct {
		name  string
		month time.Month
		id    string
		want  taskWant
	}{
		{"due mid-month, not yet due in May", 5, "T1", taskWant{TaskInProgress, "2025-06-15", "2025-05-10", "", false, false, false}},
		{"due mid-month, finished late", 6, "T1", taskWant{TaskDone, "2025-06-15", "2025-06-20", "2025-06-20", false, true, true}},
		{"due on the last day, not started in May", 5, "T2", taskWant{TaskNotStarted, "2025-06-30", "", "", false, false, false}},
		{"due on the last day, not done that day", 6, "T2", taskWant{TaskInProgress, "2025-06-30", "2025-06-30", "", true, false, true}},
		{"done in the next month, late", 7, "T2", taskWant{TaskDone, "2025-06-30", "2025-07-05", "2025-07-05", false, true, false}},
		{"全年, no progress, November", 11, "T3", taskWant{TaskNotStarted, "2025-12-31", "", "", false, false, false}},
		{"全年, no progress, December", 12, "T3", taskWant{TaskNotStarted, "2025-12-31", "", "", true, false, true}},
		{"no progress before the deadline month", 5, "T4", taskWant{TaskNotStarted, "2025-06-10", "", "", false, false, false}},
		{"done on time, reported twice", 6, "T4", taskWant{TaskDone, "2025-06-10", "2025-06-08", "2025-06-05", false, false, true}},
		{"no deadline: done in March", 3, "T5", taskWant{TaskDone, "2025-12-31", "2025-03-01", "2025-03-01", false, false, false}},
		{"no deadline: reopened in April", 4, "T5", taskWant{TaskInProgress, "2025-12-31", "2025-04-01", "", false, false, false}},
		{"no deadline: done again in May", 6, "T5", taskWant{TaskDone, "2025-12-31", "2025-05-01", "2025-05-01", false, false, false}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := monthly(t, l, 2025, tc.month, MonthlyOptions{})
			var got *TaskLine
			for i := range s.Tasks {
				if s.Tasks[i].Task.ID == tc.id {
					got = &s.Tasks[i]
				}
			}
			if got == nil {
				t.Fatalf("task %s missing", tc.id)
			}
			g := taskWant{got.Status, got.Deadline.String(), got.LatestDate.String(), got.Done.String(),
				got.Overdue, got.DoneLate, got.DueInMonth}
			if g != tc.want {
				t.Errorf("got  %+v\nwant %+v", g, tc.want)
			}
		})
	}
}

func TestMonthlyTaskNoteAndOrder(t *testing.T) {
	s := monthly(t, taskLedgers(), 2025, time.June, MonthlyOptions{})
	var ids []string
	for _, l := range s.Tasks {
		ids = append(ids, l.Task.ID)
	}
	if want := []string{"T1", "T2", "T3", "T4", "T5"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("order %v, want %v", ids, want)
	}
	t1, t4 := s.Tasks[0], s.Tasks[3]
	if t1.LatestNote != "已印发" || !reflect.DeepEqual(t1.Evidence, []string{"X-1"}) {
		t.Errorf("T1 note %q evidence %v", t1.LatestNote, t1.Evidence)
	}
	if t4.LatestNote != "补充佐证" {
		t.Errorf("T4 note %q, want the latest entry's", t4.LatestNote)
	}
}

// The units are listed in the order the task list first names them
// (教育局办公室 is named by T1), not by code point (基 < 教 < 财).
func TestMonthlyTaskCountsAndUnits(t *testing.T) {
	tests := []struct {
		month  time.Month
		counts TaskCounts
		units  []UnitCompletion
	}{
		{time.May, TaskCounts{NotStarted: 3, InProgress: 1, Done: 1, Overdue: 0, Total: 5}, []UnitCompletion{
			{Unit: "教育局办公室", Tasks: 2, Done: 0, DueSoFar: 0, Overdue: 0},
			{Unit: "基础教育科", Tasks: 3, Done: 1, DueSoFar: 0, Overdue: 0},
			{Unit: "财务科", Tasks: 3, Done: 1, DueSoFar: 0, Overdue: 0},
		}},
		{time.June, TaskCounts{NotStarted: 1, InProgress: 1, Done: 3, Overdue: 1, Total: 5}, []UnitCompletion{
			{Unit: "教育局办公室", Tasks: 2, Done: 1, DueSoFar: 1, Overdue: 0},
			{Unit: "基础教育科", Tasks: 3, Done: 2, DueSoFar: 2, Overdue: 1},
			{Unit: "财务科", Tasks: 3, Done: 2, DueSoFar: 1, Overdue: 0},
		}},
		{time.December, TaskCounts{NotStarted: 1, InProgress: 0, Done: 4, Overdue: 1, Total: 5}, []UnitCompletion{
			{Unit: "教育局办公室", Tasks: 2, Done: 1, DueSoFar: 2, Overdue: 1},
			{Unit: "基础教育科", Tasks: 3, Done: 3, DueSoFar: 3, Overdue: 0},
			{Unit: "财务科", Tasks: 3, Done: 2, DueSoFar: 3, Overdue: 1},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.month.String(), func(t *testing.T) {
			s := monthly(t, taskLedgers(), 2025, tc.month, MonthlyOptions{})
			if s.TaskCounts != tc.counts {
				t.Errorf("counts %+v, want %+v", s.TaskCounts, tc.counts)
			}
			if !reflect.DeepEqual(s.Units, tc.units) {
				t.Errorf("units\n got  %+v\n want %+v", s.Units, tc.units)
			}
			if s.Empty {
				t.Error("a month with tasks is not Empty")
			}
		})
	}
}
