package data

import (
	"context"
	"database/sql"
	"fmt"
)

// deferredTallies are the triggers that keep the publication tallies
// (migration 0006) up to date, dropped by an import that found the
// publications empty and created again, with the tallies counted once from
// the finished table, before anything reads it. Three upserts per row into
// the tallies cost a new database's import as much as the rows themselves;
// counting each tally from the rebuilt covering index costs a fraction.
// A rollback undoes the drop with the rest.
type deferredTallies struct{ droppedSchema }

// tallyRecount counts the category tally from the publications, as
// migration 0006 filled it; the covering index publications_counts gives
// the rows in its order: no sorting.
const tallyRecount = `INSERT INTO publication_by_category
	SELECT published, category, count(*), sum(key_area <> 0), sum(from_request <> 0)
	FROM publications GROUP BY published, category ORDER BY published, category`

// tallyDayRecounts count the department and channel tallies one day at a
// time (the days the category tally lists): a GROUP BY of a whole year
// sorts all its rows, in as much memory as the page cache holds; a day's
// are a few thousand.
var tallyDayRecounts = []string{
	`INSERT INTO publication_by_department SELECT published, department, count(*) FROM publications
		WHERE published = ? GROUP BY published, department ORDER BY published, department`,
	`INSERT INTO publication_by_channels SELECT published, channels, count(*) FROM publications
		WHERE published = ? GROUP BY published, channels ORDER BY published, channels`,
}

// deferTallies drops the tally triggers when t is the publications, which
// the caller found empty (its tallies are then empty too); nil otherwise.
func deferTallies(ctx context.Context, tx *sql.Tx, t string) (*deferredTallies, error) {
	if t != "publications" {
		return nil, nil
	}
	ds, err := dropSchema(ctx, tx, "trigger", `SELECT name, sql FROM sqlite_schema
		WHERE type = 'trigger' AND tbl_name = 'publications' AND name LIKE 'publication\_tally\_%' ESCAPE '\'
		ORDER BY name`)
	if err != nil {
		return nil, err
	}
	return &deferredTallies{ds}, nil
}

// restore counts the tallies from the publications and creates the
// triggers again; it does nothing the second time.
func (d *deferredTallies) restore(ctx context.Context, tx *sql.Tx) error {
	if d == nil || !d.pending() {
		return nil
	}
	if err := recountTallies(ctx, tx); err != nil {
		return fmt.Errorf("count publication tallies: %w", err)
	}
	return d.recreate(ctx, tx)
}

// recountTallies fills the empty tallies from the publications.
func recountTallies(ctx context.Context, tx *sql.Tx) error {
	if _, err := tx.ExecContext(ctx, tallyRecount); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT published FROM publication_by_category ORDER BY published`)
	if err != nil {
		return err
	}
	var days []string
	for rows.Next() {
		var d string
		if err := rows.Scan(&d); err != nil {
			rows.Close()
			return err
		}
		days = append(days, d)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	for _, q := range tallyDayRecounts {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return err
		}
		for _, d := range days {
			if _, err := st.ExecContext(ctx, d); err != nil {
				st.Close()
				return err
			}
		}
		if err := st.Close(); err != nil {
			return err
		}
	}
	return nil
}
