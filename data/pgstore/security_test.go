package pgstore

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/pgstore/pgtest"
	"github.com/xxgk/xxgk/report"
)

// tree is a city C with two units A and B below it, each with the
// fixture's catalog, items and applications (C has its own too).
type tree struct {
	s       *Store
	dsn     string
	a, b, c *Unit
}

func openTree(t testing.TB) tree {
	t.Helper()
	dsn := pgtest.DB(t)
	s, err := Open(t.Context(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	c := pgUnit(t, s, report.Unit{Name: "某市教育局", Code: "CITY-C"}, "")
	a := pgUnit(t, s, report.Unit{Name: "甲县教育局", Code: "COUNTY-A"}, "CITY-C")
	b := pgUnit(t, s, report.Unit{Name: "乙县教育局", Code: "COUNTY-B"}, "CITY-C")
	// B's applications differ from A's, so that a leak shows.
	bReqs := []report.Request{{ID: "B-1", Received: report.NewDate(2025, 3, 1), Applicant: report.ApplicantNatural,
		ApplicantName: "李四", Contact: "13900000000", Content: "乙县的招生"}}
	if err := b.PutRequests(t.Context(), bReqs, now); err != nil {
		t.Fatal(err)
	}
	return tree{s: s, dsn: dsn, a: a, b: b, c: c}
}

// requestIDs reads a unit's applications of 2025 through the Unit's
// methods.
func requestIDs(t *testing.T, u *Unit) []string {
	t.Helper()
	var ids []string
	err := u.EachRequest(t.Context(), 2025, func(r report.Request) error { ids = append(ids, r.ID); return nil })
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

// roleConn connects as the database's owner, then takes role for the
// rest of the session and acts for unit, as a psql user would.
func roleConn(t *testing.T, dsn, role string, unit int64) *pgx.Conn {
	t.Helper()
	ctx := t.Context()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	if _, err := conn.Exec(ctx, "SET ROLE "+role); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.Exec(ctx, `SELECT set_config('xxgk.unit', $1::bigint::text, false)`, unit); err != nil {
		t.Fatal(err)
	}
	return conn
}

// sqlState is err's SQLSTATE, "" for none.
func sqlState(err error) string {
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		return pgErr.Code
	}
	return ""
}

func column(t *testing.T, q interface {
	Query(context.Context, string, ...any) (pgx.Rows, error)
}, sql string, args ...any) []string {
	t.Helper()
	rows, err := q.Query(t.Context(), sql, args...)
	if err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	return out
}

// Through the Unit's methods, a unit reads its own applications; an
// upper level reads those of the units below it through UnitAs, and
// every write through them is refused by the database.
func TestUnitsSeeTheirOwnAndUpperLevelsRead(t *testing.T) {
	ctx := t.Context()
	tr := openTree(t)
	if got, want := requestIDs(t, tr.a), []string{"SQ-1", "SQ-2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("A reads %v, want %v", got, want)
	}
	if got, want := requestIDs(t, tr.b), []string{"B-1", "SQ-1", "SQ-2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("B reads %v, want %v", got, want)
	}
	// A acting, reading B's rows (a bug that passes the wrong id): the
	// database gives nothing.
	if got := requestIDs(t, &Unit{s: tr.s, id: tr.b.id, actor: tr.a.id}); len(got) != 0 {
		t.Errorf("A acting reads B's applications %v, want none", got)
	}
	for _, below := range []*Unit{tr.a, tr.b} {
		up := tr.c.UnitAs(below.id)
		if got, want := requestIDs(t, up), requestIDs(t, below); !reflect.DeepEqual(got, want) {
			t.Errorf("C reads unit %d's applications %v, want %v", below.id, got, want)
		}
		err := up.PutRequests(ctx, []report.Request{{ID: "C-W", Received: report.NewDate(2025, 4, 1),
			Applicant: report.ApplicantNatural}}, now)
		if sqlState(err) != "42501" || !errors.Is(err, ErrReadOnly) { // insufficient_privilege
			t.Errorf("C writing unit %d's application: %v, want the database's refusal (42501), ErrReadOnly", below.id, err)
		}
		err = up.SetCatalog(ctx, catalog())
		if sqlState(err) != "42501" {
			t.Errorf("C writing unit %d's catalog: %v, want the database's refusal (42501)", below.id, err)
		}
		if err := up.SetUnit(ctx, report.Unit{Name: "改名", Code: "X"}, now); sqlState(err) != "42501" {
			t.Errorf("C renaming unit %d: %v, want the database's refusal (42501)", below.id, err)
		}
	}
	// A unit's own refusals are not an upper level's.
	err := (&Unit{s: tr.s, id: tr.a.id}).write(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `SELECT count(*) FROM accounts`)
		return err
	})
	if sqlState(err) != "42501" || errors.Is(err, ErrReadOnly) {
		t.Errorf("A reading the accounts: %v, want 42501 and not ErrReadOnly", err)
	}
	// A unit below cannot read up.
	if got := requestIDs(t, tr.a.UnitAs(tr.c.id)); len(got) != 0 {
		t.Errorf("A reads C's applications %v, want none", got)
	}
}

