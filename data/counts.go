package data

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/xxgk/xxgk/report"
)

// YearCounts are the figures 概览 shows for a year: the items published
// in it and the applications received, concluded and open.
type YearCounts struct {
	Publications int // published in the year
	Received     int // received in the year, by asOf
	Concluded    int // concluded in the year, by asOf
	Open         int // received by asOf and not concluded by then
}

// CountYear counts year y's publications and the applications EachRequest
// passes for y, as of the end of asOf, with one sum over the year's days
// of the publication tally (migration 0006: a few thousand rows, however
// many items) and one pass over the applications' index of their two
// dates (a scan of the index alone, faster than a search of it and of the
// rows).
func (s *Store) CountYear(ctx context.Context, y int, asOf report.Date) (YearCounts, error) {
	var c YearCounts
	start, end := yearArgs(y)
	err := s.db.QueryRowContext(ctx, `SELECT coalesce(sum(n), 0) FROM publication_by_category WHERE published BETWEEN ? AND ?`,
		start, end).Scan(&c.Publications)
	if err != nil {
		return c, s.fail(fmt.Errorf("count publications: %w", err))
	}
	// The rows are those of EachRequest(y); each sum is one of its figures.
	q := `SELECT
		coalesce(sum(received BETWEEN :start AND :end AND received <= :asof), 0),
		coalesce(sum(concluded BETWEEN :start AND :end AND concluded <= :asof), 0),
		coalesce(sum(received <= :asof AND (concluded IS NULL OR concluded > :asof)), 0)
		FROM requests INDEXED BY requests_dates
		WHERE (received <= :end AND (concluded IS NULL OR concluded >= :start)) OR (concluded BETWEEN :start AND :end)`
	err = s.db.QueryRowContext(ctx, q, sql.Named("start", start), sql.Named("end", end), sql.Named("asof", asOf.String())).
		Scan(&c.Received, &c.Concluded, &c.Open)
	if err != nil {
		return c, s.fail(fmt.Errorf("count requests: %w", err))
	}
	return c, nil
}
