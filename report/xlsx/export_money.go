package xlsx

import (
	"strconv"
	"strings"
)

// moneyCodes are the amounts of the 数据 sheet, written as number cells
// (docs/figures.md §2): the 行政事业性收费 in 万元 and the 信息处理费 in 元.
var moneyCodes = map[string]bool{"table2.fees.amount_wan": true, "processing_fees.amount_yuan": true}

// moneyCell returns the number cell for an amount's text v, when the cell
// gives v back through canonicalMoney: v has at least two decimals, no
// superfluous zero beyond them and at most 15 significant digits (Excel's
// precision). Any other v is written as text, as it is.
func moneyCell(v string) (float64, bool) {
	digits := strings.TrimLeft(strings.NewReplacer("-", "", ".", "").Replace(v), "0")
	if len(digits) > 15 {
		return 0, false
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || canonicalMoney(strconv.FormatFloat(f, 'f', -1, 64)) != v {
		return 0, false
	}
	return f, true
}

// canonicalMoney is the text of an amount as the checksum covers it: a
// number cell gives "1700" or "0.5" back, which becomes "1700.00" and
// "0.50" — the text the export was made from. Text with two decimals or
// more (every amount xxgk writes, and the text cells of exports made
// before amounts were numbers) is returned as it is, as is anything that
// is not a plain decimal number.
func canonicalMoney(v string) string {
	whole, frac, dot := strings.Cut(strings.TrimPrefix(v, "-"), ".")
	if whole == "" || !allDigits(whole) || !allDigits(frac) || (dot && frac == "") || len(frac) >= 2 {
		return v
	}
	if !dot {
		v += "."
	}
	return v + strings.Repeat("0", 2-len(frac))
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
