package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/templates"
)

type explainOptions struct {
	db   string
	year int
	cell string
}

func explainCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "explain",
		Usage:     "列出构成某个统计数字的台账记录及计入规则",
		UsageText: "xxgk explain --db 文件 --year 年度 单元格",
		ArgsUsage: "单元格",
		Description: "单元格用 JSON 中的名称表示，如 table3.granted.natural（表三 予以公开 / 自然人）、" +
			"table2.normative_docs.in_force（表二 行政规范性文件 现行有效件数）、table4.review.total、publications.by_category.招生考试。" +
			"列出的每条记录都给出编号、台账位置和计入的规则；统计表和本命令使用同一套计数代码，二者不会不一致。\n\n" +
			"示例：\n   xxgk explain --db 示例县教育局.db --year 2025 table3.carried_in.total\n" +
			"   xxgk explain --db 示例县教育局.db --year 2025 table2.normative_docs.in_force",
		Flags: []cli.Flag{dbFlag(), &cli.IntFlag{Name: "year", Usage: "统计年度，如 2025"}},
		Action: func(c *cli.Context) error {
			opt := explainOptions{cell: strings.TrimSpace(c.Args().First())}
			var err error
			if opt.db, err = needDB(c, e); err != nil {
				return err
			}
			if opt.year, err = needYear(c); err != nil {
				return err
			}
			if opt.cell == "" || c.NArg() > 1 {
				return usageErrorf("请给出一个单元格名称，例如 table3.granted.natural。")
			}
			return runExplain(c.Context, opt, e)
		},
	}
}

func runExplain(ctx context.Context, opt explainOptions, e *env) error {
	st, err := openReader(ctx, e, opt.db)
	if err != nil {
		return err
	}
	defer st.Close()
	var hits []report.Contribution
	trace := func(c report.Contribution) {
		if c.Cell == opt.cell {
			hits = append(hits, c)
		}
	}
	ro := report.Options{Trace: trace}
	if strings.HasPrefix(opt.cell, "timeliness.") {
		cal, err := loadCalendar(ctx, st, false)
		if err != nil {
			return err
		}
		ro.OnTime = onTime(cal)
	}
	rep, _, err := report.Annual(ctx, st, opt.year, ro)
	if err != nil {
		return calendarError(err)
	}
	value, ok := rep.Figure(opt.cell)
	if !ok {
		if !strings.HasPrefix(opt.cell, "publications.") && !strings.HasPrefix(opt.cell, "timeliness.") && opt.cell != "processing_fees" {
			return usageErrorf("「%s」不是统计表中的单元格。示例：table3.granted.natural、table3.withheld.total、table2.normative_docs.in_force、table2.fees.amount_wan、table4.review.pending、publications.by_category.招生考试。", opt.cell)
		}
		value = fmt.Sprint(len(hits))
	}
	return e.text.ExecuteTemplate(e.stdout, templates.Explain, map[string]any{
		"Unit": rep.Unit.Name, "Year": opt.year, "Name": report.FigureName(opt.cell), "Value": value, "Hits": hits,
	})
}
