package data

import (
	"testing"
)

// TestImportCacheSetBack grows the page cache for an import only: the
// connection goes back to the pool with the cache it had, after a commit
// and after a rollback.
func TestImportCacheSetBack(t *testing.T) {
	st := openTemp(t)
	st.db.SetMaxOpenConns(1) // every statement on the one connection
	cache := func() int64 {
		t.Helper()
		var n int64
		if err := st.db.QueryRowContext(t.Context(), "PRAGMA cache_size").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := cache()
	for _, commit := range []bool{true, false} {
		imp, err := st.BeginImport(t.Context(), nil, now)
		if err != nil {
			t.Fatal(err)
		}
		im := imp.(*Import)
		var during int64
		if err := im.tx.QueryRowContext(t.Context(), "PRAGMA cache_size").Scan(&during); err != nil {
			t.Fatal(err)
		}
		if during != -importCacheKiB {
			t.Errorf("cache during the import: %d, want %d", during, -importCacheKiB)
		}
		if err := im.Publication(pub("A", "甲", 2)); err != nil {
			t.Fatal(err)
		}
		if commit {
			err = im.Commit()
		} else {
			err = im.Rollback()
		}
		if err != nil {
			t.Fatal(err)
		}
		if after := cache(); after != before {
			t.Errorf("commit %v: cache after the import %d, want %d", commit, after, before)
		}
	}
}
