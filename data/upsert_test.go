package data

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/xxgk/xxgk/report"
)

func pub(key, title string, row int) report.Publication {
	return report.Publication{IndexNo: key, Title: title, Published: report.NewDate(2025, 3, 1), Category: "其他",
		Origin: report.Origin{File: "p.csv", Row: row}}
}

// importPubs imports pubs at time at and returns the stats, or the error
// of the first row that failed (the import is then rolled back).
func importPubs(t *testing.T, st *Store, at time.Time, pubs ...report.Publication) (Stats, error) {
	t.Helper()
	im, err := st.BeginImport(t.Context(), []string{"p.csv"}, at)
	if err != nil {
		t.Fatal(err)
	}
	defer im.Rollback()
	for _, p := range pubs {
		if err := im.Publication(p); err != nil {
			return Stats{}, err
		}
	}
	s := im.Stats()
	if err := im.Commit(); err != nil {
		t.Fatal(err)
	}
	return s[0].Stats, nil
}

// TestUpsertStatesInAnyOrder mixes new, unchanged and updated rows so that
// every state follows every other, and checks the counts, the data and
// the origins written.
func TestUpsertStatesInAnyOrder(t *testing.T) {
	st := openTemp(t)
	first := []report.Publication{pub("A", "甲", 2), pub("B", "乙", 3), pub("C", "丙", 4), pub("D", "丁", 5)}
	if s, err := importPubs(t, st, now, first...); err != nil || s != (Stats{Added: 4}) {
		t.Fatalf("first import: %+v %v", s, err)
	}
	later := now.Add(time.Hour)
	second := []report.Publication{
		pub("A", "甲", 12),  // unchanged, read from another row
		pub("E", "戊", 13),  // new after unchanged
		pub("B", "乙2", 14), // changed after new
		pub("F", "己", 15),  // new after changed
		pub("C", "丙", 16),  // unchanged after new
		pub("D", "丁2", 17), // changed after unchanged
	}
	if s, err := importPubs(t, st, later, second...); err != nil || s != (Stats{Added: 2, Updated: 2, Unchanged: 2}) {
		t.Fatalf("second import: %+v %v", s, err)
	}
	var got []report.Publication
	if err := st.EachPublication(t.Context(), 2025, func(p report.Publication) error {
		got = append(got, p)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	want := map[string]struct {
		title   string
		row     int
		updated time.Time
	}{
		"A": {"甲", 12, now}, "B": {"乙2", 14, later}, "C": {"丙", 16, now},
		"D": {"丁2", 17, later}, "E": {"戊", 13, later}, "F": {"己", 15, later},
	}
	if len(got) != len(want) {
		t.Fatalf("%d rows, want %d", len(got), len(want))
	}
	for _, p := range got {
		w := want[p.IndexNo]
		if p.Title != w.title || p.Origin.Row != w.row || !p.Origin.Updated.Equal(w.updated) {
			t.Errorf("%s: %q row %d updated %v, want %q row %d updated %v",
				p.IndexNo, p.Title, p.Origin.Row, p.Origin.Updated, w.title, w.row, w.updated)
		}
	}
	if s, err := importPubs(t, st, later.Add(time.Hour), second...); err != nil || s != (Stats{Unchanged: 6}) {
		t.Fatalf("third import: %+v %v", s, err)
	}
}

// TestUpsertDuplicateAfterEveryState finds a key met twice in one import
// whatever state its first row was in, and names that row.
func TestUpsertDuplicateAfterEveryState(t *testing.T) {
	st := openTemp(t)
	if _, err := importPubs(t, st, now, pub("OLD", "旧", 2), pub("KEEP", "留", 3)); err != nil {
		t.Fatal(err)
	}
	for name, rows := range map[string][]report.Publication{
		"new":           {pub("KEEP", "留", 2), pub("NEW", "新", 7), pub("NEW", "新", 8)},
		"unchanged":     {pub("NEW2", "新", 2), pub("OLD", "旧", 7), pub("OLD", "旧", 8)},
		"changed":       {pub("KEEP", "留", 2), pub("OLD", "改", 7), pub("OLD", "改", 8)},
		"changed twice": {pub("OLD", "改", 7), pub("OLD", "再改", 8)},
	} {
		_, err := importPubs(t, st, now, rows...)
		var dup *DuplicateKeyError
		if !errors.As(err, &dup) {
			t.Errorf("%s: %v, want a DuplicateKeyError", name, err)
			continue
		}
		if dup.First.Row != 7 || dup.Again.Row != 8 || dup.Ledger != "主动公开" {
			t.Errorf("%s: %+v", name, dup)
		}
	}
	// The failed imports left the database as it was.
	if s, err := importPubs(t, st, now, pub("OLD", "旧", 2), pub("KEEP", "留", 3)); err != nil || s != (Stats{Unchanged: 2}) {
		t.Fatalf("after the failed imports: %+v %v", s, err)
	}
}

// TestImportStopsWhenCancelled stops at the first row after Ctrl+C,
// although a row's statements do not watch the context themselves.
func TestImportStopsWhenCancelled(t *testing.T) {
	st := openTemp(t)
	ctx, cancel := context.WithCancel(t.Context())
	im, err := st.BeginImport(ctx, []string{"p.csv"}, now)
	if err != nil {
		t.Fatal(err)
	}
	defer im.Rollback()
	if err := im.Publication(pub("A", "甲", 2)); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := im.Publication(pub("B", "乙", 3)); !errors.Is(err, context.Canceled) {
		t.Fatalf("row after cancel: %v, want context.Canceled", err)
	}
	im.Rollback()
	if s, err := importPubs(t, st, now, pub("A", "甲", 2)); err != nil || s != (Stats{Added: 1}) {
		t.Fatalf("after the cancelled import: %+v %v", s, err)
	}
}
