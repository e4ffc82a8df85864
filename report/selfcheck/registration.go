package selfcheck

import (
	"cmp"
	"context"
	"slices"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
)

// requestCounter is a store that reads a year's applications without the
// columns only a person reads (申请人, 联系方式, 申请内容, …): the rule
// needs their keys and dates alone (data.Store.EachRequestToCount).
type requestCounter interface {
	EachRequestToCount(ctx context.Context, y int, fn func(report.Request) error) error
}

// checkRegistration applies the registration rule (a provincial practice,
// docs/selfcheck.md) to the applications received in the year: a
// 登记日期 more than res.RegisterDays working days after 收到日期 is late.
// One registered before it was received is a mistake, not checked. The
// applications are looked at as they come: only the late and the mistaken
// are kept, by 收到日期 then 申请编号.
func checkRegistration(ctx context.Context, l report.Ledgers, cal deadline.Calendar, y int, res *Result) (Registration, error) {
	var out Registration
	var mistakes []Mistake
	each := l.EachRequest
	if c, ok := l.(requestCounter); ok {
		each = c.EachRequestToCount
	}
	if err := each(ctx, y, func(r report.Request) error {
		if !r.Received.In(y) {
			return nil
		}
		out.Received++
		if r.Registered.IsZero() {
			return nil
		}
		if r.Registered < r.Received {
			mistakes = append(mistakes, Mistake{Kind: RegisteredBeforeReceived, Key: r.ID,
				First: r.Received, Then: r.Registered, Origin: r.Origin})
			return nil
		}
		out.Checked++
		n, err := deadline.Workdays(cal, r.Received, r.Registered)
		if err != nil {
			return err
		}
		if n > res.RegisterDays {
			out.Late = append(out.Late, LateRegistration{ID: r.ID, Received: r.Received, Registered: r.Registered,
				Workdays: n, Origin: r.Origin})
		}
		return nil
	}); err != nil {
		return Registration{}, err
	}
	slices.SortStableFunc(out.Late, func(a, b LateRegistration) int {
		return cmp.Or(cmp.Compare(a.Received, b.Received), cmp.Compare(a.ID, b.ID))
	})
	slices.SortStableFunc(mistakes, func(a, b Mistake) int {
		return cmp.Or(cmp.Compare(a.First, b.First), cmp.Compare(a.Key, b.Key))
	})
	res.Mistakes = append(res.Mistakes, mistakes...)
	return out, nil
}
