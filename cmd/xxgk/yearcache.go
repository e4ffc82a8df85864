package main

import (
	"context"
	"errors"
	"os"
	"sync"
	"time"

	"github.com/xxgk/xxgk/report"
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

// yearResult is what checkYear gave for a key.
type yearResult struct {
	rep      *report.AnnualReport
	problems []report.Problem
	err      error
}

// yearEntry is one year's figures: being computed until done is closed.
type yearEntry struct {
	key  yearKey
	done chan struct{}
	res  yearResult
	used uint64 // when last asked for, on the cache's clock
}

// yearCache keeps the latest checked figures of a few years for the
// workbench's pages. Safe for concurrent use: two tabs asking for the same
// key wait for one computation.
type yearCache struct {
	compute func(ctx context.Context, y int) (*report.AnnualReport, []report.Problem, error)
	// life is the context computations run in, whoever asked for them:
	// serve ends it when it stops. Set before the cache is used.
	life context.Context

	mu      sync.Mutex
	entries map[int]*yearEntry // by year
	clock   uint64
}

func newYearCache(compute func(ctx context.Context, y int) (*report.AnnualReport, []report.Problem, error)) *yearCache {
	return &yearCache{compute: compute, life: context.Background(), entries: map[int]*yearEntry{}}
}

// get returns the figures for key, computing them once for all callers
// when the cache holds none for it. The computation runs to its end even
// when the caller that started it gives up (it runs in the cache's life),
// so that the others and the next call get it; a failed one is not kept.
func (c *yearCache) get(ctx context.Context, key yearKey) (*report.AnnualReport, []report.Problem, error) {
	e := c.entry(key)
	select {
	case <-e.done:
		return e.res.rep, e.res.problems, e.res.err
	case <-ctx.Done():
		return nil, nil, ctx.Err()
	}
}

// entry finds key's entry or starts computing it, evicting the year used
// longest ago when the cache is full.
func (c *yearCache) entry(key yearKey) *yearEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.clock++
	if e, ok := c.entries[key.year]; ok && e.key == key {
		e.used = c.clock
		return e
	}
	if _, ok := c.entries[key.year]; !ok && len(c.entries) >= yearCacheSize {
		c.evict()
	}
	e := &yearEntry{key: key, done: make(chan struct{}), used: c.clock}
	c.entries[key.year] = e
	go c.run(c.life, e)
	return e
}

// run computes e and forgets it again when it failed.
func (c *yearCache) run(ctx context.Context, e *yearEntry) {
	rep, problems, err := c.compute(ctx, e.key.year)
	e.res = yearResult{rep, problems, err}
	close(e.done)
	if err != nil {
		c.mu.Lock()
		if c.entries[e.key.year] == e {
			delete(c.entries, e.key.year)
		}
		c.mu.Unlock()
	}
}

// evict drops the entry used longest ago. The caller holds mu.
func (c *yearCache) evict() {
	oldest := -1
	for y, e := range c.entries {
		if oldest < 0 || e.used < c.entries[oldest].used {
			oldest = y
		}
	}
	delete(c.entries, oldest)
}

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

// warm keeps the current year's checked figures computed while the
// workbench serves: at once, and again soon after the database, the
// narrative file or the day changes (looked at every interval), so that
// 概览 and the table page rarely wait for a count. It returns when ctx
// ends. Errors are left for the pages to show.
func (o webOps) warm(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		o.yearChecked(ctx, o.e.now().Year())
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
