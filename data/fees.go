package data

import (
	"context"
	"database/sql"

	"github.com/xxgk/xxgk/report"
)

var feesTable = table{
	name: "fees", ledger: "收费", keys: []string{"id"},
	cols: []string{"charged", "amount_fen", "kind", "item", "request_id"},
}

// Fee writes one fee received.
func (im *Import) Fee(f report.Fee) error {
	return im.put(feesTable, f.Origin, []any{f.ID}, []any{
		dateArg(f.Date), f.AmountFen, string(f.Kind), f.Item, f.RequestID,
	})
}

// EachFee passes the fees received in year y, by 收费编号.
func (s *Store) EachFee(ctx context.Context, y int, fn func(report.Fee) error) error {
	start, end := yearArgs(y)
	q := `SELECT id, charged, amount_fen, kind, item, request_id, ` + metaCols +
		` FROM fees WHERE charged BETWEEN ? AND ? ORDER BY id`
	return s.each(ctx, q, []any{start, end}, func(rows *sql.Rows) error {
		var f report.Fee
		var kind string
		o := newOrigin(&f.Origin)
		dest := append([]any{&f.ID, dateCol{&f.Date}, &f.AmountFen, &kind, &f.Item, &f.RequestID}, o.dest()...)
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		f.Kind = report.FeeKind(kind)
		if err := o.fill(); err != nil {
			return err
		}
		return fn(f)
	})
}
