package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/templates"
)

// countingRequests is a Store whose EachRequest passes fixed rows of any
// year and counts the reads (the other methods are not used).
type countingRequests struct {
	Store
	rows  []report.Request
	reads map[int]int
}

func (c *countingRequests) EachRequest(_ context.Context, y int, fn func(report.Request) error) error {
	c.reads[y]++
	for _, r := range c.rows {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

// ids walks year y of st and returns the ids passed.
func ids(t *testing.T, st Store, y int) []string {
	t.Helper()
	var out []string
	if err := st.EachRequest(t.Context(), y, func(r report.Request) error {
		out = append(out, r.ID)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestRequestsOnceReadsTheYearOnce(t *testing.T) {
	st := &countingRequests{rows: []report.Request{{ID: "B"}, {ID: "A"}, {ID: "C"}}, reads: map[int]int{}}
	once := newRequestsOnce(st)
	want := []string{"B", "A", "C"}
	for i := 0; i < 3; i++ {
		if got := ids(t, once, 2025); !slices.Equal(got, want) {
			t.Fatalf("walk %d: %v, want %v (the store's order)", i, got, want)
		}
	}
	if st.reads[2025] != 1 {
		t.Errorf("2025 read %d times, want once", st.reads[2025])
	}
	ids(t, once, 2024)
	if st.reads[2024] != 1 {
		t.Errorf("another year: read %d times, want once", st.reads[2024])
	}
}

// A year of more applications than one chunk holds passes them all, in
// order, from what was kept.
func TestRequestsOnceKeepsChunks(t *testing.T) {
	st := &countingRequests{reads: map[int]int{}}
	var want []string
	for i := range 2*requestChunk + 3 {
		id := fmt.Sprintf("R%06d", i)
		st.rows = append(st.rows, report.Request{ID: id})
		want = append(want, id)
	}
	once := newRequestsOnce(st)
	ids(t, once, 2025)
	if got := ids(t, once, 2025); !slices.Equal(got, want) {
		t.Fatalf("kept %d rows, want %d in the store's order", len(got), len(want))
	}
	if st.reads[2025] != 1 {
		t.Errorf("read %d times, want once", st.reads[2025])
	}
}

func TestRequestsOnceKeepsNothingOfAStoppedRead(t *testing.T) {
	st := &countingRequests{rows: []report.Request{{ID: "A"}, {ID: "B"}}, reads: map[int]int{}}
	once := newRequestsOnce(st)
	stop := errors.New("stop")
	err := once.EachRequest(t.Context(), 2025, func(report.Request) error { return stop })
	if !errors.Is(err, stop) {
		t.Fatalf("err %v, want fn's", err)
	}
	if got := ids(t, once, 2025); !slices.Equal(got, []string{"A", "B"}) {
		t.Fatalf("after a stopped read: %v, want every row", got)
	}
	if st.reads[2025] != 2 {
		t.Errorf("2025 read %d times, want twice (the stopped read kept nothing)", st.reads[2025])
	}
	// fn's error on a kept year stops the walk too.
	n := 0
	err = once.EachRequest(t.Context(), 2025, func(report.Request) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("kept rows: err %v after %d rows, want fn's after 1", err, n)
	}
}

// storeReads is a real store that counts EachRequest's reads by year.
type storeReads struct {
	Store
	reads map[int]int
}

func (s *storeReads) EachRequest(ctx context.Context, y int, fn func(report.Request) error) error {
	s.reads[y]++
	return s.Store.EachRequest(ctx, y, fn)
}

// EachRequestToCount is the store's, counted with EachRequest.
func (s *storeReads) EachRequestToCount(ctx context.Context, y int, fn func(report.Request) error) error {
	s.reads[y]++
	return s.Store.(requestCounter).EachRequestToCount(ctx, y, fn)
}

// xxgk check reads the year's applications once, for the count and the
// deadline notes, without the text columns, and finds what it finds when
// each reads them afresh in full.
func TestCheckYearReadsRequestsOnce(t *testing.T) {
	_, db := importHandMade(t)
	text, err := templates.Text()
	if err != nil {
		t.Fatal(err)
	}
	e := &env{stdout: io.Discard, stderr: io.Discard, now: func() time.Time { return fixedNow },
		getenv: func(string) string { return "" }, text: text}
	st, err := openExisting(t.Context(), db, data.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	counted := &storeReads{Store: st, reads: map[int]int{}}
	opt := checkOptions{db: db, year: 2025}
	rep, problems, err := checkYear(t.Context(), counted, opt, e)
	if err != nil {
		t.Fatal(err)
	}
	if counted.reads[2025] != 1 {
		t.Errorf("2025's applications read %d times, want once", counted.reads[2025])
	}
	// The same steps, each reading the store itself.
	ro := report.Options{Today: report.DateOf(fixedNow)}
	wantRep, wantProblems, cal, err := countAnnual(t.Context(), st, 2025, false, ro, e)
	if err != nil {
		t.Fatal(err)
	}
	notes, err := deadlineNotes(t.Context(), st, cal, wantRep, 2025, checkAsOf(opt, e))
	if err != nil {
		t.Fatal(err)
	}
	if len(notes) == 0 {
		t.Fatal("the hand-made ledger has no deadline notes: the test shows nothing")
	}
	if !reflect.DeepEqual(rep, wantRep) {
		t.Errorf("figures differ from those of separate reads:\n%+v\nwant %+v", rep, wantRep)
	}
	for _, n := range notes {
		if !slices.ContainsFunc(problems, func(p report.Problem) bool { return reflect.DeepEqual(p, n) }) {
			t.Errorf("deadline note of separate reads missing: %+v", n)
		}
	}
	if len(problems) < len(wantProblems) || !slices.EqualFunc(problems[:len(wantProblems)], wantProblems, func(a, b report.Problem) bool { return reflect.DeepEqual(a, b) }) {
		t.Errorf("the count's problems differ from those of separate reads:\n%+v\nwant %+v", problems, wantProblems)
	}
}
