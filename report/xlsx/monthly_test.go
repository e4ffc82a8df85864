package xlsx

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

func d(y int, m time.Month, day int) report.Date { return report.NewDate(y, m, day) }

// sampleMonthly is June 2025 with a task due mid-month, one finished late,
// one with no progress at all (overdue), one due on the month's last day,
// units shared between tasks, a unit with nothing due yet, departments over
// and under quota and one without, and open applications, one overdue.
func sampleMonthly() *report.MonthlySummary {
	const (
		office = "办公室"
		basic  = "基础教育股"
		policy = "政策法规股"
		safety = "学校安全股"
	)
	task := func(id, area, req string, dl report.Date, units ...string) report.Task {
		return report.Task{ID: id, Area: area, Requirement: req, Units: units, Deadline: dl}
	}
	whole := task("T04", "政策解读", "（1）认真落实政策解读“三同步”工作机制，政策文件与解读材料同步起草、同步运转、同步发布；（2）创新解读形式，解读形式不少于2种。", 0, office, basic)
	whole.WholeYear = true
	return &report.MonthlySummary{
		Unit:     report.Unit{Name: "某某县教育局", Code: "11330000MB0000000X"},
		Year:     2025,
		Month:    time.June,
		Produced: time.Date(2025, 7, 3, 10, 0, 0, 0, time.UTC),
		Tasks: []report.TaskLine{
			{Task: task("T01", "教育民生", "公开2025年义务教育招生入学政策及划片范围。", d(2025, 6, 15), office),
				Deadline: d(2025, 6, 15), Status: report.TaskDone, LatestDate: d(2025, 6, 10),
				LatestNote: "已在政府网站发布招生政策及解读。", Evidence: []string{"11330000MB0000000X/2025-00031", "11330000MB0000000X/2025-00032"},
				Done: d(2025, 6, 10), DueInMonth: true},
			{Task: task("T02", "重大行政决策", "年度重大行政决策事项目录向社会公开。", d(2025, 3, 31), policy),
				Deadline: d(2025, 3, 31), Status: report.TaskDone, LatestDate: d(2025, 4, 20),
				LatestNote: "目录已公开。", Done: d(2025, 4, 20), DoneLate: true},
			{Task: task("T03", "政府信息管理", "全面梳理现行有效的行政规范性文件并集中公开。", d(2025, 5, 31), basic),
				Deadline: d(2025, 5, 31), Status: report.TaskNotStarted, Overdue: true},
			{Task: whole, Deadline: d(2025, 12, 31), Status: report.TaskInProgress, LatestDate: d(2025, 6, 28),
				LatestNote: "上半年发布政策解读6篇，其中图解2篇、视频1篇。", Evidence: []string{"11330000MB0000000X/2025-00040"}},
			{Task: task("T05", "依申请公开", "规范依申请公开答复文书格式。", d(2025, 6, 30), policy),
				Deadline: d(2025, 6, 30), Status: report.TaskInProgress, LatestDate: d(2025, 6, 5),
				LatestNote: "已起草答复文书模板，待审定。", DueInMonth: true},
			{Task: task("T06", "平台建设", "完善政府网站教育专栏，校园安全信息按季度更新。", d(2025, 9, 30), office, safety),
				Deadline: d(2025, 9, 30), Status: report.TaskInProgress, LatestDate: d(2025, 5, 12), LatestNote: "专栏改版方案已报批。"},
		},
		TaskCounts: report.TaskCounts{NotStarted: 1, InProgress: 3, Done: 2, Overdue: 1, Total: 6},
		Units: []report.UnitCompletion{
			{Unit: basic, Tasks: 2, Done: 0, DueSoFar: 1, Overdue: 1},
			{Unit: safety, Tasks: 1, Done: 0, DueSoFar: 0, Overdue: 0},
			{Unit: office, Tasks: 3, Done: 1, DueSoFar: 1, Overdue: 0},
			{Unit: policy, Tasks: 2, Done: 1, DueSoFar: 2, Overdue: 1},
		},
		Publications: report.MonthPublications{
			Month: 14, YearToDate: 75,
			ByCategory: []report.MonthCount{
				{Name: "政策文件", Month: 5, YearToDate: 30}, {Name: "招生考试", Month: 6, YearToDate: 25},
				{Name: "财政信息（预决算、收费）", Month: 3, YearToDate: 20}, {Name: "其他", Month: 0, YearToDate: 0},
			},
			ByDepartment: []report.DeptQuota{
				{Name: office, Month: 8, Quota: 6, HasQuota: true, YearToDate: 40, YearToDateQuota: 36},
				{Name: basic, Month: 3, Quota: 5, HasQuota: true, YearToDate: 22, YearToDateQuota: 30},
				{Name: "计划财务股", Month: 3, YearToDate: 13},
			},
		},
		Applications: report.MonthApplications{
			Received: 4, Concluded: 3, OnTime: 2, Late: 1, LateIDs: []string{"YSQ-2025-007"}, HasDue: true,
			Open: []report.OpenApplication{
				{ID: "YSQ-2025-005", Received: d(2025, 5, 20), Due: d(2025, 6, 17), Overdue: true},
				{ID: "YSQ-2025-011", Received: d(2025, 6, 20), Due: d(2025, 7, 18)},
			},
		},
	}
}

