package main

import (
	"context"
	"errors"
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
		UsageText: "xxgk explain [--db 文件] --year 年度 单元格",
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
	x, err := explainFigure(ctx, st, opt.year, opt.cell)
	var unknown *unknownCellError
	if errors.As(err, &unknown) {
		return usageErrorf("%s", unknown.Error())
	}
	if err != nil {
		return err
	}
	return e.text.ExecuteTemplate(e.stdout, templates.Explain, map[string]any{
		"Unit": x.unit, "Year": opt.year, "Name": report.FigureName(opt.cell), "Value": x.value, "Hits": x.hits,
	})
}

// explained is a figure of year's tables and the ledger rows behind it.
type explained struct {
	unit  string // the unit's name
	value string
	hits  []report.Contribution
}

// unknownCellError: the name given to explain is no figure of the tables.
type unknownCellError struct{ cell string }

func (e *unknownCellError) Error() string {
	return fmt.Sprintf("「%s」不是统计表中的单元格。示例：table3.granted.natural、table3.withheld.total、table2.normative_docs.in_force、table2.fees.amount_wan、table4.review.pending、publications.by_category.招生考试。", e.cell)
}

// explainFigure counts year y and returns the figure cell with every
// contribution to it, in the order counted: what xxgk explain prints and
// the workbench's figure page lists. A name that is no figure is
// *unknownCellError.
func explainFigure(ctx context.Context, st Store, y int, cell string) (explained, error) {
	var hits []report.Contribution
	trace := func(c report.Contribution) {
		if c.Cell == cell {
			hits = append(hits, c)
		}
	}
	ro := report.Options{Trace: trace}
	if strings.HasPrefix(cell, "timeliness.") {
		cal, err := loadCalendar(ctx, st, false)
		if err != nil {
			return explained{}, err
		}
		ro.OnTime = onTime(cal)
	}
	rep, _, err := report.Annual(ctx, st, y, ro)
	if err != nil {
		return explained{}, calendarError(err)
	}
	value, ok := rep.Figure(cell)
	if !ok {
		if !strings.HasPrefix(cell, "publications.") && !strings.HasPrefix(cell, "timeliness.") && cell != "processing_fees" {
			return explained{}, &unknownCellError{cell}
		}
		value = fmt.Sprint(len(hits))
	}
	return explained{unit: rep.Unit.Name, value: value, hits: hits}, nil
}
