package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/jsonout"
	"github.com/xxgk/xxgk/report/pdf"
	"github.com/xxgk/xxgk/report/selfcheck"
	"github.com/xxgk/xxgk/report/xlsx"
)

// selfCheckFormats are the formats `report selfcheck` writes, in order:
// the annual report's, without the web page.
var selfCheckFormats = []string{"xlsx", "json", "pdf"}

// selfCheckOptions are `report annual`'s options and the allowed lag of
// registration.
type selfCheckOptions struct {
	reportOptions
	registerDays int // 0: selfcheck.DefaultRegisterDays
}

func selfCheckCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "selfcheck",
		Usage:     "生成政府信息公开工作自查报告（PDF）及自查统计表（xlsx、json）",
		UsageText: "xxgk report selfcheck [--db 文件] --year 年度 --out 目录 [--format xlsx,json,pdf] [--register-days 天数] [--narrative 文件] [--date 成文日期] [--draft]",
		Description: "按台账自查一年的政府信息公开工作，写出自查报告：一、基本情况（按目录类别和发布渠道的主动公开数、依申请公开办理和按时答复情况、四项自查指标）；" +
			"二、逐项自查（发布时限：《中华人民共和国政府信息公开条例》第二十六条规定的成文后20个工作日内公开；政策解读与文件同步发布；申请收到后2个工作日内登记；主动公开目录的公开时限），" +
			"逐项列出不符合的信息（依申请公开只列申请编号，不含申请人信息）；三、工作任务和信息报送（取自月度工作进展）；四、存在的问题（由自查结果生成）；五、整改措施（单位撰写）。\n" +
			"整改措施取自自查文字文件（默认位于数据库旁：「单位-年度年自查文字.txt」，其中「五、整改措施」一行之下的文字；年报文字文件也可用 --narrative 指定）；" +
			"缺少时报错，加 --draft 则生成标有「草稿」、留有待填写提示的版本。JSON 只含数字和比率，不列具体信息。PDF 需要中文字体，找不到时仍写入其他格式（同 report annual）。\n\n" +
			"示例：\n   xxgk report selfcheck --db 示例县教育局.db --year 2025 --out 报告\n" +
			"   xxgk report selfcheck --db 示例县教育局.db --year 2025 --out 报告 --register-days 3 --draft\n" +
			"   xxgk report selfcheck --db 示例县教育局.db --year 2025 --out 报告 --format xlsx,json",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.IntFlag{Name: "year", Usage: "自查年度，如 2025"},
			&cli.StringFlag{Name: "out", Usage: "输出目录（不存在则创建）"},
			&cli.StringFlag{Name: "format", Usage: "输出格式，逗号分隔：xlsx、json、pdf", Value: strings.Join(selfCheckFormats, ",")},
			&cli.IntFlag{Name: "register-days", Usage: "申请收到后应在几个工作日内登记", Value: selfcheck.DefaultRegisterDays},
			&cli.StringFlag{Name: "narrative", Usage: "自查文字文件，取其中「五、整改措施」（默认：数据库旁的「单位-年度年自查文字.txt」）"},
			&cli.StringFlag{Name: "date", Usage: "PDF 落款的成文日期，如 2026-01-20（默认今天）"},
			&cli.BoolFlag{Name: "draft", Usage: "允许缺少整改措施，生成标有「草稿」的 PDF"},
			fontDirFlag("中文字体目录，多个用 " + string(os.PathListSeparator) + " 分隔，优先于系统字体"),
			&cli.BoolFlag{Name: "verbose", Usage: "列出 PDF 每种字体所用的字体文件"},
			weekendsOnlyFlag(),
			forceFlag(),
		},
		Action: func(c *cli.Context) error {
			opt := selfCheckOptions{registerDays: c.Int("register-days")}
			var err error
			opt.reportOptions, err = reportFlags(c, e, selfCheckFormats, func() error {
				if opt.registerDays < 1 || opt.registerDays > 30 {
					return usageErrorf("--register-days 的值 %d 无效，应为 1 到 30 之间的工作日数（默认 %d）。", opt.registerDays, selfcheck.DefaultRegisterDays)
				}
				return nil
			})
			if err != nil {
				return err
			}
			_, err = runReportSelfCheck(c.Context, opt, e)
			return err
		},
	}
}

// selfCheckFileName names an output of the 自查报告, as annualFileName
// names the annual report's.
func selfCheckFileName(unit string, y int, ext string) string {
	return fmt.Sprintf("%s-%d年-政府信息公开工作自查报告.%s", fileStem(unit), y, ext)
}

// selfCheckTextPath is the default 自查文字 file: beside the database.
func selfCheckTextPath(db, unit string, y int) string {
	return filepath.Join(filepath.Dir(db), fmt.Sprintf("%s-%d年自查文字.txt", fileStem(unit), y))
}

// selfCheckKind is what `report selfcheck` writes in format f.
func selfCheckKind(f string) outputKind {
	switch f {
	case "xlsx":
		return xlsxKind("自查报告统计表", xlsx.SubjectSelfCheck)
	case "json":
		return jsonKind("自查报告数据文件", "selfcheck")
	}
	return pdfKind("自查报告 PDF")
}

