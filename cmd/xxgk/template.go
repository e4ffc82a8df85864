package main

import (
	"context"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/report"
)

type templateOptions struct {
	db    string // optional: take the category list from this unit
	out   string
	force bool // replace a file that is not a blank template of xxgk
}

func templateCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "template",
		Usage:     "生成空白台账工作簿（每种台账一个工作表，带下拉选项）",
		UsageText: "xxgk template --out 台账模板.xlsx [--db 文件]",
		Description: "生成全年填写用的空白台账：每种台账一个工作表、冻结表头、日期格式、枚举列的下拉选项和填写说明。" +
			"给出 --db 时，「类别」下拉选项取该单位的主动公开目录。填好后用 xxgk import 导入。\n\n" +
			"示例：\n   xxgk template --out 2026年台账.xlsx --db 示例县教育局.db",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Usage: "输出的 .xlsx 文件"},
			dbFlagUsage("单位数据库文件（可选，用于类别下拉选项；默认为个人数据库，见 xxgk init --help）"),
			forceFlag(),
		},
		Action: func(c *cli.Context) error {
			opt := templateOptions{db: optionalDB(c, e), out: c.String("out"), force: c.Bool("force")}
			if opt.out == "" {
				return usageErrorf("缺少 --out：请指定输出文件，例如 --out 台账模板.xlsx。")
			}
			return runTemplate(c.Context, opt, e)
		},
	}
}

func runTemplate(ctx context.Context, opt templateOptions, e *env) error {
	g := newGuard(e, opt.db, opt.force)
	o := output{opt.out, templateKind}
	if err := g.check(o); err != nil {
		return err
	}
	cats := report.DefaultCategories
	if opt.db != "" {
		st, err := openReader(ctx, e, opt.db)
		if err != nil {
			return err
		}
		defer st.Close()
		if cats, err = st.Categories(ctx); err != nil {
			return err
		}
	}
	err := g.write(o, func(w io.Writer) error { return ledger.WriteTemplate(w, cats, e.now()) })
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, "已写入 "+opt.out)
	return nil
}
