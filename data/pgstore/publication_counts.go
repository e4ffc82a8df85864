package pgstore

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

var _ report.PublicationCounter = (*Unit)(nil)

// The tallies' queries (migration 0006): one row per day and value, a few
// thousand for a year however many items it holds. The names are ordered
// byte by byte (COLLATE "C"), as SQLite orders them, whatever the
// database's locale: the order of the groups is the order in which the
// counting meets a category missing from the 目录. Sorting a year's tally
// rows costs nothing next to reading them.
const (
	tallyDays = `SELECT published, category, n, key_area, from_request FROM publication_by_category
		WHERE unit_id = $1 AND published BETWEEN $2 AND $3 ORDER BY published, category COLLATE "C"`
	tallyDepartments = `SELECT department, sum(n) FROM publication_by_department
		WHERE unit_id = $1 AND published BETWEEN $2 AND $3 GROUP BY department ORDER BY department COLLATE "C"`
	tallyChannels = `SELECT channels, sum(n) FROM publication_by_channels
		WHERE unit_id = $1 AND published BETWEEN $2 AND $3 GROUP BY channels ORDER BY channels COLLATE "C"`
)

// CountPublications groups the items published in year y by category and
// month, by department and by channel list, and counts the key-area and
// from-request ones, from the tallies the triggers keep (0006), in one
// transaction: the same groups, in the same order, as *data.Store's.
func (u *Unit) CountPublications(ctx context.Context, y int) (report.PublicationCounts, error) {
	var pc report.PublicationCounts
	start, end := yearArgs(y)
	type month struct {
		m   time.Month
		cat string
	}
	byMonth := map[month]int{}
	err := u.read(ctx, func(tx pgx.Tx) error {
		var day report.Date
		var cat string
		var n, key, fromReq int
		rows, err := tx.Query(ctx, tallyDays, u.id, start, end)
		if err != nil {
			return err
		}
		_, err = pgx.ForEachRow(rows, []any{dateCol{&day}, &cat, &n, &key, &fromReq}, func() error {
			k := month{day.Month(), cat}
			i, ok := byMonth[k]
			if !ok {
				i = len(pc.CategoryMonths)
				byMonth[k] = i
				pc.CategoryMonths = append(pc.CategoryMonths, report.CategoryMonthCount{Category: cat, Month: k.m})
			}
			pc.CategoryMonths[i].Count += n
			pc.KeyArea += key
			pc.FromRequests += fromReq
			return nil
		})
		if err != nil {
			return err
		}
		var name string
		if rows, err = tx.Query(ctx, tallyDepartments, u.id, start, end); err != nil {
			return err
		}
		_, err = pgx.ForEachRow(rows, []any{&name, &n}, func() error {
			pc.Departments = append(pc.Departments, report.NamedCount{Name: name, Count: n})
			return nil
		})
		if err != nil {
			return err
		}
		if rows, err = tx.Query(ctx, tallyChannels, u.id, start, end); err != nil {
			return err
		}
		_, err = pgx.ForEachRow(rows, []any{&name, &n}, func() error {
			pc.ChannelLists = append(pc.ChannelLists, report.ChannelListCount{Channels: splitList(name), Count: n})
			return nil
		})
		return err
	})
	if err != nil {
		return report.PublicationCounts{}, fmt.Errorf("count publications: %w", err)
	}
	return pc, nil
}

// publicationCols are the columns scanPublication reads.
const publicationCols = `SELECT index_no, title, doc_no, published, category, channels, department,
	key_area, from_request, formed, ` + metaCols

// publicationScan holds the destinations of one query's items.
type publicationScan struct {
	p        report.Publication
	channels string
	o        origin
	dest     []any
}

func newPublicationScan() *publicationScan {
	s := &publicationScan{}
	p := &s.p
	s.dest = append([]any{&p.IndexNo, &p.Title, &p.DocNo, dateCol{&p.Published}, &p.Category, &s.channels,
		&p.Department, &p.KeyArea, &p.FromRequest, dateCol{&p.Formed}}, s.o.dest()...)
	return s
}

// publication is the row scanned last.
func (s *publicationScan) publication() report.Publication {
	p := s.p
	p.Channels, p.Origin = splitList(s.channels), s.o.origin()
	return p
}

