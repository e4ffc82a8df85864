package data

import (
	"testing"

	"github.com/xxgk/xxgk/report"
)

// The change mark stays while nothing is committed (reads included) and
// moves on every commit: this store's own writes, made on its other
// connections, and another store's (another program's) on the same file.
func TestChangeMarkSeesEveryCommit(t *testing.T) {
	st := openTemp(t)
	ctx := t.Context()
	mark := func() int64 {
		t.Helper()
		m, err := st.ChangeMark(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	m0 := mark()
	if _, err := st.Unit(ctx); err != nil {
		t.Fatal(err)
	}
	if m := mark(); m != m0 {
		t.Fatalf("mark moved without a commit: %d → %d", m0, m)
	}
	if err := st.SaveCalendar(ctx, CalendarFile{Year: 2031, Source: "a.txt", Text: "x", Added: now}); err != nil {
		t.Fatal(err)
	}
	m1 := mark()
	if m1 == m0 {
		t.Fatal("the store's own commit left the mark unchanged")
	}
	other, err := Open(ctx, st.Path(), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	importAll(t, other, &all{reqs: []report.Request{{ID: "R1", Received: report.YearStart(2025), Origin: report.Origin{Updated: now}}}})
	m2 := mark()
	if m2 == m1 {
		t.Fatal("another store's import left the mark unchanged")
	}
	im, err := other.BeginImport(ctx, []string{"x"}, now)
	if err != nil {
		t.Fatal(err)
	}
	if err := im.Rollback(); err != nil {
		t.Fatal(err)
	}
	if m := mark(); m != m2 {
		t.Errorf("a rolled-back import moved the mark: %d → %d", m2, m)
	}
}
