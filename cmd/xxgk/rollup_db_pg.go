package main

import (
	"context"
	"errors"

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

// pgSource is u as the annual count reads it.
func pgSource(u *pgstore.Unit) annualStore { return u }
