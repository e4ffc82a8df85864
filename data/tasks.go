package data

import (
	"fmt"

	"github.com/xxgk/xxgk/report"
)

// The task ledgers are stored now; the monthly summary that reads them
// comes with its own queries.

var tasksTable = table{
	name: "tasks", ledger: "工作任务", keys: []string{"id"},
	cols: []string{"area", "requirement", "units", "deadline", "whole_year"},
}

// Task writes one work task.
func (im *Import) Task(t report.Task) error {
	return im.put(tasksTable, t.Origin, []any{t.ID}, []any{
		t.Area, t.Requirement, joinList(t.Units), dateArg(t.Deadline), boolArg(t.WholeYear),
	})
}

var progressTable = table{
	name: "progress", ledger: "任务进展", keys: []string{"task_id", "date"},
	cols: []string{"status", "note", "evidence"},
}

// Progress writes one dated progress entry.
func (im *Import) Progress(p report.Progress) error {
	return im.put(progressTable, p.Origin, []any{p.TaskID, dateArg(p.Date)}, []any{
		string(p.Status), p.Note, joinList(p.Evidence),
	})
}

var quotasTable = table{
	name: "quotas", ledger: "信息任务", keys: []string{"unit", "month"},
	cols: []string{"target"},
}

// Quota writes one monthly information quota.
func (im *Import) Quota(q report.Quota) error {
	month := fmt.Sprintf("%04d-%02d", q.Year, int(q.Month))
	return im.put(quotasTable, q.Origin, []any{q.Unit, month}, []any{int64(q.Target)})
}
