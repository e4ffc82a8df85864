package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/xxgk/xxgk/report"
)

// metaCols are the columns every ledger query ends with, read by origin.
const metaCols = "src_file, src_sheet, src_row, updated_at"

// dateCol scans a nullable ISO date column into a report.Date.
type dateCol struct{ d *report.Date }

func (c dateCol) Scan(v any) error {
	var s string
	switch x := v.(type) {
	case nil:
		*c.d = 0
		return nil
	case string:
		s = x
	case []byte:
		s = string(x)
	default:
		return fmt.Errorf("date column: unexpected %T", v)
	}
	d, err := report.ParseISO(s)
	*c.d = d
	return err
}

// origin scans the meta columns into a report.Origin.
type origin struct {
	o       *report.Origin
	file    sql.NullString
	sheet   sql.NullString
	row     sql.NullInt64
	updated string
}

func newOrigin(o *report.Origin) *origin { return &origin{o: o} }

func (s *origin) dest() []any { return []any{&s.file, &s.sheet, &s.row, &s.updated} }

func (s *origin) fill() error {
	t, err := time.Parse(time.RFC3339Nano, s.updated)
	if err != nil {
		return fmt.Errorf("updated_at %q: %w", s.updated, err)
	}
	*s.o = report.Origin{File: s.file.String, Sheet: s.sheet.String, Row: int(s.row.Int64), Updated: t}
	return nil
}

// each runs query and calls scan for every row, stopping at the first error.
func (s *Store) each(ctx context.Context, query string, args []any, scan func(*sql.Rows) error) error {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return s.fail(fmt.Errorf("query: %w", err))
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return s.fail(err)
		}
	}
	return s.fail(rows.Err())
}

// yearArgs returns 1 Jan and 31 Dec of y as column values.
func yearArgs(y int) (string, string) {
	return report.YearStart(y).String(), report.YearEnd(y).String()
}

// splitList splits a list column stored joined by 「、」.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "、")
}

func joinList(items []string) string { return strings.Join(items, "、") }
