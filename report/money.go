package report

import (
	"fmt"
	"strconv"
	"strings"
)

// FenToWan formats an amount in 分 as 万元 with two decimals, rounded half
// up (away from zero), exactly: 1 万元 = 1,000,000 分.
func FenToWan(fen int64) string {
	neg := fen < 0
	if neg {
		fen = -fen
	}
	hundredths := (fen + 5000) / 10000 // units of 0.01 万元 = 10,000 分
	sign := ""
	if neg && hundredths != 0 {
		sign = "-"
	}
	return fmt.Sprintf("%s%d.%02d", sign, hundredths/100, hundredths%100)
}

// FenToYuan formats an amount in 分 as 元 with two decimals.
func FenToYuan(fen int64) string {
	sign := ""
	if fen < 0 {
		sign, fen = "-", -fen
	}
	return fmt.Sprintf("%s%d.%02d", sign, fen/100, fen%100)
}

// ParseYuan reads an amount in 元 written with at most two decimals, as
// FenToYuan writes it, into 分.
func ParseYuan(s string) (int64, error) {
	neg := strings.HasPrefix(s, "-")
	whole, frac, _ := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	if whole == "" || len(frac) > 2 {
		return 0, fmt.Errorf("parse yuan %q: want digits with at most two decimals", s)
	}
	frac += strings.Repeat("0", 2-len(frac))
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("parse yuan %q: %w", s, err)
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil || f < 0 {
		return 0, fmt.Errorf("parse yuan %q: bad decimals", s)
	}
	fen := w*100 + f
	if neg {
		fen = -fen
	}
	return fen, nil
}
