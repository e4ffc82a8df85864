package main

import (
	"context"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/narrative"
)

type narrativeOptions struct {
	db    string
	year  int
	out   string // "" = beside the database
	force bool
	// weekendsOnly lets years without a holiday notice count weekends only.
	weekendsOnly bool
}

func narrativeCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "narrative",
		Usage:     "生成年报文字文件（各部分标题、由数字生成的句子和待填写处）",
		UsageText: "xxgk narrative [--db 文件] --year 年度 [--out 文件] [--force]",
		Description: "生成一个 UTF-8 文本文件，每个部分和小标题各占一行，由统计数字生成的句子已写好，单位自己的文字写在标明的位置，" +
			"可以用记事本编辑。report annual 生成 PDF 和网页时读取它（默认位于数据库旁：「单位-年度年年报文字.txt」）。已有文件不会被覆盖，除非加 --force。\n\n" +
			"示例：\n   xxgk narrative --db 示例县教育局.db --year 2025",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.IntFlag{Name: "year", Usage: "年度，如 2025"},
			&cli.StringFlag{Name: "out", Usage: "输出文件（默认：数据库旁的「单位-年度年年报文字.txt」）"},
			&cli.BoolFlag{Name: "force", Usage: "覆盖已有的年报文字文件（数据库文件在任何情况下都不会被覆盖）"},
			weekendsOnlyFlag(),
		},
		Action: func(c *cli.Context) error {
			opt := narrativeOptions{out: c.String("out"), force: c.Bool("force"), weekendsOnly: c.Bool("weekends-only")}
			var err error
			if opt.db, err = needDB(c, e); err != nil {
				return err
			}
			if opt.year, err = needYear(c); err != nil {
				return err
			}
			return runNarrative(c.Context, opt, e)
		},
	}
}

func runNarrative(ctx context.Context, opt narrativeOptions, e *env) error {
	st, err := openReader(ctx, e, opt.db)
	if err != nil {
		return err
	}
	defer st.Close()
	rep, _, _, err := countAnnual(ctx, st, opt.year, opt.weekendsOnly, report.Options{}, e)
	if err != nil {
		return err
	}
	prev, err := lastYearReport(ctx, st, opt.year)
	if err != nil {
		return err
	}
	path := opt.out
	if path == "" {
		path = narrativePath(opt.db, rep.Unit.Name, opt.year)
	}
	err = newGuard(e, opt.db, opt.force).write(output{path, narrativeKind}, func(w io.Writer) error { return narrative.Starter(e.notepad(w), rep, prev, e.text) })
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, "已写入 "+path+"（请用记事本等编辑各部分文字后运行 xxgk report annual）")
	return nil
}
