package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/samples"
)

// importSamples builds a database from the bundled sample workbook.
func importSamples(t *testing.T) (dir, db string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "s.db")
	xxgk(t, "init", "--db", db, "--unit", samples.UnitName, "--code", samples.UnitCode).must(t)
	wb := filepath.Join(dir, samples.LedgerFileName)
	if err := os.WriteFile(wb, samples.LedgerWorkbook, 0o644); err != nil {
		t.Fatal(err)
	}
	xxgk(t, "import", "--db", db, wb).must(t)
	return dir, db
}

// The November 2025 summary of the sample unit gives the figures worked out
// independently from the sample's rows (samples/README.md).
func TestMonthlySummaryOfTheSamples(t *testing.T) {
	_, db := importSamples(t)
	out := t.TempDir()
	xxgk(t, "report", "monthly", "--db", db, "--month", "2025年11月", "--out", out, "--format", "json,xlsx").must(t)
	b, err := os.ReadFile(filepath.Join(out, "示例县教育局-2025年11月-政务公开工作进展和完成情况.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		TaskCounts map[string]int `json:"task_counts"`
		Units      []struct {
			Name     string `json:"name"`
			Tasks    int    `json:"tasks"`
			Done     int    `json:"done"`
			DueSoFar int    `json:"due_so_far"`
			Overdue  int    `json:"overdue"`
		} `json:"units"`
		Publications struct {
			Month        int `json:"month"`
			YearToDate   int `json:"year_to_date"`
			ByDepartment []struct {
				Name            string `json:"name"`
				Month           int    `json:"month"`
				Quota           int    `json:"quota"`
				YearToDate      int    `json:"year_to_date"`
				YearToDateQuota int    `json:"year_to_date_quota"`
			} `json:"by_department"`
		} `json:"publications"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if c := m.TaskCounts; c["not_started"] != 1 || c["in_progress"] != 6 || c["done"] != 8 || c["overdue"] != 1 || c["total"] != 15 {
		t.Errorf("task counts = %v", c)
	}
	units := map[string]string{ // tasks/done/due so far/overdue
		"办公室": "8/4/4/0", "基础教育股": "4/2/3/1", "人事股": "1/1/1/0", "计财股": "2/1/1/0",
		"学生资助管理中心": "1/0/0/0", "教育督导室": "2/1/2/1", "招生考试中心": "1/1/1/0", "职成教股": "4/1/2/1",
	}
	for _, u := range m.Units {
		got := fmt.Sprintf("%d/%d/%d/%d", u.Tasks, u.Done, u.DueSoFar, u.Overdue)
		if got != units[u.Name] {
			t.Errorf("unit %s: %s, want %s", u.Name, got, units[u.Name])
		}
		delete(units, u.Name)
	}
	if len(units) != 0 {
		t.Errorf("units missing: %v", units)
	}
	if m.Publications.Month != 25 || m.Publications.YearToDate != 274 {
		t.Errorf("publications = %d / %d, want 25 / 274", m.Publications.Month, m.Publications.YearToDate)
	}
	want := map[string]string{ // month/quota, year to date/quota
		"办公室": "7/6 69/66", "基础教育股": "4/5 59/55", "人事股": "0/2 25/22", "计财股": "0/2 16/22",
		"学生资助管理中心": "4/4 29/30", "教育督导室": "6/2 14/22", "招生考试中心": "0/2 22/26", "职成教股": "4/3 40/33",
	}
	for _, d := range m.Publications.ByDepartment {
		got := strings.Join([]string{strconv.Itoa(d.Month) + "/" + strconv.Itoa(d.Quota), strconv.Itoa(d.YearToDate) + "/" + strconv.Itoa(d.YearToDateQuota)}, " ")
		if got != want[d.Name] {
			t.Errorf("%s: %s, want %s", d.Name, got, want[d.Name])
		}
		delete(want, d.Name)
	}
	if len(want) != 0 {
		t.Errorf("departments missing: %v", want)
	}
	sheet := cells(t, filepath.Join(out, "示例县教育局-2025年11月-政务公开工作进展和完成情况.xlsx"))["工作任务进展"]
	overdue := 0
	for _, row := range sheet {
		if strings.Contains(strings.Join(row, "|"), "RW2025-14") && strings.Contains(strings.Join(row, "|"), "逾期") {
			overdue++
		}
	}
	if overdue != 1 {
		t.Errorf("RW2025-14 not marked overdue on the task sheet")
	}
}

func TestMonthWithNoData(t *testing.T) {
	needPDF(t)
	_, db := newDB(t)
	out := t.TempDir()
	r := xxgk(t, "report", "monthly", "--db", db, "--month", "2025-03", "--out", out).must(t)
	if !strings.Contains(r.stderr, "2025年3月没有工作任务进展、信息发布和依申请公开数据") {
		t.Errorf("stderr: %s", r.stderr)
	}
	text := pdfText(t, filepath.Join(out, "某某县教育局-2025年3月-政务公开工作进展和完成情况.pdf"))
	if !strings.Contains(text, "本月无工作任务进展、信息发布和依申请公开办理数据") {
		t.Errorf("PDF: %s", text)
	}
	if r := xxgk(t, "report", "monthly", "--db", db, "--month", "2025-13", "--out", out); r.code != 2 || !strings.Contains(r.stderr, "不是有效月份") {
		t.Errorf("bad month: exit %d %s", r.code, r.stderr)
	}
}

// The year view puts the twelve months side by side.
func TestMonthlyYearView(t *testing.T) {
	_, db := importSamples(t)
	out := t.TempDir()
	r := xxgk(t, "report", "monthly", "--db", db, "--month", "2025", "--out", out).must(t)
	if !strings.Contains(r.stderr, "全年逐月情况只输出 xlsx 和 json") {
		t.Errorf("stderr: %s", r.stderr)
	}
	sheet := cells(t, filepath.Join(out, "示例县教育局-2025年-政务公开工作逐月情况.xlsx"))["全年逐月情况"]
	rows := map[string][]string{}
	for _, row := range sheet {
		if len(row) > 0 {
			rows[row[0]] = row
		}
	}
	pubs := rows["主动公开：本月发布（条）"]
	if len(pubs) != 14 || pubs[11] != "25" || pubs[13] != "300" {
		t.Errorf("publications row: %v (want November 25, year 300)", pubs)
	}
	done := rows["工作任务：月末已完成"]
	if len(done) != 14 || done[11] != "8" || done[12] != "13" || done[13] != "13" {
		t.Errorf("tasks done row: %v (want November 8, December 13)", done)
	}
	b, err := os.ReadFile(filepath.Join(out, "示例县教育局-2025年-政务公开工作逐月情况.json"))
	if err != nil {
		t.Fatal(err)
	}
	var y struct {
		Year   int               `json:"year"`
		Months []json.RawMessage `json:"months"`
	}
	if err := json.Unmarshal(b, &y); err != nil || y.Year != 2025 || len(y.Months) != 12 {
		t.Fatalf("year json: %v, year %d, %d months", err, y.Year, len(y.Months))
	}
}
