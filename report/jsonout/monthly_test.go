package jsonout

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/reporttest"
)

// sampleMonthly is reporttest's month with markup characters in a note,
// which the JSON keeps as written.
func sampleMonthly() *report.MonthlySummary {
	s := reporttest.Monthly()
	s.Tasks[1].LatestNote = strings.Replace(s.Tasks[1].LatestNote, "招生入学政策", "<招生入学政策>", 1)
	return s
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
	byID := map[string]task{}
	for _, t := range got.Tasks {
		byID[t.ID] = t
	}
	if t9 := byID["GK-09"]; t9.Status != "未开始" || t9.LatestDate != "" || !t9.Overdue || len(t9.Evidence) != 0 {
		t.Errorf("task without progress = %+v", t9)
	}
	if t6 := byID["GK-06"]; !t6.DoneLate || t6.Done != "2025-06-12" {
		t.Errorf("task done late = %+v", t6)
	}
	if t1 := byID["GK-01"]; !t1.WholeYear || t1.Deadline != "2025-12-31" || !reflect.DeepEqual(t1.Units, []string{"办公室", "基础教育股"}) {
		t.Errorf("whole-year task = %+v", t1)
	}
	if t2 := byID["GK-02"]; !t2.DueInMonth || len(t2.Evidence) != 3 || !strings.Contains(t2.LatestNote, "已公开2025年义务教育<招生入学政策>、") {
		t.Errorf("task due mid-month = %+v", t2)
	}
	dept := got.Publications.ByDepartment
	if len(dept) != 5 || dept[1].Quota != 5 || !dept[1].HasQuota || dept[1].YearToDateQuota != 35 || dept[4].HasQuota {
		t.Errorf("departments = %+v", dept)
	}
	a := got.Applications
	if a.Late != 1 || a.LateIDs[0] != "YSQ-2025-014" || len(a.Open) != 4 || !a.Open[0].Overdue || a.Open[2].Overdue || a.Open[2].Due != "2025-08-11" {
		t.Errorf("applications = %+v", a)
	}
	if got.Month != 7 || got.ProducedAt != "2025-08-05T10:00:00+08:00" {
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
