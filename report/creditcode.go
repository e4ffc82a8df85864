package report

import (
	"fmt"
	"strings"
)

// creditCodeChars are the characters of a 统一社会信用代码 (GB 32100-2015),
// in the order of their values 0–30.
const creditCodeChars = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var creditCodeWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// CheckCreditCode verifies a 统一社会信用代码: 18 characters from the
// standard's alphabet whose last one is the check character of GB 32100.
// The error is in Chinese, for the user.
func CheckCreditCode(code string) error {
	if n := len([]rune(code)); n != 18 {
		return fmt.Errorf("统一社会信用代码「%s」应为 18 位，实际 %d 位", code, n)
	}
	sum := 0
	for i, r := range code {
		v := strings.IndexRune(creditCodeChars, r)
		if v < 0 {
			return fmt.Errorf("统一社会信用代码「%s」第 %d 位「%c」不是允许的字符（数字和除 I、O、Z、S、V 以外的大写字母）", code, i+1, r)
		}
		if i < 17 {
			sum += v * creditCodeWeights[i]
		}
	}
	want := creditCodeChars[(31-sum%31)%31]
	if code[17] != want {
		return fmt.Errorf("统一社会信用代码「%s」的校验位应为「%c」，请核对是否抄错", code, want)
	}
	return nil
}
