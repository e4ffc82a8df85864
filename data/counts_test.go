package data

import (
	"testing"

	"github.com/xxgk/xxgk/report"
)

// countByWalk counts what CountYear counts by passing every row the
// year's queries pass: the definition CountYear must meet.
func countByWalk(t *testing.T, st *Store, y int, asOf report.Date) YearCounts {
	t.Helper()
	var c YearCounts
	ctx := t.Context()
	if err := st.EachPublication(ctx, y, func(report.Publication) error { c.Publications++; return nil }); err != nil {
		t.Fatal(err)
	}
	err := st.EachRequest(ctx, y, func(q report.Request) error {
		if q.Received.In(y) && q.Received <= asOf {
			c.Received++
		}
		if q.Concluded.In(y) && q.Concluded <= asOf {
			c.Concluded++
		}
		if q.Received <= asOf && (q.Concluded.IsZero() || q.Concluded > asOf) {
			c.Open++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// CountYear's two queries give exactly the counts of a walk over the
// year's rows, for past, current and future years and as-of days inside
// and outside the year.
func TestCountYearMatchesWalk(t *testing.T) {
	st := openTemp(t)
	importAll(t, st, randomRows(600))
	for y := 2022; y <= 2028; y++ {
		for _, asOf := range []report.Date{report.YearEnd(y), report.YearStart(y).AddDays(150), report.YearStart(y), report.NewDate(2026, 1, 10)} {
			got, err := st.CountYear(t.Context(), y, asOf)
			if err != nil {
				t.Fatal(err)
			}
			if want := countByWalk(t, st, y, asOf); got != want {
				t.Errorf("CountYear(%d, %s) = %+v, walk %+v", y, asOf, got, want)
			}
			if y == 2025 && asOf == report.YearEnd(y) && (got.Publications == 0 || got.Received == 0 || got.Open == 0 || got.Concluded == 0) {
				t.Errorf("2025: %+v: the sample should fill every figure", got)
			}
		}
	}
}
