package report

import (
	"fmt"
	"reflect"
	"testing"
	"time"
)

// pubLedgers: publications of 2025 (and one of 2024, one of July) with
// quotas. In June: 办公室 under its quota, 基础教育科 over it, 安全科 with a
// quota and no items, 督导室 with a quota only in February, 未注明 with items
// and no quota, 体卫艺科 with a quota only after June.
func pubLedgers() *memMonthly {
	m := &memMonthly{}
	m.cats = []string{"机构职能", "政策文件", "规划计划"}
	m.pubs = []Publication{
		{IndexNo: "P1", Published: d("2025-01-15"), Category: "政策文件", Department: "办公室"},
		{IndexNo: "P2", Published: d("2025-03-02"), Category: "机构职能", Department: "办公室"},
		{IndexNo: "P3", Published: d("2025-06-01"), Category: "政策文件", Department: "基础教育科"},
		{IndexNo: "P4", Published: d("2025-06-30"), Category: "政策文件", Department: ""},
		{IndexNo: "P5", Published: d("2025-06-12"), Category: "招生考试", Department: " 基础教育科 "},
		{IndexNo: "P6", Published: d("2025-06-20"), Category: "财务信息", Department: "办公室"},
		{IndexNo: "P7", Published: d("2025-07-01"), Category: "规划计划", Department: "办公室"},
		{IndexNo: "P8", Published: d("2024-06-10"), Category: "政策文件", Department: "办公室"},
	}
	m.quotas = []Quota{
		{Unit: "办公室", Year: 2025, Month: time.January, Target: 1},
		{Unit: "办公室", Year: 2025, Month: time.March, Target: 2},
		{Unit: "办公室", Year: 2025, Month: time.June, Target: 3},
		{Unit: "办公室", Year: 2024, Month: time.June, Target: 10},
		{Unit: "基础教育科", Year: 2025, Month: time.June, Target: 1},
		{Unit: " 基础教育科", Year: 2025, Month: time.February, Target: 1},
		{Unit: "安全科", Year: 2025, Month: time.May, Target: 2},
		{Unit: "安全科", Year: 2025, Month: time.June, Target: 2},
		{Unit: "督导室", Year: 2025, Month: time.February, Target: 2},
		{Unit: "体卫艺科", Year: 2025, Month: time.September, Target: 5},
	}
	return m
}

