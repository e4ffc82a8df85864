package report

import (
	"context"
	"reflect"
	"testing"
	"time"
)

// grouped is mem grouping its publications itself, as a store does with
// SQL: Annual then counts them through AddPublicationCounts.
type grouped struct {
	*mem
	checked int // rows passed to EachPublicationToCheck
}

func (g *grouped) CountPublications(_ context.Context, y int) (PublicationCounts, error) {
	var pc PublicationCounts
	cm := map[CategoryMonthCount]int{}
	depts := map[string]int{}
	for _, p := range g.pubs {
		if !p.Published.In(y) {
			continue
		}
		cm[CategoryMonthCount{Category: p.Category, Month: p.Published.Month()}]++
		depts[p.Department]++
		pc.ChannelLists = append(pc.ChannelLists, ChannelListCount{Channels: p.Channels, Count: 1})
		if p.KeyArea {
			pc.KeyArea++
		}
		if p.FromRequest {
			pc.FromRequests++
		}
	}
	for k, n := range cm {
		k.Count = n
		pc.CategoryMonths = append(pc.CategoryMonths, k)
	}
	for name, n := range depts {
		pc.Departments = append(pc.Departments, NamedCount{name, n})
	}
	return pc, nil
}

// EachPublicationToCheck passes every row, as mem's EachPublication does.
func (g *grouped) EachPublicationToCheck(_ context.Context, _ int, _ Date, _ time.Time, fn func(Publication) error) error {
	g.checked += len(g.pubs)
	return each(g.pubs, fn)
}

// Counting grouped publications gives the figures and problems of
// counting them one by one; a trace still goes row by row.
func TestGroupedPublicationsCountAsRows(t *testing.T) {
	for seed := uint64(1); seed <= 10; seed++ {
		m := randomLedgers(seed, 300)
		for i := range m.pubs {
			m.pubs[i].KeyArea, m.pubs[i].FromRequest = i%3 == 0, i%5 == 0
			if i%7 == 0 {
				m.pubs[i].Department, m.pubs[i].Category = "", "名单外类别"
			}
		}
		for y := 2023; y <= 2027; y++ {
			for _, opt := range []Options{{}, {Today: NewDate(2025, 6, 30)}, {Today: NewDate(2025, 6, 30), ReportedAt: time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)}} {
				g := &grouped{mem: m}
				got, gotProbs, err := Annual(t.Context(), g, y, opt)
				if err != nil {
					t.Fatal(err)
				}
				want, wantProbs, err := Annual(t.Context(), m, y, opt)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotProbs, wantProbs) {
					t.Fatalf("seed %d year %d %+v: grouped %+v\nrows %+v", seed, y, opt, got.Publications, want.Publications)
				}
				if opt.Today.IsZero() != (g.checked == 0) {
					t.Fatalf("seed %d year %d: %d rows checked with today %v", seed, y, g.checked, opt.Today)
				}
			}
		}
	}
	g := &grouped{mem: randomLedgers(1, 50)}
	traced := 0
	if _, _, err := Annual(t.Context(), g, 2025, Options{Trace: func(Contribution) { traced++ }}); err != nil || traced == 0 {
		t.Fatalf("trace through grouped ledgers: %d contributions, %v", traced, err)
	}
}

// A month out of range is the store's mistake, not a figure.
func TestGroupedPublicationsRejectBadMonth(t *testing.T) {
	c := NewCounter(Unit{}, 2025, nil, Options{})
	if err := c.AddPublicationCounts(PublicationCounts{CategoryMonths: []CategoryMonthCount{{Category: "x", Month: 13, Count: 1}}}); err == nil {
		t.Fatal("month 13 accepted")
	}
}
