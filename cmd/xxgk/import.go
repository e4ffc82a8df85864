package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"
	"github.com/xxgk/xxgk/data"
)

type importOptions struct {
	db      string
	files   []string
	replace bool // delete rows of the imported ledgers that the files no longer hold
}

func importCommand(e *env) *cli.Command {
	return &cli.Command{
		Name:      "import",
		Usage:     "导入台账（.xlsx / .csv），全部成功才写入",
		UsageText: "xxgk import [--db 文件] 台账文件...",
		Description: "读取 Excel 工作簿（每个工作表按表头识别台账种类，表头上方可有标题行）和 CSV 文件（UTF-8 或 GBK），" +
			"按编号新增或更新记录。一次导入是一个整体：任何一个单元格有错，整批不写入，数据库保持原样，并指出文件、工作表、行、列。" +
			"重复导入同一台账不会重复计数。台账中删掉的记录不会自动从数据库删除（会列出提示）；加 --replace 则以本次文件为准删除。\n\n" +
			"示例：\n   xxgk import --db 示例县教育局.db 2025年台账.xlsx\n   xxgk import --db 示例县教育局.db 依申请公开.csv 主动公开.csv",
		Flags: []cli.Flag{
			dbFlag(),
			&cli.BoolFlag{Name: "replace", Usage: "以本次文件为准：删除数据库中这些台账里、文件中已没有的记录"},
		},
		Action: func(c *cli.Context) error {
			db, err := needDB(c, e)
			if err != nil {
				return err
			}
			if c.NArg() == 0 {
				return usageErrorf("缺少台账文件：请在命令后列出要导入的 .xlsx 或 .csv 文件。")
			}
			return runImport(c.Context, importOptions{db: db, files: c.Args().Slice(), replace: c.Bool("replace")}, e)
		},
	}
}

func runImport(ctx context.Context, opt importOptions, e *env) error {
	files := make([]importFile, len(opt.files))
	for i, f := range opt.files {
		files[i] = importFile{path: f, name: f}
	}
	if err := checkImportTypes(files); err != nil {
		return err
	}
	defer importGC()()
	st, err := openStore(ctx, e, opt.db)
	if err != nil {
		return err
	}
	defer st.Close()
	prog := newProgress(e)
	out, err := importLedgers(ctx, st, importRun{files: files, replace: opt.replace, now: e.now(),
		notice:   func(msg string) { fmt.Fprintln(e.stderr, "提示："+msg) },
		progress: prog.update, done: prog.done,
		absent: func(a []data.Absent) { printAbsent(e, a, opt.replace) }})
	if err != nil {
		return err
	}
	printImportStats(e, out.stats)
	for _, c := range out.unknown {
		fmt.Fprintf(e.stderr, "提示：类别「%s」（%d 条）不在本单位的主动公开目录中，统计时单列；如需加入目录，请用 xxgk init --categories 更新目录。\n", c.Name, c.Count)
	}
	return nil
}

// printAbsent points out the rows the files no longer hold, unless they
// are being deleted.
func printAbsent(e *env, absent []data.Absent, replace bool) {
	if replace {
		return
	}
	for _, a := range absent {
		more := ""
		if a.Count > len(a.Keys) {
			more = " 等"
		}
		fmt.Fprintf(e.stderr, "提示：数据库中另有 %d 条%s记录不在本次导入的文件中（%s%s）。如果它们已从台账中删除，请加 --replace 重新导入。\n",
			a.Count, a.Ledger, strings.Join(a.Keys, "、"), more)
	}
}

// importFailure words a failed import: what went wrong and that nothing
// was written.
func importFailure(err error) string {
	_, msg := describe(err)
	return msg + "\n本次导入已全部撤销，数据库未作任何修改。请改正后重新导入。"
}

func printImportStats(e *env, stats []data.LedgerStats) {
	if len(stats) == 0 {
		fmt.Fprintln(e.stderr, "没有读到任何台账记录。")
		return
	}
	var sum data.Stats
	for _, s := range stats {
		if s.Catalog {
			fmt.Fprintln(e.stderr, catalogStatsLine(s))
			continue
		}
		fmt.Fprintf(e.stderr, "%s：读取 %d 条，新增 %d 条，更新 %d 条，未变 %d 条%s\n", s.Ledger, s.Total(), s.Added, s.Updated, s.Unchanged, deleted(s.Deleted))
		sum.Added += s.Added
		sum.Updated += s.Updated
		sum.Unchanged += s.Unchanged
		sum.Deleted += s.Deleted
	}
	fmt.Fprintf(e.stderr, "导入完成：新增 %d 条，更新 %d 条，未变 %d 条%s。\n", sum.Added, sum.Updated, sum.Unchanged, deleted(sum.Deleted))
}

// catalogStatsLine is the summary of the 目录 sheets: categories read,
// appended, whose 公开时限 changed, and how many have one now.
func catalogStatsLine(s data.LedgerStats) string {
	return fmt.Sprintf("%s：读取 %d 个类别，新增 %d 个，公开时限变更 %d 个，未变 %d 个；目录中 %d 个类别设有公开时限",
		s.Ledger, s.Total(), s.Added, s.Updated, s.Unchanged, s.Limits)
}

func deleted(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("，删除 %d 条", n)
}
