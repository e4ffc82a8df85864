package data

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
)

// tallyPairs are each tally of migration 0006 and the GROUP BY over the
// publications it must equal, both in one order.
var tallyPairs = [][2]string{
	{`SELECT published, category, n, key_area, from_request FROM publication_by_category ORDER BY published, category`,
		`SELECT published, category, count(*), sum(key_area <> 0), sum(from_request <> 0) FROM publications
			GROUP BY published, category ORDER BY published, category`},
	{`SELECT published, department, n FROM publication_by_department ORDER BY published, department`,
		`SELECT published, department, count(*) FROM publications GROUP BY published, department ORDER BY published, department`},
	{`SELECT published, channels, n FROM publication_by_channels ORDER BY published, channels`,
		`SELECT published, channels, count(*) FROM publications GROUP BY published, channels ORDER BY published, channels`},
}

// dump returns the rows of q, one line each, with each value's type.
func dump(t *testing.T, st *Store, q string) string {
	t.Helper()
	rows, err := st.db.QueryContext(t.Context(), q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var b strings.Builder
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		for _, v := range vals {
			if bs, ok := v.([]byte); ok {
				v = string(bs)
			}
			fmt.Fprintf(&b, "%T:%v|", v, v)
		}
		b.WriteByte('\n')
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// checkTallies fails t unless every tally equals its GROUP BY exactly.
func checkTallies(t *testing.T, st *Store, what string) {
	t.Helper()
	for _, p := range tallyPairs {
		if got, want := dump(t, st, p[0]), dump(t, st, p[1]); got != want {
			t.Fatalf("%s: tally\n%s\nGROUP BY\n%s", what, got, want)
		}
	}
}

// randomWrite changes the publications one random way: an insert, a
// delete, an update of one or several counted columns (to empty strings,
// other days, key_area and from_request values other than 0 and 1), an
// update of uncounted columns only, an update that sets the same values,
// or an update or delete of many rows at once.
func randomWrite(ctx context.Context, st *Store, rnd *rand.Rand, next *int) error {
	pick := func(vs ...any) any { return vs[rnd.IntN(len(vs))] }
	day := func() any { return report.YearStart(2024).AddDays(rnd.IntN(3 * 365)).String() }
	cat := func() any { return pick("", "招生考试", "财务信息", "其它类", "自定义") }
	dept := func() any { return pick("", "办公室", " 基教股", report.NoDepartment) }
	chans := func() any { return pick("", "政府网站", "政府网站、微博", " 微博 、微博", "报纸") }
	flag := func() any { return pick(0, 1, 2, -1) }
	some := `SELECT index_no FROM publications ORDER BY random() LIMIT 1`
	var q string
	var args []any
	switch rnd.IntN(9) {
	case 0, 1:
		*next++
		q = `INSERT INTO publications (index_no, title, published, category, channels, department, key_area, from_request, row_hash, updated_at)
			VALUES (?, 't', ?, ?, ?, ?, ?, ?, 'h', 'u')`
		args = []any{fmt.Sprintf("N%05d", *next), day(), cat(), chans(), dept(), flag(), flag()}
	case 2:
		q = `DELETE FROM publications WHERE index_no = (` + some + `)`
	case 3:
		cols := []string{"published", "category", "department", "channels", "key_area", "from_request"}
		vals := []func() any{day, cat, dept, chans, flag, flag}
		var set []string
		for i, c := range cols {
			if rnd.IntN(3) == 0 {
				set = append(set, c+" = ?")
				args = append(args, vals[i]())
			}
		}
		if len(set) == 0 {
			set, args = append(set, "category = ?"), append(args, cat())
		}
		q = `UPDATE publications SET ` + strings.Join(set, ", ") + ` WHERE index_no = (` + some + `)`
	case 4:
		q = `UPDATE publications SET title = 'x', doc_no = 'd', src_row = 99 WHERE index_no = (` + some + `)`
	case 5:
		q = `UPDATE publications SET published = published, category = category, department = department,
			channels = channels, key_area = key_area, from_request = from_request WHERE index_no = (` + some + `)`
	case 6:
		q, args = `UPDATE publications SET category = ?, key_area = 1 - key_area WHERE department = ?`, []any{cat(), dept()}
	case 7:
		q, args = `UPDATE publications SET published = date(published, '+1 month') WHERE channels = ?`, []any{chans()}
	case 8:
		q, args = `DELETE FROM publications WHERE category = ? AND from_request <> 0`, []any{cat()}
	}
	_, err := st.db.ExecContext(ctx, q, args...)
	return err
}

// Random inserts, updates and deletes, by SQL and by imports (which add,
// change and, with --replace, delete rows), leave every tally equal to
// the GROUP BY over the publications.
func TestTalliesFollowEveryWrite(t *testing.T) {
	for seed := uint64(1); seed <= 4; seed++ {
		st := openTemp(t)
		rnd := rand.New(rand.NewPCG(seed, 6))
		pubs := randomPublications(seed, 300)
		importAll(t, st, &all{pubs: pubs})
		checkTallies(t, st, fmt.Sprintf("seed %d: first import", seed))
		next := 0
		for round := range 6 {
			for range 40 {
				if err := randomWrite(t.Context(), st, rnd, &next); err != nil {
					t.Fatal(err)
				}
			}
			checkTallies(t, st, fmt.Sprintf("seed %d round %d: SQL writes", seed, round))
			// An import of part of the ledger, some items changed, the
			// others deleted as absent.
			im, err := st.BeginImport(t.Context(), []string{"y"}, now)
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range pubs {
				if rnd.IntN(4) == 0 {
					continue
				}
				switch rnd.IntN(5) {
				case 0:
					p.Published = p.Published.AddDays(rnd.IntN(40))
				case 1:
					p.Category, p.Department = "", ""
				case 2:
					p.Channels, p.KeyArea, p.FromRequest = nil, !p.KeyArea, !p.FromRequest
				case 3:
					p.Title = "改过的标题"
				}
				if err := im.Publication(p); err != nil {
					t.Fatal(err)
				}
			}
			if rnd.IntN(2) == 0 {
				if err := im.DeleteAbsent(); err != nil {
					t.Fatal(err)
				}
			}
			if err := im.Commit(); err != nil {
				t.Fatal(err)
			}
			checkTallies(t, st, fmt.Sprintf("seed %d round %d: import", seed, round))
		}
		var n int
		if err := st.db.QueryRow(`SELECT count(*) FROM publication_by_department`).Scan(&n); err != nil || n < 50 {
			t.Fatalf("seed %d: %d department tally rows (%v): too few cases", seed, n, err)
		}
	}
}

// A rolled-back write leaves the tallies as they were.
func TestTalliesRollBack(t *testing.T) {
	st := openTemp(t)
	importAll(t, st, &all{pubs: randomPublications(3, 200)})
	before := dump(t, st, tallyPairs[0][0])
	im, err := st.BeginImport(t.Context(), []string{"y"}, now)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range randomPublications(4, 200) {
		if err := im.Publication(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := im.DeleteAbsent(); err != nil {
		t.Fatal(err)
	}
	if err := im.Rollback(); err != nil {
		t.Fatal(err)
	}
	if after := dump(t, st, tallyPairs[0][0]); after != before {
		t.Fatal("tallies changed by a rolled-back import")
	}
	checkTallies(t, st, "after rollback")
}

// undoTallies are the statements that take migration 0006 back out.
func undoTallies() []string {
	return []string{"DROP TRIGGER publication_tally_insert", "DROP TRIGGER publication_tally_delete",
		"DROP TRIGGER publication_tally_update_category", "DROP TRIGGER publication_tally_update_department",
		"DROP TRIGGER publication_tally_update_channels", "DROP TABLE publication_by_category",
		"DROP TABLE publication_by_department", "DROP TABLE publication_by_channels"}
}

// A database of schema 5 that already holds items gets its tallies
// counted from them when it is upgraded.
func TestTalliesBackFilled(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	st, err := Open(t.Context(), path, OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SetUnit(t.Context(), report.Unit{Name: "测试单位"}, now); err != nil {
		t.Fatal(err)
	}
	importAll(t, st, &all{pubs: randomPublications(5, 300)})
	want, err := st.countPublications(t.Context(), 2025, rowCounts)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range append(append(append(undoChanged(), undoSelfCheck()...), undoTallies()...), "PRAGMA user_version = 5") {
		if _, err := st.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	st, err = Open(t.Context(), path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	checkTallies(t, st, "after upgrade")
	got, err := st.CountPublications(t.Context(), 2025)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(got) != fmt.Sprint(want) || want.KeyArea == 0 || len(want.Departments) < 3 {
		t.Fatalf("after upgrade\n%+v\nwant\n%+v", got, want)
	}
}

// tallyTriggers counts the tally triggers in the schema.
func tallyTriggers(t *testing.T, st *Store) int {
	t.Helper()
	var n int
	if err := st.db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'publication_tally_%'`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// An import into empty publications drops the tally triggers and counts
// the tallies at the end: rolled back, the triggers are there again;
// committed, the tallies are exact and the triggers keep them so.
func TestTalliesDeferredOnEmptyTable(t *testing.T) {
	st := openTemp(t)
	want := tallyTriggers(t, st)
	if want != 5 {
		t.Fatalf("%d tally triggers in a new database", want)
	}
	im, err := st.BeginImport(t.Context(), []string{"x"}, now)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range randomPublications(7, 100) {
		if err := im.Publication(p); err != nil {
			t.Fatal(err)
		}
	}
	if err := im.Rollback(); err != nil {
		t.Fatal(err)
	}
	if n := tallyTriggers(t, st); n != want {
		t.Fatalf("%d tally triggers after a rolled-back import", n)
	}
	importAll(t, st, &all{pubs: randomPublications(7, 300)})
	if n := tallyTriggers(t, st); n != want {
		t.Fatalf("%d tally triggers after an import into an empty table", n)
	}
	checkTallies(t, st, "after an import into an empty table")
	if _, err := st.db.Exec(`DELETE FROM publications WHERE category = '自定义'`); err != nil {
		t.Fatal(err)
	}
	checkTallies(t, st, "after a delete")
}

// undoChanged turns a database back to before migration 0008.
func undoChanged() []string {
	return []string{"DROP INDEX publications_changed", "DROP INDEX publications_selfcheck"}
}
