package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// report annual --date sets the 成文日期 under the sign-off of the PDF and
// the web page; without it the date is the day of production (the clock's
// 2026-01-10).
func TestReportAnnualSignOffDate(t *testing.T) {
	needPDF(t)
	_, db := newDB(t)
	name := "某某县教育局-2025年-政府信息公开工作年度报告"
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "某某县教育局2026年1月10日"},
		{[]string{"--date", "2026-01-08"}, "某某县教育局2026年1月8日"},
		{[]string{"--date", "2025-12-31"}, "某某县教育局2025年12月31日"},
	} {
		out := t.TempDir()
		args := append([]string{"report", "annual", "--db", db, "--year", "2025", "--out", out, "--format", "pdf,html", "--draft"}, c.args...)
		xxgk(t, args...).must(t)
		text := pdfText(t, filepath.Join(out, name+".pdf"))
		if !strings.Contains(text, c.want) {
			t.Errorf("%v: the PDF lacks %q:\n%s", c.args, c.want, text)
		}
		b, err := os.ReadFile(filepath.Join(out, name+".html"))
		if err != nil {
			t.Fatal(err)
		}
		if date := strings.TrimPrefix(c.want, "某某县教育局"); !strings.Contains(string(b), ">"+date+"<") {
			t.Errorf("%v: the web page lacks %q in its sign-off", c.args, date)
		}
	}
}

func TestReportAnnualDateRefused(t *testing.T) {
	_, db := newDB(t)
	for _, c := range []struct{ arg, want string }{
		{"2026-02-30", "--date「2026-02-30」不是有效日期，应为如 2025-12-31 的日期。"},
		{"2024-06-01", "--date 的日期 2024-06-01 早于 2025 年，应在 2025-01-01 至今天（2026-01-10）之间。"},
		{"2026-01-11", "--date 的日期 2026-01-11 晚于今天（2026-01-10），应在 2025-01-01 至今天之间。"},
	} {
		r := xxgk(t, "report", "annual", "--db", db, "--year", "2025", "--out", t.TempDir(), "--date", c.arg)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("--date %s: exit %d\n%s\nwant exit 2 and %q", c.arg, r.code, r.stderr, c.want)
		}
	}
}
