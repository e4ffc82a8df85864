package data

import (
	"context"
	"database/sql"
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
	// late is how many of the last cols were added after rows had been
	// hashed (migration 0007): the row hash leaves them out while they
	// are NULL, so a row written before them keeps its hash and a
	// re-import of the same ledger still finds it unchanged.
	late int
}

// hashed returns the values of vals the row hash covers: all of them
// but the trailing late columns that are NULL.
func (t table) hashed(vals []any) []any {
	n := len(vals)
	for i := 0; i < t.late && n > 0 && vals[n-1] == nil; i++ {
		n--
	}
	return vals[:n]
}

// A row of an import is in exactly one of these states, and each state
// has one prepared statement that writes the row only when the row is in
// that state: the statement's changes() is 1 if it was, 0 if not.
const (
	rowNew       = iota // no row has the key: insert it (added)
	rowUnchanged        // same data: record where it was read (unchanged)
	rowChanged          // other data: write it (updated)
	rowStates
)

// upserter writes rows of one table inside an import's transaction with
// prepared statements, telling added, updated and unchanged rows apart by a
// hash of the data columns. A row costs one statement when it is in the
// state the previous row was in (a new database, a re-import of the same
// ledger); a key met twice in the import matches none of the statements.
type upserter struct {
	t     table
	write [rowStates]*rawStmt
	args  [rowStates][]any // each statement's arguments, reused row to row
	first *sql.Stmt        // the origin of the row that already has the key
	last  int              // the state the previous row was in
	hash  *rowHasher
	stats Stats
	// The row being written: its context, the state it was found in
	// (-1 for none) and writeRow as a func value, made once, for conn.Raw.
	ctx      context.Context
	found    int
	writeRaw func(any) error
	// The boxed values fill puts in every row's arguments.
	id, now, file, sheet any
	fileText, sheetText  string
	// bulk batches the rows when the table was empty when the import
	// began (see bulkInsert); nil otherwise.
	bulk *bulkInsert
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

// upsertTexts returns the statements of t, by row state, and the query of
// the origin of a row. Arguments: new takes keys, data, meta, hash, stamp;
// unchanged takes meta, keys, import id, hash; changed takes data, meta,
// hash, stamp, keys, import id, hash. The import id in the WHERE keeps a
// row this import wrote already from matching (a duplicate key).
func upsertTexts(t table) (write [rowStates]string, first string) {
	meta := []string{"src_file", "src_sheet", "src_row", "import_id"}
	where := strings.Join(t.keys, " = ? AND ") + " = ? AND import_id IS NOT ?"
	all := append(append(append([]string{}, t.keys...), t.cols...), append(meta, "row_hash", "updated_at")...)
	set := func(cols []string) string { return strings.Join(cols, " = ?, ") + " = ?" }
	write[rowNew] = "INSERT INTO " + t.name + " (" + strings.Join(all, ", ") + ") VALUES (?" +
		strings.Repeat(", ?", len(all)-1) + ") ON CONFLICT (" + strings.Join(t.keys, ", ") + ") DO NOTHING"
	write[rowUnchanged] = "UPDATE " + t.name + " SET " + set(meta) + " WHERE " + where + " AND row_hash = ?"
	write[rowChanged] = "UPDATE " + t.name + " SET " + set(append(append(append([]string{}, t.cols...), meta...), "row_hash", "updated_at")) +
		" WHERE " + where + " AND row_hash <> ?"
	first = "SELECT src_file, src_sheet, src_row FROM " + t.name + " WHERE " + strings.Join(t.keys, " = ? AND ") + " = ?"
	return write, first
}

// prepareUpserter prepares the statements of t: those that write a row on
// conn's driver connection (see rawStmt), the origin query on tx, which
// is on conn too.
// With bulk (the table is empty), rows are written in batches.
func prepareUpserter(ctx context.Context, conn *sql.Conn, tx *sql.Tx, t table, bulk bool) (*upserter, error) {
	write, first := upsertTexts(t)
	u := &upserter{t: t, hash: newRowHasher()}
	u.writeRaw = u.writeRow
	if bulk {
		b, err := prepareBulk(ctx, conn, t)
		if err != nil {
			return nil, err
		}
		u.bulk = b
	}
	for i, text := range write {
		st, err := prepareRaw(ctx, conn, text)
		if err != nil {
			u.close(conn)
			return nil, fmt.Errorf("prepare %s: %w", t.name, err)
		}
		u.write[i] = st
	}
	st, err := tx.PrepareContext(ctx, first)
	if err != nil {
		u.close(conn)
		return nil, fmt.Errorf("prepare %s: %w", t.name, err)
	}
	u.first = st
	return u, nil
}

// close closes the statements; it does nothing the second time.
func (u *upserter) close(conn *sql.Conn) {
	closeRaw(conn, u.write[:]...)
	u.write = [rowStates]*rawStmt{}
	if u.bulk != nil {
		closeRaw(conn, u.bulk.full)
		u.bulk = nil
	}
	if u.first != nil {
		u.first.Close()
		u.first = nil
	}
}

// put writes one row: keys and data values in the table's column order.
// ctx should not be cancellable: the driver watches a cancellable one
// with a goroutine per statement; the import checks for Ctrl+C per row.
// A row put in a batch is written by a later put or by flush, which
// returns its error.
func (u *upserter) put(ctx context.Context, conn *sql.Conn, im *Import, o report.Origin, keys, vals []any) error {
	b := u.bulk
	if b == nil {
		return u.putRow(ctx, conn, im, o, keys, vals)
	}
	if !b.fits(o) {
		if err := u.flush(ctx, conn, im); err != nil {
			return err
		}
	}
	if b.add(o, keys, vals, u.hash.hash(u.t.hashed(vals))) {
		return u.flush(ctx, conn, im)
	}
	return nil
}

// pending returns the number of rows put in the batch and not yet written.
func (u *upserter) pending() int {
	if u.bulk == nil {
		return 0
	}
	return len(u.bulk.rows)
}

// flush writes the rows of the batch. When the batch fails, and the
// transaction is still open, its rows are written again one by one, so
// that the first failing row returns its own error (a DuplicateKeyError
// naming both rows, a constraint) exactly as without batches.
func (u *upserter) flush(ctx context.Context, conn *sql.Conn, im *Import) error {
	b := u.bulk
	if b == nil || len(b.rows) == 0 {
		return nil
	}
	inTx := true
	err := conn.Raw(func(dc any) error {
		err := b.run(ctx, dc, im)
		if ac, ok := dc.(interface{ AutoCommit() bool }); err != nil && ok {
			inTx = !ac.AutoCommit()
		}
		return err
	})
	if err == nil {
		u.stats.Added += len(b.rows)
		u.last = rowNew
		b.reset()
		return nil
	}
	if !inTx { // SQLite rolled the transaction back: nothing to write into
		b.reset()
		return fmt.Errorf("write %s: %w", u.t.name, err)
	}
	rows, args := append([]pendingRow(nil), b.rows...), append([]any(nil), b.args...)
	b.reset()
	for _, r := range rows {
		keys, vals := b.row(args, r)
		if err := u.putRow(ctx, conn, im, r.o, keys, vals); err != nil {
			return err
		}
	}
	return nil
}

// putRow writes one row with the upsert statements.
func (u *upserter) putRow(ctx context.Context, conn *sql.Conn, im *Import, o report.Origin, keys, vals []any) error {
	u.fill(im, o, keys, vals)
	u.ctx, u.found = ctx, -1
	err := conn.Raw(u.writeRaw)
	u.ctx = nil
	if err != nil {
		return fmt.Errorf("write %s: %w", u.t.name, err)
	}
	if u.found < 0 {
		return u.duplicate(ctx, o, keys)
	}
	u.last = u.found
	u.count(u.found)
	return nil
}

// writeRow tries the row's statements, the previous row's state first,
// until one writes it, and sets found to its state. It runs in conn.Raw.
func (u *upserter) writeRow(any) error {
	for i := range rowStates {
		state := (u.last + i) % rowStates
		w := u.write[state]
		if err := w.bind(u.args[state]); err != nil {
			return err
		}
		n, err := w.run(u.ctx)
		if err != nil {
			return err
		}
		if n > 0 {
			u.found = state
			return nil
		}
	}
	return nil
}

// fill sets the arguments of the three statements for one row. Each
// value is boxed once (the file, sheet, import and time once per run of
// rows) and copied into the three lists, which are reused row to row.
func (u *upserter) fill(im *Import, o report.Origin, keys, vals []any) {
	if u.id == nil {
		u.id, u.now = im.id, im.now
	}
	if o.File != u.fileText || u.file == nil {
		u.fileText, u.file = o.File, o.File
	}
	if o.Sheet != u.sheetText || u.sheet == nil {
		u.sheetText, u.sheet = o.Sheet, o.Sheet
	}
	var hash, row any = u.hash.hash(u.t.hashed(vals)), int64(o.Row)
	a := u.args[rowNew][:0]
	a = append(append(a, keys...), vals...)
	u.args[rowNew] = append(a, u.file, u.sheet, row, u.id, hash, u.now)
	a = append(u.args[rowUnchanged][:0], u.file, u.sheet, row, u.id)
	u.args[rowUnchanged] = append(append(a, keys...), u.id, hash)
	a = append(u.args[rowChanged][:0], vals...)
	a = append(a, u.file, u.sheet, row, u.id, hash, u.now)
	u.args[rowChanged] = append(append(a, keys...), u.id, hash)
}

func (u *upserter) count(state int) {
	switch state {
	case rowNew:
		u.stats.Added++
	case rowUnchanged:
		u.stats.Unchanged++
	case rowChanged:
		u.stats.Updated++
	}
}

// duplicate returns the DuplicateKeyError of a row whose key this import
// wrote already.
func (u *upserter) duplicate(ctx context.Context, o report.Origin, keys []any) error {
	var file, sheet sql.NullString
	var row sql.NullInt64
	err := u.first.QueryRowContext(ctx, keys...).Scan(&file, &sheet, &row)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("write %s: key %s matched no statement", u.t.name, keyText(keys))
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", u.t.name, err)
	}
	first := report.Origin{File: file.String, Sheet: sheet.String, Row: int(row.Int64)}
	return &DuplicateKeyError{Ledger: u.t.ledger, Key: keyText(keys), First: first, Again: o}
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
	return dateText(d)
}

// dateText is d.String() without fmt, for the dates of every row.
func dateText(d report.Date) string {
	y, m, day := d.Year(), int(d.Month()), d.Day()
	if y < 0 || y > 9999 || m < 0 || day < 0 {
		return d.String()
	}
	b := [10]byte{
		byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + day/10), byte('0' + day%10),
	}
	return string(b[:])
}

func boolArg(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
