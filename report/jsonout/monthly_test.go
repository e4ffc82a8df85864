package jsonout

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

// sampleMonthly is June 2025: a task due mid-month, one finished late, one
// without progress (overdue), units shared between tasks, a department
// over and one under quota, one without, and open applications.
func sampleMonthly() *report.MonthlySummary {
	d := report.NewDate
	return &report.MonthlySummary{
		Unit: report.Unit{Name: "某某县教育局", Code: "11330000MB0000000X"}, Year: 2025, Month: time.June,
		Produced: time.Date(2025, 7, 3, 10, 0, 0, 0, time.FixedZone("CST", 8*3600)),
		Tasks: []report.TaskLine{
			{Task: report.Task{ID: "T01", Area: "教育民生", Requirement: "公开义务教育招生入学政策。", Units: []string{"办公室", "基础教育股"}, Deadline: d(2025, 6, 15)},
				Deadline: d(2025, 6, 15), Status: report.TaskDone, LatestDate: d(2025, 6, 10), LatestNote: "已发布<招生政策>及解读。",
				Evidence: []string{"11330000MB0000000X/2025-00031"}, Done: d(2025, 6, 10), DueInMonth: true},
			{Task: report.Task{ID: "T02", Area: "重大行政决策", Requirement: "公开决策事项目录。", Units: []string{"政策法规股"}, Deadline: d(2025, 3, 31)},
				Deadline: d(2025, 3, 31), Status: report.TaskDone, LatestDate: d(2025, 4, 20), LatestNote: "目录已公开。", Done: d(2025, 4, 20), DoneLate: true},
			{Task: report.Task{ID: "T03", Area: "政府信息管理", Requirement: "集中公开行政规范性文件。", Units: []string{"基础教育股"}, Deadline: d(2025, 5, 31)},
				Deadline: d(2025, 5, 31), Overdue: true},
			{Task: report.Task{ID: "T04", Area: "政策解读", Requirement: "落实“三同步”。", Units: []string{"办公室"}, WholeYear: true},
				Deadline: d(2025, 12, 31), Status: report.TaskInProgress, LatestDate: d(2025, 6, 28), LatestNote: "发布解读6篇。"},
		},
		TaskCounts: report.TaskCounts{NotStarted: 1, InProgress: 1, Done: 2, Overdue: 1, Total: 4},
		Units: []report.UnitCompletion{
			{Unit: "办公室", Tasks: 2, Done: 1, DueSoFar: 1},
			{Unit: "基础教育股", Tasks: 2, Done: 1, DueSoFar: 2, Overdue: 1},
			{Unit: "政策法规股", Tasks: 1, Done: 1, DueSoFar: 1},
		},
		Publications: report.MonthPublications{Month: 14, YearToDate: 75,
			ByCategory: []report.MonthCount{{Name: "政策文件", Month: 5, YearToDate: 30}, {Name: "其他", Month: 0, YearToDate: 0}},
			ByDepartment: []report.DeptQuota{
				{Name: "办公室", Month: 8, Quota: 6, HasQuota: true, YearToDate: 40, YearToDateQuota: 36},
				{Name: "基础教育股", Month: 3, Quota: 5, HasQuota: true, YearToDate: 22, YearToDateQuota: 30},
				{Name: "计划财务股", Month: 3, YearToDate: 13},
			}},
		Applications: report.MonthApplications{Received: 4, Concluded: 3, OnTime: 2, Late: 1, LateIDs: []string{"YSQ-2025-007"}, HasDue: true,
			Open: []report.OpenApplication{
				{ID: "YSQ-2025-005", Received: d(2025, 5, 20), Due: d(2025, 6, 17), Overdue: true},
				{ID: "YSQ-2025-011", Received: d(2025, 6, 20), Due: d(2025, 7, 18)},
			}},
	}
}

func writeMonthly(t *testing.T, s *report.MonthlySummary) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := WriteMonthly(&b, s); err != nil {
		t.Fatalf("WriteMonthly: %v", err)
	}
	return b.Bytes()
}

func TestMonthlyGolden(t *testing.T) {
	for name, s := range map[string]*report.MonthlySummary{
		"monthly.golden":       sampleMonthly(),
		"monthly_empty.golden": reporttest.EmptyMonthly(),
	} {
		t.Run(name, func(t *testing.T) {
			reporttest.Golden(t, filepath.Join("testdata", name), string(writeMonthly(t, s)))
		})
	}
}

