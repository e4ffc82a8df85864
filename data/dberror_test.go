package data

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// A full disk (here a page limit) fails the import with a DiskFull
// problem naming the file, and the import is undone.
func TestDiskFullIsNamed(t *testing.T) {
	st := newStore(t, t.TempDir(), "a.db", "甲单位")
	st.db.SetMaxOpenConns(1)
	var pages int
	if err := st.db.QueryRowContext(t.Context(), "PRAGMA page_count").Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := st.db.ExecContext(t.Context(), fmt.Sprintf("PRAGMA max_page_count = %d", pages+2)); err != nil {
		t.Fatal(err)
	}
	im, err := st.BeginImport(t.Context(), []string{"x.csv"}, now)
	if err != nil {
		t.Fatal(err)
	}
	defer im.Rollback()
	for _, r := range randomRows(3000).reqs {
		if err = im.Request(r); err != nil {
			break
		}
	}
	var de *DBError
	if !errors.As(err, &de) || de.Problem != DiskFull || de.Path != st.path {
		t.Fatalf("err = %v, want a DiskFull DBError naming the file", err)
	}
	im.Rollback()
	var n int
	st.db.QueryRowContext(t.Context(), "SELECT count(*) FROM requests").Scan(&n)
	if n != 0 {
		t.Errorf("%d requests kept after a failed import", n)
	}
}

func TestNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "台账.txt")
	text := []byte("这不是数据库，是一个文本文件。\n")
	if err := os.WriteFile(path, text, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, ro := range []bool{true, false} {
		if _, err := Open(t.Context(), path, OpenOptions{ReadOnly: ro}); ProblemOf(err) != NotDatabase || PathOf(err) != path {
			t.Errorf("read-only %v: %v, want NotDatabase naming the file", ro, err)
		}
	}
	if b, _ := os.ReadFile(path); string(b) != string(text) {
		t.Error("the text file changed")
	}
}

func TestReadOnlyFile(t *testing.T) {
	st := newStore(t, t.TempDir(), "a.db", "甲单位")
	st.Close()
	if err := os.Chmod(st.path, 0o444); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(t.Context(), st.path, OpenOptions{}); ProblemOf(err) != ReadOnly || PathOf(err) != st.path {
		t.Errorf("open for writing: %v, want ReadOnly naming the file", err)
	}
	ro, err := Open(t.Context(), st.path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if u, err := ro.Unit(t.Context()); err != nil || u.Name != "甲单位" {
		t.Errorf("read: %v, %v", u, err)
	}
}

// In a folder the user cannot write, SQLite cannot make its -shm file;
// the database is still read. Root writes anyway, so the test needs
// another user: run it as one (go test -c, then setpriv or su).
func TestReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root: permissions do not stop writes; run the test binary as another user")
	}
	dir := t.TempDir()
	st := newStore(t, dir, "a.db", "甲单位")
	st.Close()
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	ro, err := Open(t.Context(), st.path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if u, err := ro.Unit(t.Context()); err != nil || u.Name != "甲单位" {
		t.Errorf("read: %v, %v", u, err)
	}
	if _, err := Open(t.Context(), st.path, OpenOptions{}); ProblemOf(err) != ReadOnly && ProblemOf(err) != CannotOpen {
		t.Errorf("open for writing: %v, want ReadOnly or CannotOpen", err)
	}
}
