package main

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// copyFile copies src into dir under its own name.
// copyInto copies src into the folder dir, under its own name.
func copyInto(t *testing.T, src, dir string) {
	t.Helper()
	copyFile(t, src, filepath.Join(dir, filepath.Base(src)))
}

// TestRollupSkipsItsOwnOutput runs the roll-up three times with its --out
// folder inside the folder it sums (totals once went 180 → 360 → 540), then
// once more with its earlier output copied among the units' files: the
// totals never change, and what was left out is listed.
func TestRollupSkipsItsOwnOutput(t *testing.T) {
	in := t.TempDir()
	exportOf(t, unitDB(t, "甲学校", true), "2025", filepath.Join(in, "甲.xlsx"))
	exportOf(t, unitDB(t, "乙学校", false), "2025", filepath.Join(in, "乙.xlsx"))
	out := filepath.Join(in, "汇总")
	sumFile := filepath.Join(out, "某某县教育局-2025年-政府信息公开工作年度报告汇总.json")
	var first map[string]string
	for run := 1; run <= 3; run++ {
		r := xxgk(t, "rollup", "--year", "2025", "--name", "某某县教育局", "--out", out, "--format", "xlsx,json", in).must(t)
		sum := figures(t, sumFile)
		if run == 1 {
			first = sum
			continue
		}
		if !reflect.DeepEqual(sum, first) {
			t.Errorf("run %d: totals changed: table3.new.total %s, was %s", run, sum["table3.new.total"], first["table3.new.total"])
		}
		want := "未计入［汇总结果］汇总：汇总 是本次汇总的输出文件夹（--out），其中的文件不计入"
		if !strings.Contains(r.stdout, want) || !strings.Contains(r.stderr, "汇总 2 个单位") {
			t.Errorf("run %d: stdout lacks %q:\n%s\n%s", run, want, r.stdout, r.stderr)
		}
	}
	// The outputs moved among the units' files are known by their stamp.
	for _, name := range []string{"政府信息公开工作年度报告汇总.xlsx", "汇总情况.xlsx", "汇总上报.xlsx"} {
		copyInto(t, filepath.Join(out, "某某县教育局-2025年-"+name), in)
	}
	elsewhere := t.TempDir()
	r := xxgk(t, "rollup", "--year", "2025", "--name", "某某县教育局", "--out", elsewhere, "--format", "json", in).must(t)
	if sum := figures(t, filepath.Join(elsewhere, filepath.Base(sumFile))); !reflect.DeepEqual(sum, first) {
		t.Errorf("with the outputs copied in: table3.new.total %s, want %s", sum["table3.new.total"], first["table3.new.total"])
	}
	for _, want := range []string{
		"未计入［汇总结果］某某县教育局-2025年-政府信息公开工作年度报告汇总.xlsx：是本单位（某某县教育局）此前汇总生成的文件，不再计入",
		"未计入［汇总结果］某某县教育局-2025年-汇总上报.xlsx：是本单位（某某县教育局）此前汇总生成的文件，不再计入",
		"未计入［汇总结果］某某县教育局-2025年-汇总情况.xlsx：某某县教育局-2025年-汇总情况.xlsx 是汇总生成的汇总情况工作簿，不是单位上报的年度报告，不计入",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, r.stdout)
		}
	}
	if !strings.Contains(r.stderr, "汇总 2 个单位") {
		t.Errorf("stderr: %s", r.stderr)
	}
}
