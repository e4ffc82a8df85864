package data

import (
	"slices"
	"strings"
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

// The items changed since a moment are found through the index of
// migration 0008 by the instant they were written, whatever UTC offset
// the stamp was written with, a second of slack included; items of other
// years never are. A stamp SQLite cannot read is not skipped: reading it
// fails.
func TestEachPublicationToCheckChanged(t *testing.T) {
	st := openTemp(t)
	a := randomRows(300)
	importAll(t, st, a)
	const y = 2025
	since := time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC)
	if _, err := st.db.Exec(`UPDATE publications SET updated_at = '2026-01-05T08:00:00Z'`); err != nil {
		t.Fatal(err)
	}
	stamps := []string{
		"2026-01-10T17:00:00+08:00",   // the very instant, written in local time: found
		"2026-01-10T16:59:59.5+08:00", // half a second before: within the slack, found
		"2026-01-10T08:59:58Z",        // two seconds before: not found
		"2026-01-11T00:00:00.000001Z", // later: found
		"2026-01-10T16:00:00+08:00",   // an hour before, in local time: not found
	}
	found := map[int]bool{0: true, 1: true, 3: true}
	var want, others []string
	for _, p := range a.pubs {
		if p.Published.In(y) {
			want = append(want, p.IndexNo)
		} else {
			others = append(others, p.IndexNo)
		}
	}
	if len(want) < len(stamps) || len(others) == 0 {
		t.Fatalf("%d items in %d, %d outside", len(want), y, len(others))
	}
	var expect []string
	for i, s := range stamps {
		if _, err := st.db.Exec(`UPDATE publications SET updated_at = ? WHERE index_no = ?`, s, want[i]); err != nil {
			t.Fatal(err)
		}
		if found[i] {
			expect = append(expect, want[i])
		}
	}
	if _, err := st.db.Exec(`UPDATE publications SET updated_at = '2026-02-01T00:00:00Z' WHERE index_no = ?`, others[0]); err != nil {
		t.Fatal(err)
	}
	slices.Sort(expect)
	var got []string
	err := st.EachPublicationToCheck(t.Context(), y, report.Date(0), since, func(p report.Publication) error {
		got = append(got, p.IndexNo)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, expect) {
		t.Errorf("changed since %s: %v, want %v", since, got, expect)
	}

	if _, err := st.db.Exec(`UPDATE publications SET updated_at = 'sometime in January' WHERE index_no = ?`, want[len(stamps)]); err != nil {
		t.Fatal(err)
	}
	err = st.EachPublicationToCheck(t.Context(), y, report.Date(0), since, func(report.Publication) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "sometime in January") {
		t.Errorf("unreadable stamp: %v", err)
	}
}
