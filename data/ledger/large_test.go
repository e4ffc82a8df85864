package ledger

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/data/xlsxguard"
	"github.com/xxgk/xxgk/report"
)

// rowSource generates a quotas CSV of n rows without holding it.
type rowSource struct {
	n, i int
	buf  []byte
}

func (s *rowSource) Read(p []byte) (int, error) {
	for len(s.buf) < len(p) && s.i <= s.n {
		if s.i == 0 {
			s.buf = append(s.buf, "单位,月份,任务数\n"...)
		} else {
			s.buf = fmt.Appendf(s.buf, "股室%d,2025-%02d,%d\n", s.i, s.i%12+1, s.i%50)
		}
		s.i++
	}
	if len(s.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(p, s.buf)
	s.buf = s.buf[n:]
	return n, nil
}

// heapWatch records the largest live heap seen at Progress calls.
type heapWatch struct{ peak uint64 }

func (h *heapWatch) progress(int) {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	h.peak = max(h.peak, m.HeapAlloc)
}

func TestReadCSVMillionRowsFlatMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	var h heapWatch
	n := 0
	sink := &countSink{fn: func() { n++ }}
	err := ReadCSV(context.Background(), &rowSource{n: 1_000_000}, "big.csv", sink, Options{Progress: func(r int) {
		if r%100_000 == 0 {
			h.progress(r)
		}
	}})
	if err != nil || n != 1_000_000 {
		t.Fatalf("err %v, %d rows", err, n)
	}
	t.Logf("peak live heap %d KiB", h.peak>>10)
	if h.peak > 32<<20 {
		t.Errorf("live heap reached %d MiB", h.peak>>20)
	}
}

func TestReadXLSXLargeSheetFlatMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	const rows = 300_000
	path := filepath.Join(t.TempDir(), "big.xlsx")
	f := excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	_ = sw.SetRow("A1", []any{"收费编号", "收费日期", "金额（元）", "项目"})
	for i := 2; i <= rows+1; i++ {
		cell, _ := excelize.CoordinatesToCellName(1, i)
		if err := sw.SetRow(cell, []any{fmt.Sprintf("F%07d", i), 45721 + i%300, float64(i%1000) + 0.5, "教师资格认定"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	f.Close()
	var h heapWatch
	n := 0
	err = ReadFile(context.Background(), path, &countSink{fn: func() { n++ }}, Options{Progress: func(r int) {
		if r%50_000 == 0 {
			h.progress(r)
		}
	}})
	if err != nil || n != rows {
		t.Fatalf("err %v, %d rows", err, n)
	}
	t.Logf("peak live heap %d KiB", h.peak>>10)
	if h.peak > 64<<20 {
		t.Errorf("live heap reached %d MiB", h.peak>>20)
	}
}

// countSink counts rows of any ledger.
type countSink struct{ fn func() }

func (c *countSink) Publication(report.Publication) error { c.fn(); return nil }
func (c *countSink) Request(report.Request) error         { c.fn(); return nil }
func (c *countSink) Document(report.Document) error       { c.fn(); return nil }
func (c *countSink) Decision(report.Decision) error       { c.fn(); return nil }
func (c *countSink) Fee(report.Fee) error                 { c.fn(); return nil }
func (c *countSink) Appeal(report.Appeal) error           { c.fn(); return nil }
func (c *countSink) Task(report.Task) error               { c.fn(); return nil }
func (c *countSink) Progress(report.Progress) error       { c.fn(); return nil }
func (c *countSink) Quota(report.Quota) error             { c.fn(); return nil }

func TestReadXLSXImpossibleZipSizes(t *testing.T) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "xl/styles.xml", Method: zip.Deflate,
		CompressedSize64: 4, UncompressedSize64: 1 << 40})
	if err != nil {
		t.Fatal(err)
	}
	_, _ = w.Write([]byte{1, 2, 3, 4})
	_ = zw.Close()
	_, _, err = readXLSXBytes(t, b.Bytes(), "坏.xlsx")
	if !errors.Is(err, xlsxguard.ErrImpossibleSizes) || !strings.HasPrefix(err.Error(), "坏.xlsx 不是有效的 .xlsx 文件，可能已损坏") {
		t.Errorf("err = %v", err)
	}
}