// writeMonthlyBook writes sum and opens the result.
func writeMonthlyBook(t *testing.T, sum *report.MonthlySummary) *excelize.File {
	t.Helper()
	return openWritten(t, func(b *bytes.Buffer) error { return WriteMonthly(b, sum) })
}

func TestMonthlyGolden(t *testing.T) {
	for name, sum := range map[string]*report.MonthlySummary{
		"monthly.golden":       sampleMonthly(),
		"monthly_empty.golden": reporttest.EmptyMonthly(),
	} {
		t.Run(name, func(t *testing.T) {
			reporttest.Golden(t, filepath.Join("testdata", name), dump(t, writeMonthlyBook(t, sum)))
		})
	}
}

func TestMonthlyDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := WriteMonthly(&a, sampleMonthly()); err != nil {
		t.Fatal(err)
	}
	if err := WriteMonthly(&b, sampleMonthly()); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two writes of the same summary give different bytes")
	}
	f := writeMonthlyBook(t, sampleMonthly())
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Created != "2025-07-03T10:00:00Z" || props.Title != "某某县教育局2025年6月政务公开工作进展和完成情况" {
		t.Errorf("doc props = %+v", props)
	}
}

func TestMonthlyNil(t *testing.T) {
	if err := WriteMonthly(&bytes.Buffer{}, nil); err == nil {
		t.Error("WriteMonthly(nil) gave no error")
	}
}

