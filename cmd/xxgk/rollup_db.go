package main

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/calendar"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
	"github.com/xxgk/xxgk/report/jsonout"
	"github.com/xxgk/xxgk/report/rollup"
)

// rollupSource is one unit a roll-up from a database sums: the unit as
// the tree records it, and the store its figures are counted from.
type rollupSource struct {
	unit  report.Unit
	store annualStore
}

// defaultRollupJobs is how many units a roll-up from a database counts at
// once when --jobs is not given: the stores are one connection pool (or,
// standing for it in tests, SQLite files), and the counting of one unit is
// a few queries and a little Go.
const defaultRollupJobs = 4

// storeRollupSource is what the roll-up writes as the 「文件」 of a unit
// counted from the database (汇总情况's 文件 row, the problems' 文件
// column): no file was read, so it names where the figures came from.
func storeRollupSource(u report.Unit) string {
	return "数据库 " + u.Code
}

// sumStores counts year y of every source with countAnnual — the count of
// `xxgk report annual` and `xxgk export` — jobs at a time, and sums them
// with rollup.Sum exactly as the file roll-up sums their exports: each
// unit's figures pass through the pairs an export carries (jsonout.Pairs
// and the category × month grid) and are read back with jsonout.FromPairs,
// so that they are the figures its export would give, to the last digit.
// The count is countAnnual's (countAnnualOn).
// The expected units are the sources themselves: a unit with nothing at
// all counted for y (no row of any ledger counts) is not summed and is
// listed under Missing, as the file roll-up lists a unit of its list that
// sent no file; a unit whose count fails is left out under RuleUnreadable,
// naming the unit. What a count would say on stderr (a calendar year
// missing) is returned, a line per unit prefixed with its name, in source
// order: the command prints it, the workbench may show it.
func sumStores(ctx context.Context, name string, y int, sources []rollupSource, jobs int) (*rollup.Result, []string, error) {
	counted, err := countSources(ctx, y, sources, jobs)
	if err != nil {
		return nil, nil, err
	}
	inputs := make([]rollup.Input, 0, len(sources))
	expected := make([]rollup.Expected, 0, len(sources))
	var notes []string
	for i, src := range sources {
		c := counted[i]
		expected = append(expected, rollup.Expected{Name: src.unit.Name, Code: src.unit.Code})
		for _, line := range strings.Split(strings.TrimSpace(c.notes), "\n") {
			if line != "" {
				notes = append(notes, src.unit.Name+"："+line)
			}
		}
		if c.empty {
			continue
		}
		inputs = append(inputs, c.in)
	}
	return rollup.Sum(name, y, inputs, expected), notes, nil
}

// countedSource is the count of one source.
type countedSource struct {
	in    rollup.Input
	empty bool   // nothing at all was counted: the unit is not summed
	notes string // what the count said on stderr
}

// countSources counts every source, jobs at a time, in source order. Only
// the end of ctx stops it: a unit whose count fails is an Input with Err.
func countSources(ctx context.Context, y int, sources []rollupSource, jobs int) ([]countedSource, error) {
	jobs = max(1, min(jobs, len(sources)))
	out := make([]countedSource, len(sources))
	cals := &sharedCalendar{y: y}
	next := make(chan int)
	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = countSource(ctx, y, sources[i], cals)
			}
		}()
	}
feed:
	for i := range sources {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// sharedCalendar is the calendar of the units that added no holiday
// notice of their own — the built-in one, the calendar loadCalendar gives
// them — loaded and counted for year y once for the whole roll-up, not
// once a unit (parsing and counting it was a third of a small unit's
// cost). It is only read once made.
type sharedCalendar struct {
	y       int
	once    sync.Once
	cal     *calendar.Calendar
	counted deadline.Calendar
	err     error
}

// of returns st's calendar and its days counted for y: the shared one
// when st added no calendar, else st's own, as loadCalendar makes it.
func (c *sharedCalendar) of(ctx context.Context, st annualStore) (*calendar.Calendar, deadline.Calendar, error) {
	added, err := st.Calendars(ctx)
	if err != nil {
		return nil, nil, err
	}
	if len(added) > 0 {
		cal, err := loadCalendar(ctx, st, false)
		if err != nil {
			return nil, nil, err
		}
		return cal, countedCalendar(cal, c.y), nil
	}
	c.once.Do(func() {
		if c.cal, c.err = loadCalendar(ctx, noCalendars{}, false); c.err == nil {
			c.counted = countedCalendar(c.cal, c.y)
		}
	})
	return c.cal, c.counted, c.err
}

// noCalendars is a store that added no calendar: loadCalendar then gives
// the built-in one.
type noCalendars struct{ calendarStore }

func (noCalendars) Calendars(context.Context) ([]data.CalendarFile, error) { return nil, nil }

// countSource counts year y of src as its export would carry it, with the
// count of `xxgk export` (countAnnualOn, after the calendar countAnnual
// would load). The count is not given today's date: the rows dated in the
// future are row problems, which a roll-up does not list (an export does
// not carry them), and without the date the count needs no query for them.
func countSource(ctx context.Context, y int, src rollupSource, cals *sharedCalendar) countedSource {
	var notes bytes.Buffer
	file := storeRollupSource(src.unit)
	fail := func(err error) countedSource {
		return countedSource{in: rollup.Input{File: file, Kind: rollup.KindExport,
			Err: fmt.Errorf("%s（%s）的数据无法统计：%w", src.unit.Name, src.unit.Code, err)}, notes: notes.String()}
	}
	cal, counted, err := cals.of(ctx, src.store)
	if err != nil {
		return fail(err)
	}
	rep, _, _, err := countAnnualOn(ctx, forCounting(src.store), y, cal, counted, report.Options{}, &env{stderr: &notes})
	if err != nil {
		return fail(err)
	}
	pairs := jsonout.Pairs(rep)
	if emptyYear(pairs) {
		return countedSource{in: rollup.Input{File: file, Kind: rollup.KindExport}, empty: true, notes: notes.String()}
	}
	sent, err := jsonout.FromPairs(append(pairs, jsonout.CategoryMonthPairs(rep)...))
	if err != nil {
		return fail(err)
	}
	return countedSource{in: rollup.Input{File: file, Report: sent, Kind: rollup.KindExport}, notes: notes.String()}
}

// emptyYear says whether a count counted nothing: every figure of the
// pairs of its export (jsonout.Pairs) is zero (the unit, its code and the year aside). Such a unit has not
// used the database for the year; its export would be a page of zeros.
func emptyYear(pairs []jsonout.Pair) bool {
	for _, p := range pairs {
		switch p.Code {
		case "unit", "unit_code", "year", "produced_at":
			continue
		}
		if p.Value == "" {
			continue
		}
		if v, err := strconv.ParseFloat(p.Value, 64); err != nil || v != 0 {
			return false
		}
	}
	return true
}
