package main

import (
	"fmt"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/report"
)

// manyUnits is how many schools TestPublicUnitsManyPostgres puts below
// the city: XXGK_MANY_UNITS, else 200 (the size of a city).
func manyUnits(t *testing.T) int {
	if v := os.Getenv("XXGK_MANY_UNITS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			t.Fatalf("XXGK_MANY_UNITS=%q", v)
		}
		return n
	}
	return 200
}

// 下级单位 of a city with 200 schools on PostgreSQL: school i has i%4
// applications received on 2025-11-20 still open on fixedNow (overdue)
// and one received the day before fixedNow (not yet due); every
// fifth produced its 2025 annual report. Each row shows its school's
// figures, the same as when each unit is read on its own, and the page
// is timed (logged; the issue asks for under 1 s).
func TestPublicUnitsManyPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	c := newPGCity(t)
	ctx := t.Context()
	n := manyUnits(t)
	type want struct {
		overdue  int
		produced bool
	}
	wants := map[string]want{unitA: {1, false}, unitB: {2, true}}
	for i := range n {
		code := fmt.Sprintf("11330199MB%07dX", i)
		u, err := c.st.AddUnit(ctx, report.Unit{Name: fmt.Sprintf("某某市第%d小学", i+1), Code: code}, cityCode, fixedNow)
		if err != nil {
			t.Fatal(err)
		}
		var rs []report.Request
		for j := range i % 4 {
			rs = append(rs, report.Request{ID: fmt.Sprintf("SQ%d-%d", i, j), Received: report.NewDate(2025, 11, 20), Applicant: "自然人"})
		}
		rs = append(rs, report.Request{ID: fmt.Sprintf("SQ%d-new", i), Received: report.NewDate(2026, 1, 9), Applicant: "自然人"})
		if err := u.PutRequests(ctx, rs, fixedNow); err != nil {
			t.Fatal(err)
		}
		if i%5 == 0 {
			xxgk(t, "report", "annual", "--db", c.dsn, "--unit-code", code, "--year", "2025", "--out", t.TempDir(), "--format", "json").must(t)
		}
		wants[code] = want{i % 4, i%5 == 0}
	}
	s := newSite(t, c.acc, false)
	city := s.browser()
	city.mustSignIn("city", goodPassword, "/")
	var took []time.Duration
	var body string
	for range 3 {
		start := time.Now()
		rec := city.get("/units")
		took = append(took, time.Since(start))
		if rec.Code != http.StatusOK {
			t.Fatalf("/units: %d\n%.2000s", rec.Code, rec.Body.String())
		}
		body = rec.Body.String()
	}
	row := regexp.MustCompile(`(?s)<tr>\s*<td>([^<]+)</td>\s*<td>([^<]+)</td>\s*<td>(.*?)</td>\s*<td class="num">(?:<span class="state overdue">)?(\d+)`)
	rows := row.FindAllStringSubmatch(body, -1)
	if len(rows) != n+2 {
		t.Fatalf("下级单位 lists %d units, want %d", len(rows), n+2)
	}
	produced := regexp.MustCompile(`已生成（2026-01-10）`)
	for _, r := range rows {
		w, ok := wants[r[2]]
		if !ok {
			t.Errorf("unknown unit %s", r[2])
			continue
		}
		if got, _ := strconv.Atoi(r[4]); got != w.overdue || produced.MatchString(r[3]) != w.produced {
			t.Errorf("%s: %s overdue, %q; want %d, produced %v", r[2], r[4], r[3], w.overdue, w.produced)
		}
	}
	// the same page read unit by unit (Accounts without Overview)
	one := newSite(t, struct{ unitdb.Accounts }{c.acc}, false).browser()
	one.mustSignIn("city", goodPassword, "/")
	start := time.Now()
	byUnit := one.get("/units").Body.String()
	slow := time.Since(start)
	if got, want := row.FindAllStringSubmatch(byUnit, -1), rows; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("下级单位 read unit by unit differs from the grouped read:\n%v\n%v", got, want)
	}
	t.Logf("下级单位 of %d units on PostgreSQL: %v (first, then again twice); unit by unit: %v", n+2, took, slow)
}
