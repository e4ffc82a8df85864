package data

import (
	"errors"
	"path/filepath"
	"testing"
)

// MigrateFile upgrades an old file and says from which version; a current
// one is left at its version; a missing one is not created.
func TestMigrateFile(t *testing.T) {
	ctx := t.Context()
	path := oldDatabase(t, 2)
	before, after, err := MigrateFile(ctx, path, OpenOptions{})
	if err != nil || before != 2 || after != latestVersion() {
		t.Fatalf("MigrateFile(v2) = %d, %d, %v; want 2, %d", before, after, err, latestVersion())
	}
	before, after, err = MigrateFile(ctx, path, OpenOptions{})
	if err != nil || before != latestVersion() || after != latestVersion() {
		t.Fatalf("MigrateFile again = %d, %d, %v; want %d, %d", before, after, err, latestVersion(), latestVersion())
	}
	missing := filepath.Join(t.TempDir(), "none.db")
	if _, _, err := MigrateFile(ctx, missing, OpenOptions{}); !errors.Is(err, ErrNotInitialized) {
		t.Errorf("MigrateFile(missing) = %v, want ErrNotInitialized", err)
	}
	if _, err := Open(ctx, missing, OpenOptions{}); !errors.Is(err, ErrNotInitialized) {
		t.Errorf("MigrateFile created %s", missing)
	}
}
