package data

import (
	"database/sql/driver"
	"testing"
	"time"
)

type namedText string

// TestRawStmtBindConverts converts the arguments as database/sql does:
// the driver's own types as they are, a named string type to string, int
// to int64.
func TestRawStmtBindConverts(t *testing.T) {
	var r rawStmt
	at := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	in := []any{"甲", nil, int64(7), namedText("乙"), 8, true, at}
	if err := r.bind(in); err != nil {
		t.Fatal(err)
	}
	want := []driver.Value{"甲", nil, int64(7), "乙", int64(8), true, at}
	if len(r.args) != len(want) {
		t.Fatalf("%d arguments, want %d", len(r.args), len(want))
	}
	for i, a := range r.args {
		if a.Ordinal != i+1 || a.Value != want[i] {
			t.Errorf("argument %d: %+v, want ordinal %d value %#v", i, a, i+1, want[i])
		}
	}
	// Fewer arguments the next time: the list shrinks.
	if err := r.bind([]any{"丙"}); err != nil || len(r.args) != 1 || r.args[0].Value != "丙" {
		t.Fatalf("second bind: %+v %v", r.args, err)
	}
	if err := r.bind([]any{struct{}{}}); err == nil {
		t.Error("a struct bound without error")
	}
}

// TestImportReturnsItsConnection gives the import's connection back to the
// pool after a commit, a rollback and a failed row.
func TestImportReturnsItsConnection(t *testing.T) {
	st := openTemp(t)
	if _, err := importPubs(t, st, now, pub("A", "甲", 2)); err != nil {
		t.Fatal(err)
	}
	if _, err := importPubs(t, st, now, pub("B", "乙", 2), pub("B", "乙", 3)); err == nil {
		t.Fatal("duplicate key imported")
	}
	im, err := st.BeginImport(t.Context(), []string{"p.csv"}, now)
	if err != nil {
		t.Fatal(err)
	}
	if err := im.Publication(pub("C", "丙", 2)); err != nil {
		t.Fatal(err)
	}
	if err := im.Rollback(); err != nil {
		t.Fatal(err)
	}
	if n := st.db.Stats().InUse; n != 0 {
		t.Errorf("%d connections in use after the imports", n)
	}
}
