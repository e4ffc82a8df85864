package main

import (
	"context"
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
