package selfcheck

import (
	"fmt"
	"strings"
	"time"

	"github.com/xxgk/xxgk/report"
)

// period is one stretch of the year a category with a 公开时限 must
// publish in.
type period struct {
	label    string
	from, to report.Date
}

// quarterNames are the Chinese ordinals of the quarters.
var quarterNames = [4]string{"一", "二", "三", "四"}

// monthEnd returns the last day of month m of year y.
func monthEnd(y int, m time.Month) report.Date {
	return report.DateOf(time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC))
}

// periods returns the periods of year y a 公开时限 asks for, in order;
// none for 随时 or no 时限.
func periods(lim report.DisclosureLimit, y int) []period {
	var out []period
	switch lim.Kind {
	case report.LimitMonthly:
		for m := time.January; m <= time.December; m++ {
			out = append(out, period{fmt.Sprintf("%d年%d月", y, m), report.NewDate(y, m, 1), monthEnd(y, m)})
		}
	case report.LimitQuarterly:
		for q := range 4 {
			first := time.Month(3*q + 1)
			out = append(out, period{fmt.Sprintf("%d年第%s季度", y, quarterNames[q]), report.NewDate(y, first, 1), monthEnd(y, first+2)})
		}
	case report.LimitYearlyBy:
		if lim.Month >= 1 && lim.Month <= 12 {
			out = append(out, period{fmt.Sprintf("%d年%d月底前", y, lim.Month), report.YearStart(y), monthEnd(y, time.Month(lim.Month))})
		}
	}
	return out
}

// checkCoverage lists, for each category of the 目录 with a 时限 to check,
// its periods of year y that ended on or before asOf and a Gap for each
// with no item of the category published in it (「应公开未公开」). months
// has, by category (trimmed), a bit for each month with an item (bit m-1
// for month m); items the number of the year's items. Every period is
// whole months.
func checkCoverage(cat []report.CatalogEntry, months map[string]uint16, items map[string]int, y int, asOf report.Date) Coverage {
	var out Coverage
	for _, c := range cat {
		ps := periods(c.Limit, y)
		if len(ps) == 0 {
			continue
		}
		name := strings.TrimSpace(c.Name)
		cc := CategoryCoverage{Category: c.Name, Limit: c.Limit, Items: items[name]}
		for _, p := range ps {
			if p.to > asOf {
				continue
			}
			cc.Due++
			if months[name]&monthBits(p) != 0 {
				cc.Covered++
				continue
			}
			out.Gaps = append(out.Gaps, Gap{Category: c.Name, Limit: c.Limit, Period: p.label, From: p.from, To: p.to})
		}
		out.Categories = append(out.Categories, cc)
	}
	return out
}

// monthBits are the bits of the months p spans (bit m-1 for month m).
func monthBits(p period) uint16 {
	var b uint16
	for m := p.from.Month(); m <= p.to.Month(); m++ {
		b |= 1 << (m - 1)
	}
	return b
}
