package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/xxgk/xxgk/report"
)

var _ report.PublicationCounter = (*Store)(nil)

// CountPublications groups the items published in year y by category and
// month, by department and by channel list, and counts the key-area and
// from-request ones. It reads the tallies that triggers keep up to date
// (migration 0006): a few thousand rows for a year, however many items it
// holds.
func (s *Store) CountPublications(ctx context.Context, y int) (report.PublicationCounts, error) {
	return s.countPublications(ctx, y, tallyCounts)
}

// countQueries are the three grouped counts of a year's items: by
// (published, category) in that order, with the key-area and from-request
// counts; by department; by channel list. Each takes the year's first and
// last day.
type countQueries struct {
	days, departments, channels string
}

// tallyCounts read the tallies of migration 0006. A tally has one row per
// day and value, so the first query needs no grouping.
var tallyCounts = countQueries{
	days: `SELECT published, category, n, key_area, from_request FROM publication_by_category
		WHERE published BETWEEN ? AND ? ORDER BY published, category`,
	departments: `SELECT department, sum(n) FROM publication_by_department
		WHERE published BETWEEN ? AND ? GROUP BY department ORDER BY department`,
	channels: `SELECT channels, sum(n) FROM publication_by_channels
		WHERE published BETWEEN ? AND ? GROUP BY channels ORDER BY channels`,
}

// rowCounts group the rows themselves, reading the index
// publications_counts alone: the first follows the index's own order
// (date, then category) and needs no sorting. The tests check the
// tallies against them.
var rowCounts = countQueries{
	days: `SELECT published, category, count(*), sum(key_area <> 0), sum(from_request <> 0)` + rowsFrom +
		` GROUP BY published, category`,
	departments: `SELECT department, count(*)` + rowsFrom + ` GROUP BY department ORDER BY department`,
	channels:    `SELECT channels, count(*)` + rowsFrom + ` GROUP BY channels ORDER BY channels`,
}

const rowsFrom = ` FROM publications INDEXED BY publications_counts WHERE published BETWEEN ? AND ?`

// countPublications runs the three queries of cq side by side and sums
// the months from the days of the first.
func (s *Store) countPublications(ctx context.Context, y int, cq countQueries) (report.PublicationCounts, error) {
	var pc report.PublicationCounts
	start, end := yearArgs(y)
	args := []any{start, end}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type month struct {
		m   time.Month
		cat string
	}
	byMonth := map[month]*report.CategoryMonthCount{}
	var months []*report.CategoryMonthCount
	queries := []func() error{
		func() error {
			return s.each(ctx, cq.days, args, func(rows *sql.Rows) error {
				var day report.Date
				var cat string
				var n, key, fromReq int
				if err := rows.Scan(dateCol{&day}, &cat, &n, &key, &fromReq); err != nil {
					return err
				}
				k := month{day.Month(), cat}
				g := byMonth[k]
				if g == nil {
					g = &report.CategoryMonthCount{Category: cat, Month: k.m}
					byMonth[k] = g
					months = append(months, g)
				}
				g.Count += n
				pc.KeyArea += key
				pc.FromRequests += fromReq
				return nil
			})
		},
		func() error {
			return s.each(ctx, cq.departments, args, func(rows *sql.Rows) error {
				var d report.NamedCount
				if err := rows.Scan(&d.Name, &d.Count); err != nil {
					return err
				}
				pc.Departments = append(pc.Departments, d)
				return nil
			})
		},
		func() error {
			return s.each(ctx, cq.channels, args, func(rows *sql.Rows) error {
				var list string
				var n int
				if err := rows.Scan(&list, &n); err != nil {
					return err
				}
				pc.ChannelLists = append(pc.ChannelLists, report.ChannelListCount{Channels: splitList(list), Count: n})
				return nil
			})
		},
	}
	errs := make([]error, len(queries))
	var wg sync.WaitGroup
	for i, q := range queries {
		wg.Go(func() {
			if errs[i] = q(); errs[i] != nil {
				cancel()
			}
		})
	}
	wg.Wait()
	if err := firstCause(errs); err != nil {
		return report.PublicationCounts{}, fmt.Errorf("count publications: %w", err)
	}
	for _, g := range months {
		pc.CategoryMonths = append(pc.CategoryMonths, *g)
	}
	return pc, nil
}

// firstCause is the first error of errs that is not the cancellation the
// first failure caused in the others, nil when there is none.
func firstCause(errs []error) error {
	var canceled error
	for _, err := range errs {
		switch {
		case err == nil:
		case errors.Is(err, context.Canceled):
			if canceled == nil {
				canceled = err
			}
		default:
			return err
		}
	}
	return canceled
}

// afterToday is the WHERE clause of the items published between start and
// end and after today, with one range of the date index: SQLite seeks only
// one lower bound, and given both BETWEEN's and today's it read every
// item of the year (0.1 s on a million) to find none. ok is false when no
// item can be after today (today is zero, or the year has ended).
func afterToday(today report.Date, start, end string) (where string, ok bool) {
	switch after := today.String(); {
	case today.IsZero() || after >= end:
		return "", false
	case after >= start:
		return ` WHERE published > :after AND published <= :end`, true
	default:
		return ` WHERE published BETWEEN :start AND :end`, true
	}
}

// EachPublicationToCheck passes, by 索引号, the items published in y that
// are dated after today (when not zero) or whose updated_at is within a
// second of changed or later (when not zero), and those whose updated_at
// SQLite cannot read: a few rows, which the counting checks exactly.
//
// The items dated after today are searched in the date index, the
// changed ones in the index of when each row was written (migration
// 0008): a few lookups, where reading the table to find them took 0.2 s
// on a year of a million items.
func (s *Store) EachPublicationToCheck(ctx context.Context, y int, today report.Date, changed time.Time, fn func(report.Publication) error) error {
	start, end := yearArgs(y)
	const cols = publicationCols + ` FROM publications`
	const inYear = ` WHERE published BETWEEN :start AND :end AND `
	var parts []string
	args := []any{sql.Named("start", start), sql.Named("end", end)}
	if part, ok := afterToday(today, start, end); ok {
		parts = append(parts, cols+part)
		args = append(args, sql.Named("after", today.String()))
	}
	if !changed.IsZero() {
		parts = append(parts, cols+" INDEXED BY publications_changed"+inYear+
			"(julianday(updated_at) >= julianday(:since) - 1.0 / 86400 OR julianday(updated_at) IS NULL)")
		args = append(args, sql.Named("since", changed.UTC().Format(time.RFC3339Nano)))
	}
	if len(parts) == 0 {
		return nil
	}
	q := strings.Join(parts, " UNION ") + ` ORDER BY index_no`
	return s.each(ctx, q, args, func(rows *sql.Rows) error {
		p, err := scanPublication(rows)
		if err != nil {
			return err
		}
		return fn(p)
	})
}
