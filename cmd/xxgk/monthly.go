package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/data/calendar"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
	"github.com/xxgk/xxgk/report/pdf/fonts"
)

// monthlyFormats are the formats `report monthly` writes, in order.
var monthlyFormats = []string{"xlsx", "pdf", "json"}

type monthlyOptions struct {
	db           string
	year         int
	month        time.Month
	out          string
	formats      []string
	fontDirs     []string
	weekendsOnly bool
	force        bool // replace files that are not xxgk's own outputs
}

func monthlyCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "monthly",
		Usage:     "生成月度工作进展和完成情况（工作任务、责任单位、信息发布与任务数、依申请公开）",
		UsageText: "xxgk report monthly [--db 文件] --month 2025-11 --out 目录 [--format xlsx,pdf,json]\n   xxgk report monthly [--db 文件] --month 2025 --out 目录     # 全年逐月情况",
		Description: "按月末的进展汇总本年度政务公开工作要点各项任务的状态（逾期未完成的标出）、各责任单位完成情况、" +
			"本月和全年累计的主动公开信息与信息报送任务数、本月依申请公开的收到、办结、按时和逾期情况以及未办结申请的答复期限。" +
			"没有数据的月份生成说明「本月无相关数据」的报告。--month 只写年份时，生成全年 12 个月并列的逐月情况（xlsx、json），供年度工作总结使用。\n\n" +
			"示例：\n   xxgk report monthly --db 示例县教育局.db --month 2025-11 --out 报告\n   xxgk report monthly --db 示例县教育局.db --month 2025 --out 报告",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.StringFlag{Name: "month", Usage: "月份，如 2025-11 或 2025年11月"},
			&cli.StringFlag{Name: "out", Usage: "输出目录（不存在则创建）"},
			&cli.StringFlag{Name: "format", Usage: "输出格式，逗号分隔：xlsx、pdf、json", Value: strings.Join(monthlyFormats, ",")},
			fontDirFlag("中文字体目录，优先于系统字体"),
			weekendsOnlyFlag(),
			forceFlag(),
		},
		Action: func(c *cli.Context) error {
			opt := monthlyOptions{out: c.String("out"), weekendsOnly: c.Bool("weekends-only"), force: c.Bool("force")}
			var err error
			if opt.db, err = needDB(c, e); err != nil {
				return err
			}
			if opt.year, opt.month, err = parseMonth(c.String("month")); err != nil {
				return err
			}
			if opt.out == "" {
				return usageErrorf("缺少 --out：请指定输出目录，例如 --out 报告。")
			}
			if opt.formats, err = parseFormats(c.String("format"), monthlyFormats); err != nil {
				return err
			}
			opt.fontDirs = fontDirs(c, e)
			_, err = runMonthly(c.Context, opt, e)
			return err
		},
	}
}

// parseMonth reads --month: 2025-11, 2025/11, 2025年11月 or 202511; a
// year alone (2025, 2025年) asks for the year view (month 0).
func parseMonth(s string) (int, time.Month, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, 0, usageErrorf("缺少 --month：请指定月份，例如 --month 2025-11。")
	}
	if y, err := strconv.Atoi(strings.TrimSuffix(s, "年")); err == nil && y >= 2000 && y <= 2100 {
		return y, 0, nil
	}
	t := strings.NewReplacer("年", "-", "月", "", "/", "-", ".", "-").Replace(s)
	if len(t) == 6 && !strings.Contains(t, "-") {
		t = t[:4] + "-" + t[4:]
	}
	y, m, ok := strings.Cut(t, "-")
	yi, err1 := strconv.Atoi(y)
	mi, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || yi < 2000 || yi > 2100 || mi < 1 || mi > 12 {
		return 0, 0, usageErrorf("--month「%s」不是有效月份，应为如 2025-11 或 2025年11月。", s)
	}
	return yi, time.Month(mi), nil
}

// monthlyDue is the deadline rule of the monthly summary.
func monthlyDue(cal *calendar.Calendar) func(report.Request, report.Date) (report.Date, bool, error) {
	return func(r report.Request, asOf report.Date) (report.Date, bool, error) {
		if !r.Concluded.IsZero() && r.Concluded <= asOf {
			ok, d, err := deadline.OnTime(r, cal)
			return d.Reply, ok, err
		}
		s, err := deadline.At(r, cal, asOf)
		return s.Reply, s.State != deadline.Overdue, err
	}
}

func runMonthly(ctx context.Context, opt monthlyOptions, e *env) ([]string, error) {
	st, err := openReader(ctx, e, opt.db)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	mopt, err := monthlyRules(ctx, st, opt.weekendsOnly)
	if err != nil {
		return nil, err
	}
	if opt.month == 0 {
		return runMonthlyYear(ctx, st, mopt, opt, e)
	}
	s, err := monthlySummary(ctx, st, opt.year, opt.month, mopt, e.now())
	if err != nil {
		return nil, err
	}
	g := newGuard(e, opt.db, opt.force)
	var outs []output
	for _, f := range opt.formats {
		outs = append(outs, output{filepath.Join(opt.out, monthlyFileName(s, f)), monthlyKind(f)})
	}
	if err := g.check(outs...); err != nil {
		return nil, err
	}
	var set *fonts.Set
	if slices.Contains(opt.formats, "pdf") {
		if set, err = findFonts(reportOptions{fontDirs: opt.fontDirs}, e); err != nil {
			return nil, err
		}
	}
	if err := os.MkdirAll(opt.out, 0o755); err != nil {
		return nil, fileFailed(opMkdir, opt.out, err, "无法创建输出目录 %s：%v", opt.out, err)
	}
	var written []string
	for i, f := range opt.formats {
		err := g.write(outs[i], func(w io.Writer) error { return writeMonthlyAs(w, s, f, set, noteTo(e)) })
		if err != nil {
			return written, err
		}
		written = append(written, outs[i].path)
		fmt.Fprintln(e.stderr, "已写入 "+outs[i].path)
	}
	if s.Empty {
		fmt.Fprintf(e.stderr, "提示：%d年%d月没有工作任务进展、信息发布和依申请公开数据。\n", s.Year, int(s.Month))
	}
	return written, nil
}

// runMonthlyYear writes the twelve months of opt.year side by side.
func runMonthlyYear(ctx context.Context, st report.MonthlyLedgers, mopt report.MonthlyOptions, opt monthlyOptions, e *env) ([]string, error) {
	months, err := monthlyYear(ctx, st, opt.year, mopt, e.now())
	if err != nil {
		return nil, err
	}
	g := newGuard(e, opt.db, opt.force)
	var outs []output
	for _, f := range opt.formats {
		if f == "pdf" {
			fmt.Fprintln(e.stderr, "提示：全年逐月情况只输出 xlsx 和 json。")
			continue
		}
		path := filepath.Join(opt.out, monthlyYearFileName(months[0].Unit.Name, opt.year, f))
		outs = append(outs, output{path, yearViewKind(f)})
	}
	if err := g.check(outs...); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(opt.out, 0o755); err != nil {
		return nil, fileFailed(opMkdir, opt.out, err, "无法创建输出目录 %s：%v", opt.out, err)
	}
	var written []string
	for _, o := range outs {
		f := strings.TrimPrefix(filepath.Ext(o.path), ".")
		err := g.write(o, func(w io.Writer) error { return writeMonthlyYearAs(w, months, f, noteTo(e)) })
		if err != nil {
			return written, err
		}
		written = append(written, o.path)
		fmt.Fprintln(e.stderr, "已写入 "+o.path)
	}
	return written, nil
}
