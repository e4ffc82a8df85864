package pgstore

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// Init records the unit's name and code and its 主动公开目录 in one
// transaction, as *data.Store's Init: names nil keeps the list, except
// that a unit without categories gets defaults.
func (u *Unit) Init(ctx context.Context, r report.Unit, names, defaults []string, now time.Time) (data.InitResult, error) {
	return u.InitCatalog(ctx, r, catalogOf(names), defaults, now)
}

// InitCatalog is Init with the categories' 公开时限: an entry with a 时限
// sets it, one without keeps the 时限 its category had. entries nil keeps
// the list (defaults for a unit without categories).
//
// The unit itself was recorded by Store.AddUnit; Created reports a unit
// that nothing was recorded for yet but its name: no categories and no
// import, which is what a new SQLite database is. A code left empty keeps
// the unit's code (the code names the unit in a shared database).
func (u *Unit) InitCatalog(ctx context.Context, r report.Unit, entries []report.CatalogEntry, defaults []string, now time.Time) (data.InitResult, error) {
	var res data.InitResult
	err := u.write(ctx, func(tx pgx.Tx) error {
		var cats, imports int
		err := tx.QueryRow(ctx, `SELECT (SELECT count(*) FROM categories WHERE unit_id = $1),
			(SELECT count(*) FROM imports WHERE unit_id = $1)`, u.id).Scan(&cats, &imports)
		if err != nil {
			return err
		}
		res.Created = cats == 0 && imports == 0
		_, err = tx.Exec(ctx, `UPDATE units SET name = $2, code = coalesce(nullif($3, ''), code) WHERE id = $1`,
			u.id, r.Name, r.Code)
		if err != nil {
			return fmt.Errorf("set unit: %w", err)
		}
		if entries == nil && cats == 0 {
			entries = catalogOf(defaults)
		}
		if entries == nil {
			return nil
		}
		res.Categories = len(entries)
		if err := setCatalog(ctx, tx, u.id, entries); err != nil {
			return err
		}
		return tx.QueryRow(ctx, `SELECT count(*) FROM categories WHERE unit_id = $1 AND disclosure_limit <> ''`,
			u.id).Scan(&res.Limits)
	})
	if err != nil {
		return data.InitResult{}, fmt.Errorf("init: %w", err)
	}
	return res, nil
}

// catalogOf turns a list of names into catalog entries without 时限; nil
// stays nil (keep the list).
func catalogOf(names []string) []report.CatalogEntry {
	if names == nil {
		return nil
	}
	out := make([]report.CatalogEntry, len(names))
	for i, n := range names {
		out[i] = report.CatalogEntry{Name: n}
	}
	return out
}

// setCatalog replaces unit id's 主动公开目录 with entries in tx, as
// data's setCategories (and SetCatalog, in a transaction of its own).
func setCatalog(ctx context.Context, tx pgx.Tx, id int64, entries []report.CatalogEntry) error {
	rows, err := tx.Query(ctx, `SELECT name, disclosure_limit FROM categories WHERE unit_id = $1 FOR UPDATE`, id)
	if err != nil {
		return fmt.Errorf("set categories: %w", err)
	}
	kept := map[string]string{}
	var name, label string
	if _, err := pgx.ForEachRow(rows, []any{&name, &label}, func() error { kept[name] = label; return nil }); err != nil {
		return fmt.Errorf("set categories: %w", err)
	}
	if _, err := tx.Exec(ctx, `DELETE FROM categories WHERE unit_id = $1`, id); err != nil {
		return fmt.Errorf("set categories: %w", err)
	}
	for i, e := range entries {
		label := e.Limit.String()
		if e.Limit.Kind == report.LimitNone {
			label = kept[e.Name]
		}
		_, err := tx.Exec(ctx, `INSERT INTO categories (unit_id, position, name, disclosure_limit) VALUES ($1, $2, $3, $4)`,
			id, i+1, e.Name, label)
		if err != nil {
			return fmt.Errorf("set categories %q: %w", e.Name, err)
		}
	}
	return nil
}

// UnknownCategories returns the categories the unit's published items use
// that are not in its 主动公开目录, with how many items use each, in byte
// order (as SQLite's).
func (u *Unit) UnknownCategories(ctx context.Context) ([]report.NamedCount, error) {
	return u.namedCounts(ctx, "unknown categories", `
		SELECT category, count(*)::int FROM publications p WHERE unit_id = $1
		AND NOT EXISTS (SELECT 1 FROM categories c WHERE c.unit_id = $1 AND c.name = p.category)
		GROUP BY category ORDER BY category COLLATE "C"`)
}

// CategoryUse returns every category the unit's published items use, of
// any year, with how many items use each, in byte order.
func (u *Unit) CategoryUse(ctx context.Context) ([]report.NamedCount, error) {
	return u.namedCounts(ctx, "category use", `
		SELECT category, count(*)::int FROM publications WHERE unit_id = $1
		GROUP BY category ORDER BY category COLLATE "C"`)
}

// namedCounts runs query, of the unit $1, whose rows are a name and a
// count; what names it in an error.
func (u *Unit) namedCounts(ctx context.Context, what, query string) ([]report.NamedCount, error) {
	var out []report.NamedCount
	err := u.read(ctx, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, query, u.id)
		if err != nil {
			return err
		}
		var n report.NamedCount
		_, err = pgx.ForEachRow(rows, []any{&n.Name, &n.Count}, func() error { out = append(out, n); return nil })
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", what, err)
	}
	return out, nil
}
