package main

import (
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"strconv"
)

// monthlyOut runs `xxgk report monthly` for month (2025-11, or 2025 for
// the year view) on db and returns the folder it wrote to.
func monthlyOut(t *testing.T, db, month, formats string) string {
	t.Helper()
	out := t.TempDir()
	xxgk(t, "report", "monthly", "--db", db, "--month", month, "--out", out, "--format", formats).must(t)
	return out
}

// The page of a month shows the tables of the summary's workbook that
// `xxgk report monthly` writes for the same database and clock, cell for
// cell: tasks, completion by unit, publications against quotas and by
// category, the month's applications and the open ones.
func TestWorkbenchMonthlyMatchesReportMonthly(t *testing.T) {
	_, db := importSamples(t)
	out := monthlyOut(t, db, "2025-11", "xlsx,json")
	book := cells(t, filepath.Join(out, "示例县教育局-2025年11月-政务公开工作进展和完成情况.xlsx"))
	rec := newBench(t, db).get("/monthly?month=2025-11")
	if rec.Code != http.StatusOK {
		t.Fatalf("page: %d\n%s", rec.Code, rec.Body)
	}
	body := rec.Body.String()
	if !strings.Contains(body, "<h1>月度进展</h1>") {
		t.Error("no h1 月度进展")
	}
	if got := pageText(t, body, "summary-title"); got != "示例县教育局2025年11月政务公开工作进展和完成情况" {
		t.Errorf("title %q", got)
	}

	tasks := pageTable(t, body, "tasks")
	sheet := book["工作任务进展"]
	n := len(tasks) - 2 // the header and the 合计 line
	if n != 15 {
		t.Fatalf("task rows: %d, want the sample's 15", n)
	}
	sameRows(t, "tasks", tasks[:n+1], sheetFrom(sheet, 4, 9)[:n+1])
	if total := tasks[n+1]; total[0] != "合计" || total[1] != sheet[4+n][1] {
		t.Errorf("task total %q, workbook %q", total, sheet[4+n])
	}

	units := pageTable(t, body, "units")
	sameRows(t, "units", units, sheetFrom(book["责任单位完成情况"], 4, 7)[:len(units)])

	depts := pageTable(t, body, "depts")
	deptSheet := sheetFrom(book["信息发布与任务数"], 6, 7)[:len(depts)-1]
	for _, r := range deptSheet {
		for _, c := range []int{3, 6} {
			// the differences' format is +0;[Red]-0;0: Excel shows a zero
			// by its third part, 「0」, where excelize reads 「+0」
			if r[c] == "+0" {
				r[c] = "0"
			}
		}
	}
	sameRows(t, "depts", depts[1:], deptSheet)
	cats := pageTable(t, body, "cats")
	pubs := book["信息发布与任务数"]
	first := 0
	for i, r := range pubs {
		if len(r) > 0 && r[0] == "信息类别" {
			first = i + 1
		}
	}
	sameRows(t, "cats", cats, sheetFrom(pubs, first, 3)[:len(cats)])

	apps := pageTable(t, body, "apps")
	appSheet := book["依申请公开办理"]
	for i, r := range apps[1:] {
		x := appSheet[5+i]
		want := []string{strings.TrimSpace(x[0]), x[2], at3(x)}
		if !reflect.DeepEqual(r, want) {
			t.Errorf("apps row %d: page %q, workbook %q", i, r, want)
		}
	}
	open := pageTable(t, body, "open")
	var openTitle int
	for i, r := range appSheet {
		if len(r) > 0 && strings.HasPrefix(r[0], "截至月末未办结申请") {
			openTitle = i
			if got := pageText(t, body, "open-title"); got != r[0] {
				t.Errorf("open title %q, workbook %q", got, r[0])
			}
		}
	}
	sameRows(t, "open", open, sheetFrom(appSheet, openTitle+2, 5)[:len(open)])

	var js struct {
		Publications struct {
			Month      int `json:"month"`
			YearToDate int `json:"year_to_date"`
		} `json:"publications"`
		Applications struct {
			Received  int `json:"received"`
			Concluded int `json:"concluded"`
		} `json:"applications"`
	}
	readJSON(t, filepath.Join(out, "示例县教育局-2025年11月-政务公开工作进展和完成情况.json"), &js)
	if pageText(t, body, "pubs-month") != strconv.Itoa(js.Publications.Month) || pageText(t, body, "pubs-ytd") != strconv.Itoa(js.Publications.YearToDate) {
		t.Errorf("publications %s / %s, report %d / %d", pageText(t, body, "pubs-month"), pageText(t, body, "pubs-ytd"),
			js.Publications.Month, js.Publications.YearToDate)
	}
	if pageText(t, body, "apps-received") != strconv.Itoa(js.Applications.Received) || pageText(t, body, "apps-concluded") != strconv.Itoa(js.Applications.Concluded) {
		t.Errorf("applications %s / %s, report %d / %d", pageText(t, body, "apps-received"), pageText(t, body, "apps-concluded"),
			js.Applications.Received, js.Applications.Concluded)
	}
}

