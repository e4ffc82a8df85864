package ledger

import (
	"bytes"
	"errors"
	"fmt"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// requestRows returns a request ledger's header and n data rows, the
// i-th with 申请编号 SQ<i>.
func requestRows(n int) [][]any {
	rows := [][]any{{"申请编号", "收到日期", "申请人类型", "办结日期", "办理结果"}}
	for i := range n {
		rows = append(rows, []any{fmt.Sprintf("SQ%d", i), "2025-03-01", "自然人", "2025-03-10", "予以公开"})
	}
	return rows
}

// TestSheetPipeBatchBoundaries reads sheets of 0, 1 and a batch ±1 rows
// through the reading goroutine: every row once, in order, with its row
// number.
func TestSheetPipeBatchBoundaries(t *testing.T) {
	for _, n := range []int{0, 1, pipeBatch - 1, pipeBatch, pipeBatch + 1, 2*pipeBatch + 1} {
		b := workbook(t, []sheetSpec{{name: "依申请", rows: requestRows(n)}})
		rec, _, err := readXLSXBytes(t, b, "r.xlsx")
		if err != nil {
			t.Fatalf("%d rows: %v", n, err)
		}
		if len(rec.reqs) != n {
			t.Fatalf("%d rows read, want %d", len(rec.reqs), n)
		}
		for i, r := range rec.reqs {
			if r.ID != fmt.Sprintf("SQ%d", i) || r.Origin.Row != i+2 || r.Origin.Sheet != "依申请" {
				t.Fatalf("%d rows: row %d is %s at %+v", n, i, r.ID, r.Origin)
			}
		}
	}
}

// stopAt is a Sink that fails at its n-th request.
type stopAt struct {
	recorder
	n int
}

var errStop = errors.New("stop")

func (s *stopAt) Request(r report.Request) error {
	s.reqs = append(s.reqs, r)
	if len(s.reqs) == s.n {
		return errStop
	}
	return nil
}

// TestSheetPipeStopsWithTheSink ends the read at the row the sink fails
// at, in the middle of a batch, and returns the sink's error as it is.
func TestSheetPipeStopsWithTheSink(t *testing.T) {
	b := workbook(t, []sheetSpec{{name: "依申请", rows: requestRows(3 * pipeBatch)}})
	for _, n := range []int{1, pipeBatch / 2, pipeBatch + 1} {
		s := &stopAt{n: n}
		err := ReadXLSX(t.Context(), bytes.NewReader(b), "r.xlsx", s, Options{})
		if !errors.Is(err, errStop) {
			t.Fatalf("stop at %d: %v, want the sink's error", n, err)
		}
		if len(s.reqs) != n || s.reqs[n-1].Origin.Row != n+1 {
			t.Fatalf("stop at %d: %d rows taken", n, len(s.reqs))
		}
	}
}
