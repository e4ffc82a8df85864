package pdf

import (
	"fmt"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// The tables of the monthly summary, as grids with one header row.

// cellPad is the extra space above and below the text of the task
// table's cells.
const cellPad = 1.0

// overdueMark marks an overdue task or application in its status column.
const overdueMark = "逾期"

// maxNoteText is the longest progress note the task table prints, in
// characters: a real note (a few sentences, a page at most) is printed
// whole, and only a runaway cell (a pasted document) is cut, the XLSX
// summary carrying it in full. The task's own texts are never cut: a row
// taller than a page breaks across pages.
const maxNoteText = 2000

// header starts a grid with one header row of centred labels.
func header(widths []float64, labels ...string) *grid {
	g := &grid{Widths: widths, Rows: 1, HeaderRows: 1}
	for i, l := range labels {
		g.add(0, i, 1, 1, l, true)
	}
	return g
}

// row appends a body row; centre says which cells are centred.
func (g *grid) row(centre []bool, texts ...string) {
	for i, t := range texts {
		g.add(g.Rows, i, 1, 1, t, centre[i])
	}
	g.Rows++
}

// taskGrid is section 一's table: one row per task with its latest
// progress, 「逾期」 under the status of an overdue task. 工作要点 and
// 具体要求 have columns of their own, as on the XLSX sheet, so that a
// reader sees where one ends and the other begins; both are whole, and
// every cell wraps in its column, a row as tall as its longest cell. Its
// widths are in millimetres at 5号: the number, deadline and status
// columns as wide as their contents, the rest shared by the area,
// requirement and progress columns.
func taskGrid(s *report.MonthlySummary, measure measureFunc) *grid {
	if len(s.Tasks) == 0 {
		return nil
	}
	e := em(sizeTable)
	idW := 2 * e // 「任务/编号」
	for _, t := range s.Tasks {
		idW = max(idW, measure(tableRole, sizeTable, t.Task.ID))
	}
	idW = min(idW, 6*e) + 2*padX
	dateW, statusW, unitW := 4.5*e+2*padX, 4*e+2*padX, 6*e+2*padX
	rest := portrait.Width - idW - dateW - statusW - unitW
	areaW := 0.26 * rest
	reqW := 0.39 * rest
	g := header([]float64{idW, areaW, reqW, unitW, dateW, statusW, rest - areaW - reqW},
		"任务编号", "工作要点", "具体要求", "责任单位", "完成时限", "状态", "最新进展")
	g.MinRow, g.Pad = roomyRow, cellPad
	m := monthlyText{s}
	centre := []bool{true, false, false, true, true, true, false}
	for _, t := range s.Tasks {
		area, req := taskTexts(t.Task)
		g.row(centre, t.Task.ID, area, req, packUnits(t.Task.Units, unitW-2*padX, m.width(measure)),
			m.deadline(t), taskStatus(t), m.progress(t))
	}
	return g
}

// packUnits lists units for a cell width wide, 「、」 between them, starting
// a new line rather than splitting a name that would fit on one.
func packUnits(units []string, width float64, measure func(string) float64) string {
	var lines []string
	cur := ""
	for i, u := range units {
		if i < len(units)-1 {
			u += "、"
		}
		if cur != "" && measure(cur+u) > width+eps {
			lines = append(lines, cur)
			cur = ""
		}
		cur += u
	}
	return strings.Join(append(lines, cur), "\n")
}

// width measures table text.
func (monthlyText) width(measure measureFunc) func(string) float64 {
	return func(s string) float64 { return measure(tableRole, sizeTable, s) }
}

// taskTexts are the 工作要点 and 具体要求 cells, both whole; 「—」 for a
// requirement left blank.
func taskTexts(t report.Task) (area, requirement string) {
	area, requirement = strings.TrimSpace(t.Area), strings.TrimSpace(t.Requirement)
	if requirement == "" {
		requirement = "—"
	}
	return area, requirement
}

// taskStatus is the status cell: the status, with 「逾期」 under it for an
// overdue task; 「逾期完成」 for one finished late.
func taskStatus(t report.TaskLine) string {
	st := string(t.Status)
	if st == "" {
		st = string(report.TaskNotStarted)
	}
	switch {
	case t.Overdue:
		return st + "\n" + overdueMark
	case t.DoneLate:
		return overdueMark + "完成"
	}
	return st
}

// progress is the 最新进展 cell: the date and note of the latest entry.
func (m monthlyText) progress(t report.TaskLine) string {
	if t.LatestDate.IsZero() {
		return "暂无进展"
	}
	note := clip(t.LatestNote, maxNoteText)
	if note == "" {
		note = string(t.Status)
	}
	return m.date(t.LatestDate) + "：" + note
}

// unitGrid is section 二's table: each responsible unit's tasks, done,
// due so far, overdue and completion rate — the share of the tasks due so
// far that are done, as on the XLSX sheet (「—」 when nothing is due yet).
func unitGrid(s *report.MonthlySummary) *grid {
	if len(s.Units) == 0 {
		return nil
	}
	g := header([]float64{2.2, 1, 1, 1, 1, 1},
		"责任单位", "任务数", "已完成", "截至本月应完成", "逾期未完成", "完成率")
	g.MinRow = roomyRow
	centre := []bool{false, true, true, true, true, true}
	for _, u := range s.Units {
		g.row(centre, u.Unit, itoa(u.Tasks), itoa(u.Done), itoa(u.DueSoFar), itoa(u.Overdue), rate(u.DueSoFar-u.Overdue, u.DueSoFar))
	}
	return g
}

// rate is done out of all as a percentage with one decimal, 「—」 when all
// is 0.
func rate(done, all int) string {
	if all == 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(done)/float64(all))
}

