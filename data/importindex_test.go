package data

import (
	"context"
	"slices"
	"testing"
)

// indexSchema returns the name and statement of every index of table t.
func indexSchema(t *testing.T, st *Store, table string) []string {
	t.Helper()
	rows, err := st.db.QueryContext(t.Context(), "SELECT name || ': ' || coalesce(sql, '') FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? ORDER BY name", table)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// TestImportDefersIndexesOfEmptyTable drops the plain indexes of a table
// the import finds empty and creates them again, the same, before the
// commit; a table that holds rows keeps them throughout.
func TestImportDefersIndexesOfEmptyTable(t *testing.T) {
	st := openTemp(t)
	before := indexSchema(t, st, "publications")
	if len(before) < 2 { // the key's index and a plain one
		t.Fatalf("publications indexes: %q", before)
	}
	ctx := t.Context()
	im, err := st.BeginImport(ctx, []string{"p.csv"}, now)
	if err != nil {
		t.Fatal(err)
	}
	defer im.Rollback()
	if err := im.Publication(pub("A", "甲", 2)); err != nil {
		t.Fatal(err)
	}
	inTx := indexNames(t, ctx, im.(*Import))
	if len(inTx) != 1 {
		t.Errorf("indexes during the import of an empty table: %q, want the key's only", inTx)
	}
	if a, err := im.Absent(); err != nil || len(a) != 0 {
		t.Fatalf("absent: %v %v", a, err)
	}
	if got := indexNames(t, ctx, im.(*Import)); len(got) != len(before) {
		t.Errorf("indexes after Absent: %q, want %d", got, len(before))
	}
	if err := im.Commit(); err != nil {
		t.Fatal(err)
	}
	if after := indexSchema(t, st, "publications"); !slices.Equal(after, before) {
		t.Errorf("indexes after the import:\n%q\nwant\n%q", after, before)
	}

	// The table holds a row now: a second import keeps its indexes.
	im, err = st.BeginImport(ctx, []string{"p.csv"}, now)
	if err != nil {
		t.Fatal(err)
	}
	defer im.Rollback()
	if err := im.Publication(pub("B", "乙", 3)); err != nil {
		t.Fatal(err)
	}
	if got := indexNames(t, ctx, im.(*Import)); len(got) != len(before) {
		t.Errorf("indexes while importing into a table with rows: %q, want %d", got, len(before))
	}
	if err := im.Commit(); err != nil {
		t.Fatal(err)
	}
}

// TestImportRollbackKeepsIndexes leaves the schema as it was when an
// import of an empty table is abandoned.
func TestImportRollbackKeepsIndexes(t *testing.T) {
	st := openTemp(t)
	before := indexSchema(t, st, "publications")
	if _, err := importPubs(t, st, now, pub("A", "甲", 2), pub("A", "甲", 3)); err == nil {
		t.Fatal("duplicate key imported")
	}
	if after := indexSchema(t, st, "publications"); !slices.Equal(after, before) {
		t.Errorf("indexes after the rollback:\n%q\nwant\n%q", after, before)
	}
	if s, err := importPubs(t, st, now, pub("A", "甲", 2), pub("B", "乙", 3)); err != nil || s != (Stats{Added: 2}) {
		t.Fatalf("import after the rollback: %+v %v", s, err)
	}
	if after := indexSchema(t, st, "publications"); !slices.Equal(after, before) {
		t.Errorf("indexes after the second import:\n%q\nwant\n%q", after, before)
	}
}

// indexNames lists the indexes of publications as im's transaction sees them.
func indexNames(t *testing.T, ctx context.Context, im *Import) []string {
	t.Helper()
	rows, err := im.tx.QueryContext(ctx, "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'publications' ORDER BY name")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}
