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
	start, end := NewDate(y, m, 1), MonthEnd(y, m)
	a := MonthApplications{HasDue: due != nil, Open: []OpenApplication{}}
	err := l.EachRequest(ctx, y, func(r Request) error {
		if r.Received.IsZero() || r.Received > end {
			return nil
		}
		if r.Received >= start {
			a.Received++
		}
		switch {
		case r.Concluded.IsZero() || r.Concluded > end:
			return a.open(r, end, due)
		case r.Concluded >= start:
			return a.concluded(r, due)
		}
		return nil
	})
	if err != nil {
		return MonthApplications{}, err
	}
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
	return a, nil
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
