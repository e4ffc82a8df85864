package selfcheck

import (
	"context"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
)

// Ledgers is what the self-inspection reads: the ledgers and the 目录
// with its 公开时限.
type Ledgers interface {
	report.Ledgers
	report.Catalog
}

// Check works out the self-inspection of year y with the unit's
// working-day calendar: the four rules of docs/selfcheck.md. Working days
// are counted as the deadlines count them (report/deadline.Workdays: the
// first day not counted, 调休 make-up days working); a day in a year the
// calendar has no holiday notice for gives the calendar's error, never a
// guess. Rows whose dates contradict each other (成文日期 after 发布日期,
// 登记日期 before 收到日期) are not checked and are listed in
// Result.Mistakes.
func Check(ctx context.Context, l Ledgers, cal deadline.Calendar, y int, opt Options) (*Result, error) {
	res := &Result{Year: y, AsOf: opt.AsOf, RegisterDays: opt.RegisterDays}
	if res.AsOf.IsZero() {
		res.AsOf = report.YearEnd(y)
	}
	if res.RegisterDays <= 0 {
		res.RegisterDays = DefaultRegisterDays
	}
	var pubs []report.Publication
	if err := l.EachPublication(ctx, y, func(p report.Publication) error {
		if p.Published.In(y) {
			pubs = append(pubs, p)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	sortPublications(pubs)
	var err error
	if res.Publishing, err = checkPublishing(cal, pubs, res); err != nil {
		return nil, err
	}
	if res.Interpretations, err = checkInterpretations(ctx, l, cal, y, res.AsOf, pubs); err != nil {
		return nil, err
	}
	if res.Registration, err = checkRegistration(ctx, l, cal, y, res); err != nil {
		return nil, err
	}
	cat, err := l.Catalog(ctx)
	if err != nil {
		return nil, err
	}
	res.Coverage = checkCoverage(cat, pubs, y, res.AsOf)
	return res, nil
}
