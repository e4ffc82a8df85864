package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

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
				Flags: []cli.Flag{dbFlagUsage("单位数据库文件（可选，列出其中添加的年份；默认为个人数据库，见 xxgk init --help）")},
				Action: func(c *cli.Context) error {
					return runCalendarList(c.Context, calendarListOptions{db: optionalDB(c, e)}, e)
				},
			},
			{
				Name:      "add",
				Usage:     "把新一年的节假日安排通知加入数据库",
				UsageText: "xxgk calendar add [--db 文件] 年份文件.txt",
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
	var st calendarStore
	if opt.db != "" {
		db, err := openReader(ctx, e, opt.db)
		if err != nil {
			return err
		}
		defer db.Close()
		st = db
	}
	years, err := calendarYears(ctx, st)
	if err != nil {
		return err
	}
	for _, y := range years {
		fmt.Fprintf(e.stdout, "%d年\t%s\t%s\n", y.year, strings.Join(y.notices, "；"), y.source)
	}
	return nil
}

// calendarYear is one year of the calendar as calendar list shows it.
type calendarYear struct {
	year    int
	notices []string // the notices' numbers (or dates)
	source  string   // the file it was read from
	added   bool     // the unit added it (calendar add), not built in
}

// calendarYears lists the years of the calendar: the built-in ones, and
// those the unit added to st (nil: none), which win.
func calendarYears(ctx context.Context, st calendarStore) ([]calendarYear, error) {
	cal, err := calendar.Builtin()
	if err != nil {
		return nil, err
	}
	if st != nil {
		if cal, err = loadCalendar(ctx, st, false); err != nil {
			return nil, err
		}
	}
	var out []calendarYear
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
		out = append(out, calendarYear{year: y, notices: notices, source: year.Source,
			added: strings.HasSuffix(year.Source, addedCalendar)})
	}
	return out, nil
}

func runCalendarAdd(ctx context.Context, opt calendarAddOptions, e *env) error {
	year, text, err := readCalendar(opt.file, opt.file)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, e, opt.db)
	if err != nil {
		return err
	}
	defer st.Close()
	msg, err := saveCalendar(ctx, st, year, text, e.now())
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, msg)
	return nil
}

// readCalendar reads and parses a year's holiday notice file at path,
// named shown in messages (its base name in those of the parser).
func readCalendar(path, shown string) (*calendar.Year, []byte, error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, fileFailed(opRead, shown, err, "无法读取 %s：%v", shown, err)
	}
	year, err := calendar.Parse(bytes.NewReader(text), filepath.Base(shown))
	if err != nil {
		return nil, nil, inputErrorf(err, "%v", err)
	}
	return year, text, nil
}

// saveCalendar keeps the parsed year and its file's text in st, in place
// of the year's earlier file, and says what was added: the one add of
// `xxgk calendar add` and of the 设置 page.
func saveCalendar(ctx context.Context, st calendarStore, year *calendar.Year, text []byte, now time.Time) (string, error) {
	name := year.Source
	if err := st.SaveCalendar(ctx, data.CalendarFile{Year: year.Year, Source: name, Text: string(text), Added: now}); err != nil {
		return "", err
	}
	return fmt.Sprintf("已加入 %d 年的节假日安排（%s，放假 %d 天，调休上班 %d 天）。", year.Year, name, len(year.Rest), len(year.Work)), nil
}
