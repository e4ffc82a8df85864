package pgstore

import (
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// catalogStats counts what an import's 目录 sheets did to the unit's
// 主动公开目录, as data's.
type catalogStats struct {
	data.Stats     // categories appended (Added), whose 时限 changed (Updated) or not (Unchanged)
	limits     int // categories of the 目录 with a 时限, as the import left them so far
}

// CatalogEntry writes a row of a 目录 sheet in the import's transaction,
// as data's: it sets the 时限 of the category (none when the cell was
// empty) and appends a category the 目录 lacks; a category listed twice
// takes the later 时限; no category is removed (ledger.CatalogSink).
func (im *Import) CatalogEntry(e report.CatalogEntry) error {
	if err := im.ctx.Err(); err != nil {
		return err
	}
	ctx, tx, id := im.ctx, im.tx, im.u.id
	if im.catalog == nil {
		st := &catalogStats{}
		err := tx.QueryRow(ctx, `SELECT count(*) FROM categories WHERE unit_id = $1 AND disclosure_limit <> ''`, id).Scan(&st.limits)
		if err != nil {
			return fmt.Errorf("count categories: %w", err)
		}
		im.catalog = st
	}
	st := im.catalog
	label := e.Limit.String()
	var had string
	err := tx.QueryRow(ctx, `SELECT disclosure_limit FROM categories WHERE unit_id = $1 AND name = $2`, id, e.Name).Scan(&had)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
		_, err = tx.Exec(ctx, `INSERT INTO categories (unit_id, position, name, disclosure_limit)
			VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM categories WHERE unit_id = $1), $2, $3)`, id, e.Name, label)
		st.Added++
	case err != nil:
	case had == label:
		st.Unchanged++
	default:
		_, err = tx.Exec(ctx, `UPDATE categories SET disclosure_limit = $3 WHERE unit_id = $1 AND name = $2`, id, e.Name, label)
		st.Updated++
	}
	if err != nil {
		return fmt.Errorf("write categories %q: %w", e.Name, err)
	}
	if had == "" && label != "" {
		st.limits++
	} else if had != "" && label == "" {
		st.limits--
	}
	return nil
}