// As the unit's role in plain SQL, with no WHERE, a unit sees its rows
// only, and cannot insert, update or delete another unit's.
func TestUnitRoleInSQL(t *testing.T) {
	ctx := t.Context()
	tr := openTree(t)
	a := roleConn(t, tr.dsn, "xxgk_unit", tr.a.id)
	if got, want := column(t, a, `SELECT id FROM requests ORDER BY id`), []string{"SQ-1", "SQ-2", "SQ-3"}; !reflect.DeepEqual(got, want) {
		t.Errorf("A's SELECT * FROM requests: %v, want %v", got, want)
	}
	if got := column(t, a, `SELECT DISTINCT unit_id::text FROM requests`); !reflect.DeepEqual(got, []string{itoa(tr.a.id)}) {
		t.Errorf("A's requests belong to units %v", got)
	}
	if got := column(t, a, `SELECT id FROM requests WHERE unit_id = $1`, tr.b.id); len(got) != 0 {
		t.Errorf("A reads B's applications %v", got)
	}
	_, err := a.Exec(ctx, `INSERT INTO requests (unit_id, id, received, applicant_type, row_hash, updated_at)
		VALUES ($1, 'X-1', '2025-05-01', 'natural', '', now())`, tr.b.id)
	if sqlState(err) != "42501" {
		t.Errorf("A inserting into B: %v, want 42501", err)
	}
	for _, q := range []string{
		`UPDATE requests SET note = 'A 改的' WHERE unit_id = $1`,
		`DELETE FROM requests WHERE unit_id = $1`,
		`UPDATE units SET name = 'A 改的' WHERE id = $1`,
	} {
		tag, err := a.Exec(ctx, q, tr.b.id)
		if err != nil || tag.RowsAffected() != 0 {
			t.Errorf("%s as A: %d rows, %v; want none", q, tag.RowsAffected(), err)
		}
	}
	if _, err := a.Exec(ctx, `UPDATE requests SET unit_id = $1 WHERE id = 'SQ-1'`, tr.b.id); sqlState(err) != "42501" {
		t.Errorf("A moving its application to B: %v, want 42501", err)
	}
	if got, want := requestIDs(t, tr.b), []string{"B-1", "SQ-1", "SQ-2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("B's applications after A's attempts: %v, want %v", got, want)
	}
	var note, name string
	tr.s.pool.QueryRow(ctx, `SELECT note FROM requests WHERE unit_id = $1 AND id = 'SQ-1'`, tr.b.id).Scan(&note)
	tr.s.pool.QueryRow(ctx, `SELECT name FROM units WHERE id = $1`, tr.b.id).Scan(&name)
	if note != "" || name != "乙县教育局" {
		t.Errorf("B's row changed by A: note %q, name %q", note, name)
	}
	// A's own rows it may write.
	if tag, err := a.Exec(ctx, `UPDATE requests SET note = 'A 改的' WHERE id = 'SQ-3'`); err != nil || tag.RowsAffected() != 1 {
		t.Errorf("A updating its own application: %d rows, %v", tag.RowsAffected(), err)
	}
	for _, q := range []string{`SELECT count(*) FROM accounts`, `SELECT count(*) FROM sessions`,
		`UPDATE audit SET account = 1`, `DELETE FROM audit`,
		`INSERT INTO audit (unit_id, table_name, record_key, action) VALUES (1, 'x', 'x', 'INSERT')`} {
		if _, err := a.Exec(ctx, q); sqlState(err) != "42501" {
			t.Errorf("%s as A: %v, want 42501", q, err)
		}
	}

	// C as its unit's role reads its own rows only; as the reader role it
	// reads A's and B's applications without their applicants, and writes
	// nothing.
	c := roleConn(t, tr.dsn, "xxgk_unit", tr.c.id)
	if got := column(t, c, `SELECT DISTINCT unit_id::text FROM requests ORDER BY 1`); !reflect.DeepEqual(got, []string{itoa(tr.c.id)}) {
		t.Errorf("C as its unit reads the applications of units %v, want C's only", got)
	}
	cr := roleConn(t, tr.dsn, "xxgk_reader", tr.c.id)
	if got := column(t, cr, `SELECT DISTINCT unit_id::text FROM requests ORDER BY 1`); len(got) != 3 {
		t.Errorf("C as reader reads the applications of units %v, want C, A and B", got)
	}
	if n := len(column(t, cr, `SELECT id FROM requests WHERE unit_id = $1`, tr.a.id)); n != 3 {
		t.Errorf("C as reader reads %d of A's applications, want 3", n)
	}
	for _, q := range []string{`SELECT applicant_name FROM requests`, `SELECT contact FROM requests`,
		`SELECT content FROM requests`, `SELECT note FROM requests`, `SELECT * FROM requests`} {
		if _, err := cr.Exec(ctx, q); sqlState(err) != "42501" {
			t.Errorf("%s as C's reader: %v, want 42501 (applicants stay in their unit)", q, err)
		}
	}
	if _, err := cr.Exec(ctx, `DELETE FROM requests WHERE unit_id = $1`, tr.a.id); sqlState(err) != "42501" {
		t.Errorf("C as reader deleting A's applications: %v, want 42501", err)
	}
	// No unit set: nothing.
	none := roleConn(t, tr.dsn, "xxgk_unit", 0)
	if got := column(t, none, `SELECT id FROM requests`); len(got) != 0 {
		t.Errorf("no unit acting reads %v", got)
	}
}