// at3 is a row's fourth cell, or "" when the row is shorter.
func at3(r []string) string {
	if len(r) > 3 {
		return r[3]
	}
	return ""
}

// The figures of applications link to the applications behind them: the
// 依申请公开 list of the month lists exactly as many.
func TestWorkbenchMonthlyLinksToApplications(t *testing.T) {
	_, db := importSamples(t)
	b := newBench(t, db)
	body := b.get("/monthly?month=2025-11").Body.String()
	for _, id := range []string{"apps-received", "apps-concluded"} {
		href := pageHref(t, body, id)
		if !strings.HasPrefix(href, "/requests?") || !strings.Contains(href, "month=11") {
			t.Fatalf("%s links to %q", id, href)
		}
		list := b.get(href)
		rows := pageTable(t, list.Body.String(), "requests")
		got := 0
		if len(rows) > 0 {
			got = len(rows) - 1
		}
		if want := pageText(t, body, id); strconv.Itoa(got) != want {
			t.Errorf("%s: %s lists %d applications, the figure is %s", id, href, got, want)
		}
	}
	for _, r := range pageTable(t, body, "open")[1:] {
		if rec := b.get("/requests/" + r[1]); rec.Code != http.StatusOK {
			t.Errorf("open application %s: %d", r[1], rec.Code)
		}
	}
}

// The year view is the workbook of `xxgk report monthly --month 2025`:
// the same lines, months and 全年 column.
func TestWorkbenchMonthlyYearMatchesReportMonthly(t *testing.T) {
	_, db := importSamples(t)
	out := monthlyOut(t, db, "2025", "xlsx")
	sheet := cells(t, filepath.Join(out, "示例县教育局-2025年-政务公开工作逐月情况.xlsx"))["全年逐月情况"]
	rec := newBench(t, db).get("/monthly?year=2025")
	if rec.Code != http.StatusOK {
		t.Fatalf("year: %d\n%s", rec.Code, rec.Body)
	}
	year := pageTable(t, rec.Body.String(), "year-view")
	if len(year) != 14 {
		t.Fatalf("year view: %d rows, want a header and 13 lines", len(year))
	}
	sameRows(t, "year", year, sheetFrom(sheet, 4, 14)[:len(year)])
	if !strings.Contains(rec.Body.String(), `href="/monthly?month=2025-11"`) {
		t.Error("the year view does not link to its months")
	}
}

// Without a task list or quotas the page says what is missing and links
// to 导入台账; a month with nothing at all says so.
func TestWorkbenchMonthlySaysWhatIsMissing(t *testing.T) {
	db := requestsDB(t)
	b := newBench(t, db)
	body := b.get("/monthly?month=2025-11").Body.String()
	for _, id := range []string{"no-tasks", "no-quota"} {
		if txt := pageText(t, body, id); !strings.Contains(txt, "导入台账") {
			t.Errorf("%s: %q", id, txt)
		}
	}
	if !strings.Contains(body, `href="/import"`) {
		t.Error("no link to 导入台账")
	}
	empty := b.get("/monthly?month=2025-03").Body.String()
	if txt := pageText(t, empty, "summary-empty"); !strings.Contains(txt, "本月无工作任务进展、信息发布和依申请公开办理数据") {
		t.Errorf("empty month: %q", txt)
	}
	// no month given: the clock's (2026-01)
	if txt := pageText(t, b.get("/monthly").Body.String(), "summary-title"); !strings.Contains(txt, "2026年1月") {
		t.Errorf("default month: %q", txt)
	}
}

// sameRows compares a page's table with a workbook's rows, cell by cell.
func sameRows(t *testing.T, what string, page, book [][]string) {
	t.Helper()
	if len(page) != len(book) {
		t.Fatalf("%s: %d rows on the page, %d in the workbook", what, len(page), len(book))
	}
	for i := range page {
		if !reflect.DeepEqual(page[i], book[i]) {
			t.Errorf("%s row %d:\npage     %q\nworkbook %q", what, i, page[i], book[i])
		}
	}
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}
