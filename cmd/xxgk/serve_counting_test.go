package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
)

// When a year's count takes longer than the page's wait (a database of a
// million items), 概览 and 年度报告 answer at once with 「正在…」 and a
// reload; the count goes on, and the reload shows the figures.
func TestPagesDoNotWaitForALongCount(t *testing.T) {
	db := sampleDB(t)
	c := newCachedOps(t, db)
	gate := make(chan struct{})
	count := c.years.compute
	c.years.compute = func(ctx context.Context, k yearKey) (yearChecks, error) {
		<-gate // a count that takes a while
		return count(ctx, k)
	}
	srv, err := web.New(web.Config{Store: c.st, Ops: c.webOps, Now: c.e.now, Port: 8080, Token: testToken, CountWait: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	get := func(path string) string {
		t.Helper()
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.Host = "127.0.0.1:8080"
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: %d\n%s", path, rec.Code, rec.Body)
		}
		return rec.Body.String()
	}
	const refresh = `<meta http-equiv="refresh" content="3">`
	overview, annual := get("/?year=2025"), get("/annual?year=2025")
	if !strings.Contains(overview, refresh) || !strings.Contains(overview, "正在核对 2025 年的台账") || strings.Contains(overview, "核对发现") {
		t.Errorf("概览 while counting:\n%s", overview)
	}
	if !strings.Contains(annual, refresh) || !strings.Contains(annual, `id="counting"`) || strings.Contains(annual, `data-cell=`) {
		t.Errorf("年度报告 while counting:\n%s", annual)
	}
	close(gate)
	want, _, err := c.yearChecked(t.Context(), 2025) // the count the pages started, finished
	if err != nil {
		t.Fatal(err)
	}
	if n := c.computed.Load(); n != 1 {
		t.Errorf("the pages that gave up waiting started %d counts, want 1 for both", n)
	}
	overview, annual = get("/?year=2025"), get("/annual?year=2025")
	if strings.Contains(overview, refresh) || !strings.Contains(overview, "核对发现") {
		t.Errorf("概览 after the count:\n%s", overview)
	}
	total, _ := want.Figure("table3.new.total")
	if strings.Contains(annual, refresh) || strings.Contains(annual, `id="counting"`) ||
		!strings.Contains(annual, `data-cell="table3.new.total">`+total+`</a>`) {
		t.Errorf("年度报告 after the count lacks table 三's figures:\n%.3000s", annual)
	}
}

// 年度报告 lists the first problemsShown notes of a year with thousands
// and says how many there are; 「全部列出」 lists them all.
func TestAnnualListsTheFirstProblems(t *testing.T) {
	dir, db := newDB(t)
	var csv strings.Builder
	csv.WriteString("申请编号,收到日期,申请人类型,申请人,联系方式,申请内容,申请方式\n")
	for i := 0; i < 120; i++ { // open since June: overdue on fixedNow, a note each
		fmt.Fprintf(&csv, "SQ2025-%03d,2025-06-02,自然人,张某,13800000000,某信息,网络\n", i)
	}
	xxgk(t, "import", "--db", db, writeFile(t, dir, "依申请公开.csv", csv.String())).must(t)
	errs, notes := 0, 0
	for _, l := range strings.Split(xxgk(t, "check", "--db", db, "--year", "2025").stdout, "\n") {
		switch {
		case strings.HasPrefix(l, "错误［"):
			errs++
		case strings.HasPrefix(l, "提示［"):
			notes++
		}
	}
	if notes <= problemsShownOnPage {
		t.Fatalf("the test needs more than %d notes, check lists %d", problemsShownOnPage, notes)
	}
	b := newBench(t, db)
	page := b.get("/annual?year=2025").Body.String()
	head := fmt.Sprintf(`核对发现 <strong id="check-errors">%d</strong> 个错误、<strong id="check-notes">%d</strong> 条提示`, errs, notes)
	if !strings.Contains(page, head) || strings.Count(page, `<li class="is-note">`) != problemsShownOnPage || !strings.Contains(page, `id="all-problems"`) {
		t.Errorf("the first page of problems: want %q, %d notes listed and 全部列出; got %d listed\n%.2000s",
			head, problemsShownOnPage, strings.Count(page, `<li class="is-note">`), page)
	}
	all := b.get("/annual?year=2025&problems=all").Body.String()
	if n := strings.Count(all, `<li class="is-note">`); n != notes || strings.Contains(all, `id="all-problems"`) {
		t.Errorf("全部列出 lists %d notes, check %d", n, notes)
	}
}

// problemsShownOnPage is how many notes 年度报告 lists at first.
const problemsShownOnPage = 100
