package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/textfile"
	"github.com/xxgk/xxgk/samples"
)

type demoOptions struct {
	out      string
	fontDirs []string
	force    bool // replace files that are not the demo's own outputs
}

func demoCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "demo",
		Usage:     "用内置示例台账演示全部输出",
		UsageText: "xxgk demo --out 目录",
		Description: "在目录中新建示例县教育局的数据库，导入内置的 2025 年示例台账、年报文字和自查文字，生成 2025 年年度报告（PDF、网页）、2025 年 11 月的月度工作进展（xlsx、pdf、json）、" +
			"统计表（xlsx、json）、2025 年政府信息公开工作自查报告（pdf、xlsx、json）、核对结果和空白台账模板。没有中文字体时跳过 PDF 并说明原因。目录中已有的演示数据库会被重建；" +
			"演示生成的文件可以重新生成，但改过的示例台账、年报文字、自查文字等文件不会被覆盖，除非加 --force。\n\n" +
			"示例：\n   xxgk demo --out 演示",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Usage: "输出目录（不存在则创建）"},
			fontDirFlag("中文字体目录，优先于系统字体"),
			forceFlag(),
		},
		Action: func(c *cli.Context) error {
			opt := demoOptions{out: c.String("out"), fontDirs: fontDirs(c, e), force: c.Bool("force")}
			if opt.out == "" {
				return usageErrorf("缺少 --out：请指定输出目录，例如 --out 演示。")
			}
			return runDemo(c.Context, opt, e)
		},
	}
}

// runDemo builds a database from the bundled sample ledgers and writes
// every output xxgk can make from it.
func runDemo(ctx context.Context, opt demoOptions, e *env) error {
	if err := os.MkdirAll(opt.out, 0o755); err != nil {
		return fileFailed(opMkdir, opt.out, err, "无法创建输出目录 %s：%v", opt.out, err)
	}
	db := filepath.Join(opt.out, samples.UnitName+".db")
	g := newGuard(e, db, opt.force)
	files := demoFiles(opt.out)
	if err := g.check(files.ledger, files.narrative, files.selfCheckText, files.check, files.template); err != nil {
		return err
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(db + suffix); err != nil && !os.IsNotExist(err) {
			return inputErrorf(err, "无法删除旧的演示数据库 %s：%v", db+suffix, err)
		}
	}
	ledgerPath := files.ledger.path
	if err := g.write(files.ledger, func(w io.Writer) error {
		_, err := io.Copy(w, bytes.NewReader(samples.LedgerWorkbook))
		return err
	}); err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, "已写入 "+ledgerPath)
	unit := report.Unit{Name: samples.UnitName, Code: samples.UnitCode}
	if err := runInit(ctx, initOptions{db: db, unit: unit}, e); err != nil {
		return err
	}
	if err := runImport(ctx, importOptions{db: db, files: []string{ledgerPath}}, e); err != nil {
		return err
	}
	narr := files.narrative.path
	if err := g.write(files.narrative, func(w io.Writer) error {
		_, err := e.notepad(w).Write(samples.NarrativeText)
		return err
	}); err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, "已写入 "+narr)
	ro := reportOptions{db: db, year: samples.Year, out: opt.out, narrative: narr, fontDirs: opt.fontDirs, force: opt.force}
	var skipped string
	if ro.formats, skipped = withoutPDFIfNoFonts(annualFormats, opt.fontDirs, e); skipped != "" {
		fmt.Fprintln(e.stderr, "未生成 PDF："+skipped)
	}
	if _, err := runReportAnnual(ctx, ro, e); err != nil {
		return err
	}
	mo := monthlyOptions{db: db, year: samples.Year, month: time.November, out: opt.out, fontDirs: opt.fontDirs, force: opt.force}
	for _, f := range monthlyFormats {
		if f != "pdf" || slices.Contains(ro.formats, "pdf") {
			mo.formats = append(mo.formats, f)
		}
	}
	if _, err := runMonthly(ctx, mo, e); err != nil {
		return err
	}
	measures := files.selfCheckText.path
	if err := g.write(files.selfCheckText, func(w io.Writer) error {
		_, err := e.notepad(w).Write(samples.SelfCheckText)
		return err
	}); err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, "已写入 "+measures)
	so := selfCheckOptions{reportOptions: reportOptions{db: db, year: samples.Year, out: opt.out, narrative: measures, fontDirs: opt.fontDirs, force: opt.force,
		formats: slices.DeleteFunc(slices.Clone(ro.formats), func(f string) bool { return f == "html" })}}
	if _, err := runReportSelfCheck(ctx, so, e); err != nil {
		return err
	}
	if err := writeCheck(ctx, db, g, files.check, e); err != nil {
		return err
	}
	if err := runTemplate(ctx, templateOptions{db: db, out: files.template.path, force: opt.force}, e); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "演示完成：数据库 %s。可以接着试：xxgk explain --db %s --year %d table3.carried_in.total\n", db, e.quote(db), samples.Year)
	return nil
}

// demoOutputs are the files of the demo besides the reports.
type demoOutputs struct {
	ledger, narrative, selfCheckText, check, template output
}

// demoFiles names the demo's own files in folder out: the sample ledger
// and narrative (replaced only while unchanged, the narrative as written
// for Notepad), the check result and the blank template.
func demoFiles(out string) demoOutputs {
	return demoOutputs{
		ledger:    output{filepath.Join(out, samples.LedgerFileName), sameBytesKind("示例台账", samples.LedgerWorkbook)},
		narrative: output{filepath.Join(out, samples.NarrativeFileName), sameBytesKind("示例年报文字", textfile.ForNotepad(samples.NarrativeText))},
		selfCheckText: output{filepath.Join(out, samples.SelfCheckFileName),
			sameBytesKind("示例自查文字", textfile.ForNotepad(samples.SelfCheckText))},
		check:    output{filepath.Join(out, fmt.Sprintf("%s-%d年-核对结果.txt", fileStem(samples.UnitName), samples.Year)), demoCheckKind},
		template: output{filepath.Join(out, "台账模板.xlsx"), templateKind},
	}
}

// demoCheckKind is the demo's check result: a short UTF-8 text about the
// sample unit.
var demoCheckKind = outputKind{judge: func(path string) (bool, string) {
	b := fileHead(path, 64<<10)
	ok := len(b) < 64<<10 && utf8.Valid(b) && bytes.Contains(b, []byte(samples.UnitName))
	return ok, notOurs(path, "演示核对结果")
}}

// writeCheck runs check on the demo year into the text file o.
func writeCheck(ctx context.Context, db string, g outputGuard, o output, e *env) error {
	path := o.path
	var buf bytes.Buffer
	sub := *e
	sub.stdout, sub.stderr = &buf, &buf
	err := runCheckYear(ctx, checkOptions{db: db, year: samples.Year}, &sub)
	if err != nil && err != ruleBroken {
		return err
	}
	if err := g.write(o, func(w io.Writer) error { _, err := e.notepad(w).Write(buf.Bytes()); return err }); err != nil {
		return err
	}
	fmt.Fprintln(e.stderr, "已写入 "+path)
	return nil
}
