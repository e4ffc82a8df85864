package data

import (
	"errors"
	"path/filepath"
	"testing"
	"time"
)

// A write waits while another connection holds the write lock (an
// import), and succeeds once it is released.
func TestWriterWaitsForAnotherWriter(t *testing.T) {
	first := newStore(t, t.TempDir(), "a.db", "甲单位")
	im, err := first.BeginImport(t.Context(), []string{"x.csv"}, now)
	if err != nil {
		t.Fatal(err)
	}
	defer im.Rollback()
	waiting := make(chan struct{})
	second, err := Open(t.Context(), first.path, OpenOptions{OnBusy: func() { close(waiting) }})
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	done := make(chan error)
	go func() {
		done <- second.SaveCalendar(t.Context(), CalendarFile{Year: 2031, Source: "c.txt", Text: "x", Added: now})
	}()
	<-waiting
	if err := im.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := <-done; err != nil {
		t.Fatalf("the waiting write failed: %v", err)
	}
	cals, err := first.Calendars(t.Context())
	if err != nil || len(cals) != 1 || cals[0].Year != 2031 {
		t.Errorf("calendars = %v, %v", cals, err)
	}
}

// A write that cannot get the lock within its wait says the database is
// busy.
func TestWriterGivesUpBusy(t *testing.T) {
	first := newStore(t, t.TempDir(), "a.db", "甲单位")
	im, err := first.BeginImport(t.Context(), []string{"x.csv"}, now)
	if err != nil {
		t.Fatal(err)
	}
	defer im.Rollback()
	second, err := Open(t.Context(), first.path, OpenOptions{BusyWait: time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	err = second.SaveCalendar(t.Context(), CalendarFile{Year: 2031, Source: "c.txt", Text: "x", Added: now})
	var de *DBError
	if !errors.As(err, &de) || de.Problem != Busy || de.Path != filepath.Clean(first.path) {
		t.Errorf("err = %v, want a Busy DBError naming the file", err)
	}
	// Reading is not blocked by the writer.
	if _, err := second.Unit(t.Context()); err != nil {
		t.Errorf("read while another writes: %v", err)
	}
}
