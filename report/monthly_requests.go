package report

import (
	"context"
	"fmt"
	"sort"
	"time"
)

// monthApplications counts the applications of month m of y: received in
// the month, concluded in the month (on time or late, with due), and open
// at the end of the month's last day — received by then and not concluded
// by then, whatever year they were received in.
//
// With due, each concluded one is judged by due(r, its 办结日期) and each
// open one by due(r, month end): its due date, and overdue when not on
// time. The request is passed as it stands in the ledger, conclusion
// included; due must look at it as of asOf (deadline.At does). The open
// ones are sorted by due date then 申请编号; without due, by received date
// then 申请编号, with no due dates.
func monthApplications(ctx context.Context, l MonthlyLedgers, y int, m time.Month, due func(Request, Date) (Date, bool, error)) (MonthApplications, error) {
	x := newMonthApps(y, m, due)
	if err := l.EachRequest(ctx, y, x.add); err != nil {
		return MonthApplications{}, err
	}
	return x.finish(), nil
}

// monthApps gathers the application figures of one month.
type monthApps struct {
	start, end Date
	due        func(Request, Date) (Date, bool, error)
	a          MonthApplications
}

func newMonthApps(y int, m time.Month, due func(Request, Date) (Date, bool, error)) *monthApps {
	return &monthApps{start: NewDate(y, m, 1), end: MonthEnd(y, m), due: due,
		a: MonthApplications{HasDue: due != nil, Open: []OpenApplication{}}}
}

// add counts one application of the ledger.
func (x *monthApps) add(r Request) error {
	a := &x.a
	if r.Received.IsZero() || r.Received > x.end {
		return nil
	}
	if r.Received >= x.start {
		a.Received++
	}
	switch {
	case r.Concluded.IsZero() || r.Concluded > x.end:
		return a.open(r, x.end, x.due)
	case r.Concluded >= x.start:
		return a.concluded(r, x.due)
	}
	return nil
}

// finish orders the open applications and the late ones.
func (x *monthApps) finish() MonthApplications {
	a := x.a
	sort.Slice(a.Open, func(i, j int) bool {
		p, q := a.Open[i], a.Open[j]
		if a.HasDue && p.Due != q.Due {
			return p.Due < q.Due
		}
		if !a.HasDue && p.Received != q.Received {
			return p.Received < q.Received
		}
		return p.ID < q.ID
	})
	sort.Strings(a.LateIDs)
	return a
}

// concluded counts an application concluded in the month.
func (a *MonthApplications) concluded(r Request, due func(Request, Date) (Date, bool, error)) error {
	a.Concluded++
	if due == nil {
		return nil
	}
	_, onTime, err := due(r, r.Concluded)
	if err != nil {
		return fmt.Errorf("application %s: %w", r.ID, err)
	}
	if onTime {
		a.OnTime++
	} else {
		a.Late++
		a.LateIDs = append(a.LateIDs, r.ID)
	}
	return nil
}

// open lists an application open at the end of day end.
func (a *MonthApplications) open(r Request, end Date, due func(Request, Date) (Date, bool, error)) error {
	o := OpenApplication{ID: r.ID, Received: r.Received}
	if due != nil {
		d, onTime, err := due(r, end)
		if err != nil {
			return fmt.Errorf("application %s: %w", r.ID, err)
		}
		o.Due, o.Overdue = d, !onTime
	}
	a.Open = append(a.Open, o)
	return nil
}
