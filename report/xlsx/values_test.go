package xlsx

import (
	"bytes"
	"math"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

// An empty report prints 0 in every statutory cell, never a blank, and 「—」
// for shares that have nothing to divide by.
func TestZeroReport(t *testing.T) {
	rep := &report.AnnualReport{Unit: report.Unit{Name: "某某学校"}, Year: 2025}
	f := writeBook(t, rep)
	for _, p := range CellPaths() {
		sheet, ref, _ := CellRef(p)
		got, err := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if got != "0" {
			t.Errorf("%s (%s!%s) = %q, want 0", p, sheet, ref, got)
		}
		if typ, _ := f.GetCellType(sheet, ref); typ != excelize.CellTypeUnset {
			t.Errorf("%s (%s!%s) is not a number cell (type %v)", p, sheet, ref, typ)
		}
	}
	for col := 2; col <= 8; col++ {
		if got, _ := f.GetCellValue("申请办理结果统计", cell(col, 13)); got != "—" {
			t.Errorf("share in %s = %q, want —", cell(col, 13), got)
		}
	}
}

// The fee keeps the digits it was given and shows at least two decimals.
func TestFeeFormats(t *testing.T) {
	tests := []struct {
		in, raw, shown string
	}{
		{"", "0", "0.00"},
		{"0.00", "0.00", "0.00"},
		{"12.3", "12.3", "12.30"},
		{"57.18", "57.18", "57.18"},
		{"4166.241619", "4166.241619", "4166.241619"},
		{"123456789.123456", "123456789.123456", "123456789.123456"},
	}
	for _, tt := range tests {
		rep := &report.AnnualReport{Year: 2025, Table2: report.Table2{FeesWan: tt.in}}
		f := writeBook(t, rep)
		sheet, ref, _ := CellRef("table2.fees.amount_wan")
		raw, _ := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
		shown, _ := f.GetCellValue(sheet, ref)
		if raw != tt.raw || shown != tt.shown {
			t.Errorf("FeesWan %q: raw %q shown %q, want %q and %q", tt.in, raw, shown, tt.raw, tt.shown)
		}
	}
	for _, bad := range []string{"12,3", "1e5", "十二"} {
		rep := &report.AnnualReport{Year: 2025, Table2: report.Table2{FeesWan: bad}}
		if err := Write(&bytes.Buffer{}, rep); err == nil {
			t.Errorf("FeesWan %q: no error", bad)
		}
	}
}

// The outcome summary takes its group sums from Table3.Row and its share
// from (予以公开＋部分公开) ÷ 总计, per column.
func TestOutcomeSummary(t *testing.T) {
	rep := sampleReport()
	f := writeBook(t, rep)
	codes := []string{"granted", "partial", "withheld", "unavailable", "rejected", "other", "result_total"}
	for i, code := range codes {
		want, _ := rep.Table3.Row(code)
		for j, n := range want {
			ref := cell(2+j, 6+i)
			got, _ := f.GetCellValue("申请办理结果统计", ref, excelize.Options{RawCellValue: true})
			if got != strconv.Itoa(n) {
				t.Errorf("%s %s = %s, want %d", code, ref, got, n)
			}
		}
	}
	g, p, tot := rep.Table3.Rows[report.RowFirstResult], rep.Table3.Rows[report.RowFirstResult+1], rep.Table3.Rows[report.RowResultTotal]
	for j := range tot {
		raw, _ := f.GetCellValue("申请办理结果统计", cell(2+j, 13), excelize.Options{RawCellValue: true})
		got, err := strconv.ParseFloat(raw, 64)
		want := float64(g[j]+p[j]) / float64(tot[j])
		if err != nil || math.Abs(got-want) > 1e-12 {
			t.Errorf("share column %d = %s, want %v", j, raw, want)
		}
	}
}
