package main

import (
	"context"
	"errors"

	"github.com/urfave/cli/v2"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/pgstore"
)

// sharedDB is what a run knows of a shared PostgreSQL database (issue 17):
// the DSNs it was given, by the form xxgk shows (redactDSN), and the unit
// it acts for. The commands hold the shown form only, so that no message
// of theirs can carry a password; openDatabase alone reads the DSN.
type sharedDB struct {
	dsns     map[string]string // shown form → DSN
	unitCode string            // --unit-code, else XXGK_UNIT
}

// unitCodeFlag is the --unit-code flag of every command that takes --db.
func unitCodeFlag() cli.Flag {
	return &envFlag{&cli.StringFlag{Name: "unit-code",
		Usage: "单位的统一社会信用代码：数据库是多个单位共用的 PostgreSQL（--db postgres://…）时必填，指定本次操作哪个单位"}, "XXGK_UNIT"}
}

// noUnitCode are the commands that take --db but act for no one unit:
// init names the unit it adds with --code, migrate upgrades the database.
var noUnitCode = map[string]bool{"init": true, "migrate": true}

// unitCodeLater are the commands that take --unit-code but do not need it
// before they open the database: serve, whose shared server's accounts
// name their units (serve --public), opens the unit of --unit-code only
// when it serves one unit.
var unitCodeLater = map[string]bool{"serve": true}

// addUnitCodeFlags gives --unit-code to every command (and subcommand)
// that takes --db, wherever its dbFlag comes from.
func addUnitCodeFlags(cmds []*cli.Command) {
	for _, c := range cmds {
		if !noUnitCode[c.Name] && hasFlag(c, "db") && !hasFlag(c, "unit-code") {
			c.Flags = append(c.Flags, unitCodeFlag())
		}
		addUnitCodeFlags(c.Subcommands)
	}
}

func hasFlag(c *cli.Command, name string) bool {
	for _, f := range c.Flags {
		for _, n := range f.Names() {
			if n == name {
				return true
			}
		}
	}
	return false
}

// sharedArg returns db as the command keeps it: a SQLite path as it is;
// a PostgreSQL DSN in its shown form, the DSN and the unit of --unit-code
// (or XXGK_UNIT) kept in e for openDatabase.
func sharedArg(c *cli.Context, e *env, db string) string {
	if !isPostgres(db) {
		return db
	}
	shown := redactDSN(db)
	if e.shared.dsns == nil {
		e.shared.dsns = map[string]string{}
	}
	e.shared.dsns[shown] = db
	if hasFlag(c.Command, "unit-code") {
		e.shared.unitCode = unitOf("", flagOrEnv(c, e, "unit-code")).Code
	}
	return shown
}

// dsnOf returns the DSN of db, the form a command holds.
func (e *env) dsnOf(db string) string {
	if dsn, ok := e.shared.dsns[db]; ok {
		return dsn
	}
	return db
}

// needUnitCode is the usage error of a command on a shared database
// without --unit-code.
func needUnitCode(e *env, db string) error {
	return usageErrorf("数据库 %s 是多个单位共用的 PostgreSQL 数据库，请用 --unit-code 指定单位的统一社会信用代码"+
		"（或设置环境变量 XXGK_UNIT），例如 --unit-code 11330000MB0000000H。", redactDSN(db))
}

// openShared opens the unit of --unit-code on the PostgreSQL database db:
// a database whose schema is not the binary's, or without that unit, is
// refused with what to do.
func openShared(ctx context.Context, e *env, db string) (Store, error) {
	code := e.shared.unitCode
	if code == "" {
		return nil, needUnitCode(e, db)
	}
	u, err := pgstore.OpenCurrentUnit(ctx, e.dsnOf(db), code)
	if err != nil {
		return nil, sharedOpenError(e, db, err)
	}
	return u, nil
}

// sharedOpenError is the Chinese message of a failure to open db, a
// PostgreSQL database, with its passwords taken out.
func sharedOpenError(e *env, db string, err error) error {
	err = scrub(err, e.dsnOf(db))
	shown := quoteArg(e.system(), redactDSN(db))
	var old *pgstore.OldSchemaError
	var tooNew *data.TooNewError
	switch {
	case errors.Is(err, context.Canceled):
		return err
	case errors.As(err, &old):
		return inputErrorf(err, "数据库结构是第 %d 版，本程序需要第 %d 版，请由管理员运行 xxgk migrate --db %s 升级。", old.Have, old.Want, shown)
	case errors.As(err, &tooNew):
		return err // its UserMessage says to upgrade xxgk
	case errors.Is(err, pgstore.ErrNoUnit):
		code := e.shared.unitCode
		return inputErrorf(err, "数据库中没有统一社会信用代码为 %s 的单位，请先运行 xxgk init --db %s --unit 单位名称 --code %s 登记（下级单位加 --parent 上级单位的代码）。",
			code, shown, code)
	}
	return connectError(e, db, err)
}

// connectError says that the PostgreSQL database db could not be reached
// or read; the driver's (English) words only with --debug.
func connectError(e *env, db string, err error) error {
	err = scrub(err, e.dsnOf(db))
	return inputErrorf(err, "无法使用 PostgreSQL 数据库 %s：请检查 --db 中的服务器地址、端口、数据库名、用户名和密码，以及数据库服务器是否在运行。%s",
		redactDSN(db), debugCause(e, err))
}

// debugCause is err's own (English) words for a message, with --debug
// only.
func debugCause(e *env, err error) string {
	if !e.debug || err == nil {
		return ""
	}
	return "（" + err.Error() + "）"
}

// backupShared is xxgk backup on a shared database: the unit's store says
// what a backup is there (*pgstore.Unit refuses: the administrator backs
// the whole database up with pg_dump). No file or folder is made.
func backupShared(ctx context.Context, opt backupOptions, e *env) error {
	st, err := openReader(ctx, e, opt.db)
	if err != nil {
		return err
	}
	defer st.Close()
	return scrub(st.Backup(ctx, opt.out), e.dsnOf(opt.db))
}
