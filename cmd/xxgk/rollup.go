package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/data/rollupfiles"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/pdf/fonts"
	"github.com/xxgk/xxgk/report/rollup"
	"github.com/xxgk/xxgk/report/xlsx"
)

type rollupOptions struct {
	year     int
	out      string
	name     string // the summing unit; defaultRollupName when none was given
	unnamed  bool   // no summing unit was given: titles name the year alone
	code     string
	units    string // the list of expected units
	formats  []string
	fontDirs []string
	files    []string
	force    bool // replace files that are not xxgk's own outputs
}

func rollupCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:  "rollup",
		Usage: "汇总下级单位的上报文件和手工填写的统计表",
		UsageText: "xxgk rollup --year 年度 --out 目录 [--name 汇总单位] [--units 名单.xlsx] 文件或文件夹...\n" +
			"   xxgk rollup --db postgres://… --unit-code 代码 --year 年度 --out 目录 [--include-self]",
		Description: "读取 xxgk export 生成的上报文件和手工填写的国家格式统计表（按行列标签识别），逐项相加，" +
			"输出与 report annual 相同格式的汇总统计表（xlsx、pdf、json）、汇总情况工作簿（各单位数据并列及合计、" +
			"名单中未报送的单位、不符合规则的单位及单元格、未计入的文件）和可再上报的汇总文件（上级可再次汇总，结果与直接汇总全部单位相同）。" +
			"其他年份的文件、重复的单位、无法读取或导出后被修改的文件、本单位此前的汇总结果（包括 --out 目录）、" +
			"超过 50 MB 的文件、管道和设备等非普通文件以及指向文件夹的链接不计入合计，并逐一列出。\n\n" +
			"使用共享数据库（--db postgres://…）时直接在数据库中汇总 --unit-code 以下各级的全部单位，" +
			"数字与各单位 xxgk export 的上报文件汇总的结果相同；应报单位就是数据库中这些单位，当年没有任何数据的单位列为未报送；" +
			"汇总单位本身的数字只在加 --include-self 时计入。\n\n" +
			"示例：\n   xxgk rollup --year 2025 --name 示例市教育局 --units 应报单位.xlsx --out 汇总 收到的文件/\n" +
			"   xxgk rollup --db postgres://xxgk@数据库服务器/xxgk --unit-code 11330000000000000X --year 2025 --out 汇总",
		Flags: append([]cli.Flag{
			&cli.IntFlag{Name: "year", Usage: "汇总的年度，如 2025"},
			&cli.StringFlag{Name: "out", Usage: "输出目录（不存在则创建）"},
			&cli.StringFlag{Name: "name", Usage: "汇总单位名称（不填时标题只写年度，文件名以「汇总」开头）"},
			&cli.StringFlag{Name: "code", Usage: "汇总单位的统一社会信用代码（可不填）"},
			&cli.StringFlag{Name: "units", Usage: "应报送单位名单（.xlsx 或 .csv，列：单位名称、统一社会信用代码）"},
			&cli.StringFlag{Name: "format", Usage: "汇总统计表的格式：xlsx、pdf、json", Value: "xlsx,pdf,json"},
			fontDirFlag("中文字体目录，优先于系统字体"),
			forceFlag(),
		}, rollupDBFlags()...),
		Action: func(c *cli.Context) error {
			opt := rollupOptions{out: c.String("out"), name: strings.TrimSpace(c.String("name")), code: strings.TrimSpace(c.String("code")),
				units: c.String("units"), files: c.Args().Slice(), force: c.Bool("force")}
			opt.defaultName()
			var err error
			if opt.year, err = needYear(c); err != nil {
				return err
			}
			if opt.out == "" {
				return usageErrorf("缺少 --out：请指定输出目录，例如 --out 汇总。")
			}
			dbo, fromDB, err := dbRollupFrom(c, e, opt)
			if err != nil {
				return err
			}
			if !fromDB && len(opt.files) == 0 {
				return usageErrorf("缺少要汇总的文件：请在命令后列出上报文件或所在文件夹。")
			}
			if opt.formats, err = parseFormats(c.String("format"), []string{"xlsx", "pdf", "json"}); err != nil {
				return err
			}
			opt.fontDirs = fontDirs(c, e)
			if fromDB {
				return runDBRollup(c.Context, opt, dbo, e)
			}
			return runRollup(c.Context, opt, e)
		},
	}
}

