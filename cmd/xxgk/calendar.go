package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/calendar"
)

// calendarListOptions are the options of calendar list.
type calendarListOptions struct {
	db string // optional: also list the years the unit added
}

// calendarAddOptions are the options of calendar add.
type calendarAddOptions struct {
	db   string
	file string // the year's holiday notice, in the calendar's text format
}

func calendarCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "calendar",
		Usage: "查看或添加节假日安排（计算工作日用）",
		Subcommands: []*cli.Command{
			{
				Name:      "list",
				Usage:     "列出已有节假日安排的年份及其通知",
				UsageText: "xxgk calendar list [--db 文件]",
				Description: "程序内置 2019 年起国务院办公厅部分节假日安排的通知；单位用 calendar add 添加的年份保存在数据库中。\n\n" +
					"示例：\n   xxgk calendar list --db 示例县教育局.db",
				Flags: []cli.Flag{dbFlagUsage("单位数据库文件（可选，列出其中添加的年份）")},
				Action: func(c *cli.Context) error {
					return runCalendarList(c.Context, calendarListOptions{db: flagOrEnv(c, e, "db")}, e)
				},
			},
			{
				Name:      "add",
				Usage:     "把新一年的节假日安排通知加入数据库",
				UsageText: "xxgk calendar add --db 文件 年份文件.txt",
				ArgsUsage: "年份文件.txt",
				Description: "国务院办公厅每年年底发布下一年的节假日安排。按内置文件的格式（运行 calendar list 可看到格式说明的位置）写一个文本文件，" +
					"用本命令加入数据库，不需要更新程序。同一年份再次添加会替换原来的内容。文件格式：\n" +
					"   年份 2027\n   通知 国办发明电〔2026〕N号 2026-11-01\n   元旦 放假 2027-01-01 至 2027-01-03\n   春节 上班 2027-02-06、2027-02-20\n" +
					"（节日 放假/上班 日期；区间用「至」，多个日期用「、」；# 后为说明；调整通知另起一行「通知 …」，后面的行覆盖前面同一天的安排）。\n\n" +
					"示例：\n   xxgk calendar add --db 示例县教育局.db 2027.txt",
				Flags: []cli.Flag{dbFlag()},
				Action: func(c *cli.Context) error {
					db, err := needDB(c, e)
					if err != nil {
						return err
					}
					if c.NArg() != 1 {
						return usageErrorf("请给出一个节假日安排文件，例如 xxgk calendar add --db 文件 2027.txt。")
					}
					return runCalendarAdd(c.Context, calendarAddOptions{db: db, file: c.Args().First()}, e)
				},
			},
		},
	}
}

func runCalendarList(ctx context.Context, opt calendarListOptions, e *env) error {
	cal, err := calendar.Builtin()
	if err != nil {
		return err
	}
	if opt.db != "" {
		st, err := openReader(ctx, e, opt.db)
		if err != nil {
			return err
		}
		defer st.Close()
		if cal, err = loadCalendar(ctx, st, false); err != nil {
			return err
		}
	}
	for _, y := range cal.Years() {
		year, _ := cal.Year(y)
		var notices []string
		for _, n := range year.Notices {
			if n.Number == "" {
				notices = append(notices, n.Date.String()+" 通知")
				continue
			}
			notices = append(notices, n.Number)
		}
		fmt.Fprintf(e.stdout, "%d年\t%s\t%s\n", y, strings.Join(notices, "；"), year.Source)
	}
	return nil
}

func runCalendarAdd(ctx context.Context, opt calendarAddOptions, e *env) error {
	text, err := os.ReadFile(opt.file)
	if err != nil {
		return inputErrorf(err, "无法读取 %s：%v", opt.file, err)
	}
	name := filepath.Base(opt.file)
	year, err := calendar.Parse(bytes.NewReader(text), name)
	if err != nil {
		return inputErrorf(err, "%v", err)
	}
	st, err := openStore(ctx, e, opt.db)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.SaveCalendar(ctx, data.CalendarFile{Year: year.Year, Source: name, Text: string(text), Added: e.now()}); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "已加入 %d 年的节假日安排（%s，放假 %d 天，调休上班 %d 天）。\n", year.Year, name, len(year.Rest), len(year.Work))
	return nil
}
