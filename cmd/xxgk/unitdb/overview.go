package unitdb

import (
	"context"
	"time"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/pgstore"
	"github.com/xxgk/xxgk/report"
)

// Overviewer is Accounts that reads what 下级单位 shows of every unit
// below a session's unit in a few statements (PostgreSQL); Accounts
// without it are read unit by unit.
type Overviewer interface {
	// Overview returns, in UnitsBelow's order, each unit below with the
	// time of its newest snapshot of kind for period and its
	// applications open at the end of asOf (without the applicants'
	// data), and the holiday notices the units read.
	Overview(ctx context.Context, s Session, kind, period string, asOf report.Date) ([]BelowFigures, []data.CalendarFile, error)
}

// BelowFigures is a unit below as Overview reads it.
type BelowFigures struct {
	UnitBelow
	Produced time.Time // zero: no snapshot
	Open     []report.Request
}

var _ Overviewer = PGAccounts{}

// Overview reads every unit below the session's unit at once.
func (p PGAccounts) Overview(ctx context.Context, s Session, kind, period string, asOf report.Date) ([]BelowFigures, []data.CalendarFile, error) {
	below, cals, err := p.A.Overview(ctx, pgstore.Session(s), kind, period, asOf)
	if err != nil {
		return nil, nil, err
	}
	out := make([]BelowFigures, len(below))
	for i, b := range below {
		out[i] = BelowFigures{UnitBelow: UnitBelow{Code: b.Code, Name: b.Name, Parent: b.Parent, Store: b.Unit}, Produced: b.Produced, Open: b.Open}
	}
	return out, cals, nil
}
