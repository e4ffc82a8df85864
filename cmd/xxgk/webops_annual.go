package main

import (
	"context"
	"errors"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/report"
)

// Annual is year y's figures and the problems xxgk check lists for it.
func (o webOps) Annual(ctx context.Context, y int) (*report.AnnualReport, []report.Problem, error) {
	return o.yearChecked(ctx, y)
}

// Explain is xxgk explain's figure and the ledger rows counted in it.
func (o webOps) Explain(ctx context.Context, y int, cell string) (web.Explanation, error) {
	x, err := explainFigure(ctx, o.st, y, cell)
	var unknown *unknownCellError
	if errors.As(err, &unknown) {
		return web.Explanation{}, &web.UnknownCellError{Message: unknown.Error()}
	}
	return web.Explanation{Value: x.value, Hits: x.hits}, err
}
