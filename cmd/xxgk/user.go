package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
)

type userAddOptions struct {
	db, unitCode, name string
}

// userCommand is xxgk user: the shared server's accounts.
func userCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "user",
		Usage: "管理共享服务器（xxgk serve --public）的登录账号",
		Subcommands: []*cli.Command{{
			Name:      "add",
			Usage:     "为一个单位开设账号，并显示一次性密码",
			UsageText: "xxgk user add --db postgres://… --unit-code 统一社会信用代码 --name 账号名称",
			Description: "在共享数据库中为单位开设一个账号，并在屏幕上显示一次性密码（只显示这一次，请当面或以安全方式交给使用人）。" +
				"使用人首次登录后须先修改密码。退出码：0 已开设，1 单位不存在或账号名称已被使用，2 用法错误。\n\n" +
				"示例：\n   xxgk user add --db postgres://xxgk@localhost/xxgk --unit-code 11330100MB0000000X --name 张三",
			Flags: []cli.Flag{
				dbFlagUsage("共享数据库（postgres://…）"),
				&envFlag{&cli.StringFlag{Name: "unit-code", Usage: "单位的统一社会信用代码"}, "XXGK_UNIT"},
				&cli.StringFlag{Name: "name", Usage: "账号名称（登录时输入）"},
			},
			Action: func(c *cli.Context) error {
				opt := userAddOptions{db: sharedArg(c, e, flagOrEnv(c, e, "db")), unitCode: strings.TrimSpace(flagOrEnv(c, e, "unit-code")),
					name: strings.TrimSpace(c.String("name"))}
				return runUserAdd(c.Context, opt, e)
			},
		}},
	}
}

// runUserAdd adds the account and prints its one-time password once.
func runUserAdd(ctx context.Context, opt userAddOptions, e *env) error {
	switch {
	case !isPostgres(opt.db):
		return usageErrorf("账号只在共享数据库中开设：请用 --db postgres://… 指定。")
	case opt.unitCode == "":
		return usageErrorf("请用 --unit-code 指定账号所属单位的统一社会信用代码。")
	case opt.name == "":
		return usageErrorf("请用 --name 指定账号名称。")
	}
	acc, closeAcc, err := accountsOf(ctx, e, opt.db)
	if err != nil {
		return err
	}
	defer closeAcc()
	password, err := acc.AddUser(ctx, opt.unitCode, opt.name, e.now())
	switch {
	case errors.Is(err, unitdb.ErrAccountExists):
		return inputErrorf(err, "账号名称「%s」已被使用（账号名称在整个共享数据库中不能重复），没有开设新账号：请换一个名称，例如在前面加上单位简称。", opt.name)
	case errors.Is(err, unitdb.ErrNoUnit):
		return inputErrorf(err, "数据库中没有统一社会信用代码为 %s 的单位，请先运行 xxgk init --db … --unit 单位名称 --code %s 登记。", opt.unitCode, opt.unitCode)
	case err != nil:
		return inputErrorf(err, "无法开设账号「%s」。%s", opt.name, debugCause(e, scrub(err, e.dsnOf(opt.db))))
	}
	fmt.Fprintf(e.stdout, "账号：%s\n一次性密码：%s\n", opt.name, password)
	fmt.Fprintf(e.stderr, "已为单位 %s 开设账号「%s」。一次性密码只显示这一次，请当面或以安全方式交给使用人；首次登录后须先修改密码。\n", opt.unitCode, opt.name)
	return nil
}
