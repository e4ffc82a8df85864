package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/html"
	"github.com/xxgk/xxgk/report/jsonout"
	"github.com/xxgk/xxgk/report/pdf"
	"github.com/xxgk/xxgk/report/pdf/fonts"
	"github.com/xxgk/xxgk/report/xlsx"
)

// annualFormats are the formats `report annual` writes, in order.
var annualFormats = []string{"xlsx", "json", "pdf", "html"}

type reportOptions struct {
	db        string
	year      int
	out       string
	formats   []string
	narrative string   // the unit's narrative file; "" = beside the database
	draft     bool     // missing narrative parts are allowed; the PDF says 「草稿」
	fontDirs  []string // searched before the system's font folders
	// found are the fonts already found in fontDirs and the system's
	// folders this run; nil: findFonts searches.
	found   *fonts.Set
	verbose bool // say which font file serves each role
	// weekendsOnly lets years without a holiday notice count weekends only.
	weekendsOnly bool
	force        bool // replace files that are not xxgk's own outputs
	// date is the 成文日期 of the PDF's and web page's sign-off (--date);
	// zero: the day the report is produced.
	date report.Date
	// draftWhileMissing (the workbench): a draft only while narrative
	// parts are missing, the final version once they are all written.
	draftWhileMissing bool
}

func reportCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "report",
		Usage: "生成报告（年度报告、月度工作进展、自查报告）",
		Subcommands: []*cli.Command{{
			Name:      "annual",
			Usage:     "生成政府信息公开工作年度报告（PDF、网页）及统计表（xlsx、json）",
			UsageText: "xxgk report annual [--db 文件] --year 年度 --out 目录 [--format xlsx,json,pdf,html] [--narrative 文件] [--date 成文日期] [--draft]",
			Description: "按国家格式统计表二（主动公开）、表三（依申请公开）、表四（复议诉讼），写入 Excel（另附主动公开信息统计和申请办理结果统计）、" +
				"机器可读的 JSON，以及可发布的完整年度报告：PDF（党政机关公文格式 GB/T 9704）和可直接粘贴到网站的网页（html）。" +
				"PDF 和网页中带数字的句子由统计数字生成，单位撰写的文字取自年报文字文件（用 xxgk narrative 生成后填写，默认位于数据库旁）；" +
				"缺少某部分文字时报错并列出，加 --draft 则生成标有「草稿」的版本。落款的成文日期默认为生成当天，可用 --date 指定。PDF 需要中文字体：先找 --font-dir（或环境变量 XXGK_FONT_DIR），再找系统字体目录；" +
				"--verbose 列出每种字体所用的文件；找不到中文字体时仍写入其他格式，说明未生成 PDF 的原因，退出码为 0（只要求 pdf 时报错）。每次生成都会在数据库中记录所出数字，供 check 核对下一年的上年结转。\n\n" +
				"示例：\n   xxgk report annual --db 示例县教育局.db --year 2025 --out 报告\n" +
				"   xxgk report annual --db 示例县教育局.db --year 2025 --out 报告 --format xlsx,json\n" +
				"   xxgk report annual --db 示例县教育局.db --year 2025 --out 报告 --date 2026-01-20\n" +
				"   xxgk report annual --db 示例县教育局.db --year 2025 --out 报告 --format pdf --draft --verbose",
			Flags: []cli.Flag{
				dbFlag(),
				&cli.IntFlag{Name: "year", Usage: "统计年度，如 2025"},
				&cli.StringFlag{Name: "out", Usage: "输出目录（不存在则创建）"},
				&cli.StringFlag{Name: "format", Usage: "输出格式，逗号分隔：xlsx、json、pdf、html", Value: strings.Join(annualFormats, ",")},
				&cli.StringFlag{Name: "narrative", Usage: "年报文字文件（默认：数据库旁的「单位-年度年年报文字.txt」）"},
				&cli.StringFlag{Name: "date", Usage: "PDF 和网页落款的成文日期，如 2026-01-20（默认今天）"},
				&cli.BoolFlag{Name: "draft", Usage: "允许缺少单位撰写的文字，生成标有「草稿」的 PDF 和网页"},
				fontDirFlag("中文字体目录，多个用 " + string(os.PathListSeparator) + " 分隔，优先于系统字体"),
				&cli.BoolFlag{Name: "verbose", Usage: "列出 PDF 每种字体所用的字体文件"},
				weekendsOnlyFlag(),
				forceFlag(),
			},
			Action: func(c *cli.Context) error {
				opt, err := reportFlags(c, e, annualFormats, nil)
				if err != nil {
					return err
				}
				_, err = runReportAnnual(c.Context, opt, e)
				return err
			},
		}, monthlyCommand(e), selfCheckCommand(e)},
	}
}

