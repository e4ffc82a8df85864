package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/urfave/cli/v2"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/pgstore"
)

type migrateOptions struct {
	db string
}

func migrateCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "migrate",
		Usage:     "升级数据库结构（新版本 xxgk 安装后由管理员运行）",
		UsageText: "xxgk migrate --db postgres://用户@服务器/数据库\n   xxgk migrate [--db 文件]",
		Description: "把数据库的表结构升级到本程序的版本，并显示升级前后的版本号；已是最新时不做任何改动。" +
			"多个单位共用的 PostgreSQL 数据库只由本命令建表和升级：其他命令遇到较旧的结构会拒绝运行并提示管理员运行本命令，从不自动升级。" +
			"升级在一个事务中进行，失败时全部撤销；两个程序同时升级时，后一个等待前一个完成。" +
			"升级前请先用 pg_dump 备份数据库（见 docs/postgres.md）。\n\n" +
			"SQLite 数据库文件在各命令打开时会自动升级，本命令只是明确地做这一步并显示版本。\n\n" +
			"退出码：0 成功；1 无法连接或升级失败、数据库比本程序新；2 用法错误。\n\n" +
			"示例：\n   xxgk migrate --db \"postgres://xxgk@db.example.edu.cn/xxgk\"\n   xxgk migrate --db 示例县教育局.db",
		Flags: []cli.Flag{dbFlag()},
		Action: func(c *cli.Context) error {
			db, err := needDB(c, e)
			if err != nil {
				return err
			}
			return runMigrate(c.Context, migrateOptions{db: db}, e)
		},
	}
}

func runMigrate(ctx context.Context, opt migrateOptions, e *env) error {
	var before, after int
	var err error
	if isPostgres(opt.db) {
		before, after, err = migrateShared(ctx, opt, e)
	} else {
		before, after, err = data.MigrateFile(ctx, opt.db, storeOptions(e, false, false))
		if errors.Is(err, data.ErrNotInitialized) {
			return inputErrorf(err, "数据库文件 %s 不存在，请先运行 xxgk init --db %s --unit 单位名称 创建。", opt.db, quoteArg(e.system(), opt.db))
		}
	}
	if err != nil {
		return err
	}
	if before == after {
		fmt.Fprintf(e.stderr, "数据库 %s 的结构已是第 %d 版（本程序的版本），无需升级。\n", opt.db, after)
		return nil
	}
	fmt.Fprintf(e.stderr, "已升级数据库 %s 的结构：第 %d 版 → 第 %d 版。\n", opt.db, before, after)
	return nil
}

// migrateShared migrates the PostgreSQL database opt.db (Store.Migrate)
// and returns its versions before and after.
func migrateShared(ctx context.Context, opt migrateOptions, e *env) (before, after int, err error) {
	s, err := pgstore.Open(ctx, e.dsnOf(opt.db))
	if err != nil {
		return 0, 0, sharedOpenError(e, opt.db, err)
	}
	defer s.Close()
	if before, err = s.SchemaVersion(ctx); err != nil {
		return 0, 0, connectError(e, opt.db, err)
	}
	if err := s.Migrate(ctx); err != nil {
		var tooNew *data.TooNewError
		if errors.As(err, &tooNew) {
			return 0, 0, err
		}
		err = scrub(err, e.dsnOf(opt.db))
		return 0, 0, inputErrorf(err, "升级数据库 %s 的结构失败，数据库没有改动（仍是第 %d 版）。请确认运行本命令的数据库用户有建表的权限；加 --debug 查看详细信息。%s",
			opt.db, before, debugCause(e, err))
	}
	if after, err = s.SchemaVersion(ctx); err != nil {
		return 0, 0, connectError(e, opt.db, err)
	}
	return before, after, nil
}
