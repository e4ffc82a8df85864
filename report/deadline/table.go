package deadline

import "github.com/xxgk/xxgk/report"

// Table is a Calendar with its working days counted in advance over a span
// of days, so that Workdays and AddWorkdays answer in constant time for
// dates inside it instead of walking day by day. Outside the span (and for
// a calendar error inside the asked range) they walk as before, so a Table
// gives exactly the answers, and the errors, of the calendar it wraps.
// Safe for concurrent use once made.
type Table struct {
	cal   Calendar
	first int           // the span's first day, as a day number
	cum   []int32       // cum[i]: working days in [first, first+i]
	work  []report.Date // work[k]: the span's (k+1)-th working day
}

// NewTable counts cal's working days from from to to. The span starts at
// the first of those days cal can tell, and ends early at the next day it
// cannot (a year with no holiday notice) or at an implausibly long run of
// rest days: dates outside it are answered by cal.
func NewTable(cal Calendar, from, to report.Date) *Table {
	for from <= to { // a year before the calendar's first is left out
		if _, err := cal.Workday(from); err == nil {
			break
		}
		from = from.AddDays(1)
	}
	first, ok1 := dayNumber(from)
	last, ok2 := dayNumber(to)
	t := &Table{cal: cal, first: first}
	if !ok1 || !ok2 || last < first {
		return t
	}
	t.cum = make([]int32, 0, last-first+1)
	n, rest := int32(0), 0
	for d := from; d <= to; d = d.AddDays(1) {
		ok, err := cal.Workday(d)
		if err != nil {
			break
		}
		if ok {
			n++
			rest = 0
			t.work = append(t.work, d)
		} else if rest++; rest > maxRestRun {
			break
		}
		t.cum = append(t.cum, n)
	}
	return t
}

// Workday reports whether d is a working day, as the wrapped calendar does.
func (t *Table) Workday(d report.Date) (bool, error) {
	i, ok := t.index(d)
	if !ok {
		return t.cal.Workday(d)
	}
	before := int32(0)
	if i > 0 {
		before = t.cum[i-1]
	}
	return t.cum[i] > before, nil
}

// index is d's place in the span, and whether d is inside it.
func (t *Table) index(d report.Date) (int, bool) {
	n, ok := dayNumber(d)
	i := n - t.first
	return i, ok && i >= 0 && i < len(t.cum)
}

// dayNumber numbers the days of the proleptic Gregorian calendar
// consecutively (1970-01-01 is 0), and tells whether d is a real day.
func dayNumber(d report.Date) (int, bool) {
	y, m, day := d.Year(), int(d.Month()), d.Day()
	if y < 1 || y > 9999 || m < 1 || m > 12 || day < 1 || day > monthDays(y, m) {
		return 0, false
	}
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	doy := (153*((m+9)%12)+2)/5 + day - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468, true
}

// monthDays is the number of days of month m of year y.
func monthDays(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// count is the number of working days in (from, to] when both ends are in
// the span and from < to.
func (t *Table) count(from, to report.Date) (int, bool) {
	i, ok1 := t.index(from)
	j, ok2 := t.index(to)
	if !ok1 || !ok2 {
		return 0, false
	}
	return int(t.cum[j] - t.cum[i]), true
}

// nth is the n-th working day after d (n > 0) when d and it are in the span.
func (t *Table) nth(d report.Date, n int) (report.Date, bool) {
	i, ok := t.index(d)
	if !ok {
		return 0, false
	}
	k := int(t.cum[i]) + n - 1
	if k >= len(t.work) {
		return 0, false
	}
	return t.work[k], true
}
