package report

import (
	"context"
	"reflect"
	"testing"
	"time"
)

// countingMonthly counts the reads of the two large ledgers.
type countingMonthly struct {
	*memMonthly
	pubReads, reqReads int
}

func (c *countingMonthly) EachPublication(ctx context.Context, y int, fn func(Publication) error) error {
	c.pubReads++
	return c.memMonthly.EachPublication(ctx, y, fn)
}

func (c *countingMonthly) EachRequest(ctx context.Context, y int, fn func(Request) error) error {
	c.reqReads++
	return c.memMonthly.EachRequest(ctx, y, fn)
}

// The year view read once has, month by month, exactly the summaries of
// Monthly, with and without due dates; it reads the publications and the
// applications once each.
func TestMonthlyYearMatchesMonthly(t *testing.T) {
	due := func(r Request, asOf Date) (Date, bool, error) {
		d := r.Received.AddDays(20)
		return d, asOf <= d, nil
	}
	for seed := uint64(1); seed <= 4; seed++ {
		l := taskLedgers()
		l.mem = *randomLedgers(seed, 300)
		l.quotas = []Quota{
			{Unit: "股1", Year: 2025, Month: time.March, Target: 4}, {Unit: " 股0", Year: 2025, Month: time.June, Target: 2},
			{Unit: "督导室", Year: 2025, Month: time.January, Target: 1}, {Unit: "股2", Year: 2024, Month: time.May, Target: 9},
		}
		for _, opt := range []MonthlyOptions{{}, {Due: due}} {
			c := &countingMonthly{memMonthly: l}
			months, err := MonthlyYear(t.Context(), c, 2025, opt)
			if err != nil {
				t.Fatal(err)
			}
			if c.pubReads != 1 || c.reqReads != 1 {
				t.Fatalf("read publications %d times and applications %d times, want once", c.pubReads, c.reqReads)
			}
			if len(months) != 12 {
				t.Fatalf("%d months", len(months))
			}
			for m := time.January; m <= time.December; m++ {
				want := monthly(t, l, 2025, m, opt)
				if !reflect.DeepEqual(months[m-1], want) {
					t.Fatalf("seed %d month %d:\nyear view %+v\nmonthly   %+v", seed, m, months[m-1], want)
				}
			}
		}
	}
}
