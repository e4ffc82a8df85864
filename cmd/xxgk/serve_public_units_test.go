package main

import (
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/cmd/xxgk/web/public"
	"github.com/xxgk/xxgk/data"
)

// overdueByDue counts 已超期 in xxgk due's list of db on fixedNow: the
// figure 下级单位 must show.
func overdueByDue(t *testing.T, db string) int {
	t.Helper()
	out := xxgk(t, "due", "--db", db).must(t).stdout
	n := 0
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "SQ") && strings.Contains(line, "已超期") {
			n++
		}
	}
	return n
}

// The city sees both schools in 下级单位 with whether their 2025 annual
// report was produced and how many applications are overdue; it opens a
// school's pages read-only, without the applicants' data.
func TestPublicUpperLevelUnits(t *testing.T) {
	acc := cityAccounts(t)
	s := newSite(t, acc, false)
	city := s.browser()
	city.mustSignIn("city", goodPassword, "/")
	home := city.get("/").Body.String()
	if !strings.Contains(home, `href="/units"`) || !strings.Contains(home, "下级单位") {
		t.Fatalf("the city's top bar has no 下级单位:\n%s", home)
	}
	rec := city.get("/units")
	body := rec.Body.String()
	if rec.Code != http.StatusOK {
		t.Fatalf("/units: %d\n%s", rec.Code, body)
	}
	row := regexp.MustCompile(`(?s)<tr>\s*<td>([^<]+)</td>\s*<td>([^<]+)</td>\s*<td>(.*?)</td>\s*<td class="num">(?:<span class="state overdue">)?(\d+)`)
	rows := row.FindAllStringSubmatch(body, -1)
	wantA, wantB := overdueByDue(t, acc.units[unitA].db), overdueByDue(t, acc.units[unitB].db)
	if wantA != 1 || wantB != 2 {
		t.Fatalf("xxgk due counts %d and %d overdue, the fixture wants 1 and 2", wantA, wantB)
	}
	want := [][]string{
		{"某某市第一中学", unitA, "未生成", strconv.Itoa(wantA)},
		{"某某市第二中学", unitB, "已生成（2026-01-10）", strconv.Itoa(wantB)},
	}
	if len(rows) != len(want) {
		t.Fatalf("下级单位 lists %d units, want 2:\n%s", len(rows), body)
	}
	for i, w := range want {
		got := rows[i][1:]
		if got[0] != w[0] || got[1] != w[1] || !strings.Contains(got[2], w[2]) || got[3] != w[3] {
			t.Errorf("row %d: %q, want %q", i+1, got, w)
		}
	}
	if !strings.Contains(body, `href="`+public.RollupPath+`"`) {
		t.Error("下级单位 has no link to the live roll-up")
	}

	// open B, read-only
	if rec := city.post("/units/view", url.Values{"code": {unitB}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("view B: %d\n%s", rec.Code, rec.Body.String())
	}
	page := city.get("/requests/SQ2025-201")
	body = page.Body.String()
	if page.Code != http.StatusOK || !strings.Contains(body, "SQ2025-201") || !strings.Contains(body, "上级单位只能查看，不能修改") {
		t.Fatalf("B's application as the city: %d\n%s", page.Code, body)
	}
	if strings.Contains(body, applicantB) || strings.Contains(body, "13800000000") || !strings.Contains(body, public.Withheld) {
		t.Errorf("the city reads B's applicant's data:\n%s", body)
	}
	count := func() int {
		n, err := acc.units[unitB].st.CountRequests(t.Context(), data.RequestQuery{Year: 2026})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := count()
	for path, form := range map[string]url.Values{
		"/requests":            {"id": {"SQ2026-090"}, "received": {"2026-01-09"}, "applicant-type": {"自然人"}},
		"/requests/SQ2025-201": {"step": {"conclude"}, "concluded": {"2026-01-09"}, "outcome": {"予以公开"}},
		"/settings/unit":       {"name": {"改名"}},
	} {
		rec := city.post(path, form)
		if rec.Code != http.StatusForbidden || !strings.Contains(rec.Body.String(), "上级单位只能查看，不能修改") {
			t.Errorf("the city's POST %s on B: %d\n%s", path, rec.Code, rec.Body.String())
		}
	}
	if n := count(); n != before {
		t.Errorf("B has %d applications of 2026 after the city's POSTs, want %d", n, before)
	}
	if r, _, _ := acc.units[unitB].st.Request(t.Context(), "SQ2025-201"); !r.Concluded.IsZero() {
		t.Errorf("the city concluded B's application: %+v", r.Concluded)
	}
	// back to its own unit
	if rec := city.post("/units/leave", url.Values{}); rec.Code != http.StatusSeeOther {
		t.Fatalf("leave: %d", rec.Code)
	}
	if body := city.get("/").Body.String(); !strings.Contains(body, "某某市教育局") || strings.Contains(body, "上级单位只能查看") {
		t.Errorf("after leaving, 概览 is not the city's:\n%s", body)
	}
	// a school has no 下级单位, and cannot open its sibling
	a := s.browser()
	a.mustSignIn("a", goodPassword, "/")
	if rec := a.get("/units"); rec.Code != http.StatusNotFound {
		t.Errorf("a school's /units: %d, want 404", rec.Code)
	}
	if rec := a.post("/units/view", url.Values{"code": {unitB}}); rec.Code != http.StatusNotFound {
		t.Errorf("a school opening its sibling: %d, want 404", rec.Code)
	}
	if strings.Contains(a.get("/").Body.String(), `href="/units"`) {
		t.Error("a school's top bar offers 下级单位")
	}
}

// 设置 on the shared server shows no path of the server's and refuses
// 「备份」 (the administrator backs the shared database up).
func TestPublicSettingsNoServerPaths(t *testing.T) {
	s := newSite(t, cityAccounts(t), false)
	a := s.browser()
	a.mustSignIn("a", goodPassword, "/")
	rec := a.get("/settings")
	body := rec.Body.String()
	if rec.Code != http.StatusOK || !strings.Contains(body, sharedDatabaseNote) || strings.Contains(body, s.files) {
		t.Fatalf("/settings: %d\n%s", rec.Code, body)
	}
	rec = a.post("/settings/backup", url.Values{})
	if !strings.Contains(rec.Body.String(), "由系统管理员统一备份") {
		t.Errorf("backup on the shared server: %d\n%s", rec.Code, rec.Body.String())
	}
}