// eachPublication runs query, of publicationCols, and passes every row.
func (u *Unit) eachPublication(ctx context.Context, query string, args []any, fn func(report.Publication) error) error {
	sc := newPublicationScan()
	return u.each(ctx, "publications", query, args, sc.dest, func() error { return fn(sc.publication()) })
}

// EachPublication passes the unit's items published in year y, by 索引号.
func (u *Unit) EachPublication(ctx context.Context, y int, fn func(report.Publication) error) error {
	start, end := yearArgs(y)
	return u.eachPublication(ctx, publicationCols+` FROM publications
		WHERE unit_id = $1 AND published BETWEEN $2 AND $3 ORDER BY index_no`, []any{u.id, start, end}, fn)
}

// EachPublicationToCheck passes, by 索引号, the items published in y that
// are dated after today (when not zero) or whose updated_at is within a
// second of changed or later (when not zero), as *data.Store's does: the
// first are found in the date index, the others in the index of when each
// row was written (publications_changed, 0008).
func (u *Unit) EachPublicationToCheck(ctx context.Context, y int, today report.Date, changed time.Time, fn func(report.Publication) error) error {
	start, end := yearArgs(y)
	args := []any{u.id, start, end}
	var parts []string
	if after := today.String(); !today.IsZero() && after < end {
		args = append(args, max(after, start))
		// today before the year: every item of it is after today.
		op := ">"
		if after < start {
			op = ">="
		}
		parts = append(parts, fmt.Sprintf(`published %s $%d`, op, len(args)))
	}
	if !changed.IsZero() {
		args = append(args, changed.Add(-time.Second))
		parts = append(parts, fmt.Sprintf(`updated_at >= $%d`, len(args)))
	}
	if len(parts) == 0 {
		return nil
	}
	where := parts[0]
	if len(parts) == 2 {
		where = "(" + parts[0] + " OR " + parts[1] + ")"
	}
	return u.eachPublication(ctx, publicationCols+` FROM publications
		WHERE unit_id = $1 AND published BETWEEN $2 AND $3 AND `+where+` ORDER BY index_no`, args, fn)
}

// EachPublicationToSelfCheck passes, by 发布日期 then 索引号, the items
// published in y that have a 成文日期, or whose category contains 政策解读
// and that have a 文号: those the self-inspection looks at one by one
// (selfcheck.Picker). The WHERE repeats the partial index
// publications_selfcheck's (0008), which holds every column read: an
// index-only scan. 发布渠道, 发布机构, 重点领域 and 依申请转主动 come back
// empty, as from *data.Store.
func (u *Unit) EachPublicationToSelfCheck(ctx context.Context, y int, fn func(report.Publication) error) error {
	start, end := yearArgs(y)
	return u.eachPublication(ctx, `SELECT index_no, title, doc_no, published, category, '', '', false, false, formed, `+
		metaCols+` FROM publications
		WHERE unit_id = $1 AND published BETWEEN $2 AND $3
			AND (formed IS NOT NULL OR (category LIKE '%政策解读%' AND doc_no <> ''))
		ORDER BY published, index_no`, []any{u.id, start, end}, fn)
}

// CountYear counts year y's items (from the category tally) and the
// applications EachRequest passes for y, as of the end of asOf: received
// in y, concluded in y, and open (received and not concluded by then).
func (u *Unit) CountYear(ctx context.Context, y int, asOf report.Date) (data.YearCounts, error) {
	var c data.YearCounts
	start, end := yearArgs(y)
	err := u.read(ctx, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `SELECT coalesce(sum(n), 0) FROM publication_by_category
			WHERE unit_id = $1 AND published BETWEEN $2 AND $3`, u.id, start, end).Scan(&c.Publications)
		if err != nil {
			return fmt.Errorf("count publications: %w", err)
		}
		err = tx.QueryRow(ctx, `SELECT
				count(*) FILTER (WHERE received BETWEEN $2 AND $3 AND received <= $4),
				count(*) FILTER (WHERE concluded BETWEEN $2 AND $3 AND concluded <= $4),
				count(*) FILTER (WHERE received <= $4 AND (concluded IS NULL OR concluded > $4))
			FROM requests`+requestsOfYear, u.id, start, end, asOf.String()).
			Scan(&c.Received, &c.Concluded, &c.Open)
		if err != nil {
			return fmt.Errorf("count requests: %w", err)
		}
		return nil
	})
	return c, err
}
