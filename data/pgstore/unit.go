package pgstore

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/report"
)

// Unit returns the unit's name and 统一社会信用代码.
func (u *Unit) Unit(ctx context.Context) (report.Unit, error) {
	var r report.Unit
	err := u.read(ctx, func(tx pgx.Tx) error {
		return tx.QueryRow(ctx, `SELECT name, code FROM units WHERE id = $1`, u.id).Scan(&r.Name, &r.Code)
	})
	if err != nil {
		return r, fmt.Errorf("read unit: %w", err)
	}
	return r, nil
}

// SetUnit records the unit's name and 统一社会信用代码 (its place in the
// tree is kept). now is unused: a unit's created_at is the day AddUnit
// recorded it; the parameter keeps *data.Store's signature.
func (u *Unit) SetUnit(ctx context.Context, r report.Unit, now time.Time) error {
	if r.Code == "" {
		return fmt.Errorf("set unit %q: no 统一社会信用代码", r.Name)
	}
	err := u.write(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `UPDATE units SET name = $2, code = $3 WHERE id = $1`, u.id, r.Name, r.Code)
		return err
	})
	if err != nil {
		return fmt.Errorf("set unit: %w", err)
	}
	return nil
}

// SetCatalog replaces the unit's 主动公开目录 with entries, in order, as
// data's setCategories: an entry with a 时限 sets it, one without keeps
// the 时限 its category had.
func (u *Unit) SetCatalog(ctx context.Context, entries []report.CatalogEntry) error {
	return u.write(ctx, func(tx pgx.Tx) error {
		kept := map[string]string{}
		rows, err := tx.Query(ctx, `SELECT name, disclosure_limit FROM categories WHERE unit_id = $1 FOR UPDATE`, u.id)
		if err != nil {
			return fmt.Errorf("set categories: %w", err)
		}
		var name, label string
		_, err = pgx.ForEachRow(rows, []any{&name, &label}, func() error { kept[name] = label; return nil })
		if err != nil {
			return fmt.Errorf("set categories: %w", err)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM categories WHERE unit_id = $1`, u.id); err != nil {
			return fmt.Errorf("set categories: %w", err)
		}
		for i, e := range entries {
			label := e.Limit.String()
			if e.Limit.Kind == report.LimitNone {
				label = kept[e.Name]
			}
			_, err := tx.Exec(ctx, `INSERT INTO categories (unit_id, position, name, disclosure_limit) VALUES ($1, $2, $3, $4)`,
				u.id, i+1, e.Name, label)
			if err != nil {
				return fmt.Errorf("set categories %q: %w", e.Name, err)
			}
		}
		return nil
	})
}

// SetCategories replaces the unit's 主动公开目录 with names, in order; a
// category kept keeps its 公开时限.
func (u *Unit) SetCategories(ctx context.Context, names []string) error {
	entries := make([]report.CatalogEntry, len(names))
	for i, n := range names {
		entries[i] = report.CatalogEntry{Name: n}
	}
	return u.SetCatalog(ctx, entries)
}

// Categories returns the unit's 主动公开目录 in order.
func (u *Unit) Categories(ctx context.Context) ([]string, error) {
	var out []string
	err := u.read(ctx, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT name FROM categories WHERE unit_id = $1 ORDER BY position`, u.id)
		if err != nil {
			return err
		}
		out, err = pgx.CollectRows(rows, pgx.RowTo[string])
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read categories: %w", err)
	}
	return out, nil
}

// Catalog returns the unit's 主动公开目录 with its 公开时限 (report.Catalog).
func (u *Unit) Catalog(ctx context.Context) ([]report.CatalogEntry, error) {
	var out []report.CatalogEntry
	err := u.read(ctx, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT name, disclosure_limit FROM categories WHERE unit_id = $1 ORDER BY position`, u.id)
		if err != nil {
			return err
		}
		var e report.CatalogEntry
		var label string
		_, err = pgx.ForEachRow(rows, []any{&e.Name, &label}, func() error {
			var err error
			if e.Limit, err = report.ParseDisclosureLimit(label); err != nil {
				return fmt.Errorf("%q: %w", e.Name, err)
			}
			out = append(out, e)
			return nil
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read categories: %w", err)
	}
	return out, nil
}
