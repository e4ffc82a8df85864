package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/xxgk/xxgk/data/pgstore"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/rollup"
)

// dbRollupOptions are the options of a roll-up from a shared database.
type dbRollupOptions struct {
	dsn         string // postgres://…, as the command holds it (sharedArg: without its password)
	unitCode    string // the summing unit: its units below are summed
	includeSelf bool   // the summing unit's own figures are summed too
	jobs        int    // units counted at once
}

// rollupDBFlags are the flags of the roll-up from a database. --db and
// --unit-code fall back on XXGK_DB and XXGK_UNIT; a --db that is not a
// postgres:// URL (a clerk's SQLite file in XXGK_DB) leaves the roll-up of
// files as it was.
func rollupDBFlags() []cli.Flag {
	return []cli.Flag{
		dbFlagUsage("共享数据库 postgres://…：直接在数据库中汇总 --unit-code 以下的全部单位（不读取文件）；不是 postgres:// 时不起作用"),
		&envFlag{&cli.StringFlag{Name: "unit-code", Usage: "从数据库汇总时：汇总单位的统一社会信用代码，汇总它以下各级的全部单位"}, "XXGK_UNIT"},
		&cli.BoolFlag{Name: "include-self", Usage: "从数据库汇总时：把汇总单位本身的台账数字也计入合计"},
		&cli.IntFlag{Name: "jobs", Usage: "从数据库汇总时：同时统计的单位数", Value: defaultRollupJobs},
	}
}

// dbRollupFrom returns the options of a roll-up from a database, and
// whether the command line asks for one (--db or XXGK_DB is postgres://).
// What a roll-up of files takes and a roll-up from a database cannot use
// is refused.
func dbRollupFrom(c *cli.Context, e *env, opt rollupOptions) (dbRollupOptions, bool, error) {
	d := dbRollupOptions{dsn: sharedArg(c, e, flagOrEnv(c, e, "db")), unitCode: strings.TrimSpace(flagOrEnv(c, e, "unit-code")),
		includeSelf: c.Bool("include-self"), jobs: c.Int("jobs")}
	if !isPostgres(d.dsn) {
		return d, false, nil
	}
	switch {
	case d.unitCode == "":
		return d, true, usageErrorf("缺少 --unit-code：从数据库汇总时请指定汇总单位的统一社会信用代码（或设置 XXGK_UNIT），汇总它以下的全部单位。")
	case len(opt.files) > 0:
		return d, true, usageErrorf("从数据库汇总时不读取文件：请去掉命令后的文件或文件夹（%s），或不用 --db。", strings.Join(opt.files, "、"))
	case opt.units != "":
		return d, true, usageErrorf("从数据库汇总时应报单位就是数据库中 %s 以下的全部单位，不使用 --units。", d.unitCode)
	case d.jobs < 1:
		return d, true, usageErrorf("--jobs 应为 1 或更大的整数。")
	}
	return d, true, nil
}

// runDBRollup sums, straight from the PostgreSQL database, every unit
// below d.unitCode (and that unit itself with --include-self), and writes
// the roll-up's files as the roll-up of files does.
func runDBRollup(ctx context.Context, opt rollupOptions, d dbRollupOptions, e *env) error {
	st, err := pgstore.Open(ctx, e.dsnOf(d.dsn))
	if err != nil {
		return sharedOpenError(e, d.dsn, err)
	}
	defer st.Close()
	if err := st.RequireCurrent(ctx); err != nil {
		return sharedOpenError(e, d.dsn, err)
	}
	top, sources, err := pgRollupSources(ctx, st, d.unitCode, d.includeSelf)
	if err != nil {
		return err
	}
	return runStoresRollup(ctx, opt, top, sources, d, e)
}

// runStoresRollup sums the sources under the summing unit top and writes
// the roll-up: named after top unless --name was given, with top's code
// unless --code was.
func runStoresRollup(ctx context.Context, opt rollupOptions, top report.Unit, sources []rollupSource, d dbRollupOptions, e *env) error {
	if len(sources) == 0 {
		return usageErrorf("数据库中 %s（%s）以下没有单位；要汇总本单位自己的数字，请加 --include-self。", top.Name, top.Code)
	}
	if opt.unnamed && top.Name != "" {
		opt.name, opt.unnamed = top.Name, false
	}
	if opt.code == "" {
		opt.code = top.Code
	}
	return writeRollup(ctx, opt, e, func() (*rollup.Result, error) {
		now := e.now()
		res, notes, err := sumStores(ctx, opt.name, opt.year, sources, d.jobs)
		if err != nil {
			return nil, err
		}
		for _, n := range notes {
			fmt.Fprintln(e.stderr, n)
		}
		res.Sum.Unit = report.Unit{Name: opt.name, Code: opt.code}
		res.Sum.Produced = now
		res.Sum.Rollup.Unnamed = opt.unnamed
		return res, nil
	})
}
