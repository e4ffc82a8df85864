package selfcheck

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
)

// Ledgers is what the self-inspection reads: the ledgers and the 目录
// with its 公开时限.
type Ledgers interface {
	report.Ledgers
	report.Catalog
}

// Picker is what a store offers that can pick rows itself (data.Store):
// the self-inspection then reads the year's items by category and month
// from the store's counts, and one by one only the items a rule looks at,
// instead of every item of the year — a year of a million items is read in
// a few milliseconds rather than seconds.
type Picker interface {
	report.PublicationCounter
	// EachPublicationToSelfCheck passes at least the items published in
	// y that have a 成文日期, and those of category 政策解读
	// (InterpretationCategory) that have a 文号; it may pass more. What
	// the rules do not read (Channels, Department, KeyArea, FromRequest)
	// may be left empty.
	EachPublicationToSelfCheck(ctx context.Context, y int, fn func(report.Publication) error) error
}

// Check works out the self-inspection of year y with the unit's
// working-day calendar: the four rules of docs/selfcheck.md. Working days
// are counted as the deadlines count them (report/deadline.Workdays: the
// first day not counted, 调休 make-up days working); a day in a year the
// calendar has no holiday notice for gives the calendar's error, never a
// guess. Rows whose dates contradict each other (成文日期 after 发布日期,
// 登记日期 before 收到日期) are not checked and are listed in
// Result.Mistakes. The items are looked at as they come: nothing of the
// year is kept but what the rules list.
func Check(ctx context.Context, l Ledgers, cal deadline.Calendar, y int, opt Options) (*Result, error) {
	res := &Result{Year: y, AsOf: opt.AsOf, RegisterDays: opt.RegisterDays}
	if res.AsOf.IsZero() {
		res.AsOf = report.YearEnd(y)
	}
	if res.RegisterDays <= 0 {
		res.RegisterDays = DefaultRegisterDays
	}
	yr := yearItems{cal: cal, y: y, res: res, months: map[string]uint16{}, items: map[string]int{}}
	if err := eachItem(ctx, l, y, &yr); err != nil {
		return nil, err
	}
	sortPublications(yr.explained)
	slices.SortStableFunc(yr.late, func(a, b LatePublication) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.IndexNo, b.IndexNo))
	})
	res.Publishing = Publishing{Published: yr.published, Checked: yr.checked, Late: yr.late}
	slices.SortStableFunc(res.Mistakes, func(a, b Mistake) int {
		return cmp.Or(cmp.Compare(a.Then, b.Then), cmp.Compare(a.Key, b.Key))
	})
	var err error
	if res.Interpretations, err = checkInterpretations(ctx, l, cal, y, res.AsOf, yr.explained); err != nil {
		return nil, err
	}
	if res.Registration, err = checkRegistration(ctx, l, cal, y, res); err != nil {
		return nil, err
	}
	cat, err := l.Catalog(ctx)
	if err != nil {
		return nil, err
	}
	res.Coverage = checkCoverage(cat, yr.months, yr.items, y, res.AsOf)
	return res, nil
}

// eachItem passes year y's items to yr: from the store's counts and its
// picked rows when l is a Picker, else every item of the year.
func eachItem(ctx context.Context, l Ledgers, y int, yr *yearItems) error {
	if pk, ok := l.(Picker); ok {
		counts, err := pk.CountPublications(ctx, y)
		if err != nil {
			return err
		}
		for _, g := range counts.CategoryMonths {
			yr.tally(g.Category, g.Month, g.Count)
		}
		return pk.EachPublicationToSelfCheck(ctx, y, func(p report.Publication) error {
			if !p.Published.In(y) {
				return nil
			}
			return yr.look(p)
		})
	}
	return l.EachPublication(ctx, y, func(p report.Publication) error {
		if !p.Published.In(y) {
			return nil
		}
		yr.tally(p.Category, p.Published.Month(), 1)
		return yr.look(p)
	})
}

// yearItems gathers, item by item, what the rules need of a year's
// items: how many there are by category and month (the 目录's 时限), the
// late ones and the mistaken ones (发布时限), and the 解读 (政策解读).
type yearItems struct {
	cal deadline.Calendar
	y   int
	res *Result

	published int
	months    map[string]uint16 // category (trimmed) → bit m-1 set when month m has an item
	items     map[string]int    // category (trimmed) → items in the year

	checked   int
	late      []LatePublication
	explained []report.Publication // the year's items of category 政策解读 with a 文号
}

// tally counts n items of category in month m.
func (yr *yearItems) tally(category string, m time.Month, n int) {
	if n <= 0 || m < time.January || m > time.December {
		return
	}
	c := strings.TrimSpace(category)
	yr.published += n
	yr.items[c] += n
	yr.months[c] |= 1 << (m - 1)
}

// look applies the rules that look at single items to p.
func (yr *yearItems) look(p report.Publication) error {
	if strings.TrimSpace(p.Category) == InterpretationCategory && strings.TrimSpace(p.DocNo) != "" {
		yr.explained = append(yr.explained, p) // a 解读 without 文号 names no document
	}
	if p.Formed.IsZero() {
		return nil
	}
	if p.Formed > p.Published {
		yr.res.Mistakes = append(yr.res.Mistakes, Mistake{Kind: FormedAfterPublished, Key: p.IndexNo,
			First: p.Formed, Then: p.Published, Origin: p.Origin})
		return nil
	}
	yr.checked++
	n, err := deadline.Workdays(yr.cal, p.Formed, p.Published)
	if err != nil {
		return err
	}
	if n > PublishDays {
		yr.late = append(yr.late, LatePublication{IndexNo: p.IndexNo, Title: p.Title, DocNo: p.DocNo,
			Category: p.Category, Formed: p.Formed, Published: p.Published, Workdays: n, Origin: p.Origin})
	}
	return nil
}
