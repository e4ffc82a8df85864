package ledger

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// batchSink is a Batcher that logs rows, flushes, progress steps and
// batching switches in order, and fails the flush after row failAt.
type batchSink struct {
	recorder
	log    []string
	held   int // rows since the last flush
	failAt int // 0: never
	err    error
}

func (b *batchSink) Quota(q report.Quota) error {
	b.held++
	b.log = append(b.log, fmt.Sprint("row ", q.Origin.Row))
	return b.recorder.Quota(q)
}

func (b *batchSink) SetBatching(on bool) { b.log = append(b.log, fmt.Sprint("batching ", on)) }

func (b *batchSink) Flush() error {
	b.log = append(b.log, fmt.Sprint("flush ", b.held))
	b.held = 0
	if b.failAt > 0 && len(b.quotas) >= b.failAt {
		return b.err
	}
	return nil
}

// quotaCSV returns a quota ledger of n rows, data from line 2.
func quotaCSV(n int) string {
	var b strings.Builder
	b.WriteString("单位,月份,任务数\n")
	for i := range n {
		fmt.Fprintf(&b, "办公室%d,2025-06,%d\n", i, i)
	}
	return b.String()
}

// TestBatcherFlushPoints turns batches on for ReadFile's read and flushes
// before each progress step and at the end of the file.
func TestBatcherFlushPoints(t *testing.T) {
	path := filepath.Join(t.TempDir(), "q.csv")
	if err := os.WriteFile(path, []byte(quotaCSV(2500)), 0o600); err != nil {
		t.Fatal(err)
	}
	sink := &batchSink{}
	var steps []string
	opt := Options{Progress: func(n int) {
		steps = append(steps, fmt.Sprint(n))
		sink.log = append(sink.log, fmt.Sprint("progress ", n))
	}}
	if err := ReadFile(context.Background(), path, sink, opt); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range sink.log {
		if !strings.HasPrefix(e, "row ") {
			got = append(got, e)
		}
	}
	want := []string{"batching true", "flush 1000", "progress 1000", "flush 1000", "progress 2000", "flush 500", "progress 2500", "batching false"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("calls %q\nwant %q", got, want)
	}
}

// TestBatcherFlushErrorFirst returns the error of a row held back
// before what stopped the read after it: the end of the file, a bad cell.
func TestBatcherFlushErrorFirst(t *testing.T) {
	held := errors.New("row 5 failed")
	for name, text := range map[string]string{
		"end":      quotaCSV(10),
		"bad cell": quotaCSV(10) + "办公室x,2025-06,很多\n",
	} {
		t.Run(name, func(t *testing.T) {
			sink := &batchSink{failAt: 5, err: held}
			err := ReadCSV(context.Background(), strings.NewReader(text), "q.csv", sink, Options{})
			if err != held {
				t.Fatalf("error %v, want the held row's %v", err, held)
			}
		})
	}
}

// TestBatcherFlushEachSheet flushes at the end of each sheet of a
// workbook, before the next sheet's rows.
func TestBatcherFlushEachSheet(t *testing.T) {
	head := []any{"单位", "月份", "任务数"}
	data := workbook(t, []sheetSpec{
		{name: "一", rows: [][]any{head, {"办公室", "2025-06", 3}, {"财务科", "2025-06", 4}}},
		{name: "二", rows: [][]any{head, {"人事科", "2025-07", 5}}},
	})
	path := filepath.Join(t.TempDir(), "q.xlsx")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	sink := &batchSink{}
	if err := ReadFile(context.Background(), path, sink, Options{}); err != nil {
		t.Fatal(err)
	}
	want := []string{"batching true", "row 2", "row 3", "flush 2", "row 2", "flush 1", "batching false"}
	if !reflect.DeepEqual(sink.log, want) {
		t.Errorf("calls %q\nwant %q", sink.log, want)
	}
}
