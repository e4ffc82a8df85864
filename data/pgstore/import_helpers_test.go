package pgstore

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3" // to read the SQLite store's tables as they are

	"github.com/xxgk/xxgk/data"
	sheets "github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/samples"
)

// importNow is the time of the tests' imports.
var importNow = time.Date(2026, 1, 5, 9, 30, 0, 0, time.UTC)

// sampleFile writes the sample unit's 台账 workbook into a folder of the
// test and returns its path.
func sampleFile(t testing.TB) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), samples.LedgerFileName)
	if err := os.WriteFile(path, samples.LedgerWorkbook, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// importer begins imports: a SQLite store or a PostgreSQL unit.
type importer interface {
	BeginImport(ctx context.Context, files []string, now time.Time) (data.Importer, error)
}

// outcome is what an import reported, as cmd/xxgk's import takes it.
type outcome struct {
	Stats  []data.LedgerStats
	Absent []data.Absent
}

// importFile imports path into st as cmd/xxgk's importLedgers does (the
// ledger reader, Absent, DeleteAbsent when replace, Stats, Commit).
func importFile(t testing.TB, st importer, path string, replace bool, now time.Time) outcome {
	t.Helper()
	out, err := tryImport(t.Context(), st, []string{path}, func(im data.Importer) error {
		return sheets.ReadFile(t.Context(), path, im, sheets.Options{})
	}, replace, now)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// tryImport runs one import whose rows write puts, as importLedgers does.
func tryImport(ctx context.Context, st importer, files []string, write func(data.Importer) error, replace bool, now time.Time) (outcome, error) {
	var out outcome
	im, err := st.BeginImport(ctx, files, now)
	if err != nil {
		return out, err
	}
	defer im.Rollback()
	if err := write(im); err != nil {
		return out, err
	}
	if out.Absent, err = im.Absent(); err != nil {
		return out, err
	}
	if replace {
		if err := im.DeleteAbsent(); err != nil {
			return out, err
		}
	}
	out.Stats = im.Stats()
	return out, im.Commit()
}

// recorded is the rows of a ledger file as a reader passed them, to be
// written again, changed, into other imports.
type recorded struct {
	Pubs    []report.Publication
	Reqs    []report.Request
	Docs    []report.Document
	Decs    []report.Decision
	Fees    []report.Fee
	Appeals []report.Appeal
	Tasks   []report.Task
	Progs   []report.Progress
	Quotas  []report.Quota
	Catalog []report.CatalogEntry
}

func (r *recorded) Publication(p report.Publication) error { r.Pubs = append(r.Pubs, p); return nil }
func (r *recorded) Request(q report.Request) error         { r.Reqs = append(r.Reqs, q); return nil }
func (r *recorded) Document(d report.Document) error       { r.Docs = append(r.Docs, d); return nil }
func (r *recorded) Decision(d report.Decision) error       { r.Decs = append(r.Decs, d); return nil }
func (r *recorded) Fee(f report.Fee) error                 { r.Fees = append(r.Fees, f); return nil }
func (r *recorded) Appeal(a report.Appeal) error           { r.Appeals = append(r.Appeals, a); return nil }
func (r *recorded) Task(x report.Task) error               { r.Tasks = append(r.Tasks, x); return nil }
func (r *recorded) Progress(p report.Progress) error       { r.Progs = append(r.Progs, p); return nil }
func (r *recorded) Quota(q report.Quota) error             { r.Quotas = append(r.Quotas, q); return nil }
func (r *recorded) CatalogEntry(e report.CatalogEntry) error {
	r.Catalog = append(r.Catalog, e)
	return nil
}

// record reads path into a recorded.
func record(t testing.TB, path string) *recorded {
	t.Helper()
	r := &recorded{}
	if err := sheets.ReadFile(t.Context(), path, r, sheets.Options{}); err != nil {
		t.Fatal(err)
	}
	if len(r.Pubs) == 0 || len(r.Reqs) == 0 || len(r.Tasks) == 0 || len(r.Progs) == 0 {
		t.Fatalf("the sample workbook read %d publications, %d applications, %d tasks, %d progress entries",
			len(r.Pubs), len(r.Reqs), len(r.Tasks), len(r.Progs))
	}
	return r
}

// writeTo passes every row to sink, ledger by ledger, in batches as a
// reader does, the 目录 last.
func (r *recorded) writeTo(sink sheets.CatalogSink) error {
	if b, ok := sink.(sheets.Batcher); ok {
		b.SetBatching(true)
		defer b.SetBatching(false)
	}
	var err error
	each := func(n int, fn func(i int) error) {
		for i := 0; i < n && err == nil; i++ {
			err = fn(i)
		}
	}
	each(len(r.Pubs), func(i int) error { return sink.Publication(r.Pubs[i]) })
	each(len(r.Reqs), func(i int) error { return sink.Request(r.Reqs[i]) })
	each(len(r.Docs), func(i int) error { return sink.Document(r.Docs[i]) })
	each(len(r.Decs), func(i int) error { return sink.Decision(r.Decs[i]) })
	each(len(r.Fees), func(i int) error { return sink.Fee(r.Fees[i]) })
	each(len(r.Appeals), func(i int) error { return sink.Appeal(r.Appeals[i]) })
	each(len(r.Tasks), func(i int) error { return sink.Task(r.Tasks[i]) })
	each(len(r.Progs), func(i int) error { return sink.Progress(r.Progs[i]) })
	each(len(r.Quotas), func(i int) error { return sink.Quota(r.Quotas[i]) })
	each(len(r.Catalog), func(i int) error { return sink.CatalogEntry(r.Catalog[i]) })
	if err != nil {
		return err
	}
	if b, ok := sink.(sheets.Batcher); ok {
		return b.Flush()
	}
	return nil
}

// importRows imports r into st as importFile a file.
func importRows(t testing.TB, st importer, r *recorded, replace bool, now time.Time) outcome {
	t.Helper()
	out, err := tryImport(t.Context(), st, []string{"台账.xlsx"}, func(im data.Importer) error {
		return r.writeTo(im.(sheets.CatalogSink))
	}, replace, now)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// dumpTables are the tables compared row by row, with their keys.
var dumpTables = []*importTable{&publicationsImport, &requestsImport, &documentsImport, &decisionsImport,
	&feesImport, &appealsImport, &tasksImport, &progressImport, &quotasImport}

// dumpQuery selects every column the stores share of table t, by key in
// byte order; where is the unit's condition on PostgreSQL.
func dumpQuery(t *importTable, where string, collate string) string {
	cols := append(append(append([]string{}, t.keys...), t.cols...), "src_file", "src_sheet", "coalesce(src_row, 0)", "updated_at")
	order := make([]string, len(t.keys))
	for i, k := range t.keys {
		order[i] = k + collate
	}
	return "SELECT " + strings.Join(cols, ", ") + " FROM " + t.name + where + " ORDER BY " + strings.Join(order, ", ")
}

// cell is a value as the dumps compare it: NULL and ” alike, booleans
// as 0/1, instants in UTC.
func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case bool:
		if x {
			return "1"
		}
		return "0"
	case []byte:
		return cell(string(x))
	case time.Time:
		return x.UTC().Format(time.RFC3339Nano)
	case string:
		if ts, err := time.Parse(time.RFC3339Nano, x); err == nil && strings.Contains(x, "T") {
			return ts.UTC().Format(time.RFC3339Nano)
		}
		return x
	}
	return fmt.Sprint(v)
}

// dump is a store's ledger rows, 目录 and imports, table by table.
type dump map[string][]string

// dumpSQLite reads the tables of the SQLite database at path.
func dumpSQLite(t testing.TB, path string) dump {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := dump{}
	query := func(name, q string) {
		rows, err := db.QueryContext(t.Context(), q)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		defer rows.Close()
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			out[name] = append(out[name], line(vals))
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
	}
	for _, tb := range dumpTables {
		query(tb.name, dumpQuery(tb, "", ""))
	}
	query("categories", `SELECT position, name, disclosure_limit FROM categories ORDER BY position`)
	query("imports", `SELECT files, added, updated, unchanged, deleted FROM imports ORDER BY id`)
	return out
}

// dumpPG reads the unit's rows of the same tables.
func dumpPG(t testing.TB, u *Unit) dump {
	t.Helper()
	out := dump{}
	query := func(name, q string) {
		rows, err := u.s.pool.Query(t.Context(), q, u.id)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		defer rows.Close()
		for rows.Next() {
			vals, err := rows.Values()
			if err != nil {
				t.Fatal(err)
			}
			out[name] = append(out[name], line(vals))
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
	}
	for _, tb := range dumpTables {
		query(tb.name, dumpQuery(tb, " WHERE unit_id = $1", ` COLLATE "C"`))
	}
	query("categories", `SELECT position, name, disclosure_limit FROM categories WHERE unit_id = $1 ORDER BY position`)
	query("imports", `SELECT files, added, updated, unchanged, deleted FROM imports WHERE unit_id = $1 ORDER BY id`)
	return out
}

func line(vals []any) string {
	parts := make([]string, len(vals))
	for i, v := range vals {
		parts[i] = cell(v)
	}
	return strings.Join(parts, "|")
}

// sameDump reports every table whose rows differ.
func sameDump(t testing.TB, what string, got, want dump) {
	t.Helper()
	for name, w := range want {
		g := got[name]
		if strings.Join(g, "\n") == strings.Join(w, "\n") {
			continue
		}
		t.Errorf("%s: table %s: PostgreSQL has %d rows, SQLite %d", what, name, len(g), len(w))
		for i := 0; i < max(len(g), len(w)); i++ {
			var gl, wl string
			if i < len(g) {
				gl = g[i]
			}
			if i < len(w) {
				wl = w[i]
			}
			if gl != wl {
				t.Errorf("  first difference, row %d:\n  pg:     %s\n  sqlite: %s", i, gl, wl)
				break
			}
		}
	}
	for name, g := range got {
		if _, ok := want[name]; !ok && len(g) > 0 {
			t.Errorf("%s: table %s: PostgreSQL has %d rows, SQLite none", what, name, len(g))
		}
	}
}

// newSQLite creates a SQLite store with the sample unit's 目录.
func newSQLite(t testing.TB) (*data.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "xxgk.db")
	st, err := data.Open(t.Context(), path, data.OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.Init(t.Context(), report.Unit{Name: samples.UnitName, Code: "11330100002482096X"}, nil, report.DefaultCategories, importNow); err != nil {
		t.Fatal(err)
	}
	return st, path
}

// newPGUnit adds a unit with the same 目录 to s.
func newPGUnit(t testing.TB, s *Store, code string) *Unit {
	t.Helper()
	u, err := s.AddUnit(t.Context(), report.Unit{Name: samples.UnitName, Code: code}, "", importNow)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := u.Init(t.Context(), report.Unit{Name: samples.UnitName, Code: code}, nil, report.DefaultCategories, importNow); err != nil {
		t.Fatal(err)
	}
	return u
}

// checkTallies checks that the publication tallies (0006) equal a count
// of the publications, for every unit.
func checkTallies(t testing.TB, s *Store) {
	t.Helper()
	for _, q := range []struct{ table, group, counts string }{
		{"publication_by_category", "category", "n, key_area, from_request"},
		{"publication_by_department", "department", "n"},
		{"publication_by_channels", "channels", "n"},
	} {
		count := "count(*)::int"
		if q.table == "publication_by_category" {
			count += ", count(*) FILTER (WHERE key_area)::int, count(*) FILTER (WHERE from_request)::int"
		}
		counted := "SELECT unit_id, published, " + q.group + ", " + count + " FROM publications GROUP BY 1, 2, 3"
		kept := "SELECT unit_id, published, " + q.group + ", " + q.counts + " FROM " + q.table
		var n int
		err := s.pool.QueryRow(t.Context(), "SELECT count(*) FROM (("+counted+" EXCEPT "+kept+") UNION ALL ("+
			kept+" EXCEPT "+counted+")) d").Scan(&n)
		if err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Errorf("%s: %d rows differ from a count of the publications", q.table, n)
		}
	}
}
