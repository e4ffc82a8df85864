package data

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// CalendarFile is a year's holiday notice file a user added.
type CalendarFile struct {
	Year   int
	Source string // the file's name
	Text   string
	Added  time.Time
}

// SaveCalendar stores a year's calendar file, replacing the year's
// previous one.
func (s *Store) SaveCalendar(ctx context.Context, c CalendarFile) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `
			INSERT INTO calendars (year, source, text, added_at) VALUES (?, ?, ?, ?)
			ON CONFLICT (year) DO UPDATE SET source = excluded.source, text = excluded.text, added_at = excluded.added_at`,
			c.Year, c.Source, c.Text, c.Added.Format(time.RFC3339))
		return err
	})
	if err != nil {
		return fmt.Errorf("save calendar %d: %w", c.Year, err)
	}
	return nil
}

// Calendars returns the calendar files users added, by year.
func (s *Store) Calendars(ctx context.Context) ([]CalendarFile, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT year, source, text, added_at FROM calendars ORDER BY year`)
	if err != nil {
		return nil, s.fail(fmt.Errorf("read calendars: %w", err))
	}
	defer rows.Close()
	var out []CalendarFile
	for rows.Next() {
		var c CalendarFile
		var added string
		if err := rows.Scan(&c.Year, &c.Source, &c.Text, &added); err != nil {
			return nil, err
		}
		if c.Added, err = time.Parse(time.RFC3339, added); err != nil {
			return nil, fmt.Errorf("read calendar %d: %w", c.Year, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
