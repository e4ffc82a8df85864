package rollup

import (
	"fmt"
	"math/big"
	"strings"
)

// fee sums amounts in 万元 given as decimal strings, exactly: the sum keeps
// as many decimals as the most precise amount, and at least two, so that
// 「4166.241619」 + 「0.5」 = 「4166.741619」.
type fee struct {
	sum    big.Int // in units of 10^-places 万元
	places int
}

// add adds one amount; a blank amount is 0. The error is in Chinese.
func (f *fee) add(s string) error {
	v, places, err := parseDecimal(s)
	if err != nil {
		return err
	}
	if places > f.places {
		f.sum.Mul(&f.sum, pow10(places-f.places))
		f.places = places
	}
	v.Mul(v, pow10(f.places-places))
	f.sum.Add(&f.sum, v)
	return nil
}

// String formats the sum with max(places, 2) decimals.
func (f *fee) String() string {
	places := max(f.places, 2)
	v := new(big.Int).Mul(&f.sum, pow10(places-f.places))
	sign := ""
	if v.Sign() < 0 {
		sign = "-"
		v.Neg(v)
	}
	digits := v.String()
	if len(digits) <= places {
		digits = strings.Repeat("0", places-len(digits)+1) + digits
	}
	cut := len(digits) - places
	return sign + digits[:cut] + "." + digits[cut:]
}

// parseDecimal reads 「-12.3400」 as (-123400, 4). Blank is 0.
func parseDecimal(s string) (*big.Int, int, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return new(big.Int), 0, nil
	}
	neg := strings.HasPrefix(t, "-")
	t = strings.TrimPrefix(strings.TrimPrefix(t, "-"), "+")
	whole, frac, _ := strings.Cut(t, ".")
	if !allDigits(whole) || !allDigits(frac) || whole+frac == "" {
		return nil, 0, fmt.Errorf("行政事业性收费金额「%s」不是数字，未计入汇总；请改为以万元为单位的数字", s)
	}
	v, _ := new(big.Int).SetString("0"+whole+frac, 10)
	if neg {
		v.Neg(v)
	}
	return v, len(frac), nil
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func pow10(n int) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}