func runRollup(ctx context.Context, opt rollupOptions, e *env) error {
	return writeRollup(ctx, opt, e, func() (*rollup.Result, error) { return sumRollup(ctx, opt, e.now()) })
}

// writeRollup checks that the outputs of opt may be written, sums with
// sum, and writes and lists the roll-up: the one path of the roll-up of
// files and of the roll-up from a database.
func writeRollup(ctx context.Context, opt rollupOptions, e *env, sum func() (*rollup.Result, error)) error {
	g, outs := newGuard(e, "", opt.force), rollupOutputs(opt)
	if err := g.check(outs...); err != nil {
		return err
	}
	found := lookForFonts(opt, e)
	res, err := sum()
	if err != nil {
		return err
	}
	rw := newRollupWriter(res, noteTo(e))
	if slices.Contains(opt.formats, "pdf") {
		if rw.r.fonts, err = found(); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(opt.out, 0o755); err != nil {
		return fileFailed(opMkdir, opt.out, err, "无法创建输出目录 %s：%v", opt.out, err)
	}
	writers := make([]func(note func(string)) func(io.Writer) error, 0, len(outs))
	for _, f := range opt.formats {
		writers = append(writers, func(note func(string)) func(io.Writer) error { return rw.withNote(note).summed(f) })
	}
	writers = append(writers,
		func(note func(string)) func(io.Writer) error { return rw.withNote(note).details },
		func(note func(string)) func(io.Writer) error { return rw.withNote(note).export })
	if err := writeAtOnce(ctx, g, e, outs, writers); err != nil {
		return err
	}
	printRollup(e, res)
	return nil
}

// lookForFonts starts looking for the PDF's fonts, when opt asks for a
// PDF, while the files are read: parsing the fonts takes about a tenth of
// a second that would otherwise come after the reading. The function it
// returns waits for them and says what findFonts says (the notice of a
// substitute font, or no font at all) — after the files were read, as
// before.
func lookForFonts(opt rollupOptions, e *env) func() (*fonts.Set, error) {
	if !slices.Contains(opt.formats, "pdf") {
		return func() (*fonts.Set, error) { return nil, nil }
	}
	type found struct {
		set *fonts.Set
		err error
	}
	ch := make(chan found, 1)
	go func() {
		set, err := fonts.Find(fonts.Options{Dirs: opt.fontDirs, System: e.fontSystem, Getenv: e.getenv})
		ch <- found{set, err}
	}()
	return func() (*fonts.Set, error) {
		f := <-ch
		if f.err != nil { // looked for again, for findFonts' message
			return findFonts(reportOptions{fontDirs: opt.fontDirs}, e)
		}
		return findFonts(reportOptions{fontDirs: opt.fontDirs, found: f.set}, e)
	}
}

// defaultRollupName names the summing unit in file names, and to tell the
// roll-up's own earlier outputs, when no name was given.
const defaultRollupName = "汇总"

// defaultName names the summing unit defaultRollupName, marked unnamed,
// when no name was given.
func (o *rollupOptions) defaultName() {
	if o.name == "" {
		o.name, o.unnamed = defaultRollupName, true
	}
}

// sumRollup reads the list of expected units and the files of opt and
// sums them, produced at now: the one roll-up of `xxgk rollup` and of the
// workbench's 汇总. A list or a file that cannot be read at all refuses the
// whole roll-up with the command line's message.
func sumRollup(ctx context.Context, opt rollupOptions, now time.Time) (*rollup.Result, error) {
	var expected []rollup.Expected
	if opt.units != "" {
		var err error
		if expected, err = rollupfiles.ReadUnitList(opt.units); err != nil {
			return nil, inputErrorf(err, "%v", err)
		}
	}
	for _, f := range opt.files {
		if _, err := os.Stat(f); err != nil {
			return nil, inputErrorf(err, "找不到 %s。", f)
		}
	}
	inputs, err := rollupfiles.ReadAll(ctx, opt.files, rollupfiles.Options{Out: opt.out})
	if err != nil {
		return nil, err
	}
	res := rollup.Sum(opt.name, opt.year, inputs, expected)
	res.Sum.Unit = report.Unit{Name: opt.name, Code: opt.code}
	res.Sum.Produced = now
	res.Sum.Rollup.Unnamed = opt.unnamed
	return res, nil
}

// rollupWriter writes a roll-up's files, for the command's output folder
// and the workbench's downloads alike.
type rollupWriter struct {
	res *rollup.Result
	r   renderer // fonts to be set for pdf
}

// newRollupWriter writes res, telling note what a format changed.
func newRollupWriter(res *rollup.Result, note func(string)) rollupWriter {
	return rollupWriter{res: res, r: renderer{rep: res.Sum, doc: rollupDocument(res), created: res.Sum.Produced, note: note}}
}

// withNote is w telling note what a format changed.
func (w rollupWriter) withNote(note func(string)) rollupWriter {
	w.r.note = note
	return w
}

// summed writes the summed report in format; the xlsx is stamped, so that
// a later roll-up leaves it out.
func (w rollupWriter) summed(format string) func(io.Writer) error {
	if format == "xlsx" {
		return func(out io.Writer) error { return xlsx.WriteRollupSum(out, w.r.rep, xlsx.Notes(w.r.note)) }
	}
	return func(out io.Writer) error { return w.r.render(format, out) }
}

// details writes the 汇总情况 workbook.
func (w rollupWriter) details(out io.Writer) error {
	return xlsx.WriteRollupDetails(out, w.res, xlsx.Notes(w.r.note))
}

// export writes the 汇总上报 file the level above sums again.
func (w rollupWriter) export(out io.Writer) error {
	meta := xlsx.ExportMeta{Version: version, Produced: w.res.Sum.Produced, Rollup: true}
	return xlsx.WriteExport(out, w.res.Sum, meta, xlsx.Notes(w.r.note))
}

// rollupOutputs are the files rollup writes: the summed report in each
// format, the details workbook and the summed export, in that order.
func rollupOutputs(opt rollupOptions) []output {
	path := func(what string) string { return filepath.Join(opt.out, rollupFileName(opt.name, opt.year, what)) }
	var outs []output
	for _, f := range opt.formats {
		outs = append(outs, output{path(rollupSummed + f), annualKind(f)})
	}
	return append(outs, output{path(rollupDetailsFile), rollupDetailsKind}, output{path(rollupExportFile), exportKind})
}

// The endings of the names of a roll-up's files.
const (
	rollupSummed      = "政府信息公开工作年度报告汇总." // and the format
	rollupDetailsFile = "汇总情况.xlsx"
	rollupExportFile  = "汇总上报.xlsx"
)

// rollupFileName is the name of the roll-up file what of the summing unit
// name for year y: 「{name}-{y}年-{what}」.
func rollupFileName(name string, y int, what string) string {
	return fmt.Sprintf("%s-%d年-%s", fileStem(name), y, what)
}

// rollupDocument is the summed report as a document: the three tables.
func rollupDocument(res *rollup.Result) *report.PublishedReport {
	doc := &report.PublishedReport{
		Title:   report.AnnualTitle(res.Sum),
		Report:  res.Sum,
		Opening: []string{fmt.Sprintf("本表汇总了%d个单位报送的%d年政府信息公开工作年度报告统计数据。", len(res.Units), res.Year)},
	}
	for i, id := range []report.TableID{report.Table2ID, report.Table3ID, report.Table4ID} {
		doc.Sections = append(doc.Sections, report.Section{Heading: report.SectionTitles[i+1], Blocks: []report.Block{{Table: id}}})
	}
	return doc
}

// printRollup lists on stdout what the roll-up found.
func printRollup(e *env, res *rollup.Result) {
	for _, p := range res.Excluded {
		fmt.Fprintf(e.stdout, "未计入［%s］%s：%s\n", p.Rule, filepath.Base(p.File), p.Message)
	}
	for _, p := range res.Problems {
		word := "问题"
		if p.Level == report.LevelNote {
			word = "提示"
		}
		fmt.Fprintf(e.stdout, "%s［%s］%s %s：%s\n", word, p.Rule, p.Unit, p.Where, p.Message)
	}
	for _, m := range res.Missing {
		fmt.Fprintln(e.stdout, strings.TrimSpace("未报送："+m.Name+" "+m.Code))
	}
	missing := rollup.NoUnitList
	if res.Listed {
		missing = fmt.Sprintf("未报送 %d 个", len(res.Missing))
	}
	notes := ""
	if n := len(res.Problems) - res.Errors(); n > 0 {
		notes = fmt.Sprintf("；提示 %d 处", n)
	}
	fmt.Fprintf(e.stderr, "汇总 %d 个单位；%s；有问题 %d 处%s；未计入的文件 %d 个。\n",
		len(res.Units), missing, res.Errors(), notes, len(res.Excluded))
}