// parseFormats validates a comma-separated --format against valid.
func parseFormats(arg string, valid []string) ([]string, error) {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(arg), func(r rune) bool { return r == ',' || r == '，' || r == ' ' }) {
		ok := false
		for _, v := range valid {
			ok = ok || v == f
		}
		if !ok {
			return nil, usageErrorf("--format 的值「%s」无效，可选：%s。", f, strings.Join(valid, "、"))
		}
		out = append(out, f)
	}
	if len(out) == 0 {
		return nil, usageErrorf("--format 为空，可选：%s。", strings.Join(valid, "、"))
	}
	return out, nil
}

// annualFileName names an output: unit, year and what it is.
func annualFileName(rep *report.AnnualReport, ext string) string {
	return fmt.Sprintf("%s-%d年-政府信息公开工作年度报告.%s", fileStem(rep.Unit.Name), rep.Year, ext)
}

// runReportAnnual counts the year, writes the files and records a
// snapshot. It returns the paths written.
func runReportAnnual(ctx context.Context, opt reportOptions, e *env) ([]string, error) {
	var skipped string
	opt.formats, skipped, opt.found = pdfFonts(opt.formats, opt.fontDirs, e)
	st, err := openRecorder(ctx, e, opt.db)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	g := newGuard(e, opt.db, opt.force)
	outs := map[string]output{}
	var written []string
	sink := annualSink{
		ready: func(rep *report.AnnualReport) error {
			var all []output
			for _, f := range opt.formats {
				outs[f] = output{filepath.Join(opt.out, annualFileName(rep, f)), annualKind(f)}
				all = append(all, outs[f])
			}
			return g.check(all...)
		},
		write: func(f string, render func(io.Writer) error) error {
			if len(written) == 0 {
				if err := os.MkdirAll(opt.out, 0o755); err != nil {
					return fileFailed(opMkdir, opt.out, err, "无法创建输出目录 %s：%v", opt.out, err)
				}
			}
			if err := g.write(outs[f], render); err != nil {
				return err
			}
			written = append(written, outs[f].path)
			fmt.Fprintln(e.stderr, "已写入 "+outs[f].path)
			return nil
		},
		readOnly: func() {
			fmt.Fprintf(e.stderr, "注意：数据库 %s 是只读的，本次所出数字没有记录到数据库中；明年核对上年结转时请用 --previous 提供本年的统计表。\n", opt.db)
		},
	}
	rep, problems, err := produceAnnual(ctx, st, opt, e, sink)
	if err != nil {
		return written, err
	}
	if n := len(problems) + len(report.CheckTables(rep, nil)); n > 0 {
		fmt.Fprintf(e.stderr, "注意：台账中发现 %d 处问题，统计数字可能不准确，请运行 xxgk check --db %s --year %d 查看。\n", n, e.quote(opt.db), opt.year)
	}
	if skipped != "" {
		fmt.Fprintln(e.stderr, "未生成 PDF（其他文件已写入，退出码仍为 0）："+skipped)
	}
	return written, nil
}

// renderer holds what the annual formats are rendered from.
type renderer struct {
	rep     *report.AnnualReport
	doc     *report.PublishedReport // for pdf and html
	fonts   *fonts.Set              // for pdf
	created time.Time
	note    func(string) // told what a format changed in the text
}

// render writes one of annualFormats.
func (r renderer) render(format string, w io.Writer) error {
	switch format {
	case "xlsx":
		return xlsx.Write(w, r.rep, xlsx.Notes(r.note))
	case "json":
		return jsonout.Write(w, r.rep)
	case "pdf":
		return pdf.Write(w, r.doc, pdf.Options{Fonts: r.fonts, Created: r.created, Note: r.note})
	case "html":
		return html.Write(w, r.doc)
	}
	return fmt.Errorf("unknown format %q", format)
}

// reportFlags reads the flags `report annual` and `report selfcheck`
// share, checked in the order a clerk meets them: the database, the year,
// check (the command's own flags, may be nil), --date, --out, and
// --format among formats.
func reportFlags(c *cli.Context, e *env, formats []string, check func() error) (reportOptions, error) {
	opt := reportOptions{out: c.String("out"), narrative: c.String("narrative"), draft: c.Bool("draft"),
		verbose: c.Bool("verbose"), weekendsOnly: c.Bool("weekends-only"), force: c.Bool("force")}
	opt.fontDirs = fontDirs(c, e)
	var err error
	if opt.db, err = needDB(c, e); err != nil {
		return opt, err
	}
	if opt.year, err = needYear(c); err != nil {
		return opt, err
	}
	if check != nil {
		if err := check(); err != nil {
			return opt, err
		}
	}
	if opt.date, err = parseYearDate("date", c.String("date"), opt.year, report.DateOf(e.now())); err != nil {
		return opt, err
	}
	if opt.out == "" {
		return opt, usageErrorf("缺少 --out：请指定输出目录，例如 --out 报告。")
	}
	opt.formats, err = parseFormats(c.String("format"), formats)
	return opt, err
}
