package main

import (
	"context"
	"errors"
	"io"
	"os"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
)

// webOps are the commands' operations as the workbench's pages use them:
// the same functions, on the database serve opened.
type webOps struct {
	st    Store
	db    string
	e     *env       // the commands' env, its notes to stderr silenced
	years *yearCache // yearChecked's figures, while nothing they depend on changes
	due   *dueCache  // Due's list, likewise
	// shared: a unit of the shared server (serve --public); db is then
	// only where its files go (unitFilesDB), the database is the
	// administrator's to back up.
	shared bool
}

var _ web.Ops = webOps{}

func newWebOps(st Store, db string, e *env) webOps {
	quiet := *e
	quiet.stderr = io.Discard
	o := webOps{st: st, db: db, e: &quiet}
	o.years = newYearCacheOf(o.checkYearInspected)
	o.due = newMemo(1, func(dueKey) int { return 0 }, func(ctx context.Context, k dueKey) ([]deadline.Entry, error) {
		return dueEntries(ctx, st, k.asOf, false)
	})
	return o
}

// Due is xxgk due's list, kept until the database or the day changes
// (callers must not change it).
func (o webOps) Due(ctx context.Context, asOf report.Date) ([]deadline.Entry, error) {
	mark, err := o.st.ChangeMark(ctx)
	if err != nil {
		return nil, err
	}
	return o.due.get(ctx, dueKey{asOf, mark})
}

func (o webOps) Calendar(ctx context.Context) (deadline.Calendar, error) {
	cal, err := loadCalendar(ctx, o.st, false)
	if err != nil {
		return nil, err
	}
	return countedCalendar(cal, report.DateOf(o.e.now()).Year()), nil
}

func (o webOps) Check(ctx context.Context, y int) (errs, notes int, err error) {
	_, problems, err := o.yearChecked(ctx, y)
	for _, p := range problems {
		if p.Level == report.LevelError {
			errs++
		} else {
			notes++
		}
	}
	return errs, notes, err
}

func (o webOps) HasNarrative(ctx context.Context, y int) (bool, error) {
	u, err := o.st.Unit(ctx)
	if err != nil {
		return false, err
	}
	_, err = os.Stat(narrativePath(o.db, u.Name, y))
	if errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	return err == nil, err
}

func (o webOps) SaveRequest(ctx context.Context, id string, set map[string]string) (report.Request, error) {
	r, err := saveRequest(ctx, o.st, id, "工作台", set, o.e.now())
	var invalid *requestInvalidError
	switch {
	case errors.As(err, &invalid):
		out := &web.InvalidError{}
		for _, c := range invalid.cells {
			label := c.Header
			if f, ok := fieldOf(c, append(addFields, updateFields...)); ok {
				label = f.header
			}
			out.Fields = append(out.Fields, web.FieldError{Label: label, Detail: c.Detail()})
		}
		return r, out
	}
	return r, err
}

// yearChecked is checkYear on the workbench's database: year y's figures
// and every problem xxgk check lists for it. 概览 and 年度报告 both use it.
// The result is kept and shared (callers must not change it) until the
// database, the narrative file or the day changes.
func (o webOps) yearChecked(ctx context.Context, y int) (*report.AnnualReport, []report.Problem, error) {
	key, err := o.yearKey(ctx, y)
	if err != nil {
		return nil, nil, err
	}
	c, err := o.years.get(ctx, key)
	return c.rep, c.problems, err
}

// checkYearInspected is checkYear with the year's self-inspection, made in
// the same pass (the workbench's year cache keeps both).
func (o webOps) checkYearInspected(ctx context.Context, y int) (yearChecks, error) {
	return checkYearInspected(ctx, o.st, checkOptions{db: o.db, year: y}, o.e)
}

// yearKey is what year y's checked figures depend on now. The change mark
// is read first: whatever is committed after it changes the next key.
func (o webOps) yearKey(ctx context.Context, y int) (yearKey, error) {
	k := yearKey{year: y, today: report.DateOf(o.e.now())}
	var err error
	if k.mark, err = o.st.ChangeMark(ctx); err != nil {
		return k, err
	}
	u, err := o.st.Unit(ctx)
	if err != nil {
		return k, err
	}
	k.narrSize, k.narrMod, err = narrativeStamp(narrativePath(o.db, u.Name, y))
	return k, err
}
