package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

type initOptions struct {
	db         string
	unit       report.Unit
	categories []report.CatalogEntry // nil: keep, or the default list for a new database
	parent     string                // the upper level's code on a PostgreSQL database (initshared.go)
}

func initCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "init",
		Usage: "创建单位数据库，或修改单位名称、代码和主动公开目录",
		UsageText: "xxgk init [--db 文件] --unit 单位名称 [--code 统一社会信用代码] [--categories 类别1、类别2…]\n" +
			"   xxgk init --db postgres://… --unit 单位名称 --code 统一社会信用代码 [--parent 上级单位代码] [--categories …]",
		Description: "新建数据库（文件权限 0600），登记单位名称和统一社会信用代码，并写入主动公开目录（默认为教育局目录，共 21 类）。" +
			"对已有数据库再次运行会更新单位信息，不影响台账。" +
			"不填 --db（也没有环境变量 XXGK_DB）时，数据库保存在个人目录：Windows 为 %APPDATA%\\xxgk\\xxgk.db，" +
			"Linux 为 ~/.local/share/xxgk/xxgk.db（设置了 XDG_DATA_HOME 时在其下的 xxgk 文件夹），其他命令不填 --db 时也用它。\n\n" +
			"类别可带公开时限（每月、每季度、每年N月底前、随时），写在类别后的括号中，如「招生考试（每季度）」；" +
			"文本文件中一行也可写「招生考试<Tab>每季度」或「招生考试，每季度」。不带时限的类别保留原有的时限。\n\n" +
			"多个单位共用的 PostgreSQL 数据库（--db postgres://…）中，本命令登记一个单位：--code 必填，" +
			"--parent 是上级单位的统一社会信用代码（上级须已登记；不填为最上级，如省教育厅）。" +
			"同一代码再次运行只更新名称和目录，不改变上下级关系。数据库须已由管理员用 xxgk migrate 建好表。\n\n" +
			"示例：\n   xxgk init --unit 示例县教育局\n   xxgk init --db 示例县教育局.db --unit 示例县教育局 --code 11330000MB0000000H\n" +
			"   xxgk init --unit 示例县教育局 --categories \"工作动态（每月）、招生考试（每季度）、财政信息（预决算、收费）（每年6月底前）\"",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.StringFlag{Name: "unit", Usage: "单位名称，如「某某县教育局」"},
			&cli.StringFlag{Name: "code", Usage: "统一社会信用代码（18 位，可不填）"},
			&cli.StringFlag{Name: "parent", Usage: "上级单位的统一社会信用代码（只用于 PostgreSQL 数据库）"},
			&cli.StringFlag{Name: "categories", Usage: "主动公开目录，类别之间用 、 , ; 分隔，或一个每行一类的文本文件；类别可带公开时限，如「招生考试（每季度）」"},
		},
		Action: func(c *cli.Context) error {
			db, profile, err := initDB(c, e)
			if err != nil {
				return err
			}
			unit := unitOf(c.String("unit"), c.String("code"))
			if unit.Name == "" {
				return usageErrorf("缺少 --unit：请填写单位名称，例如 --unit 某某县教育局。")
			}
			if err := refuseParent(initOptions{db: db, parent: c.String("parent")}); err != nil {
				return err
			}
			if profile {
				if err := makeProfileDir(db); err != nil {
					return err
				}
			}
			opt := initOptions{db: db, unit: unit, parent: unitOf("", c.String("parent")).Code}
			if c.IsSet("categories") {
				if opt.categories, err = readCategories(c.String("categories")); err != nil {
					return err
				}
			}
			return runInit(c.Context, opt, e)
		},
	}
}

func runInit(ctx context.Context, opt initOptions, e *env) error {
	if isPostgres(opt.db) {
		return runInitShared(ctx, opt, e)
	}
	if err := refuseParent(opt); err != nil {
		return err
	}
	if err := checkUnitCode(opt.unit); err != nil {
		return err
	}
	st, err := createStore(ctx, e, opt.db)
	if err != nil {
		return err
	}
	defer st.Close()
	res, err := initUnit(ctx, st, opt.unit, opt.categories, e.now())
	if err != nil {
		return err
	}
	cats := res.Categories
	verb := "已更新"
	if res.Created {
		verb = "已创建"
	}
	fmt.Fprintf(e.stderr, "%s数据库 %s：单位「%s」", verb, opt.db, opt.unit.Name)
	if cats > 0 {
		fmt.Fprintf(e.stderr, "，主动公开目录 %d 类", cats)
		if res.Limits > 0 {
			fmt.Fprintf(e.stderr, "（其中 %d 类设有公开时限）", res.Limits)
		}
	}
	fmt.Fprintln(e.stderr, "。")
	return nil
}

// unitOf is the unit init records from what the clerk typed: the name
// trimmed, the code trimmed and upper-cased.
func unitOf(name, code string) report.Unit {
	return report.Unit{Name: strings.TrimSpace(name), Code: strings.ToUpper(strings.TrimSpace(code))}
}

// checkUnitCode refuses a code that is not a valid 统一社会信用代码 (an
// empty one is allowed).
func checkUnitCode(u report.Unit) error {
	if u.Code == "" {
		return nil
	}
	if err := report.CheckCreditCode(u.Code); err != nil {
		return inputErrorf(err, "%v。", err)
	}
	return nil
}

// initUnit checks u's code and records u with its 主动公开目录 (nil: keep
// the list; the default list for a new database) in one transaction: the
// one init of `xxgk init` and of the 设置 page.
func initUnit(ctx context.Context, st Store, u report.Unit, categories []report.CatalogEntry, now time.Time) (data.InitResult, error) {
	if err := checkUnitCode(u); err != nil {
		return data.InitResult{}, err
	}
	return st.InitCatalog(ctx, u, categories, report.DefaultCategories, now)
}

// readCategories reads --categories: a file with one category a line, or
// an inline list, each category with its 公开时限 if given (splitCatalog).
func readCategories(arg string) ([]report.CatalogEntry, error) {
	text := arg
	if b, err := os.ReadFile(arg); err == nil {
		text = strings.TrimPrefix(string(b), "\ufeff")
	}
	out, err := splitCatalog(text)
	if err != nil {
		return nil, usageErrorf("--categories：%v。", err)
	}
	if len(out) == 0 {
		return nil, usageErrorf("--categories 没有给出任何类别。")
	}
	return out, nil
}

// splitOutsideBrackets cuts text at line breaks, and at 、 , ; outside
// brackets.
func splitOutsideBrackets(text string) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range text {
		switch {
		case strings.ContainsRune("（(【[〔", r):
			depth++
		case strings.ContainsRune("）)】]〕", r) && depth > 0:
			depth--
		case r == '\n' || r == '\r':
			depth = 0
			fallthrough
		case depth == 0 && strings.ContainsRune("、,，;；", r):
			out = append(out, text[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	return append(out, text[start:])
}
