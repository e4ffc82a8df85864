package main

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/cmd/xxgk/browsertest"
	"github.com/xxgk/xxgk/samples"
)

// TestRollupPageInBrowser: in a real browser, a clerk opens 汇总 from the
// top bar, chooses the units' files and the list of expected units and
// clicks 「汇总」; the 汇总情况 lists the unit that sent nothing and the
// broken file, and 「下载汇总表」 saves the command's workbook. The form
// and the result are photographed at 1280 and 390 px, nothing sticking
// out sideways.
func TestRollupPageInBrowser(t *testing.T) {
	ctx := browsertest.New(t)
	in, units := rollupInputs(t)
	res := t.TempDir()
	// the form offers the database's unit code (the sample unit's)
	xxgk(t, "rollup", "--year", "2025", "--name", "某某县教育局", "--code", samples.UnitCode, "--units", units, "--out", res, "--format", "xlsx", in).must(t)
	sctx, stop := context.WithCancel(context.Background())
	defer stop()
	base, _, _ := startServeAt(t, sctx, sampleDB(t), fixedNow)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	shots := func(name string) {
		t.Helper()
		browsertest.Photograph(t, ctx, "rollup-"+name)
	}

	must(browsertest.Open(ctx, base))
	must(browsertest.Follow(ctx, "汇总"))
	must(browsertest.WaitH1(ctx, "汇总"))
	shots("form")
	names, _ := filepath.Glob(filepath.Join(in, "*"))
	must(browsertest.Upload(ctx, "files", names...))
	must(browsertest.Upload(ctx, "units", units))
	must(browsertest.Fill(ctx, "name", "某某县教育局"))
	must(browsertest.Submit(ctx, "#rollup-form"))
	must(browsertest.WaitH1(ctx, "汇总情况"))
	shots("result")
	for sel, want := range map[string]string{"#rollup-missing": "己学校", "#rollup-excluded": "坏文件.xlsx", "#rollup-problems": "戊-手填.xlsx"} {
		if got, err := browsertest.Text(ctx, sel); err != nil || !strings.Contains(got, want) {
			t.Errorf("%s: %q, want %s (%v)", sel, got, want, err)
		}
	}
	got, err := browsertest.Download(ctx, "下载汇总表")
	must(err)
	want := filepath.Join(res, "某某县教育局-2025年-政府信息公开工作年度报告汇总.xlsx")
	if filepath.Base(got) != filepath.Base(want) {
		t.Errorf("downloaded as %s, want %s", filepath.Base(got), filepath.Base(want))
	}
	if !reflect.DeepEqual(cells(t, got), cells(t, want)) {
		t.Errorf("the downloaded 汇总表 differs from the command's")
	}
	os.Remove(got)
}
