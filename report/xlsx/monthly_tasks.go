package xlsx

import (
	"strings"

	"github.com/xxgk/xxgk/report"
)

// Columns of the task sheet.
var (
	taskHeads  = []string{"任务编号", "工作要点", "具体要求", "责任单位", "完成时限", "状态", "最新进展", "佐证", "备注"}
	taskWidths = []float64{8, 12, 30, 13, 11, 8, 28, 30, 9} // 佐证 holds a 索引号 on one line
)

// Wording of the task sheet.
const (
	taskWholeYear  = "全年"
	taskNoProgress = "暂无进展记录"
	taskOverdue    = "逾期"
	taskDoneLate   = "逾期完成"
	taskDueInMonth = "本月到期"
	taskNoTasks    = "本年度无工作任务"
	taskNote       = "注：状态为截至本月末的最新进展；逾期指已过完成时限仍未完成，整行以红色标示；逾期完成指完成日期晚于完成时限；完成时限为「全年」的，以12月31日为限。"
	unitRateNote   = "注：完成率＝截至本月应完成任务中已完成的项数÷截至本月应完成任务数，截至本月没有应完成任务的显示「—」；已完成含提前完成的任务。一项任务有多个责任单位的，在每个单位各计一次。"
)

// writeTasks renders one row per task, overdue ones in red, and a line
// counting the tasks by status.
func writeTasks(s *monthlySheet, sum *report.MonthlySummary) {
	for i, h := range taskHeads {
		s.set(i+1, tableTop, h, s.st.header)
	}
	row := tableTop + 1
	if len(sum.Tasks) == 0 {
		s.put(1, row, s.last(), row, taskNoTasks, s.st.centre)
		row++
	}
	for _, t := range sum.Tasks {
		writeTask(s, row, t)
		row++
	}
	s.set(1, row, monthlyTotal, s.st.centre)
	s.put(2, row, s.last(), row, sum.TaskLine(), s.st.label)
	writeNote(s, row+1, taskNote)
}

// writeTask writes one task's row.
func writeTask(s *monthlySheet, row int, t report.TaskLine) {
	label := pick(t.Overdue, s.st.label, s.ms.redLabel)
	centre := pick(t.Overdue, s.st.centre, s.ms.redCentre)
	deadline, deadlineStyle := any(deadlineText(t)), centre
	if !t.Task.WholeYear && !t.Deadline.IsZero() {
		deadline, deadlineStyle = serial(t.Deadline), pick(t.Overdue, s.st.date, s.ms.redDate)
	}
	cells := []struct {
		v     any
		style int
	}{
		{t.Task.ID, centre},
		{t.Task.Area, label},
		{t.Task.Requirement, label},
		{strings.Join(t.Task.Units, "、"), label},
		{deadline, deadlineStyle},
		{string(status(t.Status)), centre},
		{latestText(t), label},
		{strings.Join(t.Evidence, "\n"), centre},
		{remark(t), centre},
	}
	for i, c := range cells {
		s.set(i+1, row, c.v, c.style)
	}
}

// status reads an unset status as 未开始.
func status(st report.TaskStatus) report.TaskStatus {
	if st == "" {
		return report.TaskNotStarted
	}
	return st
}

// deadlineText is the task's 完成时限 as text: 「全年」, a date, or 「—」
// without one; writeTask writes a date as a date cell instead.
func deadlineText(t report.TaskLine) string {
	switch {
	case t.Task.WholeYear:
		return taskWholeYear
	case t.Deadline.IsZero():
		return dash
	}
	return t.Deadline.String()
}

// latestText is the latest progress: its date and note.
func latestText(t report.TaskLine) string {
	switch {
	case t.LatestDate.IsZero():
		return taskNoProgress
	case t.LatestNote == "":
		return t.LatestDate.String()
	}
	return t.LatestDate.String() + "：" + t.LatestNote
}

// remark is the task's 备注: 「逾期」, 「逾期完成」 or 「本月到期」.
func remark(t report.TaskLine) string {
	switch {
	case t.Overdue:
		return taskOverdue
	case t.DoneLate:
		return taskDoneLate
	case t.DueInMonth:
		return taskDueInMonth
	}
	return ""
}

// Columns of the unit sheet.
var (
	unitHeads  = []string{"责任单位", "任务数", "已完成", "截至本月应完成", "其中已完成", "逾期未完成", "完成率"}
	unitWidths = []float64{24, 9, 9, 11, 10, 10, 10}
)

// writeUnits renders completion by responsible unit.
func writeUnits(s *monthlySheet, sum *report.MonthlySummary) {
	for i, h := range unitHeads {
		s.set(i+1, tableTop, h, s.st.header)
	}
	row := tableTop + 1
	if len(sum.Units) == 0 {
		s.put(1, row, s.last(), row, taskNoTasks, s.st.centre)
		row++
	}
	for _, u := range sum.Units {
		doneDue := u.DueSoFar - u.Overdue
		s.set(1, row, u.Unit, s.st.label)
		s.set(2, row, u.Tasks, s.st.integer)
		s.set(3, row, u.Done, s.st.integer)
		s.set(4, row, u.DueSoFar, s.st.integer)
		s.set(5, row, doneDue, s.st.integer)
		s.set(6, row, u.Overdue, pick(u.Overdue > 0, s.st.integer, s.ms.redInteger))
		writeShare(s.sheet, 7, 7, row, doneDue, u.DueSoFar)
		row++
	}
	writeNote(s, row, unitRateNote)
}
