package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/xxgk/xxgk/report"
)

// The 主动公开目录's 公开时限 (migration 0007): each category keeps the
// canonical label of its 时限 (report.DisclosureLimit.String, '' for none)
// in categories.disclosure_limit. `xxgk init --categories` and the 设置
// page set the list; a 目录 sheet of an import sets 时限 and appends
// categories, never removing one.

// entriesOf turns a list of names into catalog entries without 时限; nil
// stays nil (keep the list).
func entriesOf(names []string) []report.CatalogEntry {
	if names == nil {
		return nil
	}
	out := make([]report.CatalogEntry, len(names))
	for i, n := range names {
		out[i] = report.CatalogEntry{Name: n}
	}
	return out
}

// setCategories replaces the 主动公开目录 with entries, in order. An entry
// with a 时限 sets it; one without keeps the 时限 its category had, so
// that retyping the list (init --categories, the 设置 page) loses no 时限
// set by a 目录 sheet. A 目录 sheet with an empty 时限 clears it.
func setCategories(ctx context.Context, tx *sql.Tx, entries []report.CatalogEntry) error {
	kept, err := categoryLimits(ctx, tx)
	if err != nil {
		return fmt.Errorf("set categories: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM categories`); err != nil {
		return fmt.Errorf("set categories: %w", err)
	}
	for i, e := range entries {
		label := e.Limit.String()
		if e.Limit.Kind == report.LimitNone {
			label = kept[e.Name]
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO categories (position, name, disclosure_limit) VALUES (?, ?, ?)`,
			i+1, e.Name, label); err != nil {
			return fmt.Errorf("set categories %q: %w", e.Name, err)
		}
	}
	return nil
}

// categoryLimits returns the stored 时限 label of each category.
func categoryLimits(ctx context.Context, tx *sql.Tx) (map[string]string, error) {
	rows, err := tx.QueryContext(ctx, `SELECT name, disclosure_limit FROM categories ORDER BY position`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var n, l string
		if err := rows.Scan(&n, &l); err != nil {
			return nil, err
		}
		out[n] = l
	}
	return out, rows.Err()
}

// Catalog returns the unit's 主动公开目录 with its 公开时限 (report.Catalog),
// in the order Categories gives the names.
func (s *Store) Catalog(ctx context.Context) ([]report.CatalogEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT name, disclosure_limit FROM categories ORDER BY position`)
	if err != nil {
		return nil, s.fail(fmt.Errorf("read categories: %w", err))
	}
	defer rows.Close()
	var out []report.CatalogEntry
	for rows.Next() {
		var e report.CatalogEntry
		var label string
		if err := rows.Scan(&e.Name, &label); err != nil {
			return nil, err
		}
		if e.Limit, err = report.ParseDisclosureLimit(label); err != nil {
			return nil, fmt.Errorf("read categories: %q: %w", e.Name, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// catalogStats counts what an import's 目录 sheets did to the 主动公开目录.
type catalogStats struct {
	Stats      // categories appended (Added), whose 时限 changed (Updated) or not (Unchanged)
	limits int // categories of the 目录 with a 时限, as the import left them so far
}

// CatalogLedger is the 目录's name in an import summary (LedgerStats).
const CatalogLedger = "目录"

// CatalogEntry writes a row of a 目录 sheet in the import's transaction:
// it sets the 时限 of the category (none when the cell was empty) and
// appends a category the 目录 lacks. A category listed twice takes the
// later 时限. It never removes a category (ledger.CatalogSink).
func (im *Import) CatalogEntry(e report.CatalogEntry) error {
	if err := im.ctx.Err(); err != nil {
		return err
	}
	if im.catalog == nil {
		st := &catalogStats{}
		err := im.tx.QueryRowContext(im.ctx, `SELECT count(*) FROM categories WHERE disclosure_limit <> ''`).Scan(&st.limits)
		if err != nil {
			return im.st.fail(fmt.Errorf("count categories: %w", err))
		}
		im.catalog = st
	}
	st := im.catalog
	label := e.Limit.String()
	var had string
	err := im.tx.QueryRowContext(im.ctx, `SELECT disclosure_limit FROM categories WHERE name = ?`, e.Name).Scan(&had)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		_, err = im.tx.ExecContext(im.ctx, `INSERT INTO categories (position, name, disclosure_limit)
			VALUES ((SELECT coalesce(max(position), 0) + 1 FROM categories), ?, ?)`, e.Name, label)
		st.Added++
	case err != nil:
	case had == label:
		st.Unchanged++
	default:
		_, err = im.tx.ExecContext(im.ctx, `UPDATE categories SET disclosure_limit = ? WHERE name = ?`, label, e.Name)
		st.Updated++
	}
	if err != nil {
		return im.st.fail(fmt.Errorf("write categories %q: %w", e.Name, err))
	}
	if had == "" && label != "" {
		st.limits++
	} else if had != "" && label == "" {
		st.limits--
	}
	return nil
}
