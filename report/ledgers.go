package report

import (
	"context"
	"time"
)

// Ledgers is what the counting reads: one unit's ledgers, streamed row by
// row in key order. The store implements it; tests use an in-memory one.
//
// Each method passes the rows that can matter for year y, so that the
// store can use its indexes; the counting itself decides what counts.
type Ledgers interface {
	Unit(ctx context.Context) (Unit, error)
	// Categories returns the unit's 主动公开目录 in order.
	Categories(ctx context.Context) ([]string, error)
	// EachPublication passes the items published in y.
	EachPublication(ctx context.Context, y int, fn func(Publication) error) error
	// EachRequest passes the applications received on or before 31 Dec y
	// that were not concluded before 1 Jan y, and those concluded in y.
	EachRequest(ctx context.Context, y int, fn func(Request) error) error
	// EachDocument passes the documents issued on or before 31 Dec y.
	EachDocument(ctx context.Context, y int, fn func(Document) error) error
	// EachDecision passes the decisions dated in y.
	EachDecision(ctx context.Context, y int, fn func(Decision) error) error
	// EachFee passes the fees dated in y.
	EachFee(ctx context.Context, y int, fn func(Fee) error) error
	// EachAppeal passes the cases filed in y.
	EachAppeal(ctx context.Context, y int, fn func(Appeal) error) error
}

// Options tune one counting pass.
type Options struct {
	// Today is the clock's date; rows dated after it are reported as
	// problems. Zero disables that check.
	Today Date
	// ReportedAt is when the year's report was last produced (its latest
	// snapshot); rows changed after it are reported. Zero disables that.
	ReportedAt time.Time
	// Trace, when set, receives every contribution of a row to a cell.
	Trace func(Contribution)
	// OnTime, when set, tells whether a concluded application was answered
	// within its deadline (report/deadline with a working-day calendar);
	// the report then carries Timeliness. Its error stops the count.
	OnTime func(Request) (bool, error)
}

// Annual counts year y of the unit's ledgers into an AnnualReport, and
// lists the problems it met in the rows (docs/counting.md rules that a row breaks).
// The same pass serves the tables, `check` and `explain`. When l is a
// PublicationCounter and nothing is traced, the publications are counted
// from its groups rather than row by row, with the same figures.
func Annual(ctx context.Context, l Ledgers, y int, opt Options) (*AnnualReport, []Problem, error) {
	unit, err := l.Unit(ctx)
	if err != nil {
		return nil, nil, err
	}
	cats, err := l.Categories(ctx)
	if err != nil {
		return nil, nil, err
	}
	c := NewCounter(unit, y, cats, opt)
	if pc, ok := l.(PublicationCounter); ok && opt.Trace == nil {
		if err := countGrouped(ctx, l, pc, c, y); err != nil {
			return nil, nil, err
		}
		return c.Report(), c.Problems(), nil
	}
	steps := append([]func() error{func() error { return l.EachPublication(ctx, y, c.AddPublication) }},
		rowSteps(ctx, l, c, y)...)
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, nil, err
		}
	}
	rep := c.Report()
	return rep, c.Problems(), nil
}

// rowSteps are the passes over the ledgers other than the publications,
// in the order Annual runs them.
func rowSteps(ctx context.Context, l Ledgers, c *Counter, y int) []func() error {
	return []func() error{
		func() error { return l.EachRequest(ctx, y, c.AddRequest) },
		func() error { return l.EachDocument(ctx, y, c.AddDocument) },
		func() error { return l.EachDecision(ctx, y, c.AddDecision) },
		func() error { return l.EachFee(ctx, y, c.AddFee) },
		func() error { return l.EachAppeal(ctx, y, c.AddAppeal) },
	}
}
