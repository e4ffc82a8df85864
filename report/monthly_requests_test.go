package report

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"
)

// reqLedgers: applications around June 2025.
func reqLedgers() *memMonthly {
	m := &memMonthly{}
	m.reqs = []Request{
		{ID: "A1", Received: d("2025-05-10"), Concluded: d("2025-06-05")}, // concluded in June, on time
		{ID: "A2", Received: d("2025-05-01"), Concluded: d("2025-06-10")}, // concluded in June, late
		{ID: "A3", Received: d("2025-06-03"), Concluded: d("2025-06-20")}, // both in June
		{ID: "A4", Received: d("2025-06-15")},                             // open
		{ID: "A5", Received: d("2025-04-20")},                             // open, overdue
		{ID: "A6", Received: d("2025-06-25"), Concluded: d("2025-07-02")}, // open at the end of June
		{ID: "A7", Received: d("2025-07-01")},                             // next month
		{ID: "A8", Received: d("2025-05-20"), Concluded: d("2025-05-30")}, // all in May
		{ID: "A9", Received: d("2024-12-20")},                             // last year's, still open
		{ID: "A10", Received: d("2025-06-15")},                            // open, same due date as A4
	}
	return m
}

// fakeDue: due 30 calendar days after receipt; on time when asOf is not
// past it.
func fakeDue(r Request, asOf Date) (Date, bool, error) {
	due := r.Received.AddDays(30)
	return due, asOf <= due, nil
}

func TestMonthlyApplications(t *testing.T) {
	tests := []struct {
		name string
		due  func(Request, Date) (Date, bool, error)
		want MonthApplications
	}{
		{"with deadlines", fakeDue, MonthApplications{
			Received: 4, Concluded: 3, OnTime: 2, Late: 1, LateIDs: []string{"A2"}, HasDue: true,
			Open: []OpenApplication{
				{ID: "A9", Received: d("2024-12-20"), Due: d("2025-01-19"), Overdue: true},
				{ID: "A5", Received: d("2025-04-20"), Due: d("2025-05-20"), Overdue: true},
				{ID: "A10", Received: d("2025-06-15"), Due: d("2025-07-15")},
				{ID: "A4", Received: d("2025-06-15"), Due: d("2025-07-15")},
				{ID: "A6", Received: d("2025-06-25"), Due: d("2025-07-25")},
			},
		}},
		{"plain dates", nil, MonthApplications{
			Received: 4, Concluded: 3,
			Open: []OpenApplication{
				{ID: "A9", Received: d("2024-12-20")},
				{ID: "A5", Received: d("2025-04-20")},
				{ID: "A10", Received: d("2025-06-15")},
				{ID: "A4", Received: d("2025-06-15")},
				{ID: "A6", Received: d("2025-06-25")},
			},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := monthly(t, reqLedgers(), 2025, time.June, MonthlyOptions{Due: tc.due})
			if !reflect.DeepEqual(s.Applications, tc.want) {
				t.Errorf("applications\n got  %+v\n want %+v", s.Applications, tc.want)
			}
			if s.Empty {
				t.Error("a month with applications is not Empty")
			}
		})
	}
}

// missingYear stands for the deadline package's error for a year without
// a holiday calendar.
type missingYear struct{ year int }

func (e *missingYear) Error() string { return fmt.Sprintf("no calendar for %d", e.year) }

func TestMonthlyDueErrorPropagates(t *testing.T) {
	due := func(r Request, asOf Date) (Date, bool, error) {
		if r.ID == "A6" {
			return 0, false, fmt.Errorf("deadline of %s: %w", r.ID, &missingYear{2025})
		}
		return fakeDue(r, asOf)
	}
	_, err := Monthly(context.Background(), reqLedgers(), 2025, time.June, MonthlyOptions{Due: due})
	var my *missingYear
	if !errors.As(err, &my) || my.year != 2025 {
		t.Fatalf("err = %v, want a *missingYear for 2025", err)
	}
}

func TestMonthlyEmpty(t *testing.T) {
	tests := []struct {
		name  string
		l     *memMonthly
		month time.Month
		empty bool
	}{
		{"no ledgers at all", &memMonthly{}, time.March, true},
		{"items earlier in the year, quota, nothing in the month", pubLedgers(), time.February, true},
		{"only last year's application still open", reqLedgers(), time.March, false},
		{"an open application from an earlier month", reqLedgers(), time.August, false},
		{"tasks, nothing else", taskLedgers(), time.January, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := monthly(t, tc.l, 2025, tc.month, MonthlyOptions{Due: fakeDue})
			if s.Empty != tc.empty {
				t.Errorf("Empty = %v, want %v", s.Empty, tc.empty)
			}
		})
	}
	s := monthly(t, &memMonthly{}, 2025, time.March, MonthlyOptions{})
	want := &MonthlySummary{
		Year: 2025, Month: time.March, Empty: true,
		Tasks: []TaskLine{}, Units: []UnitCompletion{},
		Publications: MonthPublications{ByCategory: []MonthCount{}, ByDepartment: []DeptQuota{}},
		Applications: MonthApplications{Open: []OpenApplication{}},
	}
	if !reflect.DeepEqual(s, want) {
		t.Errorf("empty summary %+v, want %+v", s, want)
	}
}

func TestMonthlyErrors(t *testing.T) {
	if _, err := Monthly(context.Background(), &memMonthly{}, 2025, 13, MonthlyOptions{}); err == nil {
		t.Error("month 13: no error")
	}
	boom := errors.New("boom")
	l := &failingTasks{memMonthly: taskLedgers(), err: boom}
	if _, err := Monthly(context.Background(), l, 2025, time.June, MonthlyOptions{}); !errors.Is(err, boom) {
		t.Errorf("ledger error: %v, want boom", err)
	}
}

type failingTasks struct {
	*memMonthly
	err error
}

func (f *failingTasks) EachTask(context.Context, func(Task) error) error { return f.err }

func TestMonthEnd(t *testing.T) {
	for _, tc := range []struct {
		y    int
		m    time.Month
		want string
	}{{2025, time.June, "2025-06-30"}, {2024, time.February, "2024-02-29"}, {2025, time.December, "2025-12-31"}} {
		if got := MonthEnd(tc.y, tc.m).String(); got != tc.want {
			t.Errorf("MonthEnd(%d, %d) = %s, want %s", tc.y, tc.m, got, tc.want)
		}
	}
}
