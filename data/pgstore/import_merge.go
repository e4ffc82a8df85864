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
	temp, merge string
	copyCols    []string
	rows        [][]any // keys, data, src_file, src_sheet, src_row, row_hash
	seen        map[string]report.Origin
	stats       data.Stats
}

// newLedgerImport creates the temporary table of t in tx.
func newLedgerImport(ctx context.Context, tx pgx.Tx, t *importTable) (*ledgerImport, error) {
	l := &ledgerImport{t: t, temp: "xxgk_import_" + t.name, seen: map[string]report.Origin{}}
	l.copyCols = append(append(append([]string{}, t.keys...), t.cols...), "src_file", "src_sheet", "src_row", "row_hash")
	l.merge = mergeText(t, l.temp)
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
// many it added, changed and found unchanged. A row new by its key is
// inserted (xmax = 0 in RETURNING); a row that has the key gets the
// import's id and origin, and its data and updated_at only when its hash
// differs; old, read in the statement's snapshot, tells those apart.
func mergeText(t *importTable, temp string) string {
	on := func(a, b string) string {
		parts := make([]string, len(t.keys))
		for i, k := range t.keys {
			parts[i] = a + "." + k + " = " + b + "." + k
		}
		return strings.Join(parts, " AND ")
	}
	keys := strings.Join(t.keys, ", ")
	data := append(append([]string{}, t.keys...), t.cols...)
	var set []string
	for _, c := range append(append([]string{}, t.cols...), "src_file", "src_sheet", "src_row", "import_id", "row_hash") {
		set = append(set, c+" = excluded."+c)
	}
	set = append(set, "updated_at = CASE WHEN t.row_hash = excluded.row_hash THEN t.updated_at ELSE excluded.updated_at END")
	var qk, sk []string
	for _, k := range t.keys {
		qk = append(qk, "t."+k)
		sk = append(sk, "s."+k)
	}
	var where []string
	for _, k := range t.keys {
		where = append(where, "o."+k+" = s."+k)
	}
	// old looks each row up by its key (a subquery per row, on the
	// primary key), whatever the planner believes of the tables' sizes.
	return `WITH old AS (
	SELECT ` + strings.Join(sk, ", ") + `, (SELECT o.row_hash FROM ` + t.name + ` o
		WHERE o.unit_id = $1 AND ` + strings.Join(where, " AND ") + `) AS row_hash FROM ` + temp + ` s
), up AS (
	INSERT INTO ` + t.name + ` AS t (unit_id, ` + strings.Join(data, ", ") + `, src_file, src_sheet, src_row, import_id, row_hash, updated_at)
	SELECT $1, ` + strings.Join(data, ", ") + `, src_file, src_sheet, src_row, $2, row_hash, $3 FROM ` + temp + `
	ON CONFLICT (unit_id, ` + keys + `) DO UPDATE SET ` + strings.Join(set, ", ") + `
	RETURNING ` + strings.Join(qk, ", ") + `, t.row_hash, xmax = 0 AS added
)
SELECT count(*) FILTER (WHERE up.added)::int,
	count(*) FILTER (WHERE NOT up.added AND up.row_hash IS DISTINCT FROM old.row_hash)::int,
	count(*) FILTER (WHERE NOT up.added AND up.row_hash = old.row_hash)::int
FROM up LEFT JOIN old ON ` + on("up", "old")
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
	var added, changed, unchanged int
	if err := tx.QueryRow(ctx, l.merge, id, importID, now).Scan(&added, &changed, &unchanged); err != nil {
		return fmt.Errorf("write %s: %w", l.t.name, err)
	}
	if _, err := tx.Exec(ctx, `TRUNCATE `+l.temp); err != nil {
		return fmt.Errorf("write %s: %w", l.t.name, err)
	}
	if n := added + changed + unchanged; n != len(l.rows) {
		return fmt.Errorf("write %s: %d rows merged of %d", l.t.name, n, len(l.rows))
	}
	l.stats.Added += added
	l.stats.Updated += changed
	l.stats.Unchanged += unchanged
	clear(l.rows)
	l.rows = l.rows[:0]
	return nil
}
