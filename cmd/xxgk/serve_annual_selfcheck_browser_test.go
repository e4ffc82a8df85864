package main

import (
	"context"
	"net"
	"net/http/httptest"
	"strconv"
	"testing"

	"github.com/xxgk/xxgk/cmd/xxgk/browsertest"
	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/report/selfcheck"
)

// 年度报告's 自查 in a real browser, on the sample ledgers with the
// hand-made self-inspection: photographed at 1280 and 390 px with nothing
// sticking out sideways; the late registration's link opens its page.
func TestWorkbenchAnnualSelfCheckInBrowser(t *testing.T) {
	_, db := importSamples(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	b := newBenchWith(t, db, func(cfg *web.Config) {
		o := cfg.Ops.(webOps)
		o.years = newYearCache(o.checkYear, func(context.Context, int) (*selfcheck.Result, error) { return handMadeSelfCheck(), nil })
		cfg.Ops, cfg.Port = o, port
	})
	srv := httptest.NewUnstartedServer(b.srv)
	srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	defer srv.Close()
	base := "http://127.0.0.1:" + strconv.Itoa(port) + "/"

	ctx := browsertest.New(t)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(browsertest.Open(ctx, base+"annual?year=2025#selfcheck"))
	must(browsertest.WaitH1(ctx, "年度报告"))
	late, err := browsertest.Text(ctx, "#sc-late-pubs")
	must(err)
	if late != "4" {
		t.Errorf("逾期 = %q, want 4", late)
	}
	browsertest.Photograph(t, ctx, "annual-selfcheck")
	must(browsertest.Follow(ctx, "SQ2025-013"))
	for i := 0; ; i++ {
		err := browsertest.WaitH1(ctx, "申请 SQ2025-013")
		if err == nil {
			break
		}
		if i == 2 {
			t.Fatal(err)
		}
	}
}
