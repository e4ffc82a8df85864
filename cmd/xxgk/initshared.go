package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/xxgk/xxgk/data/pgstore"
	"github.com/xxgk/xxgk/report"
)

// refuseParent refuses --parent on a SQLite database, which holds one
// unit.
func refuseParent(opt initOptions) error {
	if opt.parent == "" || isPostgres(opt.db) {
		return nil
	}
	return usageErrorf("--parent 只用于多个单位共用的 PostgreSQL 数据库（--db postgres://…）：" +
		"SQLite 数据库文件只有一个单位，下级单位的数据用 xxgk rollup 汇总其上报文件。")
}

// runInitShared adds opt.unit to the PostgreSQL database opt.db, under
// opt.parent, or renames the unit its code already names (its place in
// the tree stays), then records its 主动公开目录.
func runInitShared(ctx context.Context, opt initOptions, e *env) error {
	if opt.unit.Code == "" {
		return usageErrorf("缺少 --code：在多个单位共用的 PostgreSQL 数据库中登记单位须填写统一社会信用代码，例如 --code 11330000MB0000000H。")
	}
	if err := checkUnitCode(opt.unit); err != nil {
		return err
	}
	if opt.parent == opt.unit.Code {
		return usageErrorf("--parent %s 是单位自己的代码：请填写上级单位的统一社会信用代码。", opt.parent)
	}
	s, err := pgstore.Open(ctx, e.dsnOf(opt.db))
	if err == nil {
		err = s.RequireCurrent(ctx)
		if err != nil {
			s.Close()
		}
	}
	if err != nil {
		return sharedOpenError(e, opt.db, err)
	}
	defer s.Close()
	_, err = s.Unit(ctx, opt.unit.Code)
	known := err == nil
	if err != nil && !errors.Is(err, pgstore.ErrNoUnit) {
		return connectError(e, opt.db, err)
	}
	u, err := s.AddUnit(ctx, opt.unit, opt.parent, e.now())
	if errors.Is(err, pgstore.ErrNoUnit) {
		return inputErrorf(scrub(err, e.dsnOf(opt.db)), "上级单位 %s 不在数据库中，请先登记上级单位：xxgk init --db %s --unit 上级单位名称 --code %s。",
			opt.parent, quoteArg(e.system(), opt.db), opt.parent)
	}
	if err != nil {
		return connectError(e, opt.db, err)
	}
	verb := "已登记"
	if known {
		verb = "已更新"
	}
	fmt.Fprintf(e.stderr, "%s数据库 %s 中的单位「%s」（%s）", verb, opt.db, opt.unit.Name, opt.unit.Code)
	switch {
	case opt.parent != "" && !known:
		fmt.Fprintf(e.stderr, "，上级单位 %s", opt.parent)
	case opt.parent != "" && !directlyBelow(ctx, s, opt.parent, opt.unit.Code):
		fmt.Fprintf(e.stderr, "（单位已登记在别的上级单位之下，上下级关系不变，--parent %s 未采用）", opt.parent)
	}
	res, err := u.InitCatalog(ctx, opt.unit, opt.categories, report.DefaultCategories, e.now())
	if err != nil {
		return scrub(err, e.dsnOf(opt.db))
	}
	if res.Categories > 0 {
		fmt.Fprintf(e.stderr, "，主动公开目录 %d 类", res.Categories)
		if res.Limits > 0 {
			fmt.Fprintf(e.stderr, "（其中 %d 类设有公开时限）", res.Limits)
		}
	}
	fmt.Fprintln(e.stderr, "。")
	return nil
}

// directlyBelow reports whether the unit code is directly below the unit
// parent.
func directlyBelow(ctx context.Context, s *pgstore.Store, parent, code string) bool {
	below, err := s.Below(ctx, parent)
	if err != nil {
		return false
	}
	for _, u := range below {
		if u.Depth == 1 && u.Code == code {
			return true
		}
	}
	return false
}
