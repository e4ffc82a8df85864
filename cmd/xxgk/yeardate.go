package main

import (
	"github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/report"
)

// parseYearDate reads the date flag name gives for year y's report
// (--as-of, --date): a real date, on or after 1 January of y and not
// after today. The empty string gives the zero Date (the default).
func parseYearDate(name, s string, y int, today report.Date) (report.Date, error) {
	if s == "" {
		return 0, nil
	}
	d, err := ledger.ParseDate(s)
	if err != nil || d.IsZero() {
		return 0, usageErrorf("--%s「%s」不是有效日期，应为如 %d-12-31 的日期。", name, s, y)
	}
	if d < report.YearStart(y) {
		return 0, usageErrorf("--%s 的日期 %s 早于 %d 年，应在 %s 至今天（%s）之间。", name, d, y, report.YearStart(y), today)
	}
	if d > today {
		return 0, usageErrorf("--%s 的日期 %s 晚于今天（%s），应在 %s 至今天之间。", name, d, today, report.YearStart(y))
	}
	return d, nil
}

// asOfLine says which day check counted open applications to, and why
// that day: the line check prints with its result.
func asOfLine(asOf report.Date, given bool, y int) string {
	why := "今天"
	switch {
	case given:
		why = "--as-of 指定"
	case asOf == report.YearEnd(y):
		why = "年度最后一天；可用 --as-of 指定其他日期"
	}
	return "未办结申请的超期按 " + asOf.String() + " 计算（" + why + "）。"
}
