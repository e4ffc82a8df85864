package xlsx

import (
	"bytes"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
	"github.com/xxgk/xxgk/report/reporttest"
)

// tableSizes returns, per font size, how many bordered cells (the cells
// of a table: labels, headers and figures) of the workbook use it.
func tableSizes(t *testing.T, f *excelize.File) map[float64]int {
	t.Helper()
	sizes := map[float64]int{}
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		for r := range rows {
			for c := range rows[r] {
				id, err := f.GetCellStyle(name, cell(c+1, r+1))
				if err != nil {
					t.Fatal(err)
				}
				st, err := f.GetStyle(id)
				if err != nil || len(st.Border) == 0 || st.Font == nil {
					continue
				}
				sizes[st.Font.Size]++
			}
		}
	}
	return sizes
}

// In the annual, monthly and due workbooks figures are set in the size of
// the labels and headers of the same table: every table cell is 10 pt.
func TestFiguresAndLabelsOneSize(t *testing.T) {
	books := map[string]*excelize.File{
		"annual":  writeBook(t, sampleReport()),
		"monthly": writeMonthlyBook(t, reporttest.Monthly()),
		"due": openWritten(t, func(b *bytes.Buffer) error {
			e := deadline.Entry{ID: "YSQ-2025-001", Received: report.NewDate(2025, 12, 1)}
			e.Reply, e.Left = report.NewDate(2025, 12, 29), 3
			return WriteDue(b, report.Unit{Name: "某某县教育局"}, report.NewDate(2025, 12, 20),
				[]deadline.Entry{e}, time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC))
		}),
	}
	for name, f := range books {
		sizes := tableSizes(t, f)
		if len(sizes) != 1 || sizes[10] < 10 {
			t.Errorf("%s: table cells by font size %v, want all 10 pt", name, sizes)
		}
	}
}
