package data

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/xxgk/xxgk/report"
)

// The task ledgers of the monthly summary (docs/counting.md §5): tasks, their dated
// progress and the monthly information quotas.

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

// EachTask passes every task, by 任务编号.
func (s *Store) EachTask(ctx context.Context, fn func(report.Task) error) error {
	q := `SELECT id, area, requirement, units, deadline, whole_year, ` + metaCols + ` FROM tasks ORDER BY id`
	return s.each(ctx, q, nil, func(rows *sql.Rows) error {
		var t report.Task
		var units string
		o := newOrigin(&t.Origin)
		dest := append([]any{&t.ID, &t.Area, &t.Requirement, &units, dateCol{&t.Deadline}, &t.WholeYear}, o.dest()...)
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		t.Units = splitList(units)
		if err := o.fill(); err != nil {
			return err
		}
		return fn(t)
	})
}

// EachProgress passes the progress entries dated on or before to, by task
// and date.
func (s *Store) EachProgress(ctx context.Context, to report.Date, fn func(report.Progress) error) error {
	q := `SELECT task_id, date, status, note, evidence, ` + metaCols + ` FROM progress WHERE date <= ? ORDER BY task_id, date`
	return s.each(ctx, q, []any{to.String()}, func(rows *sql.Rows) error {
		var p report.Progress
		var status, evidence string
		o := newOrigin(&p.Origin)
		dest := append([]any{&p.TaskID, dateCol{&p.Date}, &status, &p.Note, &evidence}, o.dest()...)
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		p.Status, p.Evidence = report.TaskStatus(status), splitList(evidence)
		if err := o.fill(); err != nil {
			return err
		}
		return fn(p)
	})
}

// EachQuota passes the quotas of year y, by unit and month.
func (s *Store) EachQuota(ctx context.Context, y int, fn func(report.Quota) error) error {
	q := `SELECT unit, month, target, ` + metaCols + ` FROM quotas WHERE month LIKE ? ORDER BY unit, month`
	return s.each(ctx, q, []any{fmt.Sprintf("%04d-%%", y)}, func(rows *sql.Rows) error {
		var qu report.Quota
		var month string
		o := newOrigin(&qu.Origin)
		if err := rows.Scan(append([]any{&qu.Unit, &month, &qu.Target}, o.dest()...)...); err != nil {
			return err
		}
		var m int
		if _, err := fmt.Sscanf(month, "%04d-%02d", &qu.Year, &m); err != nil {
			return fmt.Errorf("quota month %q: %w", month, err)
		}
		qu.Month = time.Month(m)
		if err := o.fill(); err != nil {
			return err
		}
		return fn(qu)
	})
}
