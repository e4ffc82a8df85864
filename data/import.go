package data

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/report"
)

// Stats counts what an import did to one ledger's rows.
type Stats struct {
	Added     int
	Updated   int
	Unchanged int
	Deleted   int // rows the files no longer hold, removed by DeleteAbsent
}

// Total returns the number of rows read.
func (s Stats) Total() int { return s.Added + s.Updated + s.Unchanged }

// Import is one all-or-nothing import: every row written through it goes
// into a single transaction, and nothing is visible until Commit. Rows are
// matched by their ledger key, so importing the same ledger twice adds
// nothing; a key met twice in one import is an error (DuplicateKeyError).
// Import implements ledger.Sink.
type Import struct {
	st  *Store
	ctx context.Context // the import's lifetime, as for sql.Tx
	// rowCtx is ctx without its cancellation, for the statements of one
	// row: put checks ctx before each row instead.
	rowCtx context.Context
	// conn is the connection tx is on, held until Commit or Rollback.
	conn *sql.Conn
	tx   *sql.Tx
	// oldCache is the connection's page cache before the import, set
	// back before the connection returns to the pool.
	oldCache int64
	id       int64
	now      string
	files    []string
	ups      map[string]*upserter
	order    []string
	// last is the upserter of the previous row: its batch is written
	// before a row of another table, so rows reach the database in the
	// order they were read.
	last *upserter
	// batching is on while a ledger reader writes through the import.
	batching bool
	// indexes are the indexes dropped from tables the import found empty,
	// created again before anything reads them (see deferredIndexes).
	indexes []*deferredIndexes
	// tallies are the publication tally triggers dropped likewise, the
	// tallies counted once at the end (see deferredTallies).
	tallies []*deferredTallies
	// catalog counts the rows of 目录 sheets, nil when none was read.
	catalog *catalogStats
}

// Importer is an import as the commands drive it: the ledger readers
// write rows through its ledger.Sink methods, then the command settles
// the rows the files no longer hold and commits or rolls back. The
// transaction lives in the context BeginImport was given, as an sql.Tx's
// does. *Import is SQLite's; another store's import can stand in for it.
type Importer interface {
	ledger.Sink
	// Absent lists the rows of the ledgers written to that were not read.
	Absent() ([]Absent, error)
	// DeleteAbsent deletes those rows.
	DeleteAbsent() error
	// Stats returns what the import did so far, per ledger.
	Stats() []LedgerStats
	Commit() error
	Rollback() error
}

var (
	_ Importer           = (*Import)(nil)
	_ ledger.Batcher     = (*Import)(nil)
	_ ledger.CatalogSink = (*Import)(nil)
)

// BeginImport starts an import of the named files at time now. It returns
// an *Import, as the Importer that a store behind an interface returns.
func (s *Store) BeginImport(ctx context.Context, files []string, now time.Time) (Importer, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, s.fail(fmt.Errorf("begin import: %w", err))
	}
	im, err := s.beginImport(ctx, conn, files, now)
	if err != nil {
		conn.Close()
		return nil, err
	}
	return im, nil
}

// beginImport begins the import's transaction on conn, the connection
// its rows are written through (see rawStmt).
func (s *Store) beginImport(ctx context.Context, conn *sql.Conn, files []string, now time.Time) (*Import, error) {
	tx, err := s.beginWith(ctx, conn.BeginTx)
	if err != nil {
		return nil, err
	}
	oldCache, err := growCache(ctx, tx)
	if err != nil {
		tx.Rollback()
		return nil, s.fail(fmt.Errorf("begin import: %w", err))
	}
	stamp := now.Format(time.RFC3339Nano)
	res, err := tx.ExecContext(ctx, `INSERT INTO imports (started_at, files) VALUES (?, ?)`, stamp, strings.Join(files, "\n"))
	if err != nil {
		tx.Rollback()
		return nil, s.fail(fmt.Errorf("begin import: %w", err))
	}
	id, err := res.LastInsertId()
	if err != nil {
		tx.Rollback()
		return nil, fmt.Errorf("begin import: %w", err)
	}
	return &Import{st: s, ctx: ctx, rowCtx: context.WithoutCancel(ctx), conn: conn, tx: tx, oldCache: oldCache, id: id, now: stamp, files: files, ups: map[string]*upserter{}}, nil
}

func (im *Import) put(t table, o report.Origin, keys, vals []any) error {
	u, ok := im.ups[t.name]
	if !ok {
		d, err := deferIndexes(im.ctx, im.tx, t.name)
		if err != nil {
			return im.st.fail(err)
		}
		if d != nil {
			im.indexes = append(im.indexes, d)
			dt, err := deferTallies(im.ctx, im.tx, t.name)
			if err != nil {
				return im.st.fail(err)
			}
			if dt != nil {
				im.tallies = append(im.tallies, dt)
			}
		}
		if u, err = prepareUpserter(im.ctx, im.conn, im.tx, t, d != nil); err != nil {
			return im.st.fail(err)
		}
		im.ups[t.name] = u
		im.order = append(im.order, t.name)
	}
	if err := im.ctx.Err(); err != nil {
		return err
	}
	if im.last != nil && im.last != u {
		if err := im.Flush(); err != nil {
			return err
		}
	}
	im.last = u
	if !im.batching {
		if err := u.flush(im.rowCtx, im.conn, im); err != nil {
			return im.st.fail(err)
		}
		return im.st.fail(u.putRow(im.rowCtx, im.conn, im, o, keys, vals))
	}
	return im.st.fail(u.put(im.rowCtx, im.conn, im, o, keys, vals))
}

