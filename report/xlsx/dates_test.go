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

// dateCell returns the cell as a clerk's Excel shows it, after checking it
// is a number in a date format whose serial is the date shown.
func dateCell(t *testing.T, f *excelize.File, sheet string, col, row int) string {
	t.Helper()
	ref := cell(col, row)
	if typ, err := f.GetCellType(sheet, ref); err != nil || typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber {
		t.Errorf("%s!%s: type %v, %v, want a number", sheet, ref, typ, err)
	}
	id, _ := f.GetCellStyle(sheet, ref)
	st, err := f.GetStyle(id)
	if err != nil || st.CustomNumFmt == nil || *st.CustomNumFmt != fmtDate {
		t.Errorf("%s!%s: number format %v, want %s", sheet, ref, st.CustomNumFmt, fmtDate)
	}
	shown, _ := f.GetCellValue(sheet, ref)
	raw, _ := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	d, err := report.ParseISO(shown)
	if err != nil || raw != itoa(serial(d)) {
		t.Errorf("%s!%s: shown %q, serial %q", sheet, ref, shown, raw)
	}
	if font := st.Font; font == nil || font.Size != 10 {
		t.Errorf("%s!%s: font %+v, want size 10 as the labels", sheet, ref, font)
	}
	return shown
}

// The serial is Excel's: 2025-01-01 is 45658, 1900-03-01 is 61.
func TestSerial(t *testing.T) {
	for d, want := range map[report.Date]int{report.NewDate(2025, 1, 1): 45658, report.NewDate(1900, 3, 1): 61, report.NewDate(2026, 12, 31): 46387} {
		if got := serial(d); got != want {
			t.Errorf("serial(%s) = %d, want %d", d, got, want)
		}
	}
}

// The due list's 收到日期, 起算日期, 答复期限 and 补正告知期限 are date
// cells; a date the entry lacks leaves its cell empty.
func TestDueDates(t *testing.T) {
	e := deadline.Entry{ID: "YSQ-2025-001", Received: report.NewDate(2025, 12, 1)}
	e.Start, e.Reply, e.CorrectionNotice = report.NewDate(2025, 12, 3), report.NewDate(2025, 12, 29), report.NewDate(2025, 12, 10)
	waiting := deadline.Entry{ID: "YSQ-2025-002", Received: report.NewDate(2025, 12, 5)}
	f := openWritten(t, func(b *bytes.Buffer) error {
		return WriteDue(b, report.Unit{Name: "某某县教育局"}, report.NewDate(2026, 1, 10),
			[]deadline.Entry{e, waiting}, time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC))
	})
	row := tableTop + 1
	for col, want := range map[int]string{2: "2025-12-01", 3: "2025-12-03", 4: "2025-12-29", 7: "2025-12-10"} {
		if got := dateCell(t, f, sheetDue, col, row); got != want {
			t.Errorf("column %d = %s, want %s", col, got, want)
		}
	}
	if got := dateCell(t, f, sheetDue, 2, row+1); got != "2025-12-05" {
		t.Errorf("second 收到日期 = %s", got)
	}
	if got := value(t, f, sheetDue, 4, row+1); got != "" {
		t.Errorf("答复期限 without a date = %q", got)
	}
}

// The monthly workbook's 完成时限 and the open applications' 收到日期 and
// 答复期限 are date cells, red on an overdue row; 「全年」 stays text.
func TestMonthlyDates(t *testing.T) {
	f := writeMonthlyBook(t, reporttest.Monthly())
	row := rowOf(t, f, sheetTasks, 1, "GK-03")
	if got := dateCell(t, f, sheetTasks, 5, row); got != "2025-06-30" || fontColour(t, f, sheetTasks, 5, row) != colourOverdue {
		t.Errorf("GK-03 完成时限 = %s, colour %s", got, fontColour(t, f, sheetTasks, 5, row))
	}
	row = rowOf(t, f, sheetTasks, 1, "GK-01")
	if got := value(t, f, sheetTasks, 5, row); got != "全年" {
		t.Errorf("GK-01 完成时限 = %q", got)
	}
	row = rowOf(t, f, sheetApps, 2, "YSQ-2025-019")
	if got := dateCell(t, f, sheetApps, 3, row); got != "2025-07-21" {
		t.Errorf("收到日期 = %s", got)
	}
	if got := dateCell(t, f, sheetApps, 4, row); got != "2025-08-11" || fontColour(t, f, sheetApps, 4, row) == colourOverdue {
		t.Errorf("答复期限 = %s", got)
	}
	row = rowOf(t, f, sheetApps, 2, "YSQ-2025-011")
	dateCell(t, f, sheetApps, 4, row)
	if fontColour(t, f, sheetApps, 4, row) != colourOverdue {
		t.Error("an overdue application's 答复期限 is not red")
	}
}
