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
	// into before the merge; merge is the statement that writes them.
	temp, merge, touch string
	copyCols    []string
	rows        [][]any // keys, data, src_file, src_sheet, src_row, row_hash
	seen        map[string]report.Origin
	stats       data.Stats
}

// newLedgerImport creates the temporary table of t in tx.
func newLedgerImport(ctx context.Context, tx pgx.Tx, t *importTable) (*ledgerImport, error) {
	l := &ledgerImport{t: t, temp: "xxgk_import_" + t.name, seen: map[string]report.Origin{}}
	l.copyCols = append(append(append([]string{}, t.keys...), t.cols...), "src_file", "src_sheet", "src_row", "row_hash")
	l.merge, l.touch = mergeText(t, l.temp), touchText(t, l.temp)
	// The temporary table takes the ledger table's column types and none
	// of its constraints: the merge checks them.
	_, err := tx.Exec(ctx, `CREATE TEMPORARY TABLE `+l.temp+` ON COMMIT DROP AS SELECT `+
		strings.Join(l.copyCols, ", ")+` FROM `+t.name+` WITH NO DATA`)
	if err != nil {
		return nil, fmt.Errorf("prepare %s: %w", t.name, err)
	}
	return l, nil
}

// mergeText is the statement that writes the rows of the temporary table
// temp into t for the unit $1, by import $2 at time $3, and returns how
// many it added and changed: a row new by its key is inserted (xmax = 0 in
// RETURNING); a row whose hash differs is updated. A row found unchanged
// is left to touchText, which records that this import read it.
func mergeText(t *importTable, temp string) string {
	keys := strings.Join(t.keys, ", ")
	data := strings.Join(append(append([]string{}, t.keys...), t.cols...), ", ")
	var set []string
	for _, c := range append(append([]string{}, t.cols...), "src_file", "src_sheet", "src_row", "import_id", "row_hash", "updated_at") {
		set = append(set, c+" = excluded."+c)
	}
	return `WITH up AS (
	INSERT INTO ` + t.name + ` AS t (unit_id, ` + data + `, src_file, src_sheet, src_row, import_id, row_hash, updated_at)
	SELECT $1, ` + data + `, src_file, src_sheet, src_row, $2, row_hash, $3 FROM ` + temp + `
	ON CONFLICT (unit_id, ` + keys + `) DO UPDATE SET ` + strings.Join(set, ", ") + `
	WHERE t.row_hash <> excluded.row_hash
	RETURNING xmax = 0 AS added
)
SELECT count(*) FILTER (WHERE added)::int, count(*) FILTER (WHERE NOT added)::int FROM up`
}

// touchText is the statement that records, for the rows of temp the merge
// found unchanged, this import ($2) and where it read them, as data's
// import does; their data and updated_at stay as they were.
func touchText(t *importTable, temp string) string {
	on := make([]string, len(t.keys))
	for i, k := range t.keys {
		on[i] = "t." + k + " = s." + k
	}
	return `UPDATE ` + t.name + ` t SET src_file = s.src_file, src_sheet = s.src_sheet, src_row = s.src_row, import_id = $2
	FROM ` + temp + ` s WHERE t.unit_id = $1 AND ` + strings.Join(on, " AND ") + ` AND t.import_id IS DISTINCT FROM $2`
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
	var added, changed int
	if err := tx.QueryRow(ctx, l.merge, id, importID, now).Scan(&added, &changed); err != nil {
		return fmt.Errorf("write %s: %w", l.t.name, err)
	}
	unchanged := len(l.rows) - added - changed
	if unchanged > 0 {
		tag, err := tx.Exec(ctx, l.touch, id, importID)
		if err != nil {
			return fmt.Errorf("write %s: %w", l.t.name, err)
		}
		if n := int(tag.RowsAffected()); n != unchanged {
			return fmt.Errorf("write %s: %d rows found unchanged of %d", l.t.name, n, unchanged)
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
