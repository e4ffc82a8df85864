package data

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// dbFiles lists the database's files in dir.
func dbFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// A reading command leaves the database as a single file, as a writing
// one does, and the file unchanged.
func TestReadOnlyCloseLeavesNoLog(t *testing.T) {
	dir := t.TempDir()
	st := newStore(t, dir, "unit.db", "示例县教育局")
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if got := dbFiles(t, dir); !slices.Equal(got, []string{"unit.db"}) {
		t.Fatalf("after the writer closed: %q", got)
	}
	before := mustRead(t, filepath.Join(dir, "unit.db"))
	ro, err := Open(t.Context(), filepath.Join(dir, "unit.db"), OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ro.Unit(t.Context()); err != nil {
		t.Fatal(err)
	}
	if got := dbFiles(t, dir); !slices.Contains(got, "unit.db-wal") {
		t.Fatalf("the reader made no log, so this test shows nothing: %q", got)
	}
	if err := ro.Close(); err != nil {
		t.Fatal(err)
	}
	if got := dbFiles(t, dir); !slices.Equal(got, []string{"unit.db"}) {
		t.Errorf("after the reader closed: %q, want only unit.db", got)
	}
	if after := mustRead(t, filepath.Join(dir, "unit.db")); !slices.Equal(before, after) {
		t.Error("closing the reader changed the database file")
	}
}

// While another connection (the workbench, an import) has the database
// open, a reader's close keeps the log that connection uses, and what it
// writes afterwards is kept.
func TestReadOnlyCloseKeepsAnotherConnectionsLog(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "unit.db")
	w := newStore(t, dir, "unit.db", "示例县教育局")
	ro, err := Open(t.Context(), path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ro.Unit(t.Context()); err != nil {
		t.Fatal(err)
	}
	if err := ro.Close(); err != nil {
		t.Fatal(err)
	}
	if got := dbFiles(t, dir); !slices.Contains(got, "unit.db-wal") || !slices.Contains(got, "unit.db-shm") {
		t.Fatalf("the reader's close removed the writer's log: %q", got)
	}
	if _, err := w.Init(t.Context(), report.Unit{Name: "改名后的单位"}, nil, []string{"其他"}, now); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	again, err := Open(t.Context(), path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	u, err := again.Unit(t.Context())
	if err != nil || u.Name != "改名后的单位" {
		t.Errorf("unit after the writer's change: %+v, %v", u, err)
	}
}
