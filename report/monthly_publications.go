package report

import (
	"context"
	"sort"
	"strings"
	"time"
)

// monthPubs gathers the publication figures of one month.
type monthPubs struct {
	y     int
	m     time.Month
	out   MonthPublications
	cats  map[string]*MonthCount
	depts map[string]*DeptQuota
	order *deptOrder
}

// monthPublications counts the items published from 1 January of y to the
// end of month m, with the month beside the year to date, by category and
// by department against the quotas (信息任务).
//
// Categories: the unit's list first, in list order, then the others by
// name; only those with an item this year (by the month's end).
// Departments: 发布机构 trimmed, empty as NoDepartment; every one with an
// item or a quota row from January to month m, in the order of the quota
// list, then 办公室, then the publications ledger (deptOrder). A quota matches the
// department whose name is the quota's 单位 as written (trimmed).
func monthPublications(ctx context.Context, l MonthlyLedgers, y int, m time.Month) (MonthPublications, error) {
	c := newMonthPubs(y, m)
	if err := l.EachPublication(ctx, y, c.add); err != nil {
		return MonthPublications{}, err
	}
	return c.finish(ctx, l)
}

// quotaReader is what finishing a month's publication figures reads.
type quotaReader interface {
	Categories(ctx context.Context) ([]string, error)
	EachQuota(ctx context.Context, y int, fn func(Quota) error) error
}

func newMonthPubs(y int, m time.Month) *monthPubs {
	return &monthPubs{y: y, m: m, cats: map[string]*MonthCount{}, depts: map[string]*DeptQuota{}, order: newDeptOrder()}
}

// finish adds the quotas to the items counted and orders the lines.
func (c *monthPubs) finish(ctx context.Context, l quotaReader) (MonthPublications, error) {
	if err := l.EachQuota(ctx, c.y, c.quota); err != nil {
		return MonthPublications{}, err
	}
	order, err := l.Categories(ctx)
	if err != nil {
		return MonthPublications{}, err
	}
	c.out.ByCategory = c.categories(order)
	c.out.ByDepartment = c.departments()
	return c.out, nil
}

// add counts one item when it was published in y by the month's end.
func (c *monthPubs) add(p Publication) error {
	if !p.Published.In(c.y) {
		return nil
	}
	c.order.see(deptName(p.Department), p.Origin, false)
	if p.Published.Month() > c.m {
		return nil
	}
	inMonth := p.Published.Month() == c.m
	c.out.YearToDate++
	cat := c.cats[p.Category]
	if cat == nil {
		cat = &MonthCount{Name: p.Category}
		c.cats[p.Category] = cat
	}
	cat.YearToDate++
	d := c.dept(p.Department)
	d.YearToDate++
	if inMonth {
		c.out.Month++
		cat.Month++
		d.Month++
	}
	return nil
}

// quota adds one 信息任务 row of y from January to the month.
func (c *monthPubs) quota(q Quota) error {
	name := strings.TrimSpace(q.Unit)
	if q.Year != c.y || name == "" {
		return nil
	}
	c.order.see(name, q.Origin, true)
	if q.Month < time.January || q.Month > c.m {
		return nil
	}
	d := c.dept(name)
	d.YearToDateQuota += q.Target
	if q.Month == c.m {
		d.Quota += q.Target
		d.HasQuota = true
	}
	return nil
}

// dept returns the department's line, adding it when new.
func (c *monthPubs) dept(name string) *DeptQuota {
	name = deptName(name)
	d := c.depts[name]
	if d == nil {
		d = &DeptQuota{Name: name}
		c.depts[name] = d
	}
	return d
}

// categories lists the counted categories: those of order first, in its
// order, then the rest by name.
func (c *monthPubs) categories(order []string) []MonthCount {
	out := []MonthCount{}
	listed := map[string]bool{}
	for _, name := range order {
		if cat := c.cats[name]; cat != nil && !listed[name] {
			out = append(out, *cat)
		}
		listed[name] = true
	}
	var rest []MonthCount
	for name, cat := range c.cats {
		if !listed[name] {
			rest = append(rest, *cat)
		}
	}
	sort.Slice(rest, func(i, j int) bool { return rest[i].Name < rest[j].Name })
	return append(out, rest...)
}

// departments lists the departments in the ledgers' order (deptOrder).
func (c *monthPubs) departments() []DeptQuota {
	out := make([]DeptQuota, 0, len(c.depts))
	for _, d := range c.depts {
		out = append(out, *d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	c.order.sort(out)
	return out
}

// deptName is a 发布机构 trimmed, NoDepartment when empty.
func deptName(name string) string {
	if name = strings.TrimSpace(name); name == "" {
		return NoDepartment
	}
	return name
}