// topKeys returns the keys of the top-level object in the order written.
func topKeys(t *testing.T, raw []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(raw))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not an object: %v %v", tok, err)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func TestMonthlyKeys(t *testing.T) {
	want := []string{"unit", "unit_code", "year", "month", "tasks", "task_counts", "units", "publications", "applications", "empty", "produced_at"}
	for _, s := range []*report.MonthlySummary{sampleMonthly(), reporttest.EmptyMonthly()} {
		raw := writeMonthly(t, s)
		if !json.Valid(raw) {
			t.Fatalf("invalid JSON:\n%s", raw)
		}
		if got := topKeys(t, raw); !reflect.DeepEqual(got, want) {
			t.Errorf("keys = %q, want %q", got, want)
		}
		if !bytes.Equal(raw, writeMonthly(t, s)) {
			t.Error("two writes differ")
		}
	}
	raw := writeMonthly(t, reporttest.EmptyMonthly())
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	// An empty month still has every list, as [], and says it is empty.
	if m["empty"] != true || m["tasks"] == nil || m["units"] == nil {
		t.Errorf("empty summary: %s", raw)
	}
	apps := m["applications"].(map[string]any)
	if apps["late_ids"] == nil || apps["open"] == nil {
		t.Errorf("empty lists written as null: %s", raw)
	}
}

// The decoded figures are the summary's, nested keys in place.
func TestMonthlyRoundTrip(t *testing.T) {
	type task struct {
		ID, Area, Requirement, Deadline, Status, Done string
		LatestDate                                    string `json:"latest_date"`
		LatestNote                                    string `json:"latest_note"`
		Units, Evidence                               []string
		WholeYear                                     bool `json:"whole_year"`
		Overdue                                       bool
		DoneLate                                      bool `json:"done_late"`
		DueInMonth                                    bool `json:"due_in_month"`
	}
	var got struct {
		Unit, UnitCode string
		Year, Month    int
		Tasks          []task
		Publications   struct {
			ByDepartment []struct {
				Name                     string
				Month, Quota, YearToDate int
				HasQuota                 bool `json:"has_quota"`
				YearToDateQuota          int  `json:"year_to_date_quota"`
			} `json:"by_department"`
		}
		Applications struct {
			Late    int
			LateIDs []string `json:"late_ids"`
			Open    []struct {
				ID, Received, Due string
				Overdue           bool
			}
		}
		ProducedAt string `json:"produced_at"`
	}
	if err := json.Unmarshal(writeMonthly(t, sampleMonthly()), &got); err != nil {
		t.Fatal(err)
	}
	t3 := got.Tasks[2]
	if t3.ID != "T03" || t3.Status != "未开始" || t3.LatestDate != "" || !t3.Overdue || len(t3.Evidence) != 0 {
		t.Errorf("task without progress = %+v", t3)
	}
	if t2 := got.Tasks[1]; !t2.DoneLate || t2.Done != "2025-04-20" {
		t.Errorf("task done late = %+v", t2)
	}
	if t4 := got.Tasks[3]; !t4.WholeYear || t4.Deadline != "2025-12-31" {
		t.Errorf("whole-year task = %+v", t4)
	}
	if t1 := got.Tasks[0]; !t1.DueInMonth || !reflect.DeepEqual(t1.Units, []string{"办公室", "基础教育股"}) || t1.LatestNote != "已发布<招生政策>及解读。" {
		t.Errorf("task due mid-month = %+v", t1)
	}
	dept := got.Publications.ByDepartment
	if len(dept) != 3 || dept[1].Quota != 5 || !dept[1].HasQuota || dept[1].YearToDateQuota != 30 || dept[2].HasQuota {
		t.Errorf("departments = %+v", dept)
	}
	a := got.Applications
	if a.Late != 1 || a.LateIDs[0] != "YSQ-2025-007" || len(a.Open) != 2 || !a.Open[0].Overdue || a.Open[1].Due != "2025-07-18" {
		t.Errorf("applications = %+v", a)
	}
	if got.Month != 6 || got.ProducedAt != "2025-07-03T10:00:00+08:00" {
		t.Errorf("month %d, produced %q", got.Month, got.ProducedAt)
	}
}

// Nothing but 申请编号 and dates describes an application.
func TestMonthlyNoApplicant(t *testing.T) {
	var m struct {
		Applications struct {
			Open []map[string]any
		}
	}
	if err := json.Unmarshal(writeMonthly(t, sampleMonthly()), &m); err != nil {
		t.Fatal(err)
	}
	for _, o := range m.Applications.Open {
		for k := range o {
			if k != "id" && k != "received" && k != "due" && k != "overdue" {
				t.Errorf("open application carries %q", k)
			}
		}
	}
}

func TestMonthlyNil(t *testing.T) {
	if err := WriteMonthly(&bytes.Buffer{}, nil); err == nil {
		t.Error("WriteMonthly(nil) gave no error")
	}
}
