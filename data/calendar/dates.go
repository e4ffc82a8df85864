package calendar

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/xxgk/xxgk/report"
)

// maxRange bounds a range on one line; the longest so far is the extended
// 2020 Spring Festival, 10 days.
const maxRange = 20

var weekdayNames = [...]string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}

func isWeekend(d report.Date) bool {
	wd := d.Time().Weekday()
	return wd == time.Saturday || wd == time.Sunday
}

// dateTokens separates the dates of a day line; 「至」 and its look-alikes
// become a token of their own.
var dateTokens = strings.NewReplacer(
	"、", " ", "，", " ", ",", " ", "；", " ", ";", " ",
	"至", " 至 ", "～", " 至 ", "~", " 至 ", "—", " 至 ", "–", " 至 ",
)

// expand turns 「2025-01-26、2025-02-08」 or 「2025-01-28 至 2025-02-04」
// into the days listed. The error is a Chinese message without the line.
func (p *parser) expand(s string, rest bool) ([]report.Date, error) {
	tok := strings.Fields(dateTokens.Replace(s))
	var out []report.Date
	for i := 0; i < len(tok); i++ {
		if tok[i] == "至" {
			return nil, errors.New("「至」前后都要有日期，例如：2025-01-28 至 2025-02-04")
		}
		from, err := parseDate(tok[i])
		if err != nil {
			return nil, err
		}
		if i+1 >= len(tok) || tok[i+1] != "至" {
			out = append(out, from)
			continue
		}
		if i+2 >= len(tok) || tok[i+2] == "至" {
			return nil, errors.New("「至」前后都要有日期，例如：2025-01-28 至 2025-02-04")
		}
		to, err := parseDate(tok[i+2])
		if err != nil {
			return nil, err
		}
		days, err := span(from, to)
		if err != nil {
			return nil, err
		}
		out = append(out, days...)
		i += 2
	}
	return out, nil
}

// span returns the days from..to inclusive.
func span(from, to report.Date) ([]report.Date, error) {
	if to < from {
		return nil, fmt.Errorf("区间的结束日期 %s 早于开始日期 %s", to, from)
	}
	var out []report.Date
	for d := from; d <= to; d = d.AddDays(1) {
		if len(out) == maxRange {
			return nil, fmt.Errorf("区间 %s 至 %s 超过%d天，请核对日期", from, to, maxRange)
		}
		out = append(out, d)
	}
	return out, nil
}

// digits maps full-width digits and dashes, as an input method may type
// them, to ASCII.
var digits = strings.NewReplacer(
	"０", "0", "１", "1", "２", "2", "３", "3", "４", "4",
	"５", "5", "６", "6", "７", "7", "８", "8", "９", "9", "－", "-", "／", "/", "．", ".",
)

// splitDate returns the three parts of a yyyy-m-d date (separator -, / or .),
// or nil when s does not look like one.
func splitDate(s string) []string {
	s = digits.Replace(s)
	for _, sep := range []string{"-", "/", "."} {
		parts := strings.Split(s, sep)
		if len(parts) != 3 || len(parts[0]) != 4 {
			continue
		}
		ok := true
		for i, part := range parts {
			if part == "" || (i > 0 && len(part) > 2) || strings.Trim(part, "0123456789") != "" {
				ok = false
			}
		}
		if ok {
			return parts
		}
	}
	return nil
}

// dateShaped reports whether s is written like a date, valid or not.
func dateShaped(s string) bool { return splitDate(s) != nil }

// parseDate reads one date; the error is a Chinese message.
func parseDate(s string) (report.Date, error) {
	parts := splitDate(s)
	if parts == nil {
		return 0, fmt.Errorf("「%s」不是日期；日期应写作 2025-01-28 这样的 年-月-日", s)
	}
	y, _ := strconv.Atoi(parts[0])
	m, _ := strconv.Atoi(parts[1])
	d, _ := strconv.Atoi(parts[2])
	date := report.NewDate(y, time.Month(m), d)
	if m < 1 || m > 12 || d < 1 || d > 31 || !date.Valid() {
		return 0, fmt.Errorf("「%s」不是有效的日期（没有这一天）", s)
	}
	return date, nil
}
