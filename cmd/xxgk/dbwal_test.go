package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// copyFile copies src to dst byte for byte.
func copyFile(t *testing.T, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// foreignWAL leaves beside db the live WAL of another xxgk database: one
// that holds committed frames the other database's file does not have.
func foreignWAL(t *testing.T, db string) {
	t.Helper()
	_, other := importHandMade(t)
	st, err := data.Open(context.Background(), other, data.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.SetUnit(context.Background(), report.Unit{Name: "另一个单位"}, fixedNow); err != nil {
		t.Fatal(err)
	}
	if err := st.SetCategories(context.Background(), []string{"甲", "乙"}); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(other + "-wal"); err != nil || fi.Size() == 0 {
		t.Fatalf("the other database has no WAL to copy: %v", err)
	}
	copyFile(t, other+"-wal", db+"-wal")
}

func TestForeignWALLeavesDatabaseUntouched(t *testing.T) {
	_, db := newDB(t)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	foreignWAL(t, db)
	r := xxgk(t, "check", "--db", db, "--year", "2025")
	after, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("check changed the database file (%d bytes before, %d after)", len(before), len(after))
	}
	if r.code != 1 || !strings.Contains(r.stderr, filepath.Base(db)+"-wal") {
		t.Errorf("exit %d, want 1 and a message naming the -wal file: %s", r.code, r.stderr)
	}
}
