package main

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/report"
)

// overviewFigure is the figure of 概览 with the given id.
func overviewFigure(t *testing.T, body, id string) string {
	t.Helper()
	m := regexp.MustCompile(`id="` + id + `"[^>]*>(\d+)<`).FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("概览 has no figure %s", id)
	}
	return m[1]
}

// For a past year 概览's counts (now two COUNT queries) are the annual
// report's: items published, applications newly received, concluded, and
// carried over to the next year, as xxgk report annual writes them.
func TestWorkbenchOverviewCountsMatchReport(t *testing.T) {
	out := t.TempDir()
	xxgk(t, "demo", "--out", out).must(t)
	dbs, _ := filepath.Glob(filepath.Join(out, "*.db"))
	if len(dbs) != 1 {
		t.Fatalf("demo databases: %v", dbs)
	}
	body := newBench(t, dbs[0]).get("/?year=2025").Body.String()
	rep := annualJSON(t, dbs[0], "2025")
	for id, path := range map[string][]string{
		"publications": {"publications", "total"},
		"received":     {"table3", "new", "total"},
		"concluded":    {"table3", "result_total", "total"},
		"open":         {"table3", "carried_out", "total"},
	} {
		want := jsonNum(at(t, rep, path...))
		if got := overviewFigure(t, body, id); got != want || got == "0" {
			t.Errorf("概览 %s = %s, report annual %v = %s", id, got, path, want)
		}
	}
}

// With more urgent applications than 概览 lists, it counts them all by
// state (as xxgk due does), links each count to the filtered list, and
// lists the most urgent dueShown in xxgk due's order.
func TestWorkbenchOverviewDueCapped(t *testing.T) {
	dir, db := newDB(t)
	var csv strings.Builder
	csv.WriteString("申请编号,收到日期,申请人类型,申请人\n")
	for i := 0; i < 70; i++ { // received 2025-10-15 … 2025-12-23: overdue, due soon and normal on 2026-01-10
		fmt.Fprintf(&csv, "SQ%03d,%s,自然人,申请人%d\n", i, report.NewDate(2025, time.October, 15).AddDays(i), i)
	}
	xxgk(t, "import", "--db", db, writeFile(t, dir, "依申请公开.csv", csv.String())).must(t)
	due := dueJSON(t, db)
	n := map[string]int{}
	var want []string
	for _, en := range due.Open {
		n[en.State]++
		if (en.State == "已超期" || en.State == "即将到期") && len(want) < 50 {
			want = append(want, en.ID)
		}
	}
	if n["已超期"]+n["即将到期"] <= 50 || n["即将到期"] == 0 {
		t.Fatalf("the test needs more than 50 urgent applications, some due soon: %v", n)
	}
	body := newBench(t, db).get("/").Body.String()
	for _, w := range []string{
		fmt.Sprintf(`<a href="/requests?state=%%E5%%B7%%B2%%E8%%B6%%85%%E6%%9C%%9F&amp;year=2026"><span class="state overdue">已超期</span> %d 件</a>`, n["已超期"]),
		fmt.Sprintf(`<a href="/requests?state=%%E5%%8D%%B3%%E5%%B0%%86%%E5%%88%%B0%%E6%%9C%%9F&amp;year=2026"><span class="state soon">即将到期</span> %d 件</a>`, n["即将到期"]),
		"下面列出最紧急的 50 件",
	} {
		if !strings.Contains(body, w) {
			t.Errorf("概览 lacks %q", w)
		}
	}
	list := body[strings.Index(body, `id="due-list"`):]
	list = list[:strings.Index(list, "</table>")]
	var got []string
	for _, m := range regexp.MustCompile(`<tr><td><a href="/requests/([^"]+)">`).FindAllStringSubmatch(list, -1) {
		got = append(got, m[1])
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("due list:\n%v\nwant the first 50 urgent of xxgk due:\n%v", got, want)
	}
}
