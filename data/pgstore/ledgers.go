package pgstore

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/report"
)

// The ledgers other than the items and the applications, read as
// *data.Store reads them: the same rows, the same order, one query each,
// inside a transaction acting for the unit.

// The unit is what the annual count and the monthly summary read.
var (
	_ report.Ledgers        = (*Unit)(nil)
	_ report.MonthlyLedgers = (*Unit)(nil)
	_ report.Catalog        = (*Unit)(nil)
)

// each runs query in a read transaction of the unit, scans every row into
// dest and calls fn after each.
func (u *Unit) each(ctx context.Context, what, query string, args []any, dest []any, fn func() error) error {
	err := u.read(ctx, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, query, args...)
		if err != nil {
			return err
		}
		_, err = pgx.ForEachRow(rows, dest, fn)
		return err
	})
	if err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	return nil
}

// EachDocument passes the documents issued on or before 31 Dec y, by 文号.
func (u *Unit) EachDocument(ctx context.Context, y int, fn func(report.Document) error) error {
	_, end := yearArgs(y)
	var d report.Document
	var kind string
	var o origin
	dest := append([]any{&d.DocNo, &d.Title, &kind, dateCol{&d.Issued}, dateCol{&d.Repealed}, dateCol{&d.ValidUntil}}, o.dest()...)
	return u.each(ctx, "documents", `SELECT doc_no, title, kind, issued, repealed, valid_until, `+metaCols+
		` FROM documents WHERE unit_id = $1 AND issued <= $2 ORDER BY doc_no`, []any{u.id, end}, dest, func() error {
		v := d
		v.Kind, v.Origin = report.DocKind(kind), o.origin()
		return fn(v)
	})
}

// EachDecision passes the decisions dated in year y, by 决定编号.
func (u *Unit) EachDecision(ctx context.Context, y int, fn func(report.Decision) error) error {
	start, end := yearArgs(y)
	var d report.Decision
	var kind string
	var o origin
	dest := append([]any{&d.ID, &kind, dateCol{&d.Date}}, o.dest()...)
	return u.each(ctx, "decisions", `SELECT id, kind, decided, `+metaCols+
		` FROM decisions WHERE unit_id = $1 AND decided BETWEEN $2 AND $3 ORDER BY id`, []any{u.id, start, end}, dest, func() error {
		v := d
		v.Kind, v.Origin = report.DecisionKind(kind), o.origin()
		return fn(v)
	})
}

// EachFee passes the fees received in year y, by 收费编号.
func (u *Unit) EachFee(ctx context.Context, y int, fn func(report.Fee) error) error {
	start, end := yearArgs(y)
	var f report.Fee
	var kind string
	var o origin
	dest := append([]any{&f.ID, dateCol{&f.Date}, &f.AmountFen, &kind, &f.Item, &f.RequestID}, o.dest()...)
	return u.each(ctx, "fees", `SELECT id, charged, amount_fen, kind, item, request_id, `+metaCols+
		` FROM fees WHERE unit_id = $1 AND charged BETWEEN $2 AND $3 ORDER BY id`, []any{u.id, start, end}, dest, func() error {
		v := f
		v.Kind, v.Origin = report.FeeKind(kind), o.origin()
		return fn(v)
	})
}

// EachAppeal passes the cases filed in year y, by 案号.
func (u *Unit) EachAppeal(ctx context.Context, y int, fn func(report.Appeal) error) error {
	start, end := yearArgs(y)
	var a report.Appeal
	var kind, result, role string
	var o origin
	dest := append([]any{&a.CaseNo, &kind, dateCol{&a.Filed}, dateCol{&a.Closed}, &result, &role}, o.dest()...)
	return u.each(ctx, "appeals", `SELECT case_no, kind, filed, closed, result, role, `+metaCols+
		` FROM appeals WHERE unit_id = $1 AND filed BETWEEN $2 AND $3 ORDER BY case_no`, []any{u.id, start, end}, dest, func() error {
		v := a
		v.Kind, v.Result, v.Role = report.AppealKind(kind), report.AppealResult(result), report.AppealRole(role)
		v.Origin = o.origin()
		return fn(v)
	})
}

// EachTask passes every task, by 任务编号.
func (u *Unit) EachTask(ctx context.Context, fn func(report.Task) error) error {
	var t report.Task
	var units string
	var o origin
	dest := append([]any{&t.ID, &t.Area, &t.Requirement, &units, dateCol{&t.Deadline}, &t.WholeYear}, o.dest()...)
	return u.each(ctx, "tasks", `SELECT id, area, requirement, units, deadline, whole_year, `+metaCols+
		` FROM tasks WHERE unit_id = $1 ORDER BY id`, []any{u.id}, dest, func() error {
		v := t
		v.Units, v.Origin = splitList(units), o.origin()
		return fn(v)
	})
}

// EachProgress passes the progress entries dated on or before to, by task
// and date.
func (u *Unit) EachProgress(ctx context.Context, to report.Date, fn func(report.Progress) error) error {
	var p report.Progress
	var status, evidence string
	var o origin
	dest := append([]any{&p.TaskID, dateCol{&p.Date}, &status, &p.Note, &evidence}, o.dest()...)
	return u.each(ctx, "progress", `SELECT task_id, date, status, note, evidence, `+metaCols+
		` FROM progress WHERE unit_id = $1 AND date <= $2 ORDER BY task_id, date`, []any{u.id, to.String()}, dest, func() error {
		v := p
		v.Status, v.Evidence, v.Origin = report.TaskStatus(status), splitList(evidence), o.origin()
		return fn(v)
	})
}

// EachQuota passes the quotas of year y, by unit and month.
func (u *Unit) EachQuota(ctx context.Context, y int, fn func(report.Quota) error) error {
	var q report.Quota
	var month string
	var o origin
	dest := append([]any{&q.Unit, &month, &q.Target}, o.dest()...)
	return u.each(ctx, "quotas", `SELECT unit, month, target, `+metaCols+
		` FROM quotas WHERE unit_id = $1 AND month LIKE $2 ORDER BY unit, month`,
		[]any{u.id, fmt.Sprintf("%04d-%%", y)}, dest, func() error {
			v := q
			var m int
			if _, err := fmt.Sscanf(month, "%04d-%02d", &v.Year, &m); err != nil {
				return fmt.Errorf("quota month %q: %w", month, err)
			}
			v.Month, v.Origin = time.Month(m), o.origin()
			return fn(v)
		})
}
