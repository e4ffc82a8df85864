package main

import (
	"context"

	"github.com/xxgk/xxgk/report"
)

// countOnly is a unit's store as the roll-up counts it: its EachRequest
// reads the applications for counting only (requestCounter, without
// 申请人, 联系方式, 申请内容, 申请方式 and 备注) when the store can, so that
// an upper level summing its units never reads their applicants. The
// count reads none of those columns: the figures are the same.
type countOnly struct{ annualStore }

// EachRequest passes year y's applications, for counting.
func (c countOnly) EachRequest(ctx context.Context, y int, fn func(report.Request) error) error {
	if rc, ok := c.annualStore.(requestCounter); ok {
		return rc.EachRequestToCount(ctx, y, fn)
	}
	return c.annualStore.EachRequest(ctx, y, fn)
}

// countOnlyGrouped is countOnly of a store that groups its publications
// (report.PublicationCounter): the count keeps reading groups, not rows.
type countOnlyGrouped struct {
	countOnly
	report.PublicationCounter
}

// forCounting is st as the roll-up counts it (countOnly).
func forCounting(st annualStore) annualStore {
	c := countOnly{st}
	if pc, ok := st.(report.PublicationCounter); ok {
		return countOnlyGrouped{c, pc}
	}
	return c
}
