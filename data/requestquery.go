package data

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/xxgk/xxgk/report"
)

// RequestQuery picks among the applications EachRequest passes for a
// year, for a list shown page by page.
type RequestQuery struct {
	Year           int
	ReceivedInYear bool        // only those received in Year
	NotDoneBy      report.Date // nonzero: only those not concluded by the end of this day
	DoneBy         report.Date // nonzero: only those received and concluded by the end of this day
	Offset, Limit  int         // a page in 申请编号 order; Limit 0: all from Offset
	// Month 1–12 narrows to one month of Year: with DoneBy, those concluded
	// in it; otherwise those received in it (the applications behind a
	// figure of the monthly summary). 0: the whole year.
	Month int
}

// where is the query's condition and its arguments.
func (q RequestQuery) where() (string, []any) {
	start, end := yearArgs(q.Year)
	conds := []string{`((received <= ? AND (concluded IS NULL OR concluded >= ?)) OR (concluded BETWEEN ? AND ?))`}
	args := []any{end, start, start, end}
	if q.ReceivedInYear {
		conds = append(conds, `received BETWEEN ? AND ?`)
		args = append(args, start, end)
	}
	if !q.NotDoneBy.IsZero() {
		conds = append(conds, `(concluded IS NULL OR concluded > ?)`)
		args = append(args, q.NotDoneBy.String())
	}
	if !q.DoneBy.IsZero() {
		conds = append(conds, `received <= ? AND concluded <= ?`)
		args = append(args, q.DoneBy.String(), q.DoneBy.String())
	}
	if q.Month >= 1 && q.Month <= 12 {
		from := report.NewDate(q.Year, time.Month(q.Month), 1)
		to := report.DateOf(from.Time().AddDate(0, 1, -1))
		col := "received"
		if !q.DoneBy.IsZero() {
			col = "concluded"
		}
		conds = append(conds, col+` BETWEEN ? AND ?`)
		args = append(args, from.String(), to.String())
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// CountRequests counts the applications q picks, all pages together,
// from the index of their dates alone.
func (s *Store) CountRequests(ctx context.Context, q RequestQuery) (int, error) {
	where, args := q.where()
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM requests INDEXED BY requests_dates`+where, args...).Scan(&n); err != nil {
		return 0, s.fail(fmt.Errorf("count requests: %w", err))
	}
	return n, nil
}

// EachRequestOf passes the applications q picks, by 申请编号.
func (s *Store) EachRequestOf(ctx context.Context, q RequestQuery, fn func(report.Request) error) error {
	where, args := q.where()
	query := requestSelect + where + ` ORDER BY id`
	if q.Limit > 0 || q.Offset > 0 {
		limit := q.Limit
		if limit <= 0 {
			limit = -1
		}
		query += ` LIMIT ? OFFSET ?`
		args = append(args, limit, q.Offset)
	}
	return s.eachRequest(ctx, query, args, fn)
}
