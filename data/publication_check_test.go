package data

import (
	"slices"
	"testing"
	"time"

	"github.com/xxgk/xxgk/report"
)

// The items dated after today are exactly those of the year published
// after today, whatever day today is: before the year, on its first day,
// within it, on its last day, after it.
func TestEachPublicationToCheckAfterToday(t *testing.T) {
	st := openTemp(t)
	a := randomRows(500)
	importAll(t, st, a)
	const y = 2025
	for _, today := range []report.Date{
		report.NewDate(2023, 6, 1), report.YearStart(y).AddDays(-1), report.YearStart(y),
		report.NewDate(y, 7, 15), report.YearEnd(y).AddDays(-1), report.YearEnd(y), report.NewDate(2026, 1, 10),
	} {
		var want []string
		for _, p := range a.pubs {
			if p.Published.In(y) && p.Published > today {
				want = append(want, p.IndexNo)
			}
		}
		slices.Sort(want)
		var got []string
		err := st.EachPublicationToCheck(t.Context(), y, today, time.Time{}, func(p report.Publication) error {
			got = append(got, p.IndexNo)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Errorf("today %s: %d items, want %d", today, len(got), len(want))
		}
	}
}
