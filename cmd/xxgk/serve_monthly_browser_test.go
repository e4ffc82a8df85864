package main

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/xxgk/xxgk/cmd/xxgk/browsertest"
)

// 月度进展 in headless chromium on the sample database: the month, the
// year (by its 「全年」 link) and a bad month, photographed at 1280 and
// 390 px with nothing sticking out sideways; 「下载 Excel」 saves the
// command's workbook.
func TestMonthlyPageInBrowser(t *testing.T) {
	_, db := importSamples(t)
	ctx := browsertest.New(t)
	sctx, stop := context.WithCancel(context.Background())
	defer stop()
	base, _, _ := startServeAt(t, sctx, db, fixedNow)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	screens := func(name string) {
		t.Helper()
		browsertest.Photograph(t, ctx, "monthly-"+name)
	}

	must(browsertest.Open(ctx, base+"monthly?month=2025-11"))
	must(browsertest.WaitH1(ctx, "月度进展"))
	screens("month")
	path, err := browsertest.Download(ctx, "下载 Excel")
	must(err)
	out := monthlyOut(t, db, "2025-11", "xlsx")
	want := filepath.Join(out, "示例县教育局-2025年11月-政务公开工作进展和完成情况.xlsx")
	if filepath.Base(path) != filepath.Base(want) || !reflect.DeepEqual(cells(t, path), cells(t, want)) {
		t.Errorf("「下载 Excel」 saved %s, not the command's workbook", filepath.Base(path))
	}

	must(browsertest.Follow(ctx, "全年"))
	must(browsertest.WaitH1(ctx, "月度进展"))
	if txt, err := browsertest.Text(ctx, "#summary-title"); err != nil || txt != "示例县教育局2025年政务公开工作逐月情况" {
		t.Errorf("after 「全年」: %q %v", txt, err)
	}
	screens("year")

	must(browsertest.Open(ctx, base+"monthly?month=2025-13"))
	must(browsertest.WaitH1(ctx, "月度进展"))
	screens("bad-month")
}
