package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/xxgk/xxgk/data/pgstore"
)

type createdbOptions struct {
	admin string // the administrator's DSN, with its password if any
	name  string // the database
	owner string // its login role
}

func createdbCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "createdb",
		Usage:     "在 PostgreSQL 服务器上建立多个单位共用的 xxgk 数据库和角色（管理员运行一次）",
		UsageText: "xxgk createdb --admin postgres://postgres@服务器/postgres [--name xxgk] [--owner xxgk]",
		Description: "以数据库管理员（如 postgres）连接 --admin 指定的服务器，一次完成：建立登录角色 --owner（随机生成密码）、" +
			"单位使用的角色 xxgk_unit 和上级单位只读的角色 xxgk_reader、属于 --owner 的数据库 --name（其他角色不能连接），" +
			"再建好全部表、行级安全和审计（与 xxgk migrate 相同）。密码只在这里显示一次，请保存到运行 xxgk 的系统账户的 ~/.pgpass" +
			"（或环境变量 PGPASSWORD），不要写在命令行上。已有同名角色时拒绝，不改动它的密码。\n\n" +
			"退出码：0 成功；1 无法连接、角色已存在或建立失败；2 用法错误。\n\n" +
			"示例：\n   xxgk createdb --admin \"postgres://postgres@db.example.edu.cn/postgres\" --name xxgk --owner xxgk",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "admin", Usage: "管理员连接地址（postgres://管理员@服务器/postgres）"},
			&cli.StringFlag{Name: "name", Usage: "要建立的数据库名称", Value: "xxgk"},
			&cli.StringFlag{Name: "owner", Usage: "数据库所有者（xxgk 连接时使用的登录角色）", Value: "xxgk"},
		},
		Action: func(c *cli.Context) error {
			opt := createdbOptions{admin: strings.TrimSpace(c.String("admin")), name: c.String("name"), owner: c.String("owner")}
			if opt.admin == "" || !isPostgres(opt.admin) {
				return usageErrorf("请用 --admin 给出 PostgreSQL 管理员的连接地址，如 --admin \"postgres://postgres@db.example.edu.cn/postgres\"。")
			}
			for flag, v := range map[string]string{"--name": opt.name, "--owner": opt.owner} {
				if !sqlName(v) {
					return usageErrorf("%s「%s」不能用作名称：请只用小写英文字母、数字和下划线，以字母开头，如 xxgk。", flag, v)
				}
			}
			return runCreatedb(c.Context, opt, e)
		},
	}
}

// sqlName tells whether s is a name PostgreSQL takes as it is: lower-case
// letters, digits and underscores, starting with a letter, at most 63
// bytes.
func sqlName(s string) bool {
	if s == "" || len(s) > 63 || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

func runCreatedb(ctx context.Context, opt createdbOptions, e *env) error {
	shown := redactDSN(opt.admin)
	fmt.Fprintf(e.stderr, "正在 %s 上建立数据库 %s……\n", shown, opt.name)
	dsn, password, err := pgstore.Setup(ctx, opt.admin, opt.name, opt.owner)
	if errors.Is(err, pgstore.ErrRoleExists) {
		return inputErrorf(err, "角色 %s 已经存在，没有做任何改动：请用 --owner 换一个名称；若要沿用它，由管理员直接建库（见 docs/postgres.md）。", opt.owner)
	}
	if errors.Is(err, pgstore.ErrDatabaseExists) {
		return inputErrorf(err, "服务器上已有名为 %s 的数据库，没有做任何改动：请用 --name 换一个名称；若它是以前建的 xxgk 数据库，直接用 xxgk migrate 升级即可。", opt.name)
	}
	if err != nil {
		err = scrub(err, opt.admin)
		return inputErrorf(err, "无法在 %s 上建立数据库 %s：请确认服务器在运行、--admin 的用户是数据库管理员（能建角色和数据库）。已建的角色和数据库已经撤销，可以修正后重新运行。%s",
			shown, opt.name, debugCause(e, err))
	}
	fmt.Fprintf(e.stdout, "已建立数据库 %s，所有者 %s。\n", opt.name, opt.owner)
	fmt.Fprintf(e.stdout, "密码（只显示这一次，请保存到 ~/.pgpass 或环境变量 PGPASSWORD）：%s\n", password)
	fmt.Fprintf(e.stdout, "连接地址：%s\n", dsn)
	fmt.Fprintf(e.stdout, "下一步：xxgk init --db %s --unit 单位名称 --code 统一社会信用代码\n", quoteArg(e.system(), dsn))
	return nil
}
