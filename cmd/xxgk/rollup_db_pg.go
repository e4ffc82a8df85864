package main

import (
	"context"
	"errors"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/pgstore"
	"github.com/xxgk/xxgk/report"
)

// pgRollupSources turns the PostgreSQL tree below the unit whose
// 统一社会信用代码 is code into the roll-up's sources: every unit below it,
// at any depth, in the tree's order (by depth, then code), each read as
// code's unit acting (the database lets an upper level read, never write,
// the units below it); code's own unit first when self is true. It also
// returns code's unit, the summing unit.
//
// This is the one place the roll-up meets the PostgreSQL store (pgSource).
func pgRollupSources(ctx context.Context, st *pgstore.Store, code string, self bool) (report.Unit, []rollupSource, error) {
	top, err := st.Unit(ctx, code)
	if errors.Is(err, pgstore.ErrNoUnit) {
		return report.Unit{}, nil, inputErrorf(err, "数据库中没有统一社会信用代码为 %s 的单位，请检查 --unit-code。", code)
	}
	if err != nil {
		return report.Unit{}, nil, err
	}
	unit, err := top.Unit(ctx)
	if err != nil {
		return report.Unit{}, nil, err
	}
	refs, err := st.Below(ctx, code)
	if err != nil {
		return report.Unit{}, nil, err
	}
	var sources []rollupSource
	if self {
		sources = append(sources, rollupSource{unit: unit, store: pgSource(top)})
	}
	for _, r := range refs {
		sources = append(sources, rollupSource{unit: report.Unit{Name: r.Name, Code: r.Code}, store: pgSource(top.UnitAs(r.ID))})
	}
	return unit, sources, nil
}

// pgLedgers is what *pgstore.Unit has of the annual count: the ledgers,
// their groups, and the applications for counting only.
type pgLedgers interface {
	report.Ledgers
	report.PublicationCounter
	requestCounter
}

var _ pgLedgers = (*pgstore.Unit)(nil)

// pgSource is u as the annual count reads it. *pgstore.Unit does not yet
// read the holiday notices added to the database (Calendars); until it
// does, a unit is counted with the built-in calendar, which is what
// loadCalendar gives a unit that added none — and nothing can add one to
// the shared database yet. Once *pgstore.Unit has Calendars, the
// assertion picks it; then it can be made static
// (var _ annualStore = (*pgstore.Unit)(nil)) and pgBuiltinCalendar go.
func pgSource(u *pgstore.Unit) annualStore {
	if as, ok := any(u).(annualStore); ok {
		return as
	}
	return pgBuiltinCalendar{u}
}

// pgBuiltinCalendar is a unit of the shared database that has no holiday
// notice of its own to read: loadCalendar gives it the built-in calendar.
type pgBuiltinCalendar struct{ pgLedgers }

// Calendars returns no added calendar.
func (pgBuiltinCalendar) Calendars(context.Context) ([]data.CalendarFile, error) { return nil, nil }

// SaveCalendar refuses: the roll-up only reads.
func (pgBuiltinCalendar) SaveCalendar(context.Context, data.CalendarFile) error {
	return errors.New("汇总只读取数据库，不保存节假日安排")
}
