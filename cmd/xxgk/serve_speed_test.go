package main

import (
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"slices"
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
// lists the 20 most urgent (dueShown) in xxgk due's order.
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
		if (en.State == "已超期" || en.State == "即将到期") && len(want) < 20 {
			want = append(want, en.ID)
		}
	}
	if n["已超期"]+n["即将到期"] <= 20 || n["即将到期"] == 0 {
		t.Fatalf("the test needs more than 20 urgent applications, some due soon: %v", n)
	}
	body := newBench(t, db).get("/").Body.String()
	for _, w := range []string{
		fmt.Sprintf(`<a href="/requests?state=%%E5%%B7%%B2%%E8%%B6%%85%%E6%%9C%%9F&amp;year=2026"><span class="state overdue">已超期</span> %d 件</a>`, n["已超期"]),
		fmt.Sprintf(`<a href="/requests?state=%%E5%%8D%%B3%%E5%%B0%%86%%E5%%88%%B0%%E6%%9C%%9F&amp;year=2026"><span class="state soon">即将到期</span> %d 件</a>`, n["即将到期"]),
		"下面列出最紧急的 20 件",
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
		t.Errorf("due list:\n%v\nwant the first 20 urgent of xxgk due:\n%v", got, want)
	}
}

// listIDs are the 申请编号 of the rows of the list page body.
func listIDs(body string) []string {
	var ids []string
	for _, m := range regexp.MustCompile(`<tr><td><a href="/requests/([^"]+)">`).FindAllStringSubmatch(body, -1) {
		ids = append(ids, m[1])
	}
	return ids
}

// The list comes 100 to a page, with the total on every page, 「上一页」
// and 「下一页」 keeping the year and the state filter; a page past the
// last shows the last. Filtered by a deadline state it holds exactly the
// applications xxgk due gives that state, in 申请编号 order.
func TestWorkbenchRequestPages(t *testing.T) {
	dir, db := newDB(t)
	var csv strings.Builder
	csv.WriteString("申请编号,收到日期,申请人类型,申请人,办结日期,办理结果\n")
	var all []string
	for i := 0; i < 250; i++ {
		concluded, outcome := "", ""
		if i%3 == 0 {
			concluded, outcome = "2025-12-31", "予以公开"
		}
		id := fmt.Sprintf("SQ%03d", i)
		all = append(all, id)
		fmt.Fprintf(&csv, "%s,%s,自然人,申请人%d,%s,%s\n", id, report.NewDate(2025, time.September, 1).AddDays(i/3), i, concluded, outcome)
	}
	xxgk(t, "import", "--db", db, writeFile(t, dir, "依申请公开.csv", csv.String())).must(t)
	b := newBench(t, db)
	var got []string
	for p, want := range map[int]string{1: "这一页是第 1–100 件", 2: "这一页是第 101–200 件", 3: "这一页是第 201–250 件"} {
		body := b.get(fmt.Sprintf("/requests?year=2025&page=%d", p)).Body.String()
		if !strings.Contains(body, "2025 年的申请共 250 件") || !strings.Contains(body, want) || !strings.Contains(body, fmt.Sprintf("第 %d / 3 页", p)) {
			t.Errorf("page %d lacks its count %q:\n%s", p, want, body)
		}
		if prev := fmt.Sprintf(`href="/requests?page=%d&amp;year=2025" id="prev"`, p-1); (p > 1) != strings.Contains(body, prev) {
			t.Errorf("page %d: 上一页 link %q wrong", p, prev)
		}
		if next := fmt.Sprintf(`href="/requests?page=%d&amp;year=2025" id="next"`, p+1); (p < 3) != strings.Contains(body, next) {
			t.Errorf("page %d: 下一页 link %q wrong", p, next)
		}
		if p == 3 && !strings.Contains(body, "<span>下一页</span>") {
			t.Error("the last page's 下一页 is not shown as unavailable")
		}
		got = append(got, listIDs(body)...)
	}
	slices.Sort(got)
	if !slices.Equal(got, all) {
		t.Errorf("the three pages hold %d applications, want the 250 once each", len(got))
	}
	if last := b.get("/requests?year=2025&page=99").Body.String(); !strings.Contains(last, "第 3 / 3 页") || len(listIDs(last)) != 50 {
		t.Error("a page past the last does not show the last")
	}
	// a deadline state, over pages: xxgk due's applications in that state
	var overdue []string
	for _, en := range dueJSON(t, db).Open {
		if en.State == "已超期" {
			overdue = append(overdue, en.ID)
		}
	}
	slices.Sort(overdue)
	if len(overdue) <= 100 {
		t.Fatalf("the test needs more than a page of overdue applications: %d", len(overdue))
	}
	state := url.QueryEscape("已超期")
	first := b.get("/requests?year=2025&state=" + state).Body.String()
	next := fmt.Sprintf(`href="/requests?page=2&amp;state=%s&amp;year=2025" id="next"`, state)
	if !strings.Contains(first, fmt.Sprintf("2025 年的申请中「已超期」的共 %d 件", len(overdue))) || !strings.Contains(first, next) {
		t.Errorf("the 已超期 filter's first page lacks its count %d or %q", len(overdue), next)
	}
	second := b.get("/requests?year=2025&page=2&state=" + state).Body.String()
	if ids := append(listIDs(first), listIDs(second)...); !slices.Equal(ids, overdue) {
		t.Errorf("the 已超期 pages:\n%v\nwant xxgk due's:\n%v", ids, overdue)
	}
	if strings.Contains(second, `class="state normal"`) || strings.Contains(second, `class="state done"`) {
		t.Error("the filter's second page holds other states")
	}
}
