package selfcheck

import (
	"cmp"
	"context"
	"slices"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
)

// checkRegistration applies the registration rule (a provincial practice,
// docs/selfcheck.md) to the applications received in the year: a
// 登记日期 more than res.RegisterDays working days after 收到日期 is late.
// One registered before it was received is a mistake, not checked.
func checkRegistration(ctx context.Context, l report.Ledgers, cal deadline.Calendar, y int, res *Result) (Registration, error) {
	var reqs []report.Request
	if err := l.EachRequest(ctx, y, func(r report.Request) error {
		if r.Received.In(y) {
			reqs = append(reqs, r)
		}
		return nil
	}); err != nil {
		return Registration{}, err
	}
	slices.SortStableFunc(reqs, func(a, b report.Request) int {
		return cmp.Or(cmp.Compare(a.Received, b.Received), cmp.Compare(a.ID, b.ID))
	})
	out := Registration{Received: len(reqs)}
	for _, r := range reqs {
		if r.Registered.IsZero() {
			continue
		}
		if r.Registered < r.Received {
			res.Mistakes = append(res.Mistakes, Mistake{Kind: RegisteredBeforeReceived, Key: r.ID,
				First: r.Received, Then: r.Registered, Origin: r.Origin})
			continue
		}
		out.Checked++
		n, err := deadline.Workdays(cal, r.Received, r.Registered)
		if err != nil {
			return Registration{}, err
		}
		if n > res.RegisterDays {
			out.Late = append(out.Late, LateRegistration{ID: r.ID, Received: r.Received, Registered: r.Registered,
				Workdays: n, Origin: r.Origin})
		}
	}
	return out, nil
}