// runReportSelfCheck makes the 自查报告 and writes its files. It returns
// the paths written.
func runReportSelfCheck(ctx context.Context, opt selfCheckOptions, e *env) ([]string, error) {
	var skipped string
	opt.formats, skipped, opt.found = pdfFonts(opt.formats, opt.fontDirs, e)
	st, err := openReader(ctx, e, opt.db)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	doc, err := makeSelfCheck(ctx, st, opt, e)
	if err != nil {
		return nil, err
	}
	g := newGuard(e, opt.db, opt.force)
	var outs []output
	for _, f := range opt.formats {
		outs = append(outs, output{filepath.Join(opt.out, selfCheckFileName(doc.Unit.Name, opt.year, f)), selfCheckKind(f)})
	}
	if err := g.check(outs...); err != nil {
		return nil, err
	}
	var set = opt.found
	if slices.Contains(opt.formats, "pdf") {
		if set, err = findFonts(opt.reportOptions, e); err != nil {
			return nil, err
		}
	}
	var written []string
	for i, f := range opt.formats {
		if err := ctx.Err(); err != nil {
			return written, err
		}
		if i == 0 {
			if err := os.MkdirAll(opt.out, 0o755); err != nil {
				return nil, fileFailed(opMkdir, opt.out, err, "无法创建输出目录 %s：%v", opt.out, err)
			}
		}
		err := g.write(outs[i], func(w io.Writer) error {
			switch f {
			case "xlsx":
				return xlsx.WriteSelfCheck(w, doc, xlsx.Notes(noteTo(e)))
			case "json":
				return jsonout.WriteSelfCheck(w, doc)
			}
			return pdf.WriteSelfCheck(w, doc, pdf.Options{Fonts: set, Created: doc.Produced, Note: noteTo(e)})
		})
		if err != nil {
			return written, err
		}
		written = append(written, outs[i].path)
		fmt.Fprintln(e.stderr, "已写入 "+outs[i].path)
	}
	if skipped != "" {
		fmt.Fprintln(e.stderr, "未生成 PDF（其他文件已写入，退出码仍为 0）："+skipped)
	}
	return written, nil
}

// makeSelfCheck counts year opt.year, inspects it and builds the 自查报告
// with the unit's 整改措施.
func makeSelfCheck(ctx context.Context, st Store, opt selfCheckOptions, e *env) (*selfcheck.Report, error) {
	now := e.now()
	today := report.DateOf(now)
	rep, _, cal, err := countAnnual(ctx, st, opt.year, opt.weekendsOnly, report.Options{Today: today}, e)
	if err != nil {
		return nil, err
	}
	if cal == nil {
		return nil, inputErrorf(nil, "自查按工作日计算发布、解读和登记的时限，%d 年前后的工作日历不全，未生成自查报告（办法见上一行提示）。", opt.year)
	}
	asOf := report.YearAsOf(opt.year, today)
	res, err := selfcheck.Check(ctx, st, countedCalendar(cal, opt.year), opt.year, selfcheck.Options{RegisterDays: opt.registerDays, AsOf: asOf})
	if err != nil {
		return nil, calendarError(err)
	}
	catalog, err := st.Catalog(ctx)
	if err != nil {
		return nil, err
	}
	mopt, err := monthlyRules(ctx, st, opt.weekendsOnly)
	if err != nil {
		return nil, err
	}
	tasks, err := monthlySummary(ctx, st, opt.year, asOf.Month(), mopt, now)
	if err != nil {
		return nil, err
	}
	path := opt.narrative
	if path == "" {
		path = selfCheckTextPath(opt.db, rep.Unit.Name, opt.year)
	}
	measures, err := readMeasures(path)
	if err != nil {
		return nil, err
	}
	date := opt.date
	if date.IsZero() {
		date = today
	}
	// the 整改措施 are printed in the PDF only: without it they are not asked for
	draft := opt.draft || !slices.Contains(opt.formats, "pdf")
	doc, err := selfcheck.Build(selfcheck.Input{Annual: rep, Result: res, Catalog: catalog, Tasks: tasks,
		Measures: measures, Draft: draft, Date: date})
	if errors.Is(err, selfcheck.ErrNoMeasures) {
		return nil, inputErrorf(err, "自查文字文件 %s 中没有「%s」的文字。请在该文件中写一行「%s」，在其下填写整改措施后重试；也可以加 --draft 先出草稿，或用 --format xlsx,json 只出统计表。",
			path, selfcheck.MeasuresHeading, selfcheck.MeasuresHeading)
	}
	if err != nil {
		return nil, err
	}
	doc.Produced = now
	return doc, nil
}

// readMeasures reads the 整改措施 of the 自查文字 file at path; none when
// there is no such file.
func readMeasures(path string) ([]string, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fileFailed(opRead, path, err, "无法打开自查文字文件 %s：%v", path, err)
	}
	defer f.Close()
	m, err := selfcheck.ReadMeasures(f, filepath.Base(path))
	if err != nil {
		return nil, inputErrorf(err, "%v", err)
	}
	return m, nil
}
