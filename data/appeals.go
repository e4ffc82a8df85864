package data

import (
	"context"
	"database/sql"

	"github.com/xxgk/xxgk/report"
)

var appealsTable = table{
	name: "appeals", ledger: "复议诉讼", keys: []string{"case_no"},
	cols: []string{"kind", "filed", "closed", "result", "role"},
}

// Appeal writes one review or lawsuit.
func (im *Import) Appeal(a report.Appeal) error {
	role := a.Role
	if role == "" {
		role = report.RoleRespondent
	}
	return im.put(appealsTable, a.Origin, []any{a.CaseNo}, []any{
		string(a.Kind), dateArg(a.Filed), dateArg(a.Closed), string(a.Result), string(role),
	})
}

// EachAppeal passes the cases filed in year y, by 案号.
func (s *Store) EachAppeal(ctx context.Context, y int, fn func(report.Appeal) error) error {
	start, end := yearArgs(y)
	q := `SELECT case_no, kind, filed, closed, result, role, ` + metaCols +
		` FROM appeals WHERE filed BETWEEN ? AND ? ORDER BY case_no`
	return s.each(ctx, q, []any{start, end}, func(rows *sql.Rows) error {
		var a report.Appeal
		var kind, result, role string
		o := newOrigin(&a.Origin)
		dest := append([]any{&a.CaseNo, &kind, dateCol{&a.Filed}, dateCol{&a.Closed}, &result, &role}, o.dest()...)
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		a.Kind, a.Result, a.Role = report.AppealKind(kind), report.AppealResult(result), report.AppealRole(role)
		if err := o.fill(); err != nil {
			return err
		}
		return fn(a)
	})
}
