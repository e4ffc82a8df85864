package pgstore

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// BelowFigures is what an upper level's 下级单位 shows of one unit below,
// read for every unit below at once (Accounts.Overview).
type BelowFigures struct {
	UnitBelow
	// Produced is the time of the unit's newest snapshot of the kind and
	// period asked; zero: none.
	Produced time.Time
	// Open are the unit's applications open at the end of the day asked,
	// by 申请编号, as EachOpenRequest passes them but without 申请人,
	// 联系方式, 申请内容, 申请方式 and 备注 (not even read): what the
	// deadlines need.
	Open []report.Request
}

// Overview is what 下级单位 shows of every unit below the session's unit,
// in UnitsBelow's order: its newest snapshot of kind for period and its
// applications open at the end of asOf, with the holiday notices every
// unit reads (Calendars). A few statements in one transaction, however
// many units: the page of a city with hundreds of schools does not run
// a handful of them per school.
func (a *Accounts) Overview(ctx context.Context, s Session, kind, period string, asOf report.Date) ([]BelowFigures, []data.CalendarFile, error) {
	below, err := a.UnitsBelow(ctx, s)
	if err != nil {
		return nil, nil, err
	}
	if len(below) == 0 {
		return nil, nil, nil
	}
	own, err := a.StoreFor(ctx, s)
	if err != nil {
		return nil, nil, err
	}
	out := make([]BelowFigures, len(below))
	at := map[int64]int{} // unit id → its index
	ids := make([]int64, len(below))
	for i, b := range below {
		out[i].UnitBelow = b
		ids[i], at[b.Unit.id] = b.Unit.id, i
	}
	var cals []data.CalendarFile
	err = own.readBelow(ctx, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT DISTINCT ON (unit_id) unit_id, produced_at FROM snapshots
			WHERE unit_id = ANY($1) AND kind = $2 AND period = $3 ORDER BY unit_id, produced_at DESC, id DESC`, ids, kind, period)
		if err != nil {
			return err
		}
		var unit int64
		var produced time.Time
		if _, err := pgx.ForEachRow(rows, []any{&unit, &produced}, func() error {
			out[at[unit]].Produced = produced
			return nil
		}); err != nil {
			return err
		}
		sc := newRequestScan(true)
		q := `SELECT unit_id, ` + strings.TrimPrefix(requestCountCols, "SELECT ") +
			` WHERE unit_id = ANY($1) AND received <= $2 AND (concluded IS NULL OR concluded > $2) ORDER BY unit_id, id`
		if rows, err = tx.Query(ctx, q, ids, asOf.String()); err != nil {
			return err
		}
		if _, err := pgx.ForEachRow(rows, append([]any{&unit}, sc.dest...), func() error {
			f := &out[at[unit]]
			f.Open = append(f.Open, sc.request())
			return nil
		}); err != nil {
			return err
		}
		if rows, err = tx.Query(ctx, `SELECT year, source, text, added_at FROM calendars ORDER BY year`); err != nil {
			return err
		}
		cals, err = pgx.CollectRows(rows, pgx.RowToStructByPos[data.CalendarFile])
		return err
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read the units below: %w", err)
	}
	return out, cals, nil
}
