package xlsx

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

// writeMonthlyBook writes sum and opens the result.
func writeMonthlyBook(t *testing.T, sum *report.MonthlySummary) *excelize.File {
	t.Helper()
	return openWritten(t, func(b *bytes.Buffer) error { return WriteMonthly(b, sum) })
}

func TestMonthlyGolden(t *testing.T) {
	for name, sum := range map[string]*report.MonthlySummary{
		"monthly.golden":       reporttest.Monthly(),
		"monthly_empty.golden": reporttest.EmptyMonthly(),
	} {
		t.Run(name, func(t *testing.T) {
			reporttest.Golden(t, filepath.Join("testdata", name), dump(t, writeMonthlyBook(t, sum)))
		})
	}
}

func TestMonthlyDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := WriteMonthly(&a, reporttest.Monthly()); err != nil {
		t.Fatal(err)
	}
	if err := WriteMonthly(&b, reporttest.Monthly()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of the same summary give different bytes")
	}
	f := writeMonthlyBook(t, reporttest.Monthly())
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Created != "2025-08-05T02:00:00Z" || props.Title != "某某县教育局2025年7月政务公开工作进展和完成情况" {
		t.Errorf("doc props = %+v", props)
	}
}

func TestMonthlyNil(t *testing.T) {
	if err := WriteMonthly(&bytes.Buffer{}, nil); err == nil {
		t.Error("WriteMonthly(nil) gave no error")
	}
}

func TestMonthlySheets(t *testing.T) {
	f := writeMonthlyBook(t, reporttest.Monthly())
	want := []string{sheetTasks, sheetUnits, sheetPubs, sheetApps}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	for _, name := range want {
		title, _ := f.GetCellValue(name, "A1")
		if title != "某某县教育局2025年7月政务公开工作进展和完成情况\n"+name {
			t.Errorf("%s!A1 = %q", name, title)
		}
		pl, err := f.GetPageLayout(name)
		if err != nil {
			t.Fatal(err)
		}
		orient := "portrait"
		if name == sheetTasks {
			orient = "landscape"
		}
		if *pl.Size != 9 || *pl.Orientation != orient || *pl.FitToWidth != 1 {
			t.Errorf("%s: page size %d %s fit width %d, want A4 %s fit 1", name, *pl.Size, *pl.Orientation, *pl.FitToWidth, orient)
		}
	}
}

// rowOf returns the first row whose column col reads text, failing the
// test when there is none.
func rowOf(t *testing.T, f *excelize.File, sheet string, col int, text string) int {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		if len(row) >= col && row[col-1] == text {
			return r + 1
		}
	}
	t.Fatalf("%s: no row with %q in column %d", sheet, text, col)
	return 0
}

func value(t *testing.T, f *excelize.File, sheet string, col, row int) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, cell(col, row), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func fontColour(t *testing.T, f *excelize.File, sheet string, col, row int) string {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell(col, row))
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.Font == nil {
		return ""
	}
	return strings.ToUpper(strings.TrimPrefix(st.Font.Color, "FF"))
}

func TestMonthlyOverdueMarked(t *testing.T) {
	f := writeMonthlyBook(t, reporttest.Monthly())
	remarks := map[string]string{"GK-01": "", "GK-02": "本月到期", "GK-03": "逾期", "GK-04": "", "GK-05": "", "GK-06": "逾期完成",
		"GK-07": "", "GK-08": "", "GK-09": "逾期", "GK-10": "", "GK-11": "本月到期", "GK-12": "逾期完成"}
	for id, want := range remarks {
		row := rowOf(t, f, sheetTasks, 1, id)
		if got := value(t, f, sheetTasks, 9, row); got != want {
			t.Errorf("%s 备注 = %q, want %q", id, got, want)
		}
		red := id == "GK-03" || id == "GK-09"
		for col := 1; col <= len(taskHeads); col++ {
			if got := fontColour(t, f, sheetTasks, col, row) == colourOverdue; got != red {
				t.Errorf("%s column %d red = %v, want %v", id, col, got, red)
			}
		}
	}
	row := rowOf(t, f, sheetTasks, 1, "GK-09")
	if got := value(t, f, sheetTasks, 7, row); got != "暂无进展记录" {
		t.Errorf("GK-09 最新进展 = %q", got)
	}
	if got := value(t, f, sheetTasks, 6, row); got != "未开始" {
		t.Errorf("GK-09 状态 = %q", got)
	}
	row = rowOf(t, f, sheetTasks, 1, "GK-01")
	if got := value(t, f, sheetTasks, 5, row); got != "全年" {
		t.Errorf("GK-01 完成时限 = %q, want 全年", got)
	}
	if got := value(t, f, sheetTasks, 4, row); got != "办公室、基础教育股" {
		t.Errorf("GK-01 责任单位 = %q", got)
	}
	row = rowOf(t, f, sheetTasks, 1, "合计")
	if got := value(t, f, sheetTasks, 2, row); got != "共12项：已完成5项，推进中5项，未开始2项；逾期未完成2项，逾期完成2项。" {
		t.Errorf("task summary = %q", got)
	}
	row = rowOf(t, f, sheetApps, 2, "YSQ-2025-011")
	if got := value(t, f, sheetApps, 5, row); got != "已逾期" || fontColour(t, f, sheetApps, 2, row) != colourOverdue {
		t.Errorf("overdue application: state %q, colour %q", got, fontColour(t, f, sheetApps, 2, row))
	}
	row = rowOf(t, f, sheetApps, 2, "YSQ-2025-019")
	if got := dateCell(t, f, sheetApps, 4, row); got != "2025-08-11" || fontColour(t, f, sheetApps, 2, row) == colourOverdue {
		t.Errorf("open application: due %q, colour %q", got, fontColour(t, f, sheetApps, 2, row))
	}
	row = rowOf(t, f, sheetApps, 1, "　　　逾期办结")
	if got := value(t, f, sheetApps, 4, row); got != "申请编号：YSQ-2025-014" {
		t.Errorf("late IDs = %q", got)
	}
}

