package data

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// newStore creates a database at dir/name with a unit and returns it open.
func newStore(t *testing.T, dir, name, unit string) *Store {
	t.Helper()
	st, err := Open(t.Context(), filepath.Join(dir, name), OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Init(t.Context(), report.Unit{Name: unit}, nil, []string{"机构职能", "其他"}, now); err != nil {
		t.Fatal(err)
	}
	return st
}

// snapshotFiles copies the database and its -wal (as they are while st
// is open: what a crash would leave) to dir/name.
func snapshotFiles(t *testing.T, st *Store, dir, name string) string {
	t.Helper()
	dst := filepath.Join(dir, name)
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(st.path + suffix)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst+suffix, b, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// foreignWALBeside leaves beside the closed database at path the live
// -wal of another xxgk database, with committed frames.
func foreignWALBeside(t *testing.T, path string) {
	t.Helper()
	other := newStore(t, t.TempDir(), "other.db", "另一个单位")
	// Identities are random: make sure the two differ.
	head, _ := readHead(path)
	if mine, ok := parsePageOne(head); ok {
		theirs, err := readStamp(t.Context(), other.db)
		if err != nil {
			t.Fatal(err)
		}
		if identityOf(theirs) == identityOf(mine.appID) {
			other.db.ExecContext(t.Context(), fmt.Sprintf("PRAGMA application_id = %d", int32(theirs^0x10000)))
		}
	}
	// A database in use for a while: its log no longer starts at its birth.
	if _, err := other.db.ExecContext(t.Context(), "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	if err := other.SaveCalendar(t.Context(), CalendarFile{Year: 2030, Source: "x.txt", Text: "x", Added: now}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path+"-wal", mustRead(t, other.path+"-wal"), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestForeignWALIsRefusedAndFileUntouched(t *testing.T) {
	dir := t.TempDir()
	st := newStore(t, dir, "a.db", "甲单位")
	st.Close()
	path := filepath.Join(dir, "a.db")
	before := mustRead(t, path)
	foreignWALBeside(t, path)
	for _, ro := range []bool{true, false} {
		_, err := Open(t.Context(), path, OpenOptions{ReadOnly: ro})
		var de *DBError
		if !errors.As(err, &de) || de.Problem != ForeignWAL || de.WAL != path+"-wal" {
			t.Errorf("read-only %v: err = %v, want a ForeignWAL DBError naming the -wal", ro, err)
		}
	}
	if !bytes.Equal(before, mustRead(t, path)) {
		t.Error("the database file changed")
	}
}

func TestForeignWALOfAnOlderDatabaseIsRefused(t *testing.T) {
	// A database of an older xxgk has no identity: the log's page 1 must
	// still follow on from the file's, and a replay in a copy must be sound.
	dir := t.TempDir()
	st := newStore(t, dir, "a.db", "甲单位")
	if _, err := st.db.ExecContext(t.Context(), "PRAGMA application_id = 0"); err != nil {
		t.Fatal(err)
	}
	st.Close()
	path := filepath.Join(dir, "a.db")
	before := mustRead(t, path)
	foreignWALBeside(t, path)
	if _, err := Open(t.Context(), path, OpenOptions{}); ProblemOf(err) != ForeignWAL {
		t.Errorf("err = %v, want ForeignWAL", err)
	}
	if !bytes.Equal(before, mustRead(t, path)) {
		t.Error("the database file changed")
	}
}

func TestWALOfTheFilesEarlierStateIsRefused(t *testing.T) {
	// A copy of the database restored over it, with the log of the later
	// state left beside it: the log's page 1 runs ahead of the file's.
	dir := t.TempDir()
	st := newStore(t, dir, "a.db", "甲单位")
	checkpoint := func() {
		if _, err := st.db.ExecContext(t.Context(), "PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
			t.Fatal(err)
		}
	}
	checkpoint()
	old := mustRead(t, st.path)
	for _, name := range []string{"甲单位（改名）", "甲单位（再改名）"} {
		if err := st.SetUnit(t.Context(), report.Unit{Name: name}, now); err != nil {
			t.Fatal(err)
		}
		checkpoint()
	}
	if err := st.SetUnit(t.Context(), report.Unit{Name: "甲单位"}, now); err != nil {
		t.Fatal(err)
	}
	crash := snapshotFiles(t, st, t.TempDir(), "a.db")
	if err := os.WriteFile(crash, old, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(t.Context(), crash, OpenOptions{ReadOnly: true}); ProblemOf(err) != ForeignWAL {
		t.Errorf("err = %v, want ForeignWAL", err)
	}
	if !bytes.Equal(old, mustRead(t, crash)) {
		t.Error("the database file changed")
	}
}

func TestWALBesideAMissingDatabaseIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	foreignWALBeside(t, path)
	if _, err := Open(t.Context(), path, OpenOptions{Create: true}); ProblemOf(err) != ForeignWAL {
		t.Errorf("err = %v, want ForeignWAL", err)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the database was created: %v", err)
	}
}

// A log a crash left (the files as they are while xxgk has them open)
// must be recovered, whether or not a checkpoint ran meanwhile.
func TestCrashWALIsRecovered(t *testing.T) {
	for _, checkpoint := range []string{"", "PASSIVE", "TRUNCATE"} {
		t.Run("checkpoint "+checkpoint, func(t *testing.T) {
			st := newStore(t, t.TempDir(), "a.db", "甲单位")
			importAll(t, st, randomRows(50))
			if checkpoint != "" {
				if _, err := st.db.ExecContext(t.Context(), "PRAGMA wal_checkpoint("+checkpoint+")"); err != nil {
					t.Fatal(err)
				}
			}
			if err := st.SetUnit(t.Context(), report.Unit{Name: "甲单位（改名）"}, now); err != nil {
				t.Fatal(err)
			}
			crash := snapshotFiles(t, st, t.TempDir(), "a.db")
			if fi, err := os.Stat(crash + "-wal"); err != nil || fi.Size() == 0 {
				t.Fatalf("no log to recover: %v", err)
			}
			for _, ro := range []bool{true, false} {
				got, err := Open(t.Context(), crash, OpenOptions{ReadOnly: ro})
				if err != nil {
					t.Fatalf("read-only %v: %v", ro, err)
				}
				u, err := got.Unit(t.Context())
				if err != nil || u.Name != "甲单位（改名）" {
					t.Errorf("read-only %v: unit %q, %v", ro, u.Name, err)
				}
				var n int
				got.db.QueryRowContext(t.Context(), "SELECT count(*) FROM requests").Scan(&n)
				if n != 50 {
					t.Errorf("read-only %v: %d requests, want 50", ro, n)
				}
				got.Close()
			}
		})
	}
}

func TestReadOnlyOpenWritesNothing(t *testing.T) {
	st := newStore(t, t.TempDir(), "a.db", "甲单位")
	st.Close()
	before := mustRead(t, st.path)
	ro, err := Open(t.Context(), st.path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ro.Unit(t.Context()); err != nil {
		t.Fatal(err)
	}
	err = ro.SetUnit(t.Context(), report.Unit{Name: "乙"}, now)
	ro.Close()
	if ProblemOf(err) != ReadOnly {
		t.Errorf("write on a read-only store: %v, want a ReadOnly problem", err)
	}
	if !bytes.Equal(before, mustRead(t, st.path)) {
		t.Error("the database file changed")
	}
}
