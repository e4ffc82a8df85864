package pgstore

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/data"
	sheets "github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/report"
)

// Import is one all-or-nothing import of a unit's ledgers on PostgreSQL:
// the data.Importer that `xxgk import` and the workbench drive, with the
// same Stats, Absent rows, imports record and rows as SQLite's *data.Import
// on the same files.
//
// Everything runs in one transaction acting for the unit (Unit.actFor),
// held open from BeginImport to Commit or Rollback. The rows of each
// ledger are held in batches, copied (COPY) into a temporary table and
// merged into the ledger table with INSERT … ON CONFLICT (see
// mergeTexts): no row is read before it is written, and every row is
// found through the primary key, so two imports of two units never wait
// for each other. Two imports of the same unit do:
// BeginImport takes the unit's import lock (an advisory lock held to the
// end of the transaction), so the second starts from what the first
// committed and nothing is lost or doubled.
type Import struct {
	u   *Unit
	ctx context.Context // the import's lifetime: every statement runs in it
	tx  pgx.Tx
	id  int64
	now time.Time
	// ledgers are the tables written to, in the order first met.
	ledgers map[string]*ledgerImport
	order   []*ledgerImport
	// last is the ledger of the previous row: its batch is written before
	// a row of another ledger, so rows reach the database in the order
	// they were read.
	last *ledgerImport
	// batching is on while a ledger reader writes through the import
	// (ledger.Batcher): rows are then held until Flush or batchRows.
	batching bool
	catalog  *catalogStats
	done     bool // committed or rolled back
}

var (
	_ data.Importer      = (*Import)(nil)
	_ sheets.Batcher     = (*Import)(nil)
	_ sheets.CatalogSink = (*Import)(nil)
)

// batchRows is the most rows a ledger holds before it writes them; the
// ledger readers flush every 1000 rows anyway.
const batchRows = 5000

// importLock is the first key of a unit's import lock (the second is the
// unit's id): pg_advisory_xact_lock(importLock, id).
const importLock int32 = 0x786d7074 // "xmpt"

// BeginImport starts an import of the named files at time now, in a
// transaction acting for the unit that waits for another import of the
// same unit to end. It records the import (table imports) as data's does.
func (u *Unit) BeginImport(ctx context.Context, files []string, now time.Time) (data.Importer, error) {
	tx, err := u.s.pool.Begin(ctx)
	if err != nil {
		return nil, fmt.Errorf("begin import: %w", err)
	}
	im := &Import{u: u, ctx: ctx, tx: tx, now: now, ledgers: map[string]*ledgerImport{}}
	if err := im.begin(files); err != nil {
		tx.Rollback(context.WithoutCancel(ctx))
		return nil, err
	}
	return im, nil
}

func (im *Import) begin(files []string) error {
	ctx, u := im.ctx, im.u
	if err := u.actFor(ctx, im.tx); err != nil {
		return err
	}
	if _, err := im.tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, $2)`, importLock, int32(u.id%(1<<31-1))); err != nil {
		return fmt.Errorf("begin import: %w", err)
	}
	err := im.tx.QueryRow(ctx, `INSERT INTO imports (unit_id, started_at, files) VALUES ($1, $2, $3) RETURNING id`,
		u.id, im.now, strings.Join(files, "\n")).Scan(&im.id)
	if err != nil {
		return fmt.Errorf("begin import: %w", err)
	}
	return nil
}

// put takes one row of t: written at once, or held in its ledger's batch
// while batching is on.
func (im *Import) put(t *importTable, o report.Origin, keys, vals []any) error {
	if err := im.ctx.Err(); err != nil {
		return err
	}
	if im.done {
		return fmt.Errorf("write %s: the import has ended", t.name)
	}
	l, ok := im.ledgers[t.name]
	if !ok {
		var err error
		if l, err = newLedgerImport(im.ctx, im.tx, t); err != nil {
			return err
		}
		im.ledgers[t.name] = l
		im.order = append(im.order, l)
	}
	if im.last != nil && im.last != l {
		if err := im.last.flush(im.ctx, im.tx, im.u.id, im.id, im.now); err != nil {
			return err
		}
	}
	im.last = l
	if err := l.add(o, keys, vals); err != nil {
		return err
	}
	if !im.batching || len(l.rows) >= batchRows {
		return l.flush(im.ctx, im.tx, im.u.id, im.id, im.now)
	}
	return nil
}

// SetBatching lets the import hold rows back and write them in batches,
// while on; an error of a row may then come back from a later row's
// method or from Flush, Absent, DeleteAbsent or Commit (ledger.Batcher).
// A key met twice is refused at once either way.
func (im *Import) SetBatching(on bool) { im.batching = on }

// Flush writes the rows held back, returning the error of a batch that
// fails.
func (im *Import) Flush() error {
	if err := im.ctx.Err(); err != nil {
		return err
	}
	for _, l := range im.order {
		if err := l.flush(im.ctx, im.tx, im.u.id, im.id, im.now); err != nil {
			return err
		}
	}
	return nil
}

// Stats returns what the import did so far, per ledger in the order first
// met, then the 目录 sheets' line, as data's Import. Rows held in a batch
// count once written (Flush; Absent, DeleteAbsent and Commit flush).
func (im *Import) Stats() []data.LedgerStats {
	var out []data.LedgerStats
	for _, l := range im.order {
		out = append(out, data.LedgerStats{Ledger: l.t.ledger, Stats: l.stats})
	}
	if c := im.catalog; c != nil {
		out = append(out, data.LedgerStats{Ledger: data.CatalogLedger, Stats: c.Stats, Catalog: true, Limits: c.limits})
	}
	return out
}

// Commit writes the rows held back, checks the references between the
// imported rows (*data.ReferenceError), records the import's totals and
// makes its rows visible. On any error the import is rolled back.
func (im *Import) Commit() error {
	if im.done {
		return fmt.Errorf("commit import: the import has ended")
	}
	if err := im.commit(); err != nil {
		im.Rollback()
		return err
	}
	im.done = true
	return nil
}

func (im *Import) commit() error {
	if err := im.Flush(); err != nil {
		return err
	}
	if err := im.checkReferences(); err != nil {
		return err
	}
	var sum data.Stats
	for _, l := range im.order {
		sum.Added += l.stats.Added
		sum.Updated += l.stats.Updated
		sum.Unchanged += l.stats.Unchanged
		sum.Deleted += l.stats.Deleted
	}
	_, err := im.tx.Exec(im.ctx, `UPDATE imports SET added = $3, updated = $4, unchanged = $5, deleted = $6
		WHERE unit_id = $1 AND id = $2`, im.u.id, im.id, sum.Added, sum.Updated, sum.Unchanged, sum.Deleted)
	if err != nil {
		return fmt.Errorf("commit import: %w", err)
	}
	if err := im.tx.Commit(im.ctx); err != nil {
		return fmt.Errorf("commit import: %w", err)
	}
	return nil
}

// Rollback abandons the import: the database is left as it was. It is
// safe to call after Commit, and with the import's context cancelled.
func (im *Import) Rollback() error {
	if im.done {
		return nil
	}
	im.done = true
	err := im.tx.Rollback(context.WithoutCancel(im.ctx))
	if err == pgx.ErrTxClosed {
		return nil
	}
	return err
}
