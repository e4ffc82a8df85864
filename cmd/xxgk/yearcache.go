package main

import (
	"context"
	"errors"
	"os"
	"time"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
	"github.com/xxgk/xxgk/report/selfcheck"
)

// yearCacheSize is how many years' checked figures the workbench keeps:
// the current year, last year and a couple a clerk looks back at.
const yearCacheSize = 4

// yearKey is everything a year's checked figures depend on: the year, the
// day they are counted to, the database's change mark and the narrative
// file's size and modification time. Figures made under one key are
// reused until any part of it changes.
type yearKey struct {
	year     int
	today    report.Date
	mark     int64
	narrSize int64 // -1: no narrative file
	narrMod  time.Time
}

// yearChecks are year's checked figures: the report and every problem,
// and the year's self-inspection (自查) made from the same database, or why
// it could not be made (which does not keep the figures from the pages).
type yearChecks struct {
	rep      *report.AnnualReport
	problems []report.Problem
	self     *selfcheck.Result
	selfErr  error
}

// yearCache keeps the checked figures of a few years (yearChecked).
type yearCache = memo[yearKey, yearChecks]

// newYearCacheOf keeps what compute makes of a year: the workbench's one
// pass (checkYearInspected), whose self-inspection shares the count's
// reading of the applications. A self-inspection that failed because ctx
// ended is not kept.
func newYearCacheOf(compute func(ctx context.Context, y int) (yearChecks, error)) *yearCache {
	return newMemo(yearCacheSize, func(k yearKey) int { return k.year }, func(ctx context.Context, k yearKey) (yearChecks, error) {
		c, err := compute(ctx, k.year)
		if err != nil {
			return yearChecks{}, err
		}
		if c.selfErr != nil && ctx.Err() != nil {
			return yearChecks{}, ctx.Err()
		}
		return c, nil
	})
}

// dueKey is what the due list depends on: the day and the database.
type dueKey struct {
	asOf report.Date
	mark int64
}

// dueCache keeps the latest due list (概览's).
type dueCache = memo[dueKey, []deadline.Entry]

// narrativeStamp is the narrative file's size and modification time, size
// -1 when there is none.
func narrativeStamp(path string) (int64, time.Time, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return -1, time.Time{}, nil
	}
	if err != nil {
		return 0, time.Time{}, err
	}
	return fi.Size(), fi.ModTime(), nil
}

// warmEvery is how often the workbench looks whether the current year's
// figures need computing again.
const warmEvery = 2 * time.Second

// warm keeps the checked figures of the current year and of last year
// (whose annual report is written in January) and the due list computed
// while the workbench serves: at once, and again soon after the database, the
// narrative file or the day changes (looked at every interval), so that
// 概览 and the table page rarely wait for a count. It returns when ctx
// ends. Errors are left for the pages to show.
func (o webOps) warm(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		y := o.e.now().Year()
		o.yearChecked(ctx, y)
		o.Due(ctx, report.DateOf(o.e.now()))
		o.yearChecked(ctx, y-1)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
