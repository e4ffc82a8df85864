package main

import (
	"context"

	"github.com/xxgk/xxgk/report/selfcheck"
)

// SelfCheck is year y's self-inspection (自查) for 年度报告, kept with the
// year's checked figures (yearChecked): the same key, so it is made once
// per change of the database, the narrative file or the day.
func (o webOps) SelfCheck(ctx context.Context, y int) (*selfcheck.Result, error) {
	key, err := o.yearKey(ctx, y)
	if err != nil {
		return nil, err
	}
	c, err := o.years.get(ctx, key)
	if err != nil {
		return nil, err
	}
	return c.self, c.selfErr
}
