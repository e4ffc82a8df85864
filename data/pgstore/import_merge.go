package pgstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// ledgerImport is what an import holds of one ledger table: the rows put
// and not yet written, the keys met (a key met twice is refused at once,
// as data's import refuses it), and what the written rows did.
type ledgerImport struct {
	t *importTable
	// temp is the temporary table (ON COMMIT DROP) the rows are copied
	// into before the merge; merge and change are the statements that write
	// them (mergeTexts).
	temp, merge, change string
	copyCols            []string
	rows                [][]any // keys, data, src_file, src_sheet, src_row, row_hash
	seen                map[string]report.Origin
	stats               data.Stats
}

// newLedgerImport creates the temporary table of t in tx.
func newLedgerImport(ctx context.Context, tx pgx.Tx, t *importTable) (*ledgerImport, error) {
	l := &ledgerImport{t: t, temp: "xxgk_import_" + t.name, seen: map[string]report.Origin{}}
	l.copyCols = append(append(append([]string{}, t.keys...), t.cols...), "src_file", "src_sheet", "src_row", "row_hash")
	l.merge, l.change = mergeTexts(t, l.temp)
	// The temporary table takes the ledger table's column types and none
	// of its constraints: the merge checks them.
	_, err := tx.Exec(ctx, `CREATE TEMPORARY TABLE `+l.temp+` ON COMMIT DROP AS SELECT `+
		strings.Join(l.copyCols, ", ")+` FROM `+t.name+` WITH NO DATA`)
	if err != nil {
		return nil, fmt.Errorf("prepare %s: %w", t.name, err)
	}
	return l, nil
}

// mergeTexts are the two statements that write the rows of the temporary
// table temp into t for the unit $1, by import $2 at time $3. Both find
// the row of a key through the primary key (ON CONFLICT), never by a join
// a planner unaware of a new unit's rows could turn into a scan.
//
// The first inserts the rows new by their key, and records, for a row
// whose hash is unchanged, this import and where it read the row (its data
// and updated_at stay): it returns how many it added (xmax = 0) and found
// unchanged. The second writes the data of the rows whose hash differs
// (every other row now has the same hash) and returns how many.
func mergeTexts(t *importTable, temp string) (first, second string) {
	keys := strings.Join(t.keys, ", ")
	data := strings.Join(append(append([]string{}, t.keys...), t.cols...), ", ")
	insert := `INSERT INTO ` + t.name + ` AS t (unit_id, ` + data + `, src_file, src_sheet, src_row, import_id, row_hash, updated_at)
	SELECT $1, ` + data + `, src_file, src_sheet, src_row, $2, row_hash, $3 FROM ` + temp + `
	ON CONFLICT (unit_id, ` + keys + `) DO UPDATE SET `
	set := func(cols []string) string {
		out := make([]string, len(cols))
		for i, c := range cols {
			out[i] = c + " = excluded." + c
		}
		return strings.Join(out, ", ")
	}
	meta := []string{"src_file", "src_sheet", "src_row", "import_id"}
	first = `WITH up AS (` + insert + set(meta) + `
	WHERE t.row_hash = excluded.row_hash
	RETURNING xmax = 0 AS added
)
SELECT count(*) FILTER (WHERE added)::int, count(*) FILTER (WHERE NOT added)::int FROM up`
	second = insert + set(append(append(append([]string{}, t.cols...), meta...), "row_hash", "updated_at")) + `
	WHERE t.row_hash <> excluded.row_hash`
	return first, second
}

// keyOf is the text of a row's key, as data's DuplicateKeyError names it.
func keyOf(keys []any) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		if k == nil {
			parts[i] = "<nil>"
		} else {
			parts[i] = fmt.Sprint(k)
		}
	}
	return strings.Join(parts, " / ")
}

// add takes a row: keys and data values in the table's column order. A
// key the import met already is a *data.DuplicateKeyError naming both rows.
func (l *ledgerImport) add(o report.Origin, keys, vals []any) error {
	k := keyOf(keys)
	if first, ok := l.seen[k]; ok {
		return &data.DuplicateKeyError{Ledger: l.t.ledger, Key: k, First: first, Again: o}
	}
	l.seen[k] = report.Origin{File: o.File, Sheet: o.Sheet, Row: o.Row}
	row := make([]any, 0, len(l.copyCols))
	row = append(append(row, keys...), vals...)
	row = append(row, nullString(o.File), nullString(o.Sheet), nullInt(o.Row), rowHash(vals))
	l.rows = append(l.rows, row)
	return nil
}

// flush copies the rows held into the temporary table and merges them
// into the ledger table, for unit id by import importID at time now
// (a timestamptz value).
func (l *ledgerImport) flush(ctx context.Context, tx pgx.Tx, id, importID int64, now any) error {
	if len(l.rows) == 0 {
		return nil
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{l.temp}, l.copyCols, pgx.CopyFromRows(l.rows)); err != nil {
		return fmt.Errorf("write %s: %w", l.t.name, err)
	}
	var added, unchanged int
	if err := tx.QueryRow(ctx, l.merge, id, importID, now).Scan(&added, &unchanged); err != nil {
		return fmt.Errorf("write %s: %w", l.t.name, err)
	}
	changed := len(l.rows) - added - unchanged
	if changed > 0 {
		tag, err := tx.Exec(ctx, l.change, id, importID, now)
		if err != nil {
			return fmt.Errorf("write %s: %w", l.t.name, err)
		}
		if n := int(tag.RowsAffected()); n != changed {
			return fmt.Errorf("write %s: %d rows changed of %d", l.t.name, n, changed)
		}
	}
	if _, err := tx.Exec(ctx, `TRUNCATE `+l.temp); err != nil {
		return fmt.Errorf("write %s: %w", l.t.name, err)
	}
	l.stats.Added += added
	l.stats.Updated += changed
	l.stats.Unchanged += unchanged
	clear(l.rows)
	l.rows = l.rows[:0]
	return nil
}
