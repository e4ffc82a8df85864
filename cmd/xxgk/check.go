package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/data/statfile"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/jsonout"
	"github.com/xxgk/xxgk/report/narrative"
	"github.com/xxgk/xxgk/templates"
)

type checkOptions struct {
	db        string
	year      int
	file      string
	previous  string // last year's published table, when no snapshot of it exists
	narrative string // the narrative file to compare; "" = beside the database
	// weekendsOnly lets years without a holiday notice count weekends only.
	weekendsOnly bool
	// asOf is the day open applications are counted overdue to (--as-of);
	// zero: the year's last day, or today in the current year.
	asOf report.Date
	// registerDays is the working days an application may wait for its
	// 登记日期 (--register-days); 0: selfcheck.DefaultRegisterDays.
	registerDays int
}

// checkAsOf is the day check counts open applications of opt.year to.
func checkAsOf(opt checkOptions, e *env) report.Date {
	if !opt.asOf.IsZero() {
		return opt.asOf
	}
	return report.YearAsOf(opt.year, report.DateOf(e.now()))
}

func checkCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "check",
		Usage:     "核对台账或统计表是否符合规则（有错误时退出码为 1）",
		UsageText: "xxgk check [--db 文件] --year 年度 [--as-of 日期] [--previous 上年统计表.xlsx]\n   xxgk check --file 年报统计表.xlsx",
		Description: "按年度核对数据库：表三每列「第一项加第二项之和，等于第三项加第四项之和」、各总计、上年年报的结转下年度与本年上年结转、" +
			"年报生成后又被修改的台账、已办结未填结果、有结果未填办结日期、办结早于收到、晚于今天的日期等，逐条列出位置；" +
			"并以提示列出逾期答复的申请和已超期仍未办结的申请（按工作日计算期限，见 xxgk due；往年算到该年 12 月 31 日，本年算到今天，--as-of 可另指定），" +
			"以及自查的发现：成文日期后 20 个工作日内未发布、规范性文件缺少或迟于文件发布的政策解读、收到后超过规定工作日才登记的申请（--register-days，默认 2）、目录中有公开时限却没有发布信息的期间（见 docs/selfcheck.md）。" +
			"--file 用同样的规则核对手工填写的国家格式统计表（按行列标签查找，不限位置）。\n\n" +
			"示例：\n   xxgk check --db 示例县教育局.db --year 2025\n   xxgk check --db 示例县教育局.db --year 2025 --as-of 2026-01-20\n   xxgk check --db 示例县教育局.db --year 2025 --previous 2024年年报统计表.xlsx\n   xxgk check --file 某某学校2025年年报.xlsx",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.IntFlag{Name: "year", Usage: "核对的年度，如 2025"},
			&cli.StringFlag{Name: "as-of", Usage: "未办结申请的超期算到哪一天（默认：往年为该年 12 月 31 日，本年为今天）"},
			&cli.StringFlag{Name: "file", Usage: "核对一个手工填写的年报统计表（.xlsx）"},
			weekendsOnlyFlag(),
			&cli.StringFlag{Name: "narrative", Usage: "核对其中数字的年报文字文件（默认：数据库旁的「单位-年度年年报文字.txt」，不存在则不核对）"},
			&cli.StringFlag{Name: "previous", Usage: "上一年已发布的年报统计表（.xlsx），用于核对上年结转（数据库中没有上一年记录时使用）"},
			registerDaysFlag(),
		},
		Action: func(c *cli.Context) error {
			opt := checkOptions{file: c.String("file"), previous: c.String("previous"), narrative: c.String("narrative"),
				weekendsOnly: c.Bool("weekends-only")}
			var err error
			if opt.registerDays, err = needRegisterDays(c); err != nil {
				return err
			}
			if opt.file != "" {
				return runCheckFile(c.Context, opt, e)
			}
			if opt.db, err = needDB(c, e); err != nil {
				return err
			}
			if opt.year, err = needYear(c); err != nil {
				return err
			}
			if opt.asOf, err = parseYearDate("as-of", c.String("as-of"), opt.year, report.DateOf(e.now())); err != nil {
				return err
			}
			return runCheckYear(c.Context, opt, e)
		},
	}
}

func runCheckYear(ctx context.Context, opt checkOptions, e *env) error {
	st, err := openReader(ctx, e, opt.db)
	if err != nil {
		return err
	}
	defer st.Close()
	rep, problems, err := checkYear(ctx, st, opt, e)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, asOfLine(checkAsOf(opt, e), !opt.asOf.IsZero(), opt.year))
	return printProblems(e, fmt.Sprintf("%s %d 年", rep.Unit.Name, opt.year), problems)
}

// checkYear counts year opt.year and lists every problem check finds in
// it: the rules of the count and the tables, deadlines, last year's carry
// over and the narrative's figures. xxgk check and the workbench's 概览
// both use it.
func checkYear(ctx context.Context, st Store, opt checkOptions, e *env) (*report.AnnualReport, []report.Problem, error) {
	c, err := checkYearInspected(ctx, st, opt, e)
	if err == nil {
		err = c.selfErr
	}
	if err != nil {
		return nil, nil, err
	}
	return c.rep, c.problems, nil
}

