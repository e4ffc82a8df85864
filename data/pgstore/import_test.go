package pgstore

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// The sample unit's workbook, read by the ledger reader into SQLite and
// into PostgreSQL: the same Stats, Absent rows, rows, 目录 and imports
// record; a second import changes nothing and counts every row unchanged.
func TestImportSampleSameAsSQLite(t *testing.T) {
	s := openTest(t)
	path := sampleFile(t)
	lite, litePath := newSQLite(t)
	pg := newPGUnit(t, s, "11330100002482096X")

	for round, now := range []time.Time{importNow, importNow.Add(24 * time.Hour)} {
		want := importFile(t, lite, path, false, now)
		got := importFile(t, pg, path, false, now)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("import %d: PostgreSQL reports\n%+v\nSQLite reports\n%+v", round+1, got, want)
		}
		sameDump(t, fmt.Sprintf("import %d", round+1), dumpPG(t, pg), dumpSQLite(t, litePath))
		checkTallies(t, s)
		if round == 0 {
			if want.Stats[0].Added == 0 {
				t.Fatalf("first import added nothing: %+v", want.Stats)
			}
			continue
		}
		for _, st := range got.Stats {
			if st.Added != 0 || st.Updated != 0 || st.Unchanged == 0 && !st.Catalog {
				t.Errorf("re-import: %s %+v, want every row unchanged", st.Ledger, st.Stats)
			}
		}
	}
	for _, y := range []int{2024, 2025} {
		if g, w := read(t, pg, y), read(t, lite, y); !reflect.DeepEqual(g, w) {
			t.Errorf("year %d read back: PostgreSQL\n%+v\nSQLite\n%+v", y, g, w)
		}
	}
}

// A changed cell is counted as changed (the tallies follow) (its updated_at moves, the others'
// stay); rows the files no longer hold are listed by Absent and removed by
// DeleteAbsent, as SQLite does.
func TestImportChangedAndAbsent(t *testing.T) {
	s := openTest(t)
	rows := record(t, sampleFile(t))
	lite, litePath := newSQLite(t)
	pg := newPGUnit(t, s, "11330100002482096X")
	importRows(t, lite, rows, false, importNow)
	importRows(t, pg, rows, false, importNow)

	changed := *rows
	changed.Pubs = append([]report.Publication(nil), rows.Pubs...)
	changed.Pubs[3].Title += "（修订）"
	changed.Pubs[5].Category, changed.Pubs[5].KeyArea = "其他类", !changed.Pubs[5].KeyArea // counted in the tallies
	changed.Reqs = append([]report.Request(nil), rows.Reqs[:len(rows.Reqs)-2]...)
	changed.Tasks = append([]report.Task(nil), rows.Tasks...)
	changed.Tasks[0].WholeYear = !changed.Tasks[0].WholeYear
	later := importNow.Add(time.Hour)
	for _, replace := range []bool{false, true} {
		want := importRows(t, lite, &changed, replace, later)
		got := importRows(t, pg, &changed, replace, later)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("replace %v: PostgreSQL reports\n%+v\nSQLite reports\n%+v", replace, got, want)
		}
		sameDump(t, fmt.Sprintf("replace %v", replace), dumpPG(t, pg), dumpSQLite(t, litePath))
		checkTallies(t, s)
		if len(got.Absent) != 1 || got.Absent[0].Ledger != "依申请公开" || got.Absent[0].Count != 2 {
			t.Errorf("replace %v: absent %+v, want the 2 applications left out", replace, got.Absent)
		}
		if !replace {
			pubs := got.Stats[0]
			if pubs.Updated != 2 || pubs.Unchanged != len(rows.Pubs)-2 {
				t.Errorf("publications after one changed title: %+v", pubs.Stats)
			}
			continue
		}
		for _, st := range got.Stats {
			if st.Ledger == "依申请公开" && st.Deleted != 2 {
				t.Errorf("replace: applications %+v, want 2 deleted", st.Stats)
			}
		}
	}
	updated := map[string]time.Time{}
	for _, p := range rows.Pubs[3:5] {
		err := pg.EachPublication(t.Context(), p.Published.Year(), func(q report.Publication) error {
			updated[q.IndexNo] = q.Origin.Updated
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if got := updated[rows.Pubs[3].IndexNo]; !got.Equal(later) {
		t.Errorf("updated_at of the changed item: %v, want %v", got, later)
	}
	if got := updated[rows.Pubs[4].IndexNo]; !got.Equal(importNow) {
		t.Errorf("updated_at of an unchanged item: %v, want %v", got, importNow)
	}
}

// An import that fails anywhere leaves the database as it was: a key met
// twice (the same message as SQLite's), a progress entry citing an
// unknown task (at Commit), a Go error of the caller, a cancelled context.
func TestImportRefusedLeavesNothing(t *testing.T) {
	s := openTest(t)
	rows := record(t, sampleFile(t))
	lite, _ := newSQLite(t)
	pg := newPGUnit(t, s, "11330100002482096X")
	importRows(t, pg, rows, false, importNow)
	before := dumpPG(t, pg)

	twice := *rows
	twice.Pubs = append(append([]report.Publication(nil), rows.Pubs...), rows.Pubs[7])
	twice.Pubs[0].Title = "不该留下的改动"
	unknown := *rows
	unknown.Progs = append(append([]report.Progress(nil), rows.Progs...), report.Progress{TaskID: "RW-无此任务",
		Date: report.NewDate(2025, 6, 1), Status: rows.Progs[0].Status,
		Origin: report.Origin{File: "台账.xlsx", Sheet: "任务进展", Row: 99}})
	unknown.Pubs = append([]report.Publication(nil), rows.Pubs...)
	unknown.Pubs[1].Title = "不该留下的改动"
	undated := *rows
	undated.Pubs = append([]report.Publication(nil), rows.Pubs...)
	undated.Pubs[0].Title = "不该留下的改动"
	undated.Pubs[len(rows.Pubs)-1].Published = 0 // the database refuses an item without 发布日期
	errStop := errors.New("stopped")
	var cancelImport context.CancelFunc

	cases := []struct {
		name  string
		rows  *recorded
		ctx   func() context.Context
		after func(data.Importer) error
		check func(error) bool
	}{
		{name: "duplicate key", rows: &twice, check: func(err error) bool {
			var d *data.DuplicateKeyError
			return errors.As(err, &d)
		}},
		{name: "refused row", rows: &undated, check: func(err error) bool {
			return err != nil && strings.Contains(err.Error(), "published")
		}},
		{name: "unknown task", rows: &unknown, check: func(err error) bool {
			var r *data.ReferenceError
			return errors.As(err, &r)
		}},
		{name: "caller's error", rows: &unknown, after: func(im data.Importer) error {
			return errStop
		}, check: func(err error) bool { return errors.Is(err, errStop) }},
		{name: "cancelled", rows: &unknown, ctx: func() context.Context {
			ctx, cancel := context.WithCancel(t.Context())
			cancelImport = cancel
			return ctx
		}, after: func(im data.Importer) error {
			cancelImport()
			return im.(*Import).Publication(rows.Pubs[0])
		}, check: func(err error) bool { return errors.Is(err, context.Canceled) }},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ctx := t.Context()
			if c.ctx != nil {
				ctx = c.ctx()
			}
			write := func(im data.Importer) error {
				if err := c.rows.writeTo(im.(*Import)); err != nil {
					return err
				}
				if c.after != nil {
					return c.after(im)
				}
				return nil
			}
			_, err := tryImport(ctx, pg, []string{"台账.xlsx"}, write, true, importNow.Add(time.Hour))
			if err == nil || !c.check(err) {
				t.Fatalf("import: %v", err)
			}
			if c.name == "duplicate key" || c.name == "unknown task" {
				_, liteErr := tryImport(t.Context(), lite, []string{"台账.xlsx"}, func(im data.Importer) error {
					return c.rows.writeTo(im.(*data.Import))
				}, true, importNow)
				if liteErr == nil || liteErr.Error() != err.Error() {
					t.Errorf("PostgreSQL refuses with\n%v\nSQLite with\n%v", err, liteErr)
				}
			}
			sameDump(t, c.name, dumpPG(t, pg), before)
		})
	}
}

