package ledger

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/xxgk/xxgk/report"
)

const (
	dateExpected     = "日期，如 2025-03-05、2025/3/5、2025年3月5日"
	monthExpected    = "月份，如 2025-06、2025/6、2025年6月、202506"
	deadlineExpected = "日期（如 2025-03-05），或“全年”“长期”"
)

// Excel serial numbers ParseDate accepts: 1 Jan 1950 to 31 Dec 9999. A
// smaller number in a date column is a typing slip (「3.5」, 「2025.3」), not
// a date of the 1900s.
const (
	minSerial = 18264   // 1950-01-01
	maxSerial = 2958465 // 9999-12-31
)

// serialEpoch is day 0 of Excel's 1900 date system, as the 1900 leap-year
// bug makes it for every serial from 61 on.
var serialEpoch = time.Date(1899, time.December, 30, 0, 0, 0, 0, time.UTC)

var errNotDate = errors.New("not a date")

// ParseDate parses every date form of docs/ledgers.md: 2025-03-05, 2025/3/5,
// 2025.3.5, 2025年3月5日, 20250305, in half- or full-width digits, with
// surrounding spaces and an optional time of day after the date
// (「2025-03-05 00:00:00」, 「2025-03-05T00:00:00Z」); and an Excel serial
// number such as 45721 or 45721.5 (a raw numeric date cell, 1900 date
// system, 1950 to 9999). Invalid calendar days (2025-02-30) are errors.
// The empty string gives the zero Date and no error.
func ParseDate(s string) (report.Date, error) {
	v := strings.TrimFunc(foldWidth(s), isBlank)
	if v == "" {
		return 0, nil
	}
	d, err := parseDate(v)
	if err != nil {
		return 0, fmt.Errorf("parse date %q: %w", s, err)
	}
	return d, nil
}

func parseDate(v string) (report.Date, error) {
	if isDigits(v) && len(v) == 8 {
		return makeDate(atoi(v[:4]), atoi(v[4:6]), atoi(v[6:]))
	}
	if isNumber(v) {
		return serialDate(v)
	}
	y, m, d, rest, ok := scanYMD(v)
	if !ok || !isTimeOfDay(rest) {
		return 0, errNotDate
	}
	return makeDate(y, m, d)
}

// scanYMD reads 「Y-M-D」「Y/M/D」「Y.M.D」 (one separator throughout) or
// 「Y年M月D日」 from the start of v, returning what follows.
func scanYMD(v string) (y, m, d int, rest string, ok bool) {
	ys, v, ok := cutDigits(v, 4, 4)
	if !ok || v == "" {
		return
	}
	sep1, sep2, end := string(v[0]), string(v[0]), ""
	if strings.HasPrefix(v, "年") {
		sep1, sep2, end = "年", "月", "日"
	} else if !strings.ContainsAny(sep1, "-/.") {
		return 0, 0, 0, "", false
	}
	ms, v, ok1 := cutDigits(v[len(sep1):], 1, 2)
	v, ok2 := strings.CutPrefix(v, sep2)
	ds, v, ok3 := cutDigits(v, 1, 2)
	if !ok1 || !ok2 || !ok3 {
		return 0, 0, 0, "", false
	}
	if end != "" {
		if r, ok := strings.CutPrefix(v, "日"); ok {
			v = r
		} else {
			v = strings.TrimPrefix(v, "号")
		}
	}
	return atoi(ys), atoi(ms), atoi(ds), v, true
}

// isTimeOfDay accepts what may follow a date: nothing, or a space or 「T」
// and a time such as 「00:00:00」「8:30」「00:00:00Z」.
func isTimeOfDay(s string) bool {
	if s == "" {
		return true
	}
	if s[0] != ' ' && s[0] != 'T' {
		return false
	}
	t := strings.TrimSpace(s[1:])
	return t != "" && t[0] >= '0' && t[0] <= '9' && strings.Trim(t, "0123456789:.Z+-") == ""
}

// serialDate converts an Excel serial day number.
func serialDate(v string) (report.Date, error) {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f < minSerial || f >= maxSerial+1 {
		return 0, errNotDate
	}
	return report.DateOf(serialEpoch.AddDate(0, 0, int(math.Floor(f)))), nil
}

func makeDate(y, m, d int) (report.Date, error) {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 {
		return 0, errNotDate
	}
	date := report.NewDate(y, time.Month(m), d)
	if !date.Valid() {
		return 0, errNotDate
	}
	return date, nil
}

// parseMonth reads 2025-06, 2025/6, 2025.6, 2025年6月, 202506 or any full
// date (whose month it gives).
func parseMonth(s string) (int, time.Month, bool) {
	v := strings.TrimFunc(foldWidth(s), isBlank)
	if isDigits(v) && len(v) == 6 {
		return checkMonth(atoi(v[:4]), atoi(v[4:]))
	}
	if ys, rest, ok := cutDigits(v, 4, 4); ok && rest != "" {
		sep := string(rest[0])
		if strings.HasPrefix(rest, "年") {
			sep = "年"
		}
		if strings.Contains("-/.年", sep) {
			if ms, tail, ok := cutDigits(rest[len(sep):], 1, 2); ok && (tail == "" || (sep == "年" && tail == "月")) {
				return checkMonth(atoi(ys), atoi(ms))
			}
		}
	}
	if d, err := parseDate(v); err == nil && v != "" {
		return d.Year(), d.Month(), true
	}
	return 0, 0, false
}

func checkMonth(y, m int) (int, time.Month, bool) {
	if y < 1 || m < 1 || m > 12 {
		return 0, 0, false
	}
	return y, time.Month(m), true
}

// wholeYearWords are the 完成时限 values meaning the whole year.
var wholeYearWords = map[string]bool{"全年": true, "长期": true, "全年度": true, "长期坚持": true, "全年持续": true}

// parseDeadline reads 完成时限: a date, or 全年 / 长期.
func parseDeadline(s string) (d report.Date, wholeYear bool, err error) {
	if wholeYearWords[normValue(s)] {
		return 0, true, nil
	}
	d, err = ParseDate(s)
	return d, false, err
}

// cutDigits takes between lo and hi ASCII digits from the start of s.
func cutDigits(s string, lo, hi int) (digits, rest string, ok bool) {
	n := 0
	for n < len(s) && n < hi && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	if n < lo || (n < len(s) && s[n] >= '0' && s[n] <= '9') {
		return "", s, false
	}
	return s[:n], s[n:], true
}

func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// isNumber reports a plain decimal number such as 45721 or 45721.25.
func isNumber(s string) bool {
	i, f, _ := strings.Cut(s, ".")
	return isDigits(i) && (f == "" && !strings.HasSuffix(s, ".") || isDigits(f))
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