// The tallies still equal the count when the unit's role writes them
// (0006's trigger runs as the unit).
func TestTalliesUnderSecurity(t *testing.T) {
	ctx := t.Context()
	tr := openTree(t)
	ps := publications()
	ps[0].Category = "政策解读"
	ps = append(ps, report.Publication{IndexNo: "P-4", Title: "新增", Published: report.NewDate(2025, 2, 1),
		Category: "财政预决算", Department: "财务科"})
	if err := tr.a.PutPublications(ctx, ps, now); err != nil {
		t.Fatal(err)
	}
	a := roleConn(t, tr.dsn, "xxgk_unit", tr.a.id)
	if _, err := a.Exec(ctx, `DELETE FROM publications WHERE index_no = 'P-2'`); err != nil {
		t.Fatal(err)
	}
	for _, u := range []*Unit{tr.a, tr.b} {
		var got, want []string
		got = column(t, tr.s.pool, `SELECT concat_ws('|', published, category, n, key_area, from_request)
			FROM publication_by_category WHERE unit_id = $1 ORDER BY 1`, u.id)
		want = column(t, tr.s.pool, `SELECT concat_ws('|', published, category, count(*),
			count(*) FILTER (WHERE key_area), count(*) FILTER (WHERE from_request))
			FROM publications WHERE unit_id = $1 GROUP BY published, category ORDER BY 1`, u.id)
		if !reflect.DeepEqual(got, want) || len(want) == 0 {
			t.Errorf("unit %d's tallies %v, count %v", u.id, got, want)
		}
	}
	if n := len(column(t, tr.s.pool, `SELECT index_no FROM publications WHERE unit_id = $1`, tr.a.id)); n != 3 {
		t.Errorf("A has %d items, want 3", n)
	}
}

