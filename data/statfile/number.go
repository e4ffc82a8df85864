package statfile

import (
	"regexp"
	"strconv"
	"strings"
)

// A figure's cell may hold a number or text: 「12」「 3 」「１２」「1,234」.
// Blank means 0, and so do the placeholders clerks write in rows the unit
// has no power for (「/」「-」「—」「无」). Anything else is refused with a
// message that says what the cell should hold.

// Endings of the messages for a refused figure.
const (
	wantCount  = "应为非负整数（空白按0计）"
	wantAmount = "应为非负金额，单位万元（空白按0计）"
)

var (
	// plainInt and plainDecimal are what a figure looks like once cleaned.
	plainInt     = regexp.MustCompile(`^[+-]?[0-9]+$`)
	plainDecimal = regexp.MustCompile(`^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$`)
	// grouped is a number written with thousands separators.
	grouped = regexp.MustCompile(`^[+-]?[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$`)
)

// zeroMarks are the placeholders read as 0.
var zeroMarks = map[string]bool{"/": true, "\\": true, "-": true, "—": true, "——": true, "–": true, "无": true}

// cleanFigure folds the width, removes spaces and thousands separators.
func cleanFigure(s string) string {
	s = squeeze(s)
	if grouped.MatchString(s) {
		s = strings.ReplaceAll(s, ",", "")
	}
	return s
}

// parseCount reads a count of table 2, 3 or 4. problem, when not empty,
// says why the value is refused.
func parseCount(s string) (n int, problem string) {
	t := cleanFigure(s)
	if t == "" || zeroMarks[t] {
		return 0, ""
	}
	if plainInt.MatchString(t) {
		v, err := strconv.ParseInt(t, 10, 64)
		switch {
		case v < 0:
			return 0, "「" + s + "」是负数，" + wantCount
		case err != nil || v > maxCount:
			return 0, "「" + s + "」太大，" + wantCount
		}
		return int(v), ""
	}
	if !plainDecimal.MatchString(t) {
		return 0, "「" + s + "」不是数字，" + wantCount
	}
	f, err := strconv.ParseFloat(t, 64)
	switch {
	case f < 0:
		return 0, "「" + s + "」是负数，" + wantCount
	case err != nil || f > maxCount:
		return 0, "「" + s + "」太大，" + wantCount
	case f != float64(int64(f)):
		return 0, "「" + s + "」不是整数，" + wantCount
	}
	return int(f), ""
}

// maxCount bounds a count; no unit handles a billion applications.
const maxCount = 1_000_000_000

// parseAmount reads 行政事业性收费 in 万元 and keeps the digits it was
// given: 「4166.241619」 stays "4166.241619". A number Excel stored in
// exponent form is written out in plain decimals.
func parseAmount(s string) (amount string, problem string) {
	t := strings.TrimSuffix(cleanFigure(s), "万元")
	if t == "" || zeroMarks[t] {
		return "0", ""
	}
	if !plainDecimal.MatchString(t) {
		return "", "「" + s + "」不是数字，" + wantAmount
	}
	f, err := strconv.ParseFloat(t, 64)
	switch {
	case f < 0 || strings.HasPrefix(t, "-") && strings.Trim(t, "-0.") != "":
		return "", "「" + s + "」是负数，" + wantAmount
	case err != nil || f > maxAmount:
		return "", "「" + s + "」太大，" + wantAmount
	}
	t = strings.TrimPrefix(strings.TrimPrefix(t, "+"), "-")
	if strings.ContainsAny(t, "eE") || strings.HasPrefix(t, ".") || strings.HasSuffix(t, ".") {
		t = strconv.FormatFloat(f, 'f', -1, 64)
	}
	return t, ""
}

// maxAmount bounds 行政事业性收费 in 万元 (a thousand billion yuan).
const maxAmount = 1e8
