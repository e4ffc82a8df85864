package main

import (
	"context"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/report/xlsx"
)

type exportOptions struct {
	db           string
	year         int
	month        string // YYYY-MM for the monthly summary; "" for the annual figures
	out          string
	weekendsOnly bool
	force        bool // replace a file that is not xxgk's own export
}

func exportCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "export",
		Usage:     "生成上报上级的文件（年度统计表或月度工作进展，可被上级汇总）",
		UsageText: "xxgk export [--db 文件] --year 年度 --out 文件.xlsx\n   xxgk export [--db 文件] --month 2025-11 --out 文件.xlsx",
		Description: "生成一个工作簿：封面（单位、统一社会信用代码、年度、生成时间和工具版本）、国家格式的统计表，" +
			"以及供程序读取的「数据」表（代码和数值见 docs/figures.md，带校验码，上级用 xxgk rollup 汇总时核对未被改动）。" +
			"文件中没有申请人的姓名、联系方式和申请内容。\n\n" +
			"示例：\n   xxgk export --db 示例县教育局.db --year 2025 --out 示例县教育局-2025年上报.xlsx\n" +
			"   xxgk export --db 示例县教育局.db --month 2025-11 --out 示例县教育局-2025年11月上报.xlsx",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.IntFlag{Name: "year", Usage: "年度（导出年度统计表）"},
			&cli.StringFlag{Name: "month", Usage: "月份（导出月度工作进展），如 2025-11"},
			&cli.StringFlag{Name: "out", Usage: "输出的 .xlsx 文件"},
			weekendsOnlyFlag(),
			forceFlag(),
		},
		Action: func(c *cli.Context) error {
			opt := exportOptions{out: c.String("out"), month: c.String("month"), weekendsOnly: c.Bool("weekends-only"), force: c.Bool("force")}
			var err error
			if opt.db, err = needDB(c, e); err != nil {
				return err
			}
			if opt.out == "" {
				return usageErrorf("缺少 --out：请指定输出文件，例如 --out 上报.xlsx。")
			}
			if opt.month == "" {
				if opt.year, err = needYear(c); err != nil {
					return err
				}
			}
			return runExport(c.Context, opt, e)
		},
	}
}

func runExport(ctx context.Context, opt exportOptions, e *env) error {
	g := newGuard(e, opt.db, opt.force)
	o := output{opt.out, exportKind}
	if opt.month != "" {
		o.kind = monthlyExportKind
	}
	if err := g.check(o); err != nil {
		return err
	}
	st, err := openReader(ctx, e, opt.db)
	if err != nil {
		return err
	}
	defer st.Close()
	now := e.now()
	meta := xlsx.ExportMeta{Version: version, Produced: now}
	var write func(io.Writer) error
	if opt.month != "" {
		y, m, err := parseMonth(opt.month)
		if err != nil {
			return err
		}
		if m == 0 {
			return usageErrorf("--month 应为某一个月，如 2025-11。")
		}
		mopt, err := monthlyRules(ctx, st, opt.weekendsOnly)
		if err != nil {
			return err
		}
		s, err := monthlySummary(ctx, st, y, m, mopt, now)
		if err != nil {
			return err
		}
		write = func(w io.Writer) error { return writeMonthlyExport(w, s, noteTo(e)) }
	} else if _, write, err = annualExport(ctx, st, opt, meta, e); err != nil {
		return err
	}
	if err := g.write(o, write); err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, "已写入 "+opt.out)
	return nil
}