// checkYearInspected is checkYear that also gives the self-inspection it
// made (the workbench's 年度报告 shows it), or why it could not be made:
// then the figures and the other problems are still given, without the
// self-inspection's notes.
func checkYearInspected(ctx context.Context, st Store, opt checkOptions, e *env) (yearChecks, error) {
	today := report.DateOf(e.now())
	ro := report.Options{Today: today}
	if sn, ok, err := st.LatestSnapshot(ctx, "annual", strconv.Itoa(opt.year)); err != nil {
		return yearChecks{}, err
	} else if ok {
		ro.ReportedAt = sn.Produced
	}
	// The count and the deadline notes walk the same applications: read
	// them once.
	once := newRequestsOnce(st)
	rep, problems, cal, err := countAnnual(ctx, once, opt.year, opt.weekendsOnly, ro, e)
	if err != nil {
		return yearChecks{}, err
	}
	problems = append(problems, report.CheckTables(rep, nil)...)
	dueNotes, err := deadlineNotes(ctx, once, cal, rep, opt.year, checkAsOf(opt, e))
	if err != nil {
		return yearChecks{}, calendarError(err)
	}
	problems = append(problems, dueNotes...)
	self, selfErr := selfInspect(ctx, once, cal, opt, e) // the same applications, not read again
	if self != nil {
		problems = append(problems, self.Notes()...)
	}
	prev, err := lastYearReport(ctx, st, opt.year)
	if err != nil {
		return yearChecks{}, err
	}
	if opt.previous != "" {
		sf, err := readStatFile(opt.previous)
		if err != nil {
			return yearChecks{}, err
		}
		prev = sf.Report
		prev.Year = opt.year - 1
	}
	if prev != nil {
		problems = append(problems, report.CheckCarryOver(prev, rep, nil)...)
		problems = append(problems, report.NoteInForce(prev, rep)...)
	} else {
		problems = append(problems, report.Problem{Level: report.LevelNote, Rule: "上年结转", Where: "数据库",
			Message: fmt.Sprintf("没有 %d 年年报的生成记录，无法核对上年结转（生成过 %d 年年报后即可核对）。", opt.year-1, opt.year-1)})
	}
	notes, err := narrativeNotes(opt, rep)
	if err != nil {
		return yearChecks{}, err
	}
	problems = append(problems, notes...)
	return yearChecks{rep: rep, problems: problems, self: self, selfErr: selfErr}, nil
}

// narrativeNotes warns where a number the clerk wrote in the narrative
// differs from the tables.
func narrativeNotes(opt checkOptions, rep *report.AnnualReport) ([]report.Problem, error) {
	path := opt.narrative
	if path == "" {
		path = narrativePath(opt.db, rep.Unit.Name, opt.year)
	}
	nf, err := readNarrative(path)
	if err != nil || nf == nil {
		return nil, err
	}
	var out []report.Problem
	for _, m := range narrative.Mismatches(nf, rep) {
		out = append(out, report.Problem{Level: report.LevelNote, Rule: "年报文字", Where: filepath.Base(path), Message: m})
	}
	return out, nil
}

// lastYearReport returns the figures last recorded for year y-1, or nil.
func lastYearReport(ctx context.Context, st snapshotStore, y int) (*report.AnnualReport, error) {
	sn, ok, err := st.LatestSnapshot(ctx, "annual", strconv.Itoa(y-1))
	if err != nil || !ok {
		return nil, err
	}
	return jsonout.Read(bytes.NewReader(sn.Figures))
}

// readStatFile reads a statutory table filled in by hand.
func readStatFile(path string) (*statfile.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fileFailed(opRead, path, err, "无法打开 %s：%v", path, err)
	}
	defer f.Close()
	sf, err := statfile.Read(f, filepath.Base(path))
	if err != nil {
		return nil, inputErrorf(err, "%s", err.Error())
	}
	return sf, nil
}

func runCheckFile(_ context.Context, opt checkOptions, e *env) error {
	sf, err := readStatFile(opt.file)
	if err != nil {
		return err
	}
	where := func(path string) string {
		if w, ok := sf.Where[path]; ok {
			return w + "（" + report.FigureName(path) + "）"
		}
		return report.FigureName(path)
	}
	problems := append(report.CheckTables(sf.Report, where), sf.Notes...)
	return printProblems(e, filepath.Base(opt.file), problems)
}

// printProblems lists problems on stdout, errors first, and returns
// ruleBroken when any is an error.
func printProblems(e *env, what string, problems []report.Problem) error {
	var errs, notes []report.Problem
	for _, p := range problems {
		if p.Level == report.LevelError {
			errs = append(errs, p)
		} else {
			notes = append(notes, p)
		}
	}
	if err := e.text.ExecuteTemplate(e.stdout, templates.Check, append(errs, notes...)); err != nil {
		return err
	}
	if len(errs) == 0 {
		fmt.Fprintf(e.stderr, "%s：核对通过，没有发现错误（提示 %d 条）。\n", what, len(notes))
		return nil
	}
	fmt.Fprintf(e.stderr, "%s：发现 %d 个错误、%d 条提示。\n", what, len(errs), len(notes))
	return ruleBroken
}
