package report

import (
	"context"
	"fmt"
	"slices"
	"time"
)

// PublicationCounts are a year's 主动公开 figures grouped by a store (SQL
// GROUP BY over an index) instead of passed row by row. Names are as the
// ledger has them: an empty department, a channel list as written.
type PublicationCounts struct {
	CategoryMonths []CategoryMonthCount
	Departments    []NamedCount // 发布机构 as written, "" for none
	ChannelLists   []ChannelListCount
	KeyArea        int
	FromRequests   int
}

// CategoryMonthCount is how many items of a category were published in a
// month.
type CategoryMonthCount struct {
	Category string
	Month    time.Month
	Count    int
}

// ChannelListCount is how many items went out through the same channels,
// as written and split (Publication.Channels).
type ChannelListCount struct {
	Channels []string
	Count    int
}

// PublicationCounter is Ledgers that can group a year's publications
// itself. Annual uses it when no trace is asked for: the figures are those
// of EachPublication row by row (data's property tests check that), without
// passing every row.
type PublicationCounter interface {
	// CountPublications groups the items published in y.
	CountPublications(ctx context.Context, y int) (PublicationCounts, error)
	// EachPublicationToCheck passes, by 索引号, at least every item
	// published in y that is dated after today (when today is not zero)
	// or was changed at or after changed (when not zero); it may pass more.
	EachPublicationToCheck(ctx context.Context, y int, today Date, changed time.Time, fn func(Publication) error) error
}

// addGroupedPublications counts y's publications into c from the store's
// groups, then checks the rows that may break a row rule.
func (c *Counter) addGroupedPublications(ctx context.Context, pc PublicationCounter, counts PublicationCounts, y int) error {
	if err := c.AddPublicationCounts(counts); err != nil {
		return err
	}
	if c.opt.Today.IsZero() && c.opt.ReportedAt.IsZero() {
		return nil
	}
	return pc.EachPublicationToCheck(ctx, y, c.opt.Today, c.opt.ReportedAt, func(p Publication) error {
		c.CheckPublication(p)
		return nil
	})
}

// AddPublicationCounts counts a year's grouped publications as
// AddPublication counts them one by one (without trace).
func (c *Counter) AddPublicationCounts(pc PublicationCounts) error {
	s := &c.rep.Publications
	for _, g := range pc.CategoryMonths {
		if g.Month < time.January || g.Month > time.December || g.Count < 0 {
			return fmt.Errorf("publication counts: category %q month %d count %d", g.Category, g.Month, g.Count)
		}
		s.Total += g.Count
		s.ByMonth[g.Month-1] += g.Count
		i := c.category(g.Category)
		s.ByCategory[i].Count += g.Count
		s.CategoryMonth[i][g.Month-1] += g.Count
	}
	for _, d := range pc.Departments {
		name := d.Name
		if name == "" {
			name = NoDepartment
		}
		c.depts[name] += d.Count
	}
	s.KeyArea += pc.KeyArea
	s.FromRequests += pc.FromRequests
	for _, l := range pc.ChannelLists {
		for _, ch := range distinctChannels(l.Channels) {
			c.channels[ch] += l.Count
		}
	}
	return nil
}

// CheckPublication applies the row rules to an item, as AddPublication
// does, without counting it.
func (c *Counter) CheckPublication(p Publication) {
	c.checkRow(p.Origin, ledgerPublications, p.IndexNo, namedDate{"发布日期", p.Published})
}

// distinctChannels normalises the channels as written (NormalizeChannel)
// and drops empty and repeated ones, in the order met.
func distinctChannels(raw []string) []string {
	var out []string
	for _, r := range raw {
		ch := NormalizeChannel(r)
		if ch == "" || slices.Contains(out, ch) {
			continue
		}
		out = append(out, ch)
	}
	return out
}
