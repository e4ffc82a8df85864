package main

import (
	"context"
	"testing"

	"github.com/xxgk/xxgk/cmd/xxgk/browsertest"
	"github.com/xxgk/xxgk/report"
)

// 年度报告 and a figure's page in a real browser on the sample ledgers:
// photographed at 1280 and 390 px with nothing sticking out sideways (the
// tables scroll inside their frame); a click on a figure opens its
// records, whose number is the figure.
func TestWorkbenchAnnualInBrowser(t *testing.T) {
	_, db := importSamples(t)
	ctx := browsertest.New(t)
	sctx, stop := context.WithCancel(context.Background())
	defer stop()
	base, _, _ := startServeAt(t, sctx, db, journeyNow)
	shots := func(name string) {
		t.Helper()
		browsertest.Photograph(t, ctx, "annual-"+name)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(browsertest.Open(ctx, base+"annual?year=2025"))
	must(browsertest.WaitH1(ctx, "年度报告"))
	shots("tables")
	cell := "table3.granted.total"
	figure, err := browsertest.Text(ctx, `a[data-cell="`+cell+`"]`)
	must(err)
	must(browsertest.Click(ctx, `a[data-cell="`+cell+`"]`))
	// Click does not wait for the page it opens: ask again while it loads
	for i := 0; ; i++ {
		err := browsertest.WaitH1(ctx, report.FigureName(cell))
		if err == nil {
			break
		}
		if i == 2 {
			t.Fatal(err)
		}
	}
	value, err := browsertest.Text(ctx, "#value")
	must(err)
	count, err := browsertest.Text(ctx, "#count")
	must(err)
	if value != figure || count != "计入的台账记录共 "+figure+" 条（与命令 xxgk explain 列出的相同）：" {
		t.Errorf("figure %s on the table; its page says %s, %q", figure, value, count)
	}
	shots("figure")
	must(browsertest.Follow(ctx, "返回 2025 年统计表"))
	must(browsertest.WaitH1(ctx, "年度报告"))
}
