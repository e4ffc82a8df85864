package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// refusingOps is the commands' operations on a store that refuses its
// writes as a PostgreSQL store does for an upper level.
type refusingOps struct{ web.Ops }

func (refusingOps) SaveRequest(context.Context, string, map[string]string) (report.Request, error) {
	return report.Request{}, fmt.Errorf("save: %w", unitdb.ErrReadOnly)
}

// web.Shared: the public edition answers any host and signs out with
// 退出; read-only refuses every POST before a page and shows its banner;
// a store's ErrReadOnly reads as the same words.
func TestWorkbenchShared(t *testing.T) {
	db := requestsDB(t)
	other := func(b *bench, method, path string, form url.Values) *httptest.ResponseRecorder {
		var req *http.Request
		if form != nil {
			form.Set("token", testToken)
			req = httptest.NewRequest(method, path, strings.NewReader(form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		} else {
			req = httptest.NewRequest(method, path, nil)
		}
		req.Host = "xxgk.example.edu.cn"
		rec := httptest.NewRecorder()
		b.srv.ServeHTTP(rec, req)
		return rec
	}
	loopback := newBench(t, db)
	if rec := other(loopback, "GET", "/", nil); rec.Code != http.StatusMisdirectedRequest {
		t.Errorf("loopback edition, another host: %d, want 421", rec.Code)
	}
	pub := newBenchWith(t, db, func(c *web.Config) {
		c.Shared = web.Shared{Public: true, Links: []web.Link{{Key: "units", Label: "下级单位", Href: "/units"}}}
	})
	body := other(pub, "GET", "/", nil).Body.String()
	if !strings.Contains(body, `action="/logout"`) || !strings.Contains(body, `<a href="/units">下级单位</a>`) || strings.Contains(body, `class="banner"`) {
		t.Errorf("public edition's 概览:\n%s", body)
	}
	ro := newBenchWith(t, db, func(c *web.Config) {
		c.Shared = web.Shared{Public: true, ReadOnly: true, Banner: "正在查看下级单位"}
	})
	if body := other(ro, "GET", "/requests/SQ2025-101", nil).Body.String(); !strings.Contains(body, `<p class="banner" role="note">正在查看下级单位</p>`) {
		t.Errorf("read-only page without the banner:\n%s", body)
	}
	count := func() int {
		n, err := ro.st.CountRequests(t.Context(), data.RequestQuery{Year: 2026})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := count()
	form := url.Values{"id": {"SQ2026-077"}, "received": {"2026-01-09"}, "applicant-type": {"自然人"}}
	rec := other(ro, "POST", "/requests", form)
	if rec.Code != http.StatusForbidden || !strings.Contains(rec.Body.String(), web.ReadOnlyMessage) || count() != before {
		t.Errorf("read-only POST: %d, %d applications (want %d)\n%s", rec.Code, count(), before, rec.Body.String())
	}
	refused := newBenchWith(t, db, func(c *web.Config) {
		c.Ops = refusingOps{c.Ops}
		c.Shared = web.Shared{Public: true}
	})
	rec = other(refused, "POST", "/requests", form)
	if rec.Code != http.StatusForbidden || !strings.Contains(rec.Body.String(), web.ReadOnlyMessage) || strings.Contains(rec.Body.String(), "内部错误") {
		t.Errorf("the store's ErrReadOnly: %d\n%s", rec.Code, rec.Body.String())
	}
}
