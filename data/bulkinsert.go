package data

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/xxgk/xxgk/report"
)

// bulkRows is the number of rows one bulk statement inserts. The ledger
// readers flush every 1000 rows (before each progress report), so it
// divides 1000: only the end of a sheet leaves a shorter batch.
const bulkRows = 50

// bulkInsert writes the rows of a table the import found empty several
// at a time, with one INSERT of many VALUES rows. In such a table every
// row of the import is new unless its key was met before in the same
// import, so one plain INSERT stands for the three statements of the
// upserter; the file, sheet, import and time are bound once per batch
// (numbered parameters ?1–?4 shared by its rows) instead of once per row,
// and a batch costs one step and one reset instead of one per row.
//
// A batch that fails (a key met twice, any constraint) leaves nothing
// written, as one statement; its rows are then written again one by one
// through the upserter, which finds the same row failing with the same
// error as if the rows had never been batched (see upserter.flush).
type bulkInsert struct {
	t    table
	full *rawStmt // the statement of bulkRows rows
	args []any    // file, sheet, import id, updated_at, then each row's values
	rows []pendingRow
	// The file and sheet of the rows of the batch: a row of another one
	// flushes the batch first.
	file, sheet string
}

// pendingRow is a row of a batch, kept to write it again one by one:
// its origin, and where its keys and data values start in args. The
// values are copied there, not kept by reference, so that the callers'
// lists of values need not escape to the heap.
type pendingRow struct {
	o  report.Origin
	at int
}

// row returns the keys and data values of row r of args (see pendingRow).
func (b *bulkInsert) row(args []any, r pendingRow) (keys, vals []any) {
	nk, nc := len(b.t.keys), len(b.t.cols)
	return args[r.at : r.at+nk], args[r.at+nk : r.at+nk+nc]
}

// bulkText returns the statement inserting n rows of t: ?1 file,
// ?2 sheet, ?3 import id, ?4 updated_at, then for each row its keys,
// data, row number and hash, in the upsert's column order.
func bulkText(t table, n int) string {
	cols := append(append([]string{}, t.keys...), t.cols...)
	all := append(cols, "src_file", "src_sheet", "src_row", "import_id", "row_hash", "updated_at")
	var b strings.Builder
	b.WriteString("INSERT INTO " + t.name + " (" + strings.Join(all, ", ") + ") VALUES ")
	p := 5
	next := func() string { p++; return "?" + strconv.Itoa(p-1) }
	for r := range n {
		if r > 0 {
			b.WriteString(", ")
		}
		b.WriteByte('(')
		for range cols {
			b.WriteString(next() + ", ")
		}
		b.WriteString("?1, ?2, " + next() + ", ?3, " + next() + ", ?4)")
	}
	return b.String()
}

// prepareBulk prepares the bulk statement of t on conn (see rawStmt).
func prepareBulk(ctx context.Context, conn *sql.Conn, t table) (*bulkInsert, error) {
	st, err := prepareRaw(ctx, conn, bulkText(t, bulkRows))
	if err != nil {
		return nil, fmt.Errorf("prepare %s: %w", t.name, err)
	}
	return &bulkInsert{t: t, full: st}, nil
}

// fits reports whether a row of origin o joins the batch: of its file
// and sheet, if the batch holds rows.
func (b *bulkInsert) fits(o report.Origin) bool {
	return len(b.rows) == 0 || (o.File == b.file && o.Sheet == b.sheet)
}

// add appends a row to the batch, keys and vals as the upserter takes
// them and hash their row hash, and reports whether the batch is full.
func (b *bulkInsert) add(o report.Origin, keys, vals []any, hash string) bool {
	if len(b.rows) == 0 {
		b.file, b.sheet = o.File, o.Sheet
		b.args = append(b.args[:0], o.File, o.Sheet, nil, nil)
	}
	at := len(b.args)
	b.args = append(append(append(b.args, keys...), vals...), int64(o.Row), hash)
	b.rows = append(b.rows, pendingRow{o: o, at: at})
	return len(b.rows) >= bulkRows
}

// run writes the batch with one statement, in conn.Raw's callback: the
// prepared one for a full batch, one prepared for the purpose for a
// shorter one. The caller resets the batch.
func (b *bulkInsert) run(ctx context.Context, dc any, im *Import) error {
	b.args[2], b.args[3] = im.id, im.now
	st := b.full
	if len(b.rows) != bulkRows {
		pc, ok := dc.(driver.ConnPrepareContext)
		if !ok {
			return errors.New("driver cannot prepare with a context")
		}
		ds, err := pc.PrepareContext(ctx, bulkText(b.t, len(b.rows)))
		if err != nil {
			return err
		}
		defer ds.Close()
		ex, ok := ds.(driver.StmtExecContext)
		if !ok {
			return errors.New("driver statement cannot execute with a context")
		}
		st = &rawStmt{st: ds, exec: ex}
	}
	if err := st.bind(b.args); err != nil {
		return err
	}
	_, err := st.run(ctx)
	return err
}

// reset empties the batch.
func (b *bulkInsert) reset() {
	clear(b.rows)
	clear(b.args)
	b.rows, b.args = b.rows[:0], b.args[:0]
}
