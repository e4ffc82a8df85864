package ledger

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"
)

// writeRequestsXLSX writes a request ledger of n rows into dir as Excel
// stores one: shared strings for the texts, serial numbers for the dates,
// blank optional columns.
func writeRequestsXLSX(dir string, n int) (string, error) {
	path := filepath.Join(dir, "requests.xlsx")
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		return "", err
	}
	_ = sw.SetRow("A1", []any{"申请编号", "收到日期", "申请人类型", "申请人", "申请方式", "申请内容", "补正告知日期", "办结日期", "办理结果", "备注"})
	types := []string{"自然人", "商业企业", "科研机构", "律师"}
	ways := []string{"网络", "当面", "邮寄"}
	for i := 2; i <= n+1; i++ {
		cell, _ := excelize.CoordinatesToCellName(1, i)
		row := []any{fmt.Sprintf("2025-%06d", i), 45658 + i%300, types[i%len(types)], fmt.Sprintf("申请人%d", i%5000),
			ways[i%len(ways)], fmt.Sprintf("关于第%d号文件的公开申请", i%2000), nil, 45680 + i%280, "予以公开", nil}
		if i%7 == 0 {
			row[6] = 45660 + i%300
		}
		if err := sw.SetRow(cell, row); err != nil {
			return "", err
		}
	}
	if err := sw.Flush(); err != nil {
		return "", err
	}
	return path, f.SaveAs(path)
}

// BenchmarkReadXLSXRequests100k reads, converts and validates a 100,000-row
// request ledger workbook (the import without the database).
func BenchmarkReadXLSXRequests100k(b *testing.B) {
	path, err := writeRequestsXLSX(b.TempDir(), 100_000)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		if err := ReadFile(context.Background(), path, &countSink{fn: func() { n++ }}, Options{}); err != nil || n != 100_000 {
			b.Fatalf("err %v, %d rows", err, n)
		}
	}
	b.ReportMetric(float64(100_000*b.N)/b.Elapsed().Seconds(), "rows/s")
}
