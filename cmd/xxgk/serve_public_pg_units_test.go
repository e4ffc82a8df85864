package main

import (
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/cmd/xxgk/web/public"
)

// pgOverdueByDue counts 已超期 in xxgk due's list of unit code of the
// shared database on fixedNow: the figure 下级单位 must show.
func pgOverdueByDue(t *testing.T, dsn, code string) int {
	t.Helper()
	out := xxgk(t, "due", "--db", dsn, "--unit-code", code).must(t).stdout
	n := 0
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "SQ") && strings.Contains(line, "已超期") {
			n++
		}
	}
	return n
}

// Two units on PostgreSQL, through the workbench: A's account cannot read
// B's applications (page, list, annual export: not found or absent, B's
// applicant nowhere); A's writes are audited with A's account; the city
// lists both in 下级单位 with the figures xxgk due and xxgk report annual
// give, reads B without its applicants' data, and its POSTs on B are
// refused with 「上级单位只能查看，不能修改」, changing no row.
func TestPublicTwoUnitsPostgres(t *testing.T) {
	c := newPGCity(t)
	s := newSite(t, c.acc, false)

	// before A produces its 2025 report, 下级单位 says so
	city := s.browser()
	city.mustSignIn("city", goodPassword, "/")
	if body := city.get("/units").Body.String(); !regexp.MustCompile(`(?s)<td>` + unitA + `</td>\s*<td>(<span[^>]*>)?未生成`).MatchString(body) {
		t.Errorf("下级单位 before A's report does not say 未生成:\n%s", body)
	}

	// A cannot read B
	a := s.browser()
	a.mustSignIn("a", goodPassword, "/")
	rec := a.get("/requests/SQ2025-201")
	if body := rec.Body.String(); rec.Code != http.StatusNotFound || !strings.Contains(body, "没有这条记录") || strings.Contains(body, applicantB) {
		t.Errorf("B's application from A: %d\n%s", rec.Code, body)
	}
	for _, path := range []string{"/requests?year=2025", "/requests?year=2026", "/", "/annual?year=2025", "/monthly?year=2025"} {
		rec := a.get(path)
		body := rec.Body.String()
		if rec.Code != http.StatusOK || strings.Contains(body, applicantB) || strings.Contains(body, "SQ2025-20") || strings.Contains(body, unitB) {
			t.Errorf("A's %s: %d, shows B's applications:\n%s", path, rec.Code, body)
		}
	}
	if list := a.get("/requests?year=2025").Body.String(); !strings.Contains(list, "SQ2025-101") {
		t.Errorf("A's list misses its own application:\n%s", list)
	}
	exp := a.post("/annual/files", url.Values{"year": {"2025"}, "format": {"json"}})
	if body := exp.Body.String(); exp.Code != http.StatusOK || !strings.Contains(body, unitA) || strings.Contains(body, unitB) || strings.Contains(body, applicantB) {
		t.Errorf("A's annual export of 2025: %d\n%s", exp.Code, body)
	}

	// A's write through the workbench is audited with A's account
	if rec := a.post("/requests", url.Values{"id": {"SQ2026-050"}, "received": {"2026-01-09"}, "applicant-type": {"自然人"}, "name": {"赵丙某"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("A's POST /requests: %d\n%s", rec.Code, rec.Body.String())
	}
	var account int64
	var after string
	if err := c.conn(t).QueryRow(t.Context(), `SELECT account, after::text FROM audit WHERE table_name = 'requests' AND action = 'INSERT' AND record_key = 'SQ2026-050'`).Scan(&account, &after); err != nil {
		t.Fatal(err)
	}
	if account != c.ids["a"] || strings.Contains(after, "赵丙某") || !strings.Contains(after, "已省略") {
		t.Errorf("audit of A's write: account %d (want %d), after %s", account, c.ids["a"], after)
	}

	// the city: 下级单位 with both units' figures
	rec = city.get("/units")
	body := rec.Body.String()
	if rec.Code != http.StatusOK {
		t.Fatalf("/units: %d\n%s", rec.Code, body)
	}
	row := regexp.MustCompile(`(?s)<tr>\s*<td>([^<]+)</td>\s*<td>([^<]+)</td>\s*<td>(.*?)</td>\s*<td class="num">(?:<span class="state overdue">)?(\d+)`)
	rows := row.FindAllStringSubmatch(body, -1)
	wantA, wantB := pgOverdueByDue(t, c.dsn, unitA), pgOverdueByDue(t, c.dsn, unitB)
	if wantA != 1 || wantB != 2 {
		t.Fatalf("xxgk due counts %d and %d overdue, the fixture wants 1 and 2", wantA, wantB)
	}
	want := [][]string{
		// A produced its 2025 report above, downloading its export
		{"某某市第一中学", unitA, "已生成（2026-01-10）", strconv.Itoa(wantA)},
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

	// the city reads B without its applicants' data
	if rec := city.post("/units/view", url.Values{"code": {unitB}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("view B: %d\n%s", rec.Code, rec.Body.String())
	}
	for _, path := range []string{"/requests/SQ2025-201", "/requests?year=2025", "/"} {
		rec := city.get(path)
		body := rec.Body.String()
		if rec.Code != http.StatusOK || !strings.Contains(body, "上级单位只能查看，不能修改") || strings.Contains(body, applicantB) || strings.Contains(body, "13800000000") {
			t.Errorf("B's %s as the city: %d\n%s", path, rec.Code, body)
		}
	}
	if body := city.get("/requests/SQ2025-201").Body.String(); !strings.Contains(body, public.Withheld) {
		t.Errorf("B's application as the city does not say %s:\n%s", public.Withheld, body)
	}

	// and writes nothing
	snapshot := func() [3]int {
		return [3]int{
			c.count(t, `SELECT count(*) FROM requests r JOIN units u ON u.id = r.unit_id WHERE u.code = $1`, unitB),
			c.count(t, `SELECT count(*) FROM audit`),
			c.count(t, `SELECT count(*) FROM requests WHERE id = 'SQ2025-201' AND coalesce(concluded, '') <> ''`),
		}
	}
	before := snapshot()
	markB := c.changeMark(t, unitB)
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
	if got := snapshot(); got != before {
		t.Errorf("after the city's POSTs (B's rows, audit rows, B's concluded): %v, want %v", got, before)
	}
	if m := c.changeMark(t, unitB); m != markB {
		t.Errorf("B's change mark moved: %d → %d", markB, m)
	}
}