// deptGrid is section 三's table: each department's items in the month
// against its quota, and the year to date, with a total row.
func deptGrid(s *report.MonthlySummary) *grid {
	p := s.Publications
	if len(p.ByDepartment) == 0 {
		return nil
	}
	g := header([]float64{2, 1, 1, 1, 1, 1},
		"发布单位", "本月发布", "本月任务数", "差额", "全年累计", "累计任务数")
	g.MinRow = roomyRow
	centre := []bool{false, true, true, true, true, true}
	var quota, ytdQuota int
	hasQuota := false
	for _, d := range p.ByDepartment {
		g.row(centre, deptCells(d)...)
		quota += d.Quota
		ytdQuota += d.YearToDateQuota
		hasQuota = hasQuota || d.HasQuota || d.YearToDateQuota > 0
	}
	total := report.DeptQuota{Name: "合计", Month: p.Month, Quota: quota, HasQuota: hasQuota,
		YearToDate: p.YearToDate, YearToDateQuota: ytdQuota}
	g.row([]bool{true, true, true, true, true, true}, deptCells(total)...)
	return g
}

// deptCells are a department's cells: 「—」 where no quota was set, the
// difference signed.
func deptCells(d report.DeptQuota) []string {
	quota, diff, ytdQuota := "—", "—", "—"
	if d.HasQuota {
		quota, diff = itoa(d.Quota), signed(d.Month-d.Quota)
	}
	if d.HasQuota || d.YearToDateQuota > 0 {
		ytdQuota = itoa(d.YearToDateQuota)
	}
	return []string{d.Name, itoa(d.Month), quota, diff, itoa(d.YearToDate), ytdQuota}
}

// signed writes n with its sign, 「+2」 「-1」 「0」.
func signed(n int) string {
	if n > 0 {
		return "+" + itoa(n)
	}
	return itoa(n)
}

// openGrid is section 四's table: the applications open at the month's
// end with their due dates, 「逾期」 for those past them. Without deadline
// rules it has no due-date column.
func openGrid(s *report.MonthlySummary) *grid {
	a := s.Applications
	if len(a.Open) == 0 {
		return nil
	}
	m := monthlyText{s}
	var g *grid
	if a.HasDue {
		g = header([]float64{0.6, 2, 1.4, 1.4, 1}, "序号", "申请编号", "收到日期", "答复期限", "办理状态")
	} else {
		g = header([]float64{0.6, 2.4, 1.6, 1.4}, "序号", "申请编号", "收到日期", "办理状态")
	}
	g.MinRow = roomyRow
	centre := []bool{true, true, true, true, true}
	for i, o := range a.Open {
		status := "办理中"
		if o.Overdue {
			status = overdueMark
		}
		cells := []string{itoa(i + 1), o.ID, m.date(o.Received)}
		if a.HasDue {
			cells = append(cells, m.date(o.Due))
		}
		g.row(centre, append(cells, status)...)
	}
	return g
}
