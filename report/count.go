package report

import (
	"fmt"
	"sort"
)

// Counter counts ledger rows into the figures of one year's report. Feed it
// every row that Ledgers passes, in any order, then call Report. Annual
// drives it; it is exported so that other passes (tests, imports) can reuse
// the very same rules.
type Counter struct {
	year       int
	start, end Date
	opt        Options
	rep        AnnualReport
	problems   []Problem
	adminFen   int64
	categories map[string]int
	depts      map[string]int
	channels   map[string]int
	unitCats   int // how many categories the unit's own list has
}

// NewCounter returns a Counter for year y of unit, whose 主动公开目录 is
// categories (each appears in the statistics, with 0 where nothing was
// published).
func NewCounter(unit Unit, y int, categories []string, opt Options) *Counter {
	c := &Counter{
		year: y, start: YearStart(y), end: YearEnd(y), opt: opt,
		categories: map[string]int{}, depts: map[string]int{}, channels: map[string]int{},
	}
	c.rep.Unit, c.rep.Year = unit, y
	if opt.OnTime != nil {
		c.rep.Timeliness = &Timeliness{}
	}
	for _, name := range categories {
		c.category(name)
	}
	c.unitCats = len(c.rep.Publications.ByCategory)
	return c
}

// Report returns the figures counted so far. Publication breakdowns are
// ordered: the unit's categories in list order and then others by name;
// departments by count, then name; channels in the order of Channels.
func (c *Counter) Report() *AnnualReport {
	rep := c.rep
	if t := c.rep.Timeliness; t != nil {
		cp := *t
		cp.LateIDs = append([]string(nil), t.LateIDs...)
		rep.Timeliness = &cp
	}
	rep.Table2.FeesWan = FenToWan(c.adminFen)
	p := &rep.Publications
	p.ByCategory = append([]NamedCount(nil), p.ByCategory...)
	p.CategoryMonth = append([][12]int(nil), p.CategoryMonth...)
	sortExtraCategories(p, c.unitCats)
	p.ByDepartment = sortedCounts(c.depts, func(a, b NamedCount) bool {
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Name < b.Name
	})
	p.ByChannel = nil
	for _, ch := range Channels {
		if n := c.channels[ch]; n > 0 {
			p.ByChannel = append(p.ByChannel, NamedCount{ch, n})
		}
	}
	return &rep
}

// Problems returns the problems found in the rows, in the order met.
func (c *Counter) Problems() []Problem { return append([]Problem(nil), c.problems...) }

// problem records an error in the row key of ledger, at o.
func (c *Counter) problem(o Origin, ledger, key, rule, format string, args ...any) {
	c.problems = append(c.problems, Problem{
		Level: LevelError, Rule: rule, Where: o.String(), Message: fmt.Sprintf(format, args...),
		Ledger: ledger, Key: key,
	})
}

func (c *Counter) trace(cell, ledger, key string, o Origin, rule string) {
	if c.opt.Trace != nil {
		c.opt.Trace(Contribution{Cell: cell, Ledger: ledger, Key: key, Origin: o, Rule: rule})
	}
}

// checkRow reports the rules every row obeys whatever its ledger: no date
// after today, and no change after the year's report was produced.
func (c *Counter) checkRow(o Origin, ledger, key string, dates ...namedDate) {
	if !c.opt.Today.IsZero() {
		for _, d := range dates {
			if d.date > c.opt.Today {
				c.problem(o, ledger, key, "日期在未来", "%s %s 的%s %s 晚于今天 %s", ledger, key, d.name, d.date, c.opt.Today)
			}
		}
	}
	if !c.opt.ReportedAt.IsZero() && o.Updated.After(c.opt.ReportedAt) {
		c.problem(o, ledger, key, "年报生成后台账被修改", "%s %s 于 %s 修改，晚于 %d 年年报生成时间 %s，请重新生成年报",
			ledger, key, o.Updated.Format("2006-01-02 15:04:05"), c.year, c.opt.ReportedAt.Format("2006-01-02 15:04:05"))
	}
}

type namedDate struct {
	name string
	date Date
}

func sortedCounts(m map[string]int, less func(a, b NamedCount) bool) []NamedCount {
	out := make([]NamedCount, 0, len(m))
	for k, v := range m {
		out = append(out, NamedCount{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}
