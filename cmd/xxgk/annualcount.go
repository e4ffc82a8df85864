package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/xxgk/xxgk/data/calendar"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
)

// annualStore is what countAnnual reads: the ledgers and the calendar.
type annualStore interface {
	report.Ledgers
	calendarStore
}

// countAnnual counts year y with the unit's working-day calendar, so that
// the figures carry Timeliness. The statutory tables do not depend on the
// calendar: when a year it needs is missing (and --weekends-only was not
// given), the count goes on without Timeliness and says why, rather than
// guess or fail. It returns the calendar, nil in that case.
func countAnnual(ctx context.Context, st annualStore, y int, weekendsOnly bool, ro report.Options, e *env) (*report.AnnualReport, []report.Problem, *calendar.Calendar, error) {
	cal, err := loadCalendar(ctx, st, weekendsOnly)
	if err != nil {
		return nil, nil, nil, err
	}
	return countAnnualOn(ctx, st, y, cal, countedCalendar(cal, y), ro, e)
}

// countAnnualOn is countAnnual with the unit's calendar cal loaded, and
// counted for y (countedCalendar) in counted, already: a roll-up of
// thousands of units shares one of each among the units that added no
// calendar of their own. Neither is changed.
func countAnnualOn(ctx context.Context, st report.Ledgers, y int, cal *calendar.Calendar, counted deadline.Calendar, ro report.Options, e *env) (*report.AnnualReport, []report.Problem, *calendar.Calendar, error) {
	ro.OnTime = onTime(counted)
	rep, problems, err := report.Annual(ctx, st, y, ro)
	var missing *calendar.MissingYearError
	if errors.As(err, &missing) {
		fmt.Fprintf(e.stderr, "提示：%v 本次未计算按时办结情况，其余数字不受影响。\n", missing)
		ro.OnTime, cal = nil, nil
		rep, problems, err = report.Annual(ctx, st, y, ro)
	}
	if err != nil {
		return nil, nil, nil, err
	}
	return rep, problems, cal, nil
}

// countedCalendar is cal with the working days of the years around y
// counted in advance: the deadlines of that year's applications are then
// worked out without walking day by day, with the same answers.
func countedCalendar(cal *calendar.Calendar, y int) deadline.Calendar {
	return deadline.NewTable(cal, report.YearStart(y-3), report.YearEnd(y+1))
}

// onTime is the deadline rule the annual count uses for Timeliness.
func onTime(cal deadline.Calendar) func(report.Request) (bool, error) {
	return func(r report.Request) (bool, error) {
		ok, _, err := deadline.OnTime(r, cal)
		return ok, err
	}
}
