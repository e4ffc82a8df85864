package xlsx

import (
	"strconv"
	"strings"

	"github.com/xxgk/xxgk/report/jsonout"
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
// more is returned as it is, as is anything that is not a plain decimal
// number. The reader applies it only where the values as read do not match
// the checksum (matchChecksum), so that a text cell such as "12.3" is read
// as it is.
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

// matchChecksum returns pairs as the checksum sum covers them, and whether
// it does. The amounts are number cells, which give "1700" for "1700.00",
// unless their text would not come back so ("12.3", "0.500"), and exports
// made before amounts were numbers hold text: so each amount is tried as
// read and with its text restored (canonicalMoney).
func matchChecksum(pairs []jsonout.Pair, sum string) ([]jsonout.Pair, bool) {
	var amounts []int // the amounts whose text canonicalMoney changes
	for i, p := range pairs {
		if moneyCodes[p.Code] && canonicalMoney(p.Value) != p.Value {
			amounts = append(amounts, i)
		}
	}
	// Every amount restored first: an export of this version stores its
	// amounts as number cells, which rarely give their text back. The
	// order changes nothing else: two tries differ in their text, so at
	// most one matches.
	all := 1<<len(amounts) - 1
	for k := range 1 << len(amounts) {
		mask := (all + k) & all // all, 0, 1, …, all-1
		try := pairs
		if mask > 0 {
			try = append([]jsonout.Pair(nil), pairs...)
			for bit, i := range amounts {
				if mask&(1<<bit) != 0 {
					try[i].Value = canonicalMoney(try[i].Value)
				}
			}
		}
		if jsonout.Checksum(try) == sum {
			return try, true
		}
	}
	return pairs, false
}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}
