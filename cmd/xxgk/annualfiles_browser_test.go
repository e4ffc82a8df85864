package main

import (
	"context"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/cmd/xxgk/browsertest"
	"github.com/xxgk/xxgk/report"
)

// In a real browser: 年报文字 shows every part at 1280 and 390 px without
// anything sticking out sideways; a text typed and saved comes back with
// 「已保存」 and the part leaves the missing list; 年度报告 (which holds the
// downloads) is photographed too.
func TestAnnualTextInBrowser(t *testing.T) {
	_, db := annualDB(t)
	ctx := browsertest.New(t)
	sctx, stop := context.WithCancel(context.Background())
	defer stop()
	base, _, _ := startServeAt(t, sctx, db, fixedNow)
	shots := func(name string) {
		t.Helper()
		browsertest.Photograph(t, ctx, "annualtext-"+name)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(browsertest.Open(ctx, base+"annual/text?year=2025"))
	must(browsertest.WaitH1(ctx, "年报文字"))
	shots("page")
	key := partKeyOf(t, report.SectionTitles[4])
	must(browsertest.Fill(ctx, key, "存在的问题：解读形式单一。\n\n改进：增加图解。"))
	must(browsertest.Click(ctx, "#text-save"))
	must(browsertest.WaitH1(ctx, "年报文字"))
	flash, err := browsertest.Text(ctx, ".flash")
	must(err)
	missing, err := browsertest.Text(ctx, "#missing-parts")
	must(err)
	if !strings.HasPrefix(flash, "已保存到 ") || strings.Contains(missing, report.SectionTitles[4]) || !strings.Contains(missing, report.OverviewSubheads[2]) {
		t.Errorf("after the save: %q / %q", flash, missing)
	}
	shots("saved")
	must(browsertest.Open(ctx, base+"annual?year=2025"))
	must(browsertest.WaitH1(ctx, "年度报告"))
	shots("annual")
}
