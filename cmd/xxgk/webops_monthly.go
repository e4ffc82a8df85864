package main

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/pdf/fonts"
)

// Monthly is `xxgk report monthly --month y-m`'s summary.
func (o webOps) Monthly(ctx context.Context, y int, m time.Month) (*report.MonthlySummary, error) {
	mopt, err := monthlyRules(ctx, o.st, false)
	if err != nil {
		return nil, err
	}
	return monthlySummary(ctx, o.st, y, m, mopt, o.e.now())
}

// MonthlyYear is `xxgk report monthly --month y`'s twelve summaries.
func (o webOps) MonthlyYear(ctx context.Context, y int) ([]*report.MonthlySummary, error) {
	mopt, err := monthlyRules(ctx, o.st, false)
	if err != nil {
		return nil, err
	}
	return monthlyYear(ctx, o.st, y, mopt, o.e.now())
}

// MonthlyFile renders, in memory, the file `xxgk report monthly` (xlsx,
// pdf; the year view when m is 0) or `xxgk export --month` writes, named
// as the command names it.
func (o webOps) MonthlyFile(ctx context.Context, y int, m time.Month, format string) (string, []byte, error) {
	var buf bytes.Buffer
	note := noteTo(o.e)
	if m == 0 {
		if format != web.MonthlyXLSX {
			return "", nil, fmt.Errorf("year view: no %s", format)
		}
		months, err := o.MonthlyYear(ctx, y)
		if err != nil {
			return "", nil, err
		}
		err = writeMonthlyYearAs(&buf, months, "xlsx", note)
		return monthlyYearFileName(months[0].Unit.Name, y, "xlsx"), buf.Bytes(), err
	}
	s, err := o.Monthly(ctx, y, m)
	if err != nil {
		return "", nil, err
	}
	switch format {
	case web.MonthlyXLSX:
		err = writeMonthlyAs(&buf, s, "xlsx", nil, note)
		return monthlyFileName(s, "xlsx"), buf.Bytes(), err
	case web.MonthlyPDF:
		set, err := o.fonts()
		if err != nil {
			return "", nil, err
		}
		err = writeMonthlyAs(&buf, s, "pdf", set, note)
		return monthlyFileName(s, "pdf"), buf.Bytes(), err
	case web.MonthlyExport:
		err = writeMonthlyExport(&buf, s, note)
		return monthlyExportFileName(s), buf.Bytes(), err
	}
	return "", nil, fmt.Errorf("monthly file: unknown format %q", format)
}

// fonts are the Chinese fonts of the PDFs, found as the commands find
// them (XXGK_FONT_DIR first, then the system's).
func (o webOps) fonts() (*fonts.Set, error) {
	var dirs []string
	if d := o.e.getenv("XXGK_FONT_DIR"); d != "" {
		dirs = filepath.SplitList(d)
	}
	return findFonts(reportOptions{fontDirs: dirs}, o.e)
}