func TestMonthlyPublications(t *testing.T) {
	tests := []struct {
		month time.Month
		want  MonthPublications
	}{
		{time.June, MonthPublications{
			Month: 4, YearToDate: 6,
			ByCategory: []MonthCount{
				{Name: "机构职能", Month: 0, YearToDate: 1},
				{Name: "政策文件", Month: 2, YearToDate: 3},
				{Name: "招生考试", Month: 1, YearToDate: 1},
				{Name: "财务信息", Month: 1, YearToDate: 1},
			},
			ByDepartment: []DeptQuota{
				{Name: "办公室", Month: 1, Quota: 3, HasQuota: true, YearToDate: 3, YearToDateQuota: 6},
				{Name: "基础教育科", Month: 2, Quota: 1, HasQuota: true, YearToDate: 2, YearToDateQuota: 2},
				{Name: "安全科", Month: 0, Quota: 2, HasQuota: true, YearToDate: 0, YearToDateQuota: 4},
				{Name: "督导室", Month: 0, Quota: 0, HasQuota: false, YearToDate: 0, YearToDateQuota: 2},
				{Name: "未注明", Month: 1, Quota: 0, HasQuota: false, YearToDate: 1, YearToDateQuota: 0},
			},
		}},
		{time.February, MonthPublications{
			Month: 0, YearToDate: 1,
			ByCategory: []MonthCount{{Name: "政策文件", Month: 0, YearToDate: 1}},
			ByDepartment: []DeptQuota{
				{Name: "办公室", Month: 0, Quota: 0, HasQuota: false, YearToDate: 1, YearToDateQuota: 1},
				{Name: "基础教育科", Month: 0, Quota: 1, HasQuota: true, YearToDate: 0, YearToDateQuota: 1},
				{Name: "督导室", Month: 0, Quota: 2, HasQuota: true, YearToDate: 0, YearToDateQuota: 2},
			},
		}},
		{time.July, MonthPublications{
			Month: 1, YearToDate: 7,
			ByCategory: []MonthCount{
				{Name: "机构职能", Month: 0, YearToDate: 1},
				{Name: "政策文件", Month: 0, YearToDate: 3},
				{Name: "规划计划", Month: 1, YearToDate: 1},
				{Name: "招生考试", Month: 0, YearToDate: 1},
				{Name: "财务信息", Month: 0, YearToDate: 1},
			},
			ByDepartment: []DeptQuota{
				{Name: "办公室", Month: 1, Quota: 0, HasQuota: false, YearToDate: 4, YearToDateQuota: 6},
				{Name: "基础教育科", Month: 0, Quota: 0, HasQuota: false, YearToDate: 2, YearToDateQuota: 2},
				{Name: "安全科", Month: 0, Quota: 0, HasQuota: false, YearToDate: 0, YearToDateQuota: 4},
				{Name: "督导室", Month: 0, Quota: 0, HasQuota: false, YearToDate: 0, YearToDateQuota: 2},
				{Name: "未注明", Month: 0, Quota: 0, HasQuota: false, YearToDate: 1, YearToDateQuota: 0},
			},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.month.String(), func(t *testing.T) {
			s := monthly(t, pubLedgers(), 2025, tc.month, MonthlyOptions{})
			if !reflect.DeepEqual(s.Publications, tc.want) {
				t.Errorf("publications\n got  %+v\n want %+v", s.Publications, tc.want)
			}
		})
	}
}

// TestMonthlyDepartmentOrder: departments are listed as the unit's ledgers
// have them, not by code point: the quota list's order first; without a
// quota, 办公室 and then the publications ledger's order; 未注明 last.
func TestMonthlyDepartmentOrder(t *testing.T) {
	at := func(sheet string, row int) Origin { return Origin{File: "台账.xlsx", Sheet: sheet, Row: row} }
	pub := func(dept string, row int) Publication {
		return Publication{IndexNo: fmt.Sprint("P", row), Published: d("2025-06-10"), Category: "政策文件", Department: dept,
			Origin: at("主动公开", row)}
	}
	names := func(m *memMonthly) []string {
		var out []string
		for _, dq := range monthly(t, m, 2025, time.June, MonthlyOptions{}).Publications.ByDepartment {
			out = append(out, dq.Name)
		}
		return out
	}
	m := &memMonthly{}
	m.pubs = []Publication{pub("", 2), pub("基础教育科", 3), pub("办公室", 4), pub("安全科", 5), pub("人事科", 6)}
	if got, want := names(m), []string{"办公室", "基础教育科", "安全科", "人事科", "未注明"}; !reflect.DeepEqual(got, want) {
		t.Errorf("without quotas: %v, want %v", got, want)
	}
	m.quotas = []Quota{
		{Unit: "教研室", Year: 2025, Month: time.June, Target: 1, Origin: at("信息任务", 2)},
		{Unit: "安全科", Year: 2025, Month: time.June, Target: 1, Origin: at("信息任务", 3)},
		{Unit: "办公室", Year: 2025, Month: time.June, Target: 1, Origin: at("信息任务", 4)},
		{Unit: "教研室", Year: 2025, Month: time.January, Target: 1, Origin: at("信息任务", 5)},
	}
	if got, want := names(m), []string{"教研室", "安全科", "办公室", "基础教育科", "人事科", "未注明"}; !reflect.DeepEqual(got, want) {
		t.Errorf("with quotas: %v, want %v", got, want)
	}
}