func TestMonthlySheets(t *testing.T) {
	f := writeMonthlyBook(t, sampleMonthly())
	want := []string{sheetTasks, sheetUnits, sheetPubs, sheetApps}
	if got := f.GetSheetList(); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	for _, name := range want {
		title, _ := f.GetCellValue(name, "A1")
		if title != "某某县教育局2025年6月政务公开工作进展和完成情况\n"+name {
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
	f := writeMonthlyBook(t, sampleMonthly())
	remarks := map[string]string{"T01": "本月到期", "T02": "逾期完成", "T03": "逾期", "T04": "", "T05": "本月到期", "T06": ""}
	for id, want := range remarks {
		row := rowOf(t, f, sheetTasks, 1, id)
		if got := value(t, f, sheetTasks, 9, row); got != want {
			t.Errorf("%s 备注 = %q, want %q", id, got, want)
		}
		red := id == "T03"
		for col := 1; col <= len(taskHeads); col++ {
			if got := fontColour(t, f, sheetTasks, col, row) == colourOverdue; got != red {
				t.Errorf("%s column %d red = %v, want %v", id, col, got, red)
			}
		}
	}
	row := rowOf(t, f, sheetTasks, 1, "T03")
	if got := value(t, f, sheetTasks, 7, row); got != "暂无进展记录" {
		t.Errorf("T03 最新进展 = %q", got)
	}
	if got := value(t, f, sheetTasks, 6, row); got != "未开始" {
		t.Errorf("T03 状态 = %q", got)
	}
	row = rowOf(t, f, sheetTasks, 1, "T04")
	if got := value(t, f, sheetTasks, 5, row); got != "全年" {
		t.Errorf("T04 完成时限 = %q, want 全年", got)
	}
	if got := value(t, f, sheetTasks, 4, row); got != "办公室、基础教育股" {
		t.Errorf("T04 责任单位 = %q", got)
	}
	row = rowOf(t, f, sheetTasks, 1, "合计")
	if got := value(t, f, sheetTasks, 2, row); got != "共6项：已完成2项，推进中3项，未开始1项；逾期未完成1项，逾期完成1项。" {
		t.Errorf("task summary = %q", got)
	}
	row = rowOf(t, f, sheetApps, 2, "YSQ-2025-005")
	if got := value(t, f, sheetApps, 5, row); got != "已逾期" || fontColour(t, f, sheetApps, 2, row) != colourOverdue {
		t.Errorf("overdue application: state %q, colour %q", got, fontColour(t, f, sheetApps, 2, row))
	}
	row = rowOf(t, f, sheetApps, 2, "YSQ-2025-011")
	if got := value(t, f, sheetApps, 4, row); got != "2025-07-18" || fontColour(t, f, sheetApps, 2, row) == colourOverdue {
		t.Errorf("open application: due %q, colour %q", got, fontColour(t, f, sheetApps, 2, row))
	}
	row = rowOf(t, f, sheetApps, 1, "　　　逾期办结")
	if got := value(t, f, sheetApps, 4, row); got != "申请编号：YSQ-2025-007" {
		t.Errorf("late IDs = %q", got)
	}
}

func TestMonthlyUnitRates(t *testing.T) {
	f := writeMonthlyBook(t, sampleMonthly())
	tests := []struct {
		unit, doneDue, rate string
	}{
		{"基础教育股", "0", "0"},
		{"学校安全股", "0", "—"}, // nothing due yet
		{"办公室", "1", "1"},
		{"政策法规股", "1", "0.5"},
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
	f := writeMonthlyBook(t, sampleMonthly())
	tests := []struct {
		dept                 string
		quota, diff, ytdDiff string
	}{
		{"办公室", "6", "2", "4"},     // over
		{"基础教育股", "5", "-2", "-8"}, // under
		{"计划财务股", "—", "—", "—"},   // no quota
	}
	for _, tt := range tests {
		row := rowOf(t, f, sheetPubs, 1, tt.dept)
		got := []string{value(t, f, sheetPubs, 3, row), value(t, f, sheetPubs, 4, row), value(t, f, sheetPubs, 7, row)}
		if want := []string{tt.quota, tt.diff, tt.ytdDiff}; strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%s quota, 差额, 累计差额 = %q, want %q", tt.dept, got, want)
		}
	}
	row := rowOf(t, f, sheetPubs, 1, "基础教育股")
	shown, err := f.GetCellValue(sheetPubs, cell(4, row))
	if err != nil {
		t.Fatal(err)
	}
	if shown != "-2" {
		t.Errorf("差额 shows %q, want -2", shown)
	}
	row = rowOf(t, f, sheetPubs, 1, "办公室")
	if shown, _ := f.GetCellValue(sheetPubs, cell(4, row)); shown != "+2" {
		t.Errorf("差额 shows %q, want +2", shown)
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
	sum := sampleMonthly()
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
	row := rowOf(t, f, sheetApps, 2, "YSQ-2025-005")
	if got := value(t, f, sheetApps, 4, row) + "|" + value(t, f, sheetApps, 5, row); got != "—|办理中" {
		t.Errorf("open application without rules = %q", got)
	}
}
