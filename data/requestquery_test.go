package data

import (
	"slices"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// Each RequestQuery picks exactly the applications of EachRequest that
// its filter describes, counted and paged without losing or repeating one.
func TestRequestQueryMatchesFilter(t *testing.T) {
	st := openTemp(t)
	importAll(t, st, randomRows(400))
	ctx := t.Context()
	day := report.NewDate(2025, 7, 1)
	for y := 2023; y <= 2027; y++ {
		var all []report.Request
		if err := st.EachRequest(ctx, y, func(r report.Request) error { all = append(all, r); return nil }); err != nil {
			t.Fatal(err)
		}
		for name, c := range map[string]struct {
			q    RequestQuery
			keep func(report.Request) bool
		}{
			"all":      {RequestQuery{Year: y}, func(report.Request) bool { return true }},
			"received": {RequestQuery{Year: y, ReceivedInYear: true}, func(r report.Request) bool { return r.Received.In(y) }},
			"not done": {RequestQuery{Year: y, NotDoneBy: day}, func(r report.Request) bool { return r.Concluded.IsZero() || r.Concluded > day }},
			"done": {RequestQuery{Year: y, DoneBy: day}, func(r report.Request) bool {
				return r.Received <= day && !r.Concluded.IsZero() && r.Concluded <= day
			}},
		} {
			var want []string
			for _, r := range all {
				if c.keep(r) {
					want = append(want, r.ID)
				}
			}
			n, err := st.CountRequests(ctx, c.q)
			if err != nil || n != len(want) {
				t.Errorf("%d %s: count %d, %v; want %d", y, name, n, err, len(want))
			}
			var got []string
			for page := 0; page*30 < len(want)+30; page++ {
				q := c.q
				q.Offset, q.Limit = page*30, 30
				if err := st.EachRequestOf(ctx, q, func(r report.Request) error { got = append(got, r.ID); return nil }); err != nil {
					t.Fatal(err)
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("%d %s: pages give %d applications, want %d", y, name, len(got), len(want))
			}
		}
	}
}
