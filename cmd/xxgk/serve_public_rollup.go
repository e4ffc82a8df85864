package main

import (
	"context"
	"time"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/rollup"
)

// liveRollup is the shared server's live roll-up (public.Config.Rollup):
// year y of every unit below the session's unit, at any depth, summed
// straight from the database as `xxgk rollup --db … --unit-code` sums
// them (sumStores; each unit read through the store the accounts give the
// session, which the database lets read and never write), under the
// session's unit, produced at now. A unit with nothing counted for y is
// listed as not reported. What a count says (a calendar year missing) is
// not shown: the result has its figures either way.
func liveRollup(ctx context.Context, acc unitdb.Accounts, sess unitdb.Session, y int, now time.Time) (*rollup.Result, error) {
	below, err := acc.UnitsBelow(ctx, sess)
	if err != nil {
		return nil, err
	}
	defer func() {
		for _, u := range below {
			u.Store.Close()
		}
	}()
	sources := make([]rollupSource, len(below))
	for i, u := range below {
		sources[i] = rollupSource{unit: report.Unit{Name: u.Name, Code: u.Code}, store: u.Store}
	}
	res, _, err := sumStores(ctx, sess.UnitName, y, sources, defaultRollupJobs)
	if err != nil {
		return nil, err
	}
	res.Sum.Unit = report.Unit{Name: sess.UnitName, Code: sess.UnitCode}
	res.Sum.Produced = now
	return res, nil
}