// SetBatching lets the import hold rows of tables it found empty back
// and write them in batches (see bulkInsert), while on. Then an error of
// a row may come back from a later row's method or from Flush, Absent,
// DeleteAbsent or Commit: the ledger readers turn it on for their read
// and call Flush (ledger.Batcher).
func (im *Import) SetBatching(on bool) { im.batching = on }

// Flush writes the rows put in batches and not yet written, returning
// the error of the first that fails, as its put would have without
// batches. The ledger readers call it at the end of each sheet and
// before they report anything about the rows read; Absent, DeleteAbsent
// and Commit call it first.
func (im *Import) Flush() error {
	for _, name := range im.order {
		if err := im.ups[name].flush(im.rowCtx, im.conn, im); err != nil {
			return im.st.fail(err)
		}
	}
	return nil
}

// LedgerStats is one ledger's line of an import summary.
type LedgerStats struct {
	Ledger string // Chinese name
	Stats
	// Catalog marks the line of the 目录 sheets (Ledger is CatalogLedger):
	// its counts are categories, not ledger rows, and Limits is how many
	// categories of the 目录 have a 公开时限 after the import.
	Catalog bool
	Limits  int
}

// Stats returns what the import did so far, per ledger in the order first met.
func (im *Import) Stats() []LedgerStats {
	var out []LedgerStats
	for _, name := range im.order {
		u := im.ups[name]
		st := u.stats
		st.Added += u.pending() // written by the next Flush, or the import fails
		out = append(out, LedgerStats{Ledger: u.t.ledger, Stats: st})
	}
	if c := im.catalog; c != nil {
		out = append(out, LedgerStats{Ledger: CatalogLedger, Stats: c.Stats, Catalog: true, Limits: c.limits})
	}
	return out
}

// Commit checks the references between the imported rows
// (ReferenceError), records the import's totals and makes its rows visible.
func (im *Import) Commit() error {
	defer im.conn.Close()
	if err := im.Flush(); err != nil {
		im.closeStmts()
		im.tx.Rollback()
		return err
	}
	if err := im.restoreIndexes(); err != nil {
		im.closeStmts()
		im.tx.Rollback()
		return err
	}
	if err := im.checkReferences(); err != nil {
		im.closeStmts()
		im.tx.Rollback()
		return err
	}
	var sum Stats
	for _, u := range im.ups {
		sum.Added += u.stats.Added
		sum.Updated += u.stats.Updated
		sum.Unchanged += u.stats.Unchanged
		sum.Deleted += u.stats.Deleted
	}
	im.closeStmts()
	_, err := im.tx.ExecContext(im.ctx, `UPDATE imports SET added = ?, updated = ?, unchanged = ?, deleted = ? WHERE id = ?`,
		sum.Added, sum.Updated, sum.Unchanged, sum.Deleted, im.id)
	if err != nil {
		im.tx.Rollback()
		return im.st.fail(fmt.Errorf("commit import: %w", err))
	}
	if err := setCache(im.ctx, im.tx, im.oldCache); err != nil {
		im.tx.Rollback()
		return im.st.fail(fmt.Errorf("commit import: %w", err))
	}
	if err := im.st.commit(im.ctx, im.tx); err != nil {
		im.tx.Rollback()
		return err
	}
	return nil
}

// Rollback abandons the import: the database is left as it was. It is safe
// to call after Commit.
func (im *Import) Rollback() error {
	im.closeStmts()
	setCache(im.rowCtx, im.tx, im.oldCache) // fails after Commit: nothing to set back
	err := im.tx.Rollback()
	im.conn.Close() // returns the connection to the pool; an error after Commit
	if err == sql.ErrTxDone {
		return nil
	}
	return err
}

// restoreIndexes creates the indexes the import dropped (deferIndexes),
// then counts the tallies whose triggers it dropped (deferTallies).
func (im *Import) restoreIndexes() error {
	for _, d := range im.indexes {
		if err := d.restore(im.ctx, im.tx); err != nil {
			return im.st.fail(err)
		}
	}
	im.indexes = nil
	for _, d := range im.tallies {
		if err := d.restore(im.ctx, im.tx); err != nil {
			return im.st.fail(err)
		}
	}
	im.tallies = nil
	return nil
}

func (im *Import) closeStmts() {
	for _, u := range im.ups {
		u.close(im.conn)
	}
}
