package main

import (
	"context"
	"errors"
	"fmt"

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
// This is the one place the roll-up meets the PostgreSQL store. Until
// *pgstore.Unit has every read the annual count needs, the assertion to
// annualStore is made at run time and a store that lacks one refuses the
// roll-up in Chinese; once it has them, the assertion can become static
// (var _ annualStore = (*pgstore.Unit)(nil)) and the check go.
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
	add := func(u report.Unit, pu *pgstore.Unit) error {
		as, ok := any(pu).(annualStore)
		if !ok {
			return fmt.Errorf("本版本 xxgk 的 PostgreSQL 存储还不能统计年度报告（缺少读取台账或节假日安排的功能），暂不能从数据库汇总；请先用 xxgk export 和文件汇总，或升级 xxgk")
		}
		sources = append(sources, rollupSource{unit: u, store: as})
		return nil
	}
	if self {
		if err := add(unit, top); err != nil {
			return report.Unit{}, nil, usageErrorf("%v。", err)
		}
	}
	for _, r := range refs {
		if err := add(report.Unit{Name: r.Name, Code: r.Code}, top.UnitAs(r.ID)); err != nil {
			return report.Unit{}, nil, usageErrorf("%v。", err)
		}
	}
	return unit, sources, nil
}
