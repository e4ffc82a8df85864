package ledger

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

const (
	amountExpected = "金额（元），如 1234.5 或 1,234.56，最多两位小数"
	countExpected  = "不小于 0 的整数"
)

// maxYuanDigits bounds the whole-yuan part of an amount: up to 10¹³ 元
// keeps 分 far inside int64.
const maxYuanDigits = 13

var errNotAmount = errors.New("not an amount")

// ParseAmountFen parses a 金额（元） cell into integer 分, exactly: 「1234.5」,
// 「1,234.56」, 「￥12」, 「12元」, full-width digits, and the float an Excel
// cell holds (「1234.5599999999999」, 「1.2345E+3」), read back to the two
// decimals it was typed with. More than two real decimals, a negative amount
// or anything that is not a number is an error; so is the empty string.
func ParseAmountFen(s string) (int64, error) {
	v := trimCell(foldWidth(s))
	v = trimCell(strings.TrimLeft(v, "¥￥+"))
	v = trimCell(strings.TrimSuffix(v, "元"))
	v = strings.ReplaceAll(v, ",", "")
	fen, err := decimalFen(v)
	if err != nil {
		return 0, fmt.Errorf("parse amount %q: %w", s, err)
	}
	return fen, nil
}

// decimalFen converts a plain or exponent decimal to 分.
func decimalFen(v string) (int64, error) {
	if fen, ok := plainFen(v); ok {
		return fen, nil
	}
	if !floatNumber.MatchString(v) {
		return 0, errNotAmount
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || f >= 1e13 {
		return 0, errNotAmount
	}
	// A float read from a cell: keep the 15 significant digits Excel shows.
	shown := strconv.FormatFloat(f, 'g', 15, 64)
	g, _ := strconv.ParseFloat(shown, 64)
	if fen, ok := plainFen(strconv.FormatFloat(g, 'f', -1, 64)); ok {
		return fen, nil
	}
	return 0, errNotAmount
}

var floatNumber = regexp.MustCompile(`^([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]{1,3})?$`)

// plainFen reads 「123」「123.4」「123.45」「.5」「123.」 exactly; zeros after
// the second decimal are allowed (「1.500」).
func plainFen(v string) (int64, bool) {
	ip, fp, _ := strings.Cut(v, ".")
	if ip == "" && fp == "" || ip != "" && !isDigits(ip) || fp != "" && !isDigits(fp) {
		return 0, false
	}
	fp = strings.TrimRight(fp, "0")
	ip = strings.TrimLeft(ip, "0")
	if len(fp) > 2 || len(ip) > maxYuanDigits {
		return 0, false
	}
	for len(fp) < 2 {
		fp += "0"
	}
	yuan, _ := strconv.ParseInt("0"+ip, 10, 64)
	cents, _ := strconv.ParseInt(fp, 10, 64)
	return yuan*100 + cents, true
}

// maxCount bounds a count cell.
const maxCount = 1_000_000_000

// parseCount reads a non-negative whole number: 「12」, 「12.0」 (an Excel
// number), 「1,200」, full-width digits.
func parseCount(s string) (int, bool) {
	v := strings.Map(func(r rune) rune {
		if isBlank(r) || r == ',' {
			return -1
		}
		return r
	}, foldWidth(s))
	ip, fp, hasDot := strings.Cut(v, ".")
	if hasDot && strings.Trim(fp, "0") != "" || !isDigits(ip) {
		if f, err := strconv.ParseFloat(v, 64); err == nil && strings.ContainsAny(v, "eE") &&
			f >= 0 && f <= maxCount && f == float64(int(f)) {
			return int(f), true
		}
		return 0, false
	}
	ip = strings.TrimLeft(ip, "0")
	if len(ip) > 10 {
		return 0, false
	}
	n, err := strconv.Atoi("0" + ip)
	if err != nil || n > maxCount {
		return 0, false
	}
	return n, true
}
