package main

import (
	"strings"
	"testing"
)

func TestExplain(t *testing.T) {
	_, db := importHandMade(t)
	r := xxgk(t, "explain", "--db", db, "--year", "2025", "table3.carried_out.total").must(t)
	for _, want := range []string{
		"某某县教育局 2025 年 表三 四、结转下年度继续办理 / 总计 = 2",
		"计入的台账记录 2 条",
		"1. 依申请公开 R2（依申请公开.csv 第3行）",
		"收到日期 2024-12-30 不晚于 2025-12-31，尚未办结，年底前未办结 → 结转下年度",
		"2. 依申请公开 R6（依申请公开.csv 第7行）",
		"办结日期 2026-01-04",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, r.stdout)
		}
	}
	r = xxgk(t, "explain", "--db", db, "--year", "2025", "table2.normative_docs.in_force").must(t)
	if !strings.Contains(r.stdout, "= 2") || strings.Contains(r.stdout, "〔2020〕3号") || !strings.Contains(r.stdout, "有效期至 2027-12-31 晚于 2025-12-31") {
		t.Errorf("in_force explanation:\n%s", r.stdout)
	}
	r = xxgk(t, "explain", "--db", db, "--year", "2025", "table3.nonsense.natural")
	if r.code != 2 || !strings.Contains(r.stderr, "不是统计表中的单元格") {
		t.Errorf("exit %d: %s", r.code, r.stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	checkUsageErrors(t)
}

// checkUsageErrors runs the usage cases: each is refused with exit 2.
func checkUsageErrors(t *testing.T) {
	t.Helper()
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"report", "annual", "--year", "2025", "--out", "x"}, "缺少 --db"},
		{[]string{"report", "annual", "--db", "x.db", "--year", "2025", "--out", "x", "--format", "docx"}, "--format 的值「docx」无效，可选：xlsx、json"},
		{[]string{"check", "--db", "x.db"}, "缺少 --year"},
		{[]string{"check", "--db", "x.db", "--year", "25"}, "不是有效年度"},
		{[]string{"import", "--db", "x.db", "--bogus"}, "未知选项 -bogus"},
		{[]string{"init", "--db", "x.db"}, "缺少 --unit"},
		{[]string{"bogus"}, "未知命令「bogus」"},
	}
	for _, c := range cases {
		r := xxgk(t, c.args...)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want 2 and %q", c.args, r.code, r.stderr, c.want)
		}
	}
}

func TestHelpIsChinese(t *testing.T) {
	r := xxgk(t, "import", "--help").must(t)
	for _, want := range []string{"用法：", "示例：", "xxgk import [--db 文件] 台账文件..."} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("help lacks %q:\n%s", want, r.stdout)
		}
	}
	r = xxgk(t, "--help").must(t)
	if !strings.Contains(r.stdout, "退出码：0 成功") {
		t.Errorf("app help:\n%s", r.stdout)
	}
}
