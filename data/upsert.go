package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// table describes a ledger table for upserts: its key and data columns.
type table struct {
	name   string
	ledger string // the ledger's Chinese name, for messages
	keys   []string
	cols   []string
}

// upserter writes rows of one table inside an import's transaction with
// prepared statements, telling added, updated and unchanged rows apart by a
// hash of the data columns.
type upserter struct {
	t                    table
	sel, ins, upd, touch *sql.Stmt
	stats                Stats
}

// DuplicateKeyError reports a key that occurs twice in one import.
type DuplicateKeyError struct {
	Ledger       string
	Key          string
	First, Again report.Origin
}

func (e *DuplicateKeyError) Error() string {
	return fmt.Sprintf("%s：%s台账的编号「%s」重复，已在 %s 出现过；同一编号在一次导入中只能出现一次",
		e.Again, e.Ledger, e.Key, e.First)
}

func prepareUpserter(ctx context.Context, tx *sql.Tx, t table) (*upserter, error) {
	meta := []string{"src_file", "src_sheet", "src_row", "import_id"}
	where := strings.Join(t.keys, " = ? AND ") + " = ?"
	all := append(append(append([]string{}, t.keys...), t.cols...), append(meta, "row_hash", "updated_at")...)
	set := func(cols []string) string { return strings.Join(cols, " = ?, ") + " = ?" }
	texts := []string{
		"SELECT row_hash, import_id, src_file, src_sheet, src_row FROM " + t.name + " WHERE " + where,
		"INSERT INTO " + t.name + " (" + strings.Join(all, ", ") + ") VALUES (?" + strings.Repeat(", ?", len(all)-1) + ")",
		"UPDATE " + t.name + " SET " + set(append(append(append([]string{}, t.cols...), meta...), "row_hash", "updated_at")) + " WHERE " + where,
		"UPDATE " + t.name + " SET " + set(meta) + " WHERE " + where,
	}
	u := &upserter{t: t}
	for i, dst := range []**sql.Stmt{&u.sel, &u.ins, &u.upd, &u.touch} {
		st, err := tx.PrepareContext(ctx, texts[i])
		if err != nil {
			return nil, fmt.Errorf("prepare %s: %w", t.name, err)
		}
		*dst = st
	}
	return u, nil
}

func (u *upserter) close() {
	for _, st := range []*sql.Stmt{u.sel, u.ins, u.upd, u.touch} {
		if st != nil {
			st.Close()
		}
	}
}

// put writes one row: keys and data values in the table's column order.
func (u *upserter) put(ctx context.Context, im *Import, o report.Origin, keys, vals []any) error {
	hash := rowHash(vals)
	meta := []any{o.File, o.Sheet, o.Row, im.id}
	var (
		oldHash        string
		oldImport      sql.NullInt64
		srcFile, srcSh sql.NullString
		srcRow         sql.NullInt64
	)
	err := u.sel.QueryRowContext(ctx, keys...).Scan(&oldHash, &oldImport, &srcFile, &srcSh, &srcRow)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		args := append(append(append(append([]any{}, keys...), vals...), meta...), hash, im.now)
		if _, err := u.ins.ExecContext(ctx, args...); err != nil {
			return fmt.Errorf("insert %s: %w", u.t.name, err)
		}
		u.stats.Added++
		return nil
	case err != nil:
		return fmt.Errorf("read %s: %w", u.t.name, err)
	}
	if oldImport.Valid && oldImport.Int64 == im.id {
		first := report.Origin{File: srcFile.String, Sheet: srcSh.String, Row: int(srcRow.Int64)}
		return &DuplicateKeyError{Ledger: u.t.ledger, Key: keyText(keys), First: first, Again: o}
	}
	if oldHash == hash {
		if _, err := u.touch.ExecContext(ctx, append(meta, keys...)...); err != nil {
			return fmt.Errorf("update %s: %w", u.t.name, err)
		}
		u.stats.Unchanged++
		return nil
	}
	args := append(append(append(append([]any{}, vals...), meta...), hash, im.now), keys...)
	if _, err := u.upd.ExecContext(ctx, args...); err != nil {
		return fmt.Errorf("update %s: %w", u.t.name, err)
	}
	u.stats.Updated++
	return nil
}

func rowHash(vals []any) string {
	h := sha256.New()
	for _, v := range vals {
		fmt.Fprintf(h, "%v\x1f", v)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func keyText(keys []any) string {
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprint(k)
	}
	return strings.Join(parts, " / ")
}

// dateArg turns a Date into a column value: NULL for the zero Date.
func dateArg(d report.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}

func boolArg(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
