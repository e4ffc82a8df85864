package report

import (
	"fmt"
	"strconv"
	"strings"
)

// The canonical labels of the 公开时限, as String writes them and the store
// keeps them. A yearly 时限 is written 「每年N月底前」 with N in Arabic
// numerals (「每年6月底前」): the item is due by the last day of month N.
const (
	limitMonthlyLabel   = "每月"
	limitQuarterlyLabel = "每季度"
	limitAnytimeLabel   = "随时"
)

// DisclosureLimitForms lists the accepted forms of a 公开时限, for messages
// and documentation.
const DisclosureLimitForms = "每月（也可写 按月）、每季度（也可写 每季、按季度）、每年N月底前（也可写 每年N月前，N 为 1–12，如 每年6月底前、每年六月前）、随时（也可写 及时、常态），或留空表示不设时限"

// limitSynonyms maps every accepted fixed label to its 时限.
var limitSynonyms = map[string]DisclosureLimit{
	"":     {},
	"每月":   {Kind: LimitMonthly},
	"按月":   {Kind: LimitMonthly},
	"每季度":  {Kind: LimitQuarterly},
	"每季":   {Kind: LimitQuarterly},
	"按季度":  {Kind: LimitQuarterly},
	"随时":   {Kind: LimitAnytime},
	"及时":   {Kind: LimitAnytime},
	"常态":   {Kind: LimitAnytime},
	"常态公开": {Kind: LimitAnytime},
}

// ParseDisclosureLimit reads a 公开时限 as clerks write it: 「每月」,
// 「每季度」 (「每季」「按季度」), 「每年N月底前」 or 「每年N月前」 (N from 1 to 12,
// in Arabic or Chinese numerals), 「随时」 (「及时」「常态」), or nothing for no
// 时限. Spaces and full-width digits are accepted. Anything else is an
// error listing the accepted forms.
func ParseDisclosureLimit(s string) (DisclosureLimit, error) {
	t := normalizeLimit(s)
	if l, ok := limitSynonyms[t]; ok {
		return l, nil
	}
	if rest, ok := strings.CutPrefix(t, "每年"); ok {
		for _, suffix := range []string{"月底前", "月份前", "月前"} {
			if n, ok := strings.CutSuffix(rest, suffix); ok {
				if m := limitMonth(n); m > 0 {
					return DisclosureLimit{Kind: LimitYearlyBy, Month: m}, nil
				}
				return DisclosureLimit{}, fmt.Errorf("公开时限「%s」中的月份「%s」应为 1–12；可填：%s", strings.TrimSpace(s), n, DisclosureLimitForms)
			}
		}
	}
	return DisclosureLimit{}, fmt.Errorf("公开时限「%s」无法识别；可填：%s", strings.TrimSpace(s), DisclosureLimitForms)
}

// String returns the canonical label of l: 「每月」「每季度」「每年N月底前」
// 「随时」, or "" for no 时限. ParseDisclosureLimit reads it back.
func (l DisclosureLimit) String() string {
	switch l.Kind {
	case LimitMonthly:
		return limitMonthlyLabel
	case LimitQuarterly:
		return limitQuarterlyLabel
	case LimitYearlyBy:
		return "每年" + strconv.Itoa(l.Month) + "月底前"
	case LimitAnytime:
		return limitAnytimeLabel
	}
	return ""
}

// normalizeLimit drops spaces and turns full-width digits into ASCII.
func normalizeLimit(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0':
		case r >= '０' && r <= '９':
			b.WriteRune('0' + (r - '０'))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// chineseMonths are the months written in Chinese numerals.
var chineseMonths = map[string]int{
	"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
	"十": 10, "十一": 11, "十二": 12,
}

// limitMonth reads a month 1–12 in Arabic or Chinese numerals; 0 if not.
func limitMonth(s string) int {
	if m, ok := chineseMonths[s]; ok {
		return m
	}
	m, err := strconv.Atoi(s)
	if err != nil || m < 1 || m > 12 || strings.HasPrefix(s, "+") {
		return 0
	}
	return m
}
