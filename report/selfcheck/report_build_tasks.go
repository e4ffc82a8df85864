package selfcheck

import (
	"fmt"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// tasks is section 三: the year's tasks done and overdue, and the
// departments' 信息报送 against their quotas, from the monthly summary of
// the month of AsOf.
func (b reportBuilder) tasks(f ReportFigures) []Part {
	asOf := chineseDate(b.asOf())
	task := Part{Subhead: "（一）工作任务"}
	if t := f.Tasks; t == nil {
		task.Paragraphs = []string{"本年未录入政务公开工作任务（工作任务台账为空），本项无数据。"}
	} else {
		task.Paragraphs = []string{fmt.Sprintf("截至%s，本年政务公开工作任务共%d项，已完成%d项，推进中%d项，未开始%d项；逾期未完成%d项。",
			asOf, t.Total, t.Done, t.InProgress, t.NotStarted, t.Overdue)}
		if t.Overdue > 0 {
			task.Paragraphs[0] += "逾期未完成的任务见下表。"
			task.Table = b.overdueTable()
		}
	}
	quota := Part{Subhead: "（二）信息报送"}
	if len(f.Quotas) == 0 {
		quota.Paragraphs = []string{"本年未设置信息报送任务，本项无数据。"}
		return []Part{task, quota}
	}
	met := 0
	t := &Table{Name: "信息报送", Header: []string{"发布单位", "累计发布", "累计任务数", "完成情况"},
		Widths: []float64{56, 32, 32, 36}, Centre: []bool{false, true, true, true}}
	for _, q := range f.Quotas {
		state := "已完成"
		if q.Met {
			met++
		} else {
			state = fmt.Sprintf("差%d条", q.Quota-q.Published)
		}
		t.Rows = append(t.Rows, []string{q.Department, decimal(q.Published), decimal(q.Quota), state})
	}
	quota.Paragraphs = []string{fmt.Sprintf("截至%s，设有信息报送任务的单位%d个，完成累计任务数的%d个，未完成的%d个。", asOf, len(f.Quotas), met, len(f.Quotas)-met)}
	quota.Table = t
	return []Part{task, quota}
}

// overdueTable lists the tasks overdue at AsOf.
func (b reportBuilder) overdueTable() *Table {
	t := &Table{Name: "逾期任务", Header: []string{"任务编号", "工作要点", "责任单位", "完成时限", "状态"},
		Widths: []float64{22, 62, 32, 24, 16}, Centre: []bool{true, false, true, true, true}}
	for _, l := range b.in.Tasks.Tasks {
		if l.Overdue {
			t.Rows = append(t.Rows, []string{l.Task.ID, strings.TrimSpace(l.Task.Area), strings.Join(l.Task.Units, "、"), l.Deadline.String(), taskStatusText(l)})
		}
	}
	return t
}

// taskStatusText is a task's status, 未开始 without progress.
func taskStatusText(l report.TaskLine) string {
	if l.Status == "" {
		return string(report.TaskNotStarted)
	}
	return string(l.Status)
}
