package xlsx

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/xxgk/xxgk/report"
)

// Sheets of the monthly summary (docs/counting.md §5), in workbook order.
const (
	sheetTasks = "工作任务进展"
	sheetUnits = "责任单位完成情况"
	sheetPubs  = "信息发布与任务数"
	sheetApps  = "依申请公开办理"
)

// Wording shared by the monthly sheets.
const (
	monthlyNoData = "本月无相关数据"
	monthlyNone   = "无"
	monthlyTotal  = "合计"
)

// monthlySheet writes one sheet of the monthly summary.
type monthlySheet struct {
	*sheet
	ms *monthlyStyles
}

// last returns the sheet's rightmost column.
func (s *monthlySheet) last() int { return len(s.widths) }

// monthlyDef describes one worksheet of the monthly summary.
type monthlyDef struct {
	sheetDef
	write func(*monthlySheet, *report.MonthlySummary)
}

func monthlyDefs() []monthlyDef {
	return []monthlyDef{
		{sheetDef{name: sheetTasks, widths: taskWidths, landscape: true, repeat: "$4:$4"}, writeTasks},
		{sheetDef{name: sheetUnits, widths: unitWidths, repeat: "$4:$4"}, writeUnits},
		{sheetDef{name: sheetPubs, widths: pubWidths}, writePubs},
		{sheetDef{name: sheetApps, widths: appWidths}, writeApps},
	}
}

// WriteMonthly renders the monthly summary 月度政务公开工作进展和完成情况 as
// an XLSX workbook to w: the tasks, completion by responsible unit,
// publications against quotas and the month's applications, one sheet
// each. An Empty summary gives the same sheets, each saying 「本月无相关数据」.
func WriteMonthly(w io.Writer, sum *report.MonthlySummary, opts ...Option) error {
	if sum == nil {
		return fmt.Errorf("write monthly xlsx: no summary")
	}
	f := excelize.NewFile()
	defer f.Close()
	ms, err := newMonthlyStyles(f, opts...)
	if err != nil {
		return err
	}
	for i, def := range monthlyDefs() {
		if err := addSheet(f, i, def.name); err != nil {
			return err
		}
		s := &monthlySheet{sheet: newSheet(f, ms.styles, def.name, def.widths...), ms: ms}
		writeMonthlyHeading(s, sum)
		if sum.Empty {
			s.put(1, tableTop, s.last(), tableTop, monthlyNoData, ms.noData)
			s.height(tableTop, 30)
		} else {
			def.write(s, sum)
		}
		page := def.sheetDef
		if sum.Empty {
			page.repeat = "" // no table header to repeat
		}
		if err := s.close(page); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	if err := setMonthlyDocProps(f, sum); err != nil {
		return err
	}
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("write monthly xlsx: %w", err)
	}
	return nil
}

// monthlyTitle is 「{单位}{年}年{月}月政务公开工作进展和完成情况」.
func monthlyTitle(sum *report.MonthlySummary) string {
	return sum.Unit.Name + strconv.Itoa(sum.Year) + "年" + strconv.Itoa(int(sum.Month)) + "月政务公开工作进展和完成情况"
}

// monthEnd returns the last day of the summary's month.
func monthEnd(sum *report.MonthlySummary) report.Date {
	return report.DateOf(time.Date(sum.Year, sum.Month+1, 0, 0, 0, 0, 0, time.UTC))
}

// writeMonthlyHeading writes the title row (the summary's title over the
// sheet's name) and the unit line.
func writeMonthlyHeading(s *monthlySheet, sum *report.MonthlySummary) {
	last := s.last()
	s.put(1, 1, last, 1, monthlyTitle(sum)+"\n"+s.name, s.st.title)
	info := "填报单位：" + sum.Unit.Name
	if sum.Unit.Code != "" {
		info += "　统一社会信用代码：" + sum.Unit.Code
	}
	end := monthEnd(sum)
	info += fmt.Sprintf("　报告期：%d年%d月（截至%d月%d日）", sum.Year, int(sum.Month), int(end.Month()), end.Day())
	s.put(1, 2, last, 2, info, s.st.info)
	s.height(3, 6)
}

// setMonthlyDocProps stamps the workbook with its title, xxgk as its author
// and sum.Produced as its creation and modification time, so that the same
// summary gives the same file.
func setMonthlyDocProps(f *excelize.File, sum *report.MonthlySummary) error {
	return stampDocProps(f, monthlyTitle(sum), "政务公开工作月度进展和完成情况", sum.Produced)
}

// writeNone writes a table's only row when it has nothing to list.
func writeNone(s *monthlySheet, row int) int {
	s.put(1, row, s.last(), row, monthlyNone, s.st.centre)
	return row + 1
}

// writeNote writes a remark under a table, over its whole width.
func writeNote(s *monthlySheet, row int, text string) {
	s.put(1, row, s.last(), row, text, s.st.note)
}
