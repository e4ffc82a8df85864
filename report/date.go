package report

import (
	"fmt"
	"time"
)

// Date is a calendar date without a time of day, held as the number
// yyyymmdd (20250305). The zero Date means "no date". Dates compare with
// the ordinary operators.
type Date int32

// NewDate returns the Date for year y, month m and day d. It does not
// normalise: callers pass a valid day.
func NewDate(y int, m time.Month, d int) Date {
	return Date(y*10000 + int(m)*100 + d)
}

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return NewDate(y, m, d)
}

// YearStart returns 1 January of year y.
func YearStart(y int) Date { return NewDate(y, time.January, 1) }

// YearEnd returns 31 December of year y.
func YearEnd(y int) Date { return NewDate(y, time.December, 31) }

// YearAsOf is the day year y's open applications are counted to: the
// year's last day for a past year, today for the current year (and for
// a later one, whose days have not come).
func YearAsOf(y int, today Date) Date {
	if y >= today.Year() {
		return today
	}
	return YearEnd(y)
}

// IsZero reports whether d is the empty date.
func (d Date) IsZero() bool { return d == 0 }

// Year returns d's year.
func (d Date) Year() int { return int(d) / 10000 }

// Month returns d's month.
func (d Date) Month() time.Month { return time.Month(int(d) / 100 % 100) }

// Day returns d's day of the month.
func (d Date) Day() int { return int(d) % 100 }

// In reports whether d is a date of year y.
func (d Date) In(y int) bool { return !d.IsZero() && d.Year() == y }

// Time returns midnight UTC of d.
func (d Date) Time() time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

// AddDays returns the date n calendar days after d (before, when n < 0).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// String returns d as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year(), int(d.Month()), d.Day())
}

// ParseISO reads a YYYY-MM-DD date, the form the store keeps. The empty
// string gives the zero Date.
func ParseISO(s string) (Date, error) {
	if s == "" {
		return 0, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return 0, fmt.Errorf("parse iso date %q: %w", s, err)
	}
	return DateOf(t), nil
}

// Valid reports whether d names a real calendar day.
func (d Date) Valid() bool {
	if d.IsZero() {
		return false
	}
	return DateOf(d.Time()) == d && d.Year() >= 1 && d.Year() <= 9999
}
