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
	st Store
	db string
	e  *env // the commands' env, its notes to stderr silenced
}

var _ web.Ops = webOps{}

func newWebOps(st Store, db string, e *env) webOps {
	quiet := *e
	quiet.stderr = io.Discard
	return webOps{st: st, db: db, e: &quiet}
}

func (o webOps) Due(ctx context.Context, asOf report.Date) ([]deadline.Entry, error) {
	return dueEntries(ctx, o.st, asOf, false)
}

func (o webOps) Calendar(ctx context.Context) (deadline.Calendar, error) {
	return loadCalendar(ctx, o.st, false)
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
func (o webOps) yearChecked(ctx context.Context, y int) (*report.AnnualReport, []report.Problem, error) {
	return checkYear(ctx, o.st, checkOptions{db: o.db, year: y}, o.e)
}
