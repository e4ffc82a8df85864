package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/jsonout"
	"github.com/xxgk/xxgk/report/pdf"
	"github.com/xxgk/xxgk/report/pdf/fonts"
	"github.com/xxgk/xxgk/report/xlsx"
)

// The monthly summary's one layer: `report monthly`, `export --month` and
// the workbench's 月度进展 page make and render the summaries with these
// functions, so a page's figures and files are the command's.

// monthlyRules are the summary's options on st: deadlines counted in
// working days with the built-in and added holiday notices (weekends only
// with weekendsOnly).
func monthlyRules(ctx context.Context, st calendarStore, weekendsOnly bool) (report.MonthlyOptions, error) {
	cal, err := loadCalendar(ctx, st, weekendsOnly)
	if err != nil {
		return report.MonthlyOptions{}, err
	}
	return report.MonthlyOptions{Due: monthlyDue(cal)}, nil
}

// monthlySummary is the summary of month m of year y, made at now.
func monthlySummary(ctx context.Context, st report.MonthlyLedgers, y int, m time.Month, mopt report.MonthlyOptions, now time.Time) (*report.MonthlySummary, error) {
	s, err := report.Monthly(ctx, st, y, m, mopt)
	if err != nil {
		return nil, calendarError(err)
	}
	s.Produced = now
	return s, nil
}

// monthlyYear is the twelve summaries of year y, January first, made at
// now (the year view), from one reading of the ledgers.
func monthlyYear(ctx context.Context, st report.MonthlyLedgers, y int, mopt report.MonthlyOptions, now time.Time) ([]*report.MonthlySummary, error) {
	months, err := report.MonthlyYear(ctx, st, y, mopt)
	if err != nil {
		return nil, calendarError(err)
	}
	for _, s := range months {
		s.Produced = now
	}
	return months, nil
}

// writeMonthlyAs renders s in format f (xlsx, pdf or json) to w; set are
// the PDF's fonts, note takes the renderers' notes.
func writeMonthlyAs(w io.Writer, s *report.MonthlySummary, f string, set *fonts.Set, note func(string)) error {
	switch f {
	case "xlsx":
		return xlsx.WriteMonthly(w, s, xlsx.Notes(note))
	case "pdf":
		return pdf.WriteMonthly(w, s, pdf.Options{Fonts: set, Created: s.Produced, Note: note})
	}
	return jsonout.WriteMonthly(w, s)
}

// writeMonthlyYearAs renders the year view in format f (xlsx or json) to w.
func writeMonthlyYearAs(w io.Writer, months []*report.MonthlySummary, f string, note func(string)) error {
	if f == "xlsx" {
		return xlsx.WriteMonthlyYear(w, months, xlsx.Notes(note))
	}
	return jsonout.WriteMonthlyYear(w, months)
}

// writeMonthlyExport renders s as the file sent to the level above
// (`export --month`), stamped with s.Produced.
func writeMonthlyExport(w io.Writer, s *report.MonthlySummary, note func(string)) error {
	meta := xlsx.ExportMeta{Version: version, Produced: s.Produced}
	return xlsx.WriteMonthlyExport(w, s, meta, xlsx.Notes(note))
}

// monthlyFileName names a monthly output: unit, month and what it is.
func monthlyFileName(s *report.MonthlySummary, ext string) string {
	return fmt.Sprintf("%s-%d年%d月-政务公开工作进展和完成情况.%s", fileStem(s.Unit.Name), s.Year, int(s.Month), ext)
}

// monthlyYearFileName names a year view's output.
func monthlyYearFileName(unit string, y int, ext string) string {
	return fmt.Sprintf("%s-%d年-政务公开工作逐月情况.%s", fileStem(unit), y, ext)
}

// monthlyExportFileName names a month's export as the help of `xxgk
// export` does (「示例县教育局-2025年11月上报.xlsx」); the command itself
// writes to the --out the clerk gives.
func monthlyExportFileName(s *report.MonthlySummary) string {
	return fmt.Sprintf("%s-%d年%d月上报.xlsx", fileStem(s.Unit.Name), s.Year, int(s.Month))
}
