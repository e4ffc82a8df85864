package report

import (
	"testing"
	"time"
)

func TestYearAsOf(t *testing.T) {
	today := NewDate(2026, time.January, 10)
	for _, c := range []struct {
		year int
		want Date
	}{
		{2025, NewDate(2025, time.December, 31)}, // a past year: its last day
		{2020, NewDate(2020, time.December, 31)},
		{2026, today}, // the current year: today
		{2027, today},
	} {
		if got := YearAsOf(c.year, today); got != c.want {
			t.Errorf("YearAsOf(%d, %s) = %s, want %s", c.year, today, got, c.want)
		}
	}
}
