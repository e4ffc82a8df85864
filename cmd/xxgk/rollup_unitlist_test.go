package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestRollupWithoutUnitList: without --units the roll-up cannot know who
// did not report, and says so on stderr and in the 汇总情况 workbook's
// 「未报送单位」 sheet; with a list that every unit answered it says 「无」.
func TestRollupWithoutUnitList(t *testing.T) {
	in := t.TempDir()
	exportOf(t, unitDB(t, "甲学校", false), "2025", filepath.Join(in, "甲.xlsx"))
	details := func(out string) []string {
		var rows []string
		for _, row := range cells(t, filepath.Join(out, "某某县教育局-2025年-汇总情况.xlsx"))["未报送单位"][4:] {
			rows = append(rows, strings.Join(row, "|"))
		}
		return rows
	}
	out := t.TempDir()
	r := xxgk(t, "rollup", "--year", "2025", "--name", "某某县教育局", "--out", out, "--format", "json", in).must(t)
	if !strings.Contains(r.stderr, "汇总 1 个单位；未提供应报单位名单；有问题 0 处；未计入的文件 0 个。") {
		t.Errorf("without a list, stderr: %s", r.stderr)
	}
	if got := details(out); strings.Join(got, "\n") != "未提供应报单位名单" {
		t.Errorf("without a list, 未报送单位 rows %q", got)
	}
	units := writeFile(t, t.TempDir(), "应报单位.csv", "单位名称\n甲学校\n")
	out = t.TempDir()
	r = xxgk(t, "rollup", "--year", "2025", "--name", "某某县教育局", "--units", units, "--out", out, "--format", "json", in).must(t)
	if !strings.Contains(r.stderr, "汇总 1 个单位；未报送 0 个；有问题 0 处；未计入的文件 0 个。") {
		t.Errorf("with a list, stderr: %s", r.stderr)
	}
	if got := details(out); strings.Join(got, "\n") != "无" {
		t.Errorf("with a list, 未报送单位 rows %q", got)
	}
}