func TestMonthlyUnitRates(t *testing.T) {
	f := writeMonthlyBook(t, reporttest.Monthly())
	tests := []struct {
		unit, doneDue, rate string
	}{
		{"基础教育股", "1", "0.5"},
		{"信息中心", "0", "—"}, // nothing due yet
		{"办公室", "3", "1"},
		{"校外培训监管股", "0", "0"},
	}
	for _, tt := range tests {
		row := rowOf(t, f, sheetUnits, 1, tt.unit)
		if got := value(t, f, sheetUnits, 5, row); got != tt.doneDue {
			t.Errorf("%s 其中已完成 = %q, want %q", tt.unit, got, tt.doneDue)
		}
		if got := value(t, f, sheetUnits, 7, row); got != tt.rate {
			t.Errorf("%s 完成率 = %q, want %q", tt.unit, got, tt.rate)
		}
	}
	row := rowOf(t, f, sheetUnits, 1, "基础教育股")
	if fontColour(t, f, sheetUnits, 6, row) != colourOverdue {
		t.Error("基础教育股's overdue count is not red")
	}
}

func TestMonthlyQuotaDifference(t *testing.T) {
	f := writeMonthlyBook(t, reporttest.Monthly())
	tests := []struct {
		dept                 string
		quota, diff, ytdDiff string
	}{
		{"办公室", "8", "1", "14"},    // over
		{"民办教育股", "3", "-2", "-9"}, // under
		{"计划财务股", "—", "—", "—"},   // no quota
	}
	for _, tt := range tests {
		row := rowOf(t, f, sheetPubs, 1, tt.dept)
		got := []string{value(t, f, sheetPubs, 3, row), value(t, f, sheetPubs, 4, row), value(t, f, sheetPubs, 7, row)}
		if want := []string{tt.quota, tt.diff, tt.ytdDiff}; strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s quota, 差额, 累计差额 = %q, want %q", tt.dept, got, want)
		}
	}
	row := rowOf(t, f, sheetPubs, 1, "民办教育股")
	shown, err := f.GetCellValue(sheetPubs, cell(4, row))
	if err != nil {
		t.Fatal(err)
	}
	if shown != "-2" {
		t.Errorf("差额 shows %q, want -2", shown)
	}
	row = rowOf(t, f, sheetPubs, 1, "办公室")
	if shown, _ := f.GetCellValue(sheetPubs, cell(4, row)); shown != "+1" {
		t.Errorf("差额 shows %q, want +1", shown)
	}
}

func TestMonthlyEmpty(t *testing.T) {
	f := writeMonthlyBook(t, reporttest.EmptyMonthly())
	for _, name := range f.GetSheetList() {
		rows, err := f.GetRows(name)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != tableTop || rows[tableTop-1][0] != "本月无相关数据" {
			t.Errorf("%s: rows %q, want the heading and 本月无相关数据 only", name, rows)
		}
	}
}

// A summary without deadline rules shows 「—」 for on time and late, and
// lists open applications without due dates.
func TestMonthlyNoDueRules(t *testing.T) {
	sum := reporttest.Monthly()
	a := &sum.Applications
	a.HasDue, a.OnTime, a.Late, a.LateIDs = false, 0, 0, nil
	for i := range a.Open {
		a.Open[i].Due, a.Open[i].Overdue = 0, false
	}
	f := writeMonthlyBook(t, sum)
	for _, label := range []string{"其中：按期办结", "　　　逾期办结"} {
		if got := value(t, f, sheetApps, 3, rowOf(t, f, sheetApps, 1, label)); got != "—" {
			t.Errorf("%s = %q, want —", label, got)
		}
	}
	row := rowOf(t, f, sheetApps, 2, "YSQ-2025-011")
	if got := value(t, f, sheetApps, 4, row) + "|" + value(t, f, sheetApps, 5, row); got != "—|办理中" {
		t.Errorf("open application without rules = %q", got)
	}
}
