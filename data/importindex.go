package data

import (
	"context"
	"database/sql"
	"fmt"
)

// deferredIndexes are the secondary indexes of a table that an import
// found empty: the import drops them in its transaction before its first
// row and creates them again, from the statements the schema held, before
// anything reads the table (Absent, DeleteAbsent, Commit). Building an
// index once from the finished table is a sort, cheaper than inserting a
// random key into it for every row, and leaves fewer, fuller pages to
// commit. The key's own index (PRIMARY KEY or UNIQUE) is never dropped:
// the upsert statements need it. A rollback undoes the drop with the rest.
type deferredIndexes struct{ droppedSchema }

// indexBuildCacheKiB is the page cache, in KiB, while the indexes are
// built again.
const indexBuildCacheKiB = importCacheKiB / 2

// deferIndexes drops the plain indexes of table t if t holds no row.
func deferIndexes(ctx context.Context, tx *sql.Tx, t string) (*deferredIndexes, error) {
	var any bool
	if err := tx.QueryRowContext(ctx, "SELECT EXISTS (SELECT 1 FROM "+t+")").Scan(&any); err != nil {
		return nil, fmt.Errorf("read %s: %w", t, err)
	}
	if any {
		return nil, nil
	}
	ds, err := dropSchema(ctx, tx, "index", `SELECT m.name, m.sql FROM pragma_index_list(?) il
		JOIN sqlite_schema m ON m.type = 'index' AND m.name = il.name
		WHERE il."unique" = 0 AND il.origin = 'c' AND m.sql IS NOT NULL ORDER BY m.name`, t)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", t, err)
	}
	return &deferredIndexes{ds}, nil
}

// restore creates the dropped indexes again; it does nothing the second time.
func (d *deferredIndexes) restore(ctx context.Context, tx *sql.Tx) error {
	if d == nil || !d.pending() {
		return nil
	}
	// SQLite's sorter takes as much memory as the page cache holds: half
	// the import's cache each keeps an import under 100 MB.
	if err := setCache(ctx, tx, -indexBuildCacheKiB); err != nil {
		return err
	}
	defer setCache(ctx, tx, -importCacheKiB)
	return d.recreate(ctx, tx)
}
