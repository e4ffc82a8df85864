package report

import "fmt"

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
