package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/xxgk/xxgk/report"
)

// ErrNoUnit is returned when the database has no unit yet.
var ErrNoUnit = errors.New("no unit in database")

// SetUnit records the unit's name and code, replacing what was there.
func (s *Store) SetUnit(ctx context.Context, u report.Unit, now time.Time) error {
	return s.write(ctx, func(tx *sql.Tx) error { return setUnit(ctx, tx, u, now) })
}

func setUnit(ctx context.Context, tx *sql.Tx, u report.Unit, now time.Time) error {
	_, err := tx.ExecContext(ctx, `
		INSERT INTO unit (id, name, code, created_at) VALUES (1, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET name = excluded.name, code = excluded.code`,
		u.Name, u.Code, now.Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("set unit: %w", err)
	}
	return nil
}

// Unit returns the unit, or ErrNoUnit.
func (s *Store) Unit(ctx context.Context) (report.Unit, error) {
	var u report.Unit
	err := s.db.QueryRowContext(ctx, `SELECT name, code FROM unit WHERE id = 1`).Scan(&u.Name, &u.Code)
	if errors.Is(err, sql.ErrNoRows) {
		return u, ErrNoUnit
	}
	if err != nil {
		return u, s.fail(fmt.Errorf("read unit: %w", err))
	}
	return u, nil
}

// SetCategories replaces the unit's 主动公开目录 with names, in order; a
// category kept keeps its 公开时限.
func (s *Store) SetCategories(ctx context.Context, names []string) error {
	return s.write(ctx, func(tx *sql.Tx) error { return setCategories(ctx, tx, entriesOf(names)) })
}

// InitResult says what Init found and wrote.
type InitResult struct {
	Created    bool // the database had no unit before
	Categories int  // categories written; 0 when the list was kept
	Limits     int  // of them, with a 公开时限 (given or kept)
}

// Init records the unit and its 主动公开目录 in one transaction, so that an
// interrupted init leaves either everything or nothing. names nil keeps
// the list, except that a database without categories (a new one, or one
// an interrupted init of an older xxgk left empty) gets defaults.
func (s *Store) Init(ctx context.Context, u report.Unit, names, defaults []string, now time.Time) (InitResult, error) {
	return s.InitCatalog(ctx, u, entriesOf(names), defaults, now)
}

// InitCatalog is Init with the 公开时限 of the categories: an entry with
// a 时限 sets it, one without keeps the 时限 its category had (see
// setCategories). entries nil keeps the list, as Init's names.
func (s *Store) InitCatalog(ctx context.Context, u report.Unit, entries []report.CatalogEntry, defaults []string, now time.Time) (InitResult, error) {
	var res InitResult
	err := s.write(ctx, func(tx *sql.Tx) error {
		var units, cats int
		err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM unit), (SELECT count(*) FROM categories)`).Scan(&units, &cats)
		if err != nil {
			return fmt.Errorf("init: %w", err)
		}
		res.Created = units == 0
		if err := setUnit(ctx, tx, u, now); err != nil {
			return err
		}
		if entries == nil && cats == 0 {
			entries = entriesOf(defaults)
		}
		if entries == nil {
			return nil
		}
		res.Categories = len(entries)
		if err := setCategories(ctx, tx, entries); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `SELECT count(*) FROM categories WHERE disclosure_limit <> ''`).Scan(&res.Limits)
	})
	return res, err
}

// Categories returns the unit's 主动公开目录 in order.
func (s *Store) Categories(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT name FROM categories ORDER BY position`)
	if err != nil {
		return nil, s.fail(fmt.Errorf("read categories: %w", err))
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

// UnknownCategories returns the categories used by published items that
// are not in the unit's 主动公开目录, with how many items use each.
func (s *Store) UnknownCategories(ctx context.Context) ([]report.NamedCount, error) {
	return s.namedCounts(ctx, "unknown categories", `
		SELECT category, count(*) FROM publications
		WHERE category NOT IN (SELECT name FROM categories)
		GROUP BY category ORDER BY category`)
}