// Every table with a unit_id is under row level security, and every
// unit table but the tallies is audited.
func TestEveryUnitTableIsSecured(t *testing.T) {
	s := openTest(t)
	got := column(t, s.pool, `
		SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT c.relrowsecurity
		AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'unit_id')`)
	if len(got) != 0 {
		t.Errorf("tables with unit_id and no row level security: %v", got)
	}
	audited := column(t, s.pool, `SELECT DISTINCT tgrelid::regclass::text FROM pg_trigger
		WHERE tgname = 'audit_insert' ORDER BY 1`)
	want := []string{"appeals", "categories", "decisions", "documents", "fees", "imports", "progress",
		"publications", "quotas", "requests", "snapshots", "tasks", "units"}
	if !slices.Equal(audited, want) {
		t.Errorf("audited tables %v, want %v", audited, want)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// An upper level reading a unit below through the store gets every
// application of it, each without its applicant, contact, content or
// note, by every read that passes whole applications; the unit itself
// reads them whole.
func TestUpperLevelReadsNoApplicants(t *testing.T) {
	ctx := t.Context()
	tr := openTree(t)
	below := tr.c.UnitAs(tr.b.id)
	var got []report.Request
	keep := func(r report.Request) error { got = append(got, r); return nil }
	if err := below.EachRequest(ctx, 2025, keep); err != nil {
		t.Fatal(err)
	}
	if err := below.EachOpenRequest(ctx, report.NewDate(2025, 12, 31), keep); err != nil {
		t.Fatal(err)
	}
	if err := below.EachRequestOf(ctx, data.RequestQuery{Year: 2025, Limit: 10}, keep); err != nil {
		t.Fatal(err)
	}
	r, ok, err := below.Request(ctx, "B-1")
	if err != nil || !ok {
		t.Fatalf("B-1 read from above: %v, %v", ok, err)
	}
	got = append(got, r)
	if len(got) < 4 {
		t.Fatalf("read %d applications from above, want B's through four reads", len(got))
	}
	for _, r := range got {
		if r.ApplicantName != "" || r.Contact != "" || r.Content != "" || r.Note != "" || r.Received.IsZero() {
			t.Errorf("%s read from above: %q %q %q %q, received %v", r.ID, r.ApplicantName, r.Contact, r.Content, r.Note, r.Received)
		}
	}
	own, ok, err := tr.b.Request(ctx, "B-1")
	if err != nil || !ok || own.ApplicantName != "李四" || own.Contact != "13900000000" {
		t.Errorf("B reading its own B-1: %+v, %v, %v", own, ok, err)
	}
}

// An upper level reading one unit below reads that unit's rows only, even
// with no WHERE of its own; a unit "reading" a unit that is not below it
// (a sibling, its own upper level) reads nothing.
func TestReaderOfOneUnit(t *testing.T) {
	ctx := t.Context()
	tr := openTree(t)
	units := func(u *Unit) []string {
		var got []string
		err := u.read(ctx, func(tx pgx.Tx) error {
			rows, err := tx.Query(ctx, `SELECT DISTINCT unit_id::text FROM requests ORDER BY 1`)
			if err != nil {
				return err
			}
			got, err = pgx.CollectRows(rows, pgx.RowTo[string])
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got := units(tr.c.UnitAs(tr.b.id)); !reflect.DeepEqual(got, []string{itoa(tr.b.id)}) {
		t.Errorf("the city reading B sees the applications of units %v, want B's only", got)
	}
	if got := units(tr.a.UnitAs(tr.b.id)); len(got) != 0 {
		t.Errorf("A reading its sibling B sees %v, want nothing", got)
	}
	if got := units(tr.a.UnitAs(tr.c.id)); len(got) != 0 {
		t.Errorf("A reading its upper level C sees %v, want nothing", got)
	}
	if got := units(tr.c.UnitAs(0)); len(got) != 3 {
		t.Errorf("the city reading all below sees %v, want C, A and B", got)
	}
}
