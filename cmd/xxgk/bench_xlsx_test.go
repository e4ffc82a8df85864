package main

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

// writeRequestsWorkbook writes a request ledger workbook of n rows spread
// over 2024–2025, dates as serial numbers with a date format, as a clerk's
// Excel file holds them.
func writeRequestsWorkbook(b *testing.B, path string, n int) {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		b.Fatal(err)
	}
	dateStyle, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	_ = sw.SetRow("A1", []any{"申请编号", "收到日期", "申请人类型", "申请人", "联系方式", "申请内容", "申请方式", "办结日期", "办理结果"})
	types := []string{"自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"}
	outcomes := []string{"予以公开", "部分公开", "属于国家秘密", "本机关不掌握相关政府信息", "重复申请", "其他"}
	serial := func(d report.Date) excelize.Cell {
		return excelize.Cell{StyleID: dateStyle, Value: d.Time()}
	}
	for i := 0; i < n; i++ {
		recv := report.YearStart(2024).AddDays(i % 700)
		var concluded, outcome any
		if i%5 != 0 {
			concluded, outcome = serial(recv.AddDays(10+i%30)), outcomes[i%len(outcomes)]
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		row := []any{fmt.Sprintf("SQ%08d", i), serial(recv), types[i%len(types)], fmt.Sprintf("申请人%d", i),
			fmt.Sprintf("138%08d", i), "关于某事项的信息", "网络", concluded, outcome}
		if err := sw.SetRow(cell, row); err != nil {
			b.Fatal(err)
		}
	}
	if err := sw.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkImportXLSXWorkbook imports a request ledger workbook of each
// size into a new database in one transaction: read, validate, write.
func BenchmarkImportXLSXWorkbook(b *testing.B) {
	ctx := context.Background()
	for _, n := range sizes(b) {
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			xlsx := filepath.Join(dir, "requests.xlsx")
			writeRequestsWorkbook(b, xlsx, n)
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				db := filepath.Join(dir, fmt.Sprintf("b%d.db", i))
				importInto(b, ctx, db, xlsx).Close()
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
		})
	}
}
