package main

import (
	"context"
	"fmt"
	"io"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/xlsx"
)

// annualExport counts year opt.year and returns its figures and the
// writer of its export file: the one export of `xxgk export --year` and
// of the workbench's 「下载上报文件」. A table that breaks the rules is
// said on stderr; the file holds no applicant's personal data.
func annualExport(ctx context.Context, st annualStore, opt exportOptions, meta xlsx.ExportMeta, e *env) (*report.AnnualReport, func(io.Writer) error, error) {
	rep, _, _, err := countAnnual(ctx, st, opt.year, opt.weekendsOnly, report.Options{Today: report.DateOf(meta.Produced)}, e)
	if err != nil {
		return nil, nil, err
	}
	rep.Produced = meta.Produced
	if probs := report.CheckTables(rep, nil); len(probs) > 0 {
		fmt.Fprintf(e.stderr, "注意：%d 年的统计表有 %d 处不符合规则，请先运行 xxgk check --db %s --year %d。\n", opt.year, len(probs), e.quote(opt.db), opt.year)
	}
	return rep, func(w io.Writer) error { return xlsx.WriteExport(w, rep, meta, xlsx.Notes(noteTo(e))) }, nil
}

// exportFileName names a unit's export file for year y as the command's
// help does: 「示例县教育局-2025年上报.xlsx」.
func exportFileName(unit string, y int) string {
	return fmt.Sprintf("%s-%d年上报.xlsx", fileStem(unit), y)
}
