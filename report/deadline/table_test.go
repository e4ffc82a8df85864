package deadline_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/xxgk/xxgk/data/calendar"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
)

// answer is one call's result, error included, for comparing the Table
// with the day-by-day walk.
func answer[T any](v T, err error) string {
	var missing *calendar.MissingYearError
	if errors.As(err, &missing) {
		return fmt.Sprintf("missing year %d", missing.Year)
	}
	if err != nil {
		return "error: " + err.Error()
	}
	return fmt.Sprint(v)
}

// builtin is the calendar the binary carries: 2019–2026 with every
// holiday and 调休 make-up day of the State Council's notices.
func builtin(t *testing.T, weekendsOnly bool) *calendar.Calendar {
	t.Helper()
	cal, err := calendar.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cal.WeekendsOnly = weekendsOnly
	return cal
}

// randomDay is a day from 2017 to 2028: the built-in years, the ones
// around them that the calendar does not know, and invalid days now and then.
func randomDay(r *rand.Rand) report.Date {
	if r.IntN(50) == 0 {
		return report.Date(20250230 + r.IntN(2)) // 02-30, 02-31: not days
	}
	return report.YearStart(2017).AddDays(r.IntN(12 * 366))
}

// TestTableMatchesWalk is the property that makes the Table safe: over
// 2019–2026 with their holidays and make-up days, and across the unknown
// years at either end, Workdays, AddWorkdays and Workday answer exactly
// what the day-by-day walk answers, errors included, whatever span the
// Table was made for.
func TestTableMatchesWalk(t *testing.T) {
	r := rand.New(rand.NewPCG(12, 2026))
	for _, weekendsOnly := range []bool{false, true} {
		cal := builtin(t, weekendsOnly)
		spans := [][2]report.Date{
			{report.YearStart(2019), report.YearEnd(2026)},
			{report.YearStart(2016), report.YearEnd(2030)}, // ends at the first unknown year
			{report.NewDate(2024, time.March, 7), report.NewDate(2025, time.June, 30)},
		}
		for _, span := range spans {
			tab := deadline.NewTable(cal, span[0], span[1])
			for i := 0; i < 3000; i++ {
				from, to := randomDay(r), randomDay(r)
				if r.IntN(8) != 0 { // mostly near each other, like a deadline
					to = from.AddDays(r.IntN(400) - 20)
				}
				want := answer(deadline.Workdays(cal, from, to))
				if got := answer(deadline.Workdays(tab, from, to)); got != want {
					t.Fatalf("span %v weekendsOnly=%v: Workdays(%s, %s) = %s, walk %s", span, weekendsOnly, from, to, got, want)
				}
				n := r.IntN(70)
				want = answer(deadline.AddWorkdays(cal, from, n))
				if got := answer(deadline.AddWorkdays(tab, from, n)); got != want {
					t.Fatalf("span %v weekendsOnly=%v: AddWorkdays(%s, %d) = %s, walk %s", span, weekendsOnly, from, n, got, want)
				}
				want = answer(cal.Workday(from))
				if got := answer(tab.Workday(from)); got != want {
					t.Fatalf("span %v: Workday(%s) = %s, calendar %s", span, from, got, want)
				}
			}
		}
	}
}

// TestTableReplyDates pins the Table to reply dates worked out by hand
// from the notices (those of TestAddWorkdaysReply), so that the property
// above cannot pass on two equally wrong answers: 20 working days across
// 春节 and 国庆 with their make-up Saturdays and Sundays, and across 元旦.
func TestTableReplyDates(t *testing.T) {
	tab := deadline.NewTable(builtin(t, false), report.YearStart(2024), report.YearEnd(2026))
	for received, want := range map[string]string{
		"2025-01-24": "2025-02-27", "2025-09-30": "2025-11-04", "2026-02-13": "2026-03-19",
		"2025-02-08": "2025-03-07", "2025-10-03": "2025-11-04", "2025-12-15": "2026-01-13",
	} {
		from, _ := report.ParseISO(received)
		got, err := deadline.AddWorkdays(tab, from, deadline.ReplyDays)
		if err != nil || got.String() != want {
			t.Errorf("AddWorkdays(%s, 20) = %s, %v; want %s", received, got, err, want)
		}
		if n, err := deadline.Workdays(tab, from, got); err != nil || n != deadline.ReplyDays {
			t.Errorf("Workdays(%s, %s) = %d, %v; want 20", received, got, n, err)
		}
	}
}
