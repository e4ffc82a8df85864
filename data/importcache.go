package data

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
)

// importCacheKiB is SQLite's page cache, in KiB, while an import writes:
// large enough to hold the pages a ledger of a million rows keeps
// touching (its key index, the table's last pages) so that they are not
// spilled to the -wal file before the commit, small enough to keep an
// import's memory under 100 MB whatever the ledger's size. Durability is
// the store's (WAL, synchronous=NORMAL): only the cache changes.
const importCacheKiB = 32 << 10

// growCache sets the connection's page cache for an import and returns
// the size to restore (PRAGMA cache_size is per connection, and the
// connection goes back to the pool).
func growCache(ctx context.Context, tx *sql.Tx) (int64, error) {
	var old int64
	if err := tx.QueryRowContext(ctx, "PRAGMA cache_size").Scan(&old); err != nil {
		return 0, fmt.Errorf("read cache size: %w", err)
	}
	if err := setCache(ctx, tx, -importCacheKiB); err != nil {
		return 0, err
	}
	return old, nil
}

// setCache sets the page cache of tx's connection: pages if n > 0, KiB
// if n < 0, as PRAGMA cache_size takes it.
func setCache(ctx context.Context, tx *sql.Tx, n int64) error {
	if _, err := tx.ExecContext(ctx, "PRAGMA cache_size = "+strconv.FormatInt(n, 10)); err != nil {
		return fmt.Errorf("set cache size: %w", err)
	}
	return nil
}