// Two units imported at once each end with their own rows, as if imported
// alone; two imports of one unit at once end with the rows of one of them
// (the later), none lost and none doubled.
func TestImportConcurrent(t *testing.T) {
	s := openTest(t)
	rows := record(t, sampleFile(t))
	other := *rows
	other.Pubs = append([]report.Publication(nil), rows.Pubs...)
	for i := range len(other.Pubs) / 2 {
		other.Pubs[i].Title = "乙单位：" + other.Pubs[i].Title
	}
	other.Reqs = rows.Reqs[:3]

	// What each set of rows gives alone, in SQLite.
	alone := func(r *recorded) dump {
		lite, path := newSQLite(t)
		importRows(t, lite, r, true, importNow)
		d := dumpSQLite(t, path)
		delete(d, "imports")
		return d
	}
	wantA, wantB := alone(rows), alone(&other)
	defer checkTallies(t, s)

	a := newPGUnit(t, s, "UNIT-A")
	b := newPGUnit(t, s, "UNIT-B")
	c := newPGUnit(t, s, "UNIT-C")
	run := func(jobs ...func() error) {
		var wg sync.WaitGroup
		errs := make([]error, len(jobs))
		for i, job := range jobs {
			wg.Go(func() { errs[i] = job() })
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	var outcomes sync.Map
	imp := func(u *Unit, r *recorded) func() error {
		return func() error {
			out, err := tryImport(t.Context(), u, []string{"台账.xlsx"}, func(im data.Importer) error {
				return r.writeTo(im.(*Import))
			}, true, importNow)
			outcomes.Store(r, out)
			return err
		}
	}
	for round := range 3 {
		run(imp(a, rows), imp(b, &other))
		gotA, gotB := dumpPG(t, a), dumpPG(t, b)
		delete(gotA, "imports")
		delete(gotB, "imports")
		sameDump(t, fmt.Sprintf("round %d, unit A", round), gotA, wantA)
		sameDump(t, fmt.Sprintf("round %d, unit B", round), gotB, wantB)
	}

	// The same unit, twice at once, with different rows.
	run(imp(c, rows), imp(c, &other))
	got := dumpPG(t, c)
	imports := got["imports"]
	delete(got, "imports")
	if len(imports) != 2 {
		t.Fatalf("imports recorded: %v", imports)
	}
	var n int
	if err := s.pool.QueryRow(t.Context(), `SELECT count(*) FROM publications WHERE unit_id = $1`, c.id).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != len(rows.Pubs) {
		t.Errorf("%d publications after two imports at once, want %d", n, len(rows.Pubs))
	}
	// One import waited for the other and started from its rows: it
	// added nothing and found changed exactly the items whose titles
	// differ between the two.
	var firsts, seconds int
	for _, r := range []*recorded{rows, &other} {
		v, _ := outcomes.Load(r)
		pubs := v.(outcome).Stats[0].Stats
		switch pubs {
		case data.Stats{Added: len(rows.Pubs)}:
			firsts++
		case data.Stats{Updated: len(rows.Pubs) / 2, Unchanged: len(rows.Pubs) - len(rows.Pubs)/2}:
			seconds++
		default:
			t.Errorf("publications of one of two imports at once: %+v", pubs)
		}
	}
	if firsts != 1 || seconds != 1 {
		t.Errorf("two imports of one unit at once: %d first and %d second, want one each", firsts, seconds)
	}
	if fmt.Sprint(got) != fmt.Sprint(wantA) && fmt.Sprint(got) != fmt.Sprint(wantB) {
		t.Errorf("the unit imported twice at once holds neither import's rows")
		sameDump(t, "same unit", got, wantA)
	}
}

// A second import of a unit waits at BeginImport until the first ends:
// otherwise its DeleteAbsent could run before the first's rows were
// committed, and leave them beside its own. An import of another unit
// does not wait.
func TestImportOfOneUnitWaitsForTheOther(t *testing.T) {
	ctx := t.Context()
	s := openTest(t)
	a := newPGUnit(t, s, "UNIT-A")
	b := newPGUnit(t, s, "UNIT-B")
	first, err := a.BeginImport(ctx, []string{"甲.xlsx"}, importNow)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Rollback()
	other, err := b.BeginImport(ctx, []string{"乙.xlsx"}, importNow)
	if err != nil {
		t.Fatal(err)
	}
	if err := other.Rollback(); err != nil {
		t.Fatal(err)
	}
	began := make(chan data.Importer)
	go func() {
		im, err := a.BeginImport(ctx, []string{"丙.xlsx"}, importNow)
		if err != nil {
			t.Error(err)
		}
		began <- im
	}()
	select {
	case im := <-began:
		if im != nil {
			im.Rollback()
		}
		t.Fatal("a second import of the unit began while the first was open")
	case <-time.After(300 * time.Millisecond):
	}
	if err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	select {
	case im := <-began:
		if im == nil {
			t.Fatal("the second import failed")
		}
		if err := im.Rollback(); err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the second import did not begin after the first committed")
	}
}

// Re-importing an unchanged ledger audits nothing (the import only
// records on each row that it read it), and a changed row is audited once.
func TestReimportAuditsOnlyChanges(t *testing.T) {
	ctx := t.Context()
	s := openTest(t)
	rows := record(t, sampleFile(t))
	pg := newPGUnit(t, s, "11330100002482096X")
	importRows(t, pg, rows, false, importNow)
	// The imports record of each import is audited (added, then its
	// counts): not counted here.
	audits := func() (n int) {
		if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM audit WHERE unit_id = $1 AND table_name <> 'imports'`, pg.id).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	first := audits()
	if first == 0 {
		t.Fatal("the first import audited nothing")
	}
	importRows(t, pg, rows, false, importNow.Add(time.Hour))
	if n := audits(); n != first {
		t.Errorf("an unchanged re-import added %d audit rows, want none", n-first)
	}
	changed := *rows
	changed.Pubs = append([]report.Publication(nil), rows.Pubs...)
	changed.Pubs[3].Title += "（修订）"
	before := audits()
	importRows(t, pg, &changed, false, importNow.Add(2*time.Hour))
	var n int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM audit WHERE unit_id = $1 AND id > 0 AND table_name = 'publications'
		AND action = 'UPDATE' AND record_key = $2 AND after ->> 'title' = $3`, pg.id, changed.Pubs[3].IndexNo, changed.Pubs[3].Title).Scan(&n); err != nil || n != 1 {
		t.Errorf("the changed item's audit rows: %d, %v; want 1", n, err)
	}
	if got := audits() - before; got != 1 {
		t.Errorf("a re-import changing one item added %d audit rows, want 1", got)
	}
}
