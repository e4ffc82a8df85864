package deadline

import (
	"errors"
	"fmt"

	"github.com/xxgk/xxgk/report"
)

// Calendar tells working days from rest days. data/calendar's *Calendar
// satisfies it; its error for a year with no holiday notice is passed on
// unchanged.
type Calendar interface {
	Workday(report.Date) (bool, error)
}

// maxRestRun bounds a run of rest days: no holiday notice comes close (the
// longest, 春节 2026, is 9 days), so a longer run means a broken calendar
// rather than a reason to loop for ever.
const maxRestRun = 366

// ErrNegative is returned by AddWorkdays for a negative count.
var ErrNegative = errors.New("negative number of working days")

// AddWorkdays returns the n-th working day after d; d itself is not counted
// (day 1 is the next working day, 《民法典》第二百零一条). n = 0 returns d.
func AddWorkdays(cal Calendar, d report.Date, n int) (report.Date, error) {
	if n < 0 {
		return 0, fmt.Errorf("add %d working days to %s: %w", n, d, ErrNegative)
	}
	if t, ok := cal.(*Table); ok && n > 0 {
		if out, ok := t.nth(d, n); ok {
			return out, nil
		}
	}
	rest := 0
	for n > 0 {
		d = d.AddDays(1)
		ok, err := cal.Workday(d)
		if err != nil {
			return 0, err
		}
		if ok {
			n--
			rest = 0
			continue
		}
		if rest++; rest > maxRestRun {
			return 0, fmt.Errorf("no working day in the %d days up to %s: calendar is broken", maxRestRun, d)
		}
	}
	return d, nil
}

// Workdays counts the working days in (from, to]: the working days that
// follow from, up to and including to. It is 0 when to <= from.
func Workdays(cal Calendar, from, to report.Date) (int, error) {
	if t, ok := cal.(*Table); ok && from < to {
		if n, ok := t.count(from, to); ok {
			return n, nil
		}
	}
	n := 0
	for d := from.AddDays(1); d <= to; d = d.AddDays(1) {
		ok, err := cal.Workday(d)
		if err != nil {
			return 0, err
		}
		if ok {
			n++
		}
	}
	return n, nil
}

// left is the number of working days after asOf up to due, or, once due has
// passed, minus the working days since — at least −1, since the rest days
// right after a due date are already late.
func left(cal Calendar, asOf, due report.Date) (int, error) {
	if asOf <= due {
		return Workdays(cal, asOf, due)
	}
	n, err := Workdays(cal, due, asOf)
	return -max(n, 1), err
}
