package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/data/calendar"
	"github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
	"github.com/xxgk/xxgk/report/xlsx"
)

type dueOptions struct {
	db           string
	asOf         report.Date
	format       string
	out          string
	weekendsOnly bool
	force        bool // replace a file that is not xxgk's own due list
}

func dueCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "due",
		Usage:     "列出未办结申请的答复期限、剩余工作日和状态",
		UsageText: "xxgk due [--db 文件] [--as-of 日期] [--format table|json|xlsx] [--out 文件.xlsx]",
		Description: "按《政府信息公开条例》的期限计算每件未办结申请的答复期限：收到之日起 20 个工作日（收到当日不计），" +
			"补正后从收到补正之日重新计算，延期再加 20 个工作日，征求第三方意见的时间不计入；工作日按国务院办公厅节假日安排（含调休）。" +
			"状态分为 正常、即将到期（5 个工作日内）、已超期，按紧急程度排序；另列出补正告知晚于收到后 7 个工作日的申请。\n\n" +
			"示例：\n   xxgk due --db 示例县教育局.db\n   xxgk due --db 示例县教育局.db --as-of 2026-02-13 --format xlsx --out 待办.xlsx",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.StringFlag{Name: "as-of", Usage: "按哪一天计算（默认今天）"},
			&cli.StringFlag{Name: "format", Usage: "输出格式：table、json、xlsx", Value: "table"},
			&cli.StringFlag{Name: "out", Usage: "xlsx 格式的输出文件"},
			weekendsOnlyFlag(),
			forceFlag(),
		},
		Action: func(c *cli.Context) error {
			opt := dueOptions{format: c.String("format"), out: c.String("out"), weekendsOnly: c.Bool("weekends-only"), force: c.Bool("force")}
			var err error
			if opt.db, err = needDB(c, e); err != nil {
				return err
			}
			if s := c.String("as-of"); s != "" {
				if opt.asOf, err = ledger.ParseDate(s); err != nil || opt.asOf.IsZero() {
					return usageErrorf("--as-of「%s」不是有效日期，应为如 2026-02-13 的日期。", s)
				}
			}
			if _, err := parseFormats(opt.format, []string{"table", "json", "xlsx"}); err != nil {
				return err
			}
			if opt.format == "xlsx" && opt.out == "" {
				return usageErrorf("--format xlsx 需要 --out 指定输出文件，例如 --out 待办.xlsx。")
			}
			return runDue(c.Context, opt, e)
		},
	}
}

func runDue(ctx context.Context, opt dueOptions, e *env) error {
	g := newGuard(e, opt.db, opt.force)
	o := output{opt.out, dueKind}
	if opt.format == "xlsx" {
		if err := g.check(o); err != nil {
			return err
		}
	}
	st, err := openReader(ctx, e, opt.db)
	if err != nil {
		return err
	}
	defer st.Close()
	if opt.asOf.IsZero() {
		opt.asOf = report.DateOf(e.now())
	}
	entries, err := dueEntries(ctx, st, opt.asOf, opt.weekendsOnly)
	if err != nil {
		return err
	}
	unit, err := st.Unit(ctx)
	if err != nil {
		return err
	}
	switch opt.format {
	case "json":
		return writeDueJSON(e.stdout, opt.asOf, entries)
	case "xlsx":
		err := g.write(o, func(w io.Writer) error {
			return xlsx.WriteDue(w, unit, opt.asOf, entries, e.now(), xlsx.Notes(noteTo(e)))
		})
		if err == nil {
			fmt.Fprintln(e.stderr, "已写入 "+opt.out)
		}
		return err
	}
	return writeDueTable(e.stdout, opt.asOf, entries)
}

// dueStore is what the due list reads.
type dueStore interface {
	requestStore
	calendarStore
}

// dueEntries lists the applications open on asOf with their deadlines,
// the most urgent first: the list of xxgk due and of the workbench's 概览.
func dueEntries(ctx context.Context, st dueStore, asOf report.Date, weekendsOnly bool) ([]deadline.Entry, error) {
	cal, err := loadCalendar(ctx, st, weekendsOnly)
	if err != nil {
		return nil, err
	}
	var open []report.Request
	if err := st.EachOpenRequest(ctx, asOf, func(r report.Request) error { open = append(open, r); return nil }); err != nil {
		return nil, err
	}
	entries, err := deadline.List(open, cal, asOf)
	if err != nil {
		return nil, calendarError(err)
	}
	return entries, nil
}

// calendarError words a missing calendar year for the user.
func calendarError(err error) error {
	var missing *calendar.MissingYearError
	if errors.As(err, &missing) {
		return inputErrorf(err, "%v", missing)
	}
	return err
}

func writeDueTable(w io.Writer, asOf report.Date, entries []deadline.Entry) error {
	if len(entries) == 0 {
		_, err := fmt.Fprintf(w, "截至 %s 没有未办结的申请。\n", asOf)
		return err
	}
	rows := [][]string{{"申请编号", "收到日期", "起算日期", "答复期限", "剩余工作日", "状态", "补正告知"}}
	for _, en := range entries {
		corr := ""
		if en.LateCorrection {
			corr = "逾期（应于 " + en.CorrectionNotice.String() + " 前）"
		}
		rows = append(rows, []string{en.ID, en.Received.String(), en.Start.String(), en.Reply.String(),
			strconv.Itoa(en.Left), string(en.State), corr})
	}
	if err := writeTable(w, rows); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "截至 %s，未办结 %d 件：%s。\n", asOf, len(entries), deadline.Summary(entries))
	return err
}

func writeDueJSON(w io.Writer, asOf report.Date, entries []deadline.Entry) error {
	type item struct {
		ID             string `json:"id"`
		Received       string `json:"received"`
		Start          string `json:"start"`
		Due            string `json:"due"`
		Left           int    `json:"working_days_left"`
		State          string `json:"state"`
		CorrectionDue  string `json:"correction_notice_due"`
		LateCorrection bool   `json:"late_correction"`
	}
	items := []item{}
	for _, en := range entries {
		items = append(items, item{en.ID, en.Received.String(), en.Start.String(), en.Reply.String(), en.Left,
			string(en.State), en.CorrectionNotice.String(), en.LateCorrection})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(map[string]any{"as_of": asOf.String(), "open": items})
}
