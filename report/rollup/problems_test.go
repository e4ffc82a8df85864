package rollup

import (
	"strconv"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// TestProblemList: problems come back in order, across chunk boundaries,
// and none as nil.
func TestProblemList(t *testing.T) {
	var empty problemList
	if empty.list() != nil {
		t.Error("no problems listed as non-nil")
	}
	for _, n := range []int{1, problemChunk - 1, problemChunk, problemChunk + 1, 3*problemChunk + 7} {
		var l problemList
		for i := range n {
			l.add(Problem{Message: strconv.Itoa(i)})
		}
		got := l.list()
		if len(got) != n || cap(got) != n {
			t.Fatalf("%d problems: len %d cap %d", n, len(got), cap(got))
		}
		for i, p := range got {
			if p.Message != strconv.Itoa(i) {
				t.Fatalf("%d problems: #%d is %q", n, i, p.Message)
			}
		}
	}
}

// TestFigureNames: a remembered name is report.FigureName's.
func TestFigureNames(t *testing.T) {
	m := figureNames{}
	for range 2 {
		for _, f := range (&report.AnnualReport{}).Figures() {
			if got, want := m.name(f.Path), report.FigureName(f.Path); got != want {
				t.Errorf("%s: %q, want %q", f.Path, got, want)
			}
		}
	}
}
