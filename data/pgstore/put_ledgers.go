package pgstore

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/report"
)

// The simple writes of the ledgers other than the items and the
// applications, one row at a time in one transaction, as PutPublications:
// a row new by its key is added, one whose data changed is updated (its
// updated_at set to now), an unchanged one is left as it is. They serve
// the tests and small writes; they record no import.

// ledgerTable is a ledger's table: its key columns (after unit_id) and
// its data columns, in the order the values are given.
type ledgerTable struct {
	name       string
	keys, cols []string
}

// upsert is t's INSERT … ON CONFLICT statement: $1 the unit, then the
// keys, the data columns, src_file, src_sheet, src_row, row_hash and
// updated_at.
func (t ledgerTable) upsert() string {
	cols := append(append(append([]string{"unit_id"}, t.keys...), t.cols...),
		"src_file", "src_sheet", "src_row", "row_hash", "updated_at")
	params := make([]string, len(cols))
	for i := range cols {
		params[i] = fmt.Sprintf("$%d", i+1)
	}
	var set []string
	for _, c := range cols[1+len(t.keys):] {
		set = append(set, c+" = excluded."+c)
	}
	return `INSERT INTO ` + t.name + ` AS t (` + strings.Join(cols, ", ") + `) VALUES (` + strings.Join(params, ", ") +
		`) ON CONFLICT (unit_id, ` + strings.Join(t.keys, ", ") + `) DO UPDATE SET ` + strings.Join(set, ", ") +
		` WHERE t.row_hash <> excluded.row_hash`
}

// ledgerRow is one row's key values, data values and origin.
type ledgerRow struct {
	keys, vals []any
	origin     report.Origin
}

// put writes rows into t in one transaction of the unit.
func (u *Unit) put(ctx context.Context, t ledgerTable, rows []ledgerRow, now time.Time) error {
	q := t.upsert()
	return u.write(ctx, func(tx pgx.Tx) error {
		for _, r := range rows {
			args := append(append([]any{u.id}, r.keys...), r.vals...)
			args = append(args, originArgs(r.origin, r.vals, now)...)
			if _, err := tx.Exec(ctx, q, args...); err != nil {
				return fmt.Errorf("write %s %v: %w", t.name, r.keys, err)
			}
		}
		return nil
	})
}

// putRows writes xs into t, row giving each one's keys, values and origin.
func putRows[T any](ctx context.Context, u *Unit, t ledgerTable, xs []T, now time.Time, row func(T) ledgerRow) error {
	rows := make([]ledgerRow, len(xs))
	for i, x := range xs {
		rows[i] = row(x)
	}
	return u.put(ctx, t, rows, now)
}

var (
	documentsTable = ledgerTable{"documents", []string{"doc_no"}, []string{"title", "kind", "issued", "repealed", "valid_until"}}
	decisionsTable = ledgerTable{"decisions", []string{"id"}, []string{"kind", "decided"}}
	feesTable      = ledgerTable{"fees", []string{"id"}, []string{"charged", "amount_fen", "kind", "item", "request_id"}}
	appealsTable   = ledgerTable{"appeals", []string{"case_no"}, []string{"kind", "filed", "closed", "result", "role"}}
	tasksTable     = ledgerTable{"tasks", []string{"id"}, []string{"area", "requirement", "units", "deadline", "whole_year"}}
	progressTable  = ledgerTable{"progress", []string{"task_id", "date"}, []string{"status", "note", "evidence"}}
	quotasTable    = ledgerTable{"quotas", []string{"unit", "month"}, []string{"target"}}
)

// PutDocuments writes normative documents, by 文号.
func (u *Unit) PutDocuments(ctx context.Context, ds []report.Document, now time.Time) error {
	return putRows(ctx, u, documentsTable, ds, now, func(d report.Document) ledgerRow {
		return ledgerRow{[]any{d.DocNo}, []any{d.Title, string(d.Kind), dateArg(d.Issued), dateArg(d.Repealed),
			dateArg(d.ValidUntil)}, d.Origin}
	})
}

// PutDecisions writes administrative decisions, by 决定编号.
func (u *Unit) PutDecisions(ctx context.Context, ds []report.Decision, now time.Time) error {
	return putRows(ctx, u, decisionsTable, ds, now, func(d report.Decision) ledgerRow {
		return ledgerRow{[]any{d.ID}, []any{string(d.Kind), dateArg(d.Date)}, d.Origin}
	})
}

// PutFees writes fees received, by 收费编号.
func (u *Unit) PutFees(ctx context.Context, fs []report.Fee, now time.Time) error {
	return putRows(ctx, u, feesTable, fs, now, func(f report.Fee) ledgerRow {
		return ledgerRow{[]any{f.ID}, []any{dateArg(f.Date), f.AmountFen, string(f.Kind), f.Item, f.RequestID}, f.Origin}
	})
}

// PutAppeals writes reviews and lawsuits, by 案号; a case without a role
// is the unit's as respondent, as the SQLite store records it.
func (u *Unit) PutAppeals(ctx context.Context, as []report.Appeal, now time.Time) error {
	return putRows(ctx, u, appealsTable, as, now, func(a report.Appeal) ledgerRow {
		role := a.Role
		if role == "" {
			role = report.RoleRespondent
		}
		return ledgerRow{[]any{a.CaseNo}, []any{string(a.Kind), dateArg(a.Filed), dateArg(a.Closed), string(a.Result),
			string(role)}, a.Origin}
	})
}

// PutTasks writes work tasks, by 任务编号.
func (u *Unit) PutTasks(ctx context.Context, ts []report.Task, now time.Time) error {
	return putRows(ctx, u, tasksTable, ts, now, func(t report.Task) ledgerRow {
		return ledgerRow{[]any{t.ID}, []any{t.Area, t.Requirement, strings.Join(t.Units, "、"), dateArg(t.Deadline),
			t.WholeYear}, t.Origin}
	})
}

// PutProgress writes dated progress entries, by task and date.
func (u *Unit) PutProgress(ctx context.Context, ps []report.Progress, now time.Time) error {
	return putRows(ctx, u, progressTable, ps, now, func(p report.Progress) ledgerRow {
		return ledgerRow{[]any{p.TaskID, dateArg(p.Date)}, []any{string(p.Status), p.Note, strings.Join(p.Evidence, "、")},
			p.Origin}
	})
}

// PutQuotas writes monthly information quotas, by 科室 and month.
func (u *Unit) PutQuotas(ctx context.Context, qs []report.Quota, now time.Time) error {
	return putRows(ctx, u, quotasTable, qs, now, func(q report.Quota) ledgerRow {
		return ledgerRow{[]any{q.Unit, fmt.Sprintf("%04d-%02d", q.Year, int(q.Month))}, []any{q.Target}, q.Origin}
	})
}
