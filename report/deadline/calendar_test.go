package deadline

import (
	"fmt"
	"testing"
	"time"

	"github.com/xxgk/xxgk/report"
)

// testCalendar is the 2024–2026 holidays typed in by hand, from the
// notices 国办发明电〔2023〕7号 (2024), 国办发明电〔2024〕12号 (2025) and the
// notice of 2025-11-04 (2026). Weekends rest unless listed as make-up days.
type testCalendar struct {
	rest, work map[report.Date]bool
}

// missingYear stands in for data/calendar's *MissingYearError.
type missingYear struct{ year int }

func (e *missingYear) Error() string { return fmt.Sprintf("no holiday notice for %d", e.year) }

func newTestCalendar() *testCalendar {
	c := &testCalendar{rest: map[report.Date]bool{}, work: map[report.Date]bool{}}
	holidays := [][2]string{
		// 2024
		{"2023-12-30", "2024-01-01"}, {"2024-02-10", "2024-02-17"}, {"2024-04-04", "2024-04-06"},
		{"2024-05-01", "2024-05-05"}, {"2024-06-08", "2024-06-10"}, {"2024-09-15", "2024-09-17"},
		{"2024-10-01", "2024-10-07"},
		// 2025
		{"2025-01-01", "2025-01-01"}, {"2025-01-28", "2025-02-04"}, {"2025-04-04", "2025-04-06"},
		{"2025-05-01", "2025-05-05"}, {"2025-05-31", "2025-06-02"}, {"2025-10-01", "2025-10-08"},
		// 2026
		{"2026-01-01", "2026-01-03"}, {"2026-02-15", "2026-02-23"}, {"2026-04-04", "2026-04-06"},
		{"2026-05-01", "2026-05-05"}, {"2026-06-19", "2026-06-21"}, {"2026-09-25", "2026-09-27"},
		{"2026-10-01", "2026-10-07"},
	}
	makeUp := []string{
		"2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12",
		"2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
		"2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
	}
	for _, h := range holidays {
		for d := day(h[0]); d <= day(h[1]); d = d.AddDays(1) {
			c.rest[d] = true
		}
	}
	for _, s := range makeUp {
		c.work[day(s)] = true
	}
	return c
}

// Workday answers like data/calendar: listed days first, then weekends,
// and an error for a year it has no notice for.
func (c *testCalendar) Workday(d report.Date) (bool, error) {
	switch {
	case c.work[d]:
		return true, nil
	case c.rest[d]:
		return false, nil
	case d.Year() < 2024 || d.Year() > 2026:
		return false, &missingYear{d.Year()}
	}
	wd := d.Time().Weekday()
	return wd != time.Saturday && wd != time.Sunday, nil
}

// day parses an ISO date; test input only.
func day(s string) report.Date {
	d, err := report.ParseISO(s)
	if err != nil {
		panic(err)
	}
	return d
}

var cal = newTestCalendar()

// TestCalendarTyping guards the typing of the tables: every make-up day is a
// weekend, every listed holiday range is where the notice puts it.
func TestCalendarTyping(t *testing.T) {
	for d := range cal.work {
		if wd := d.Time().Weekday(); wd != time.Saturday && wd != time.Sunday {
			t.Errorf("make-up day %s is a %s", d, wd)
		}
	}
	for _, c := range []struct {
		d    string
		want bool
	}{
		{"2025-01-24", true}, {"2025-01-25", false}, {"2025-01-26", true}, {"2025-01-28", false},
		{"2025-02-04", false}, {"2025-02-05", true}, {"2025-02-08", true}, {"2025-10-08", false},
		{"2025-10-11", true}, {"2026-01-04", true}, {"2026-02-14", true}, {"2026-02-23", false},
		{"2026-02-28", true}, {"2026-03-01", false}, {"2024-02-09", true},
	} {
		if got, err := cal.Workday(day(c.d)); err != nil || got != c.want {
			t.Errorf("Workday(%s) = %v, %v; want %v", c.d, got, err, c.want)
		}
	}
}
