package data

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/xxgk/xxgk/report"
)

// The self-inspection's columns (migration 0007): 成文日期 in publications,
// 登记日期 in requests, through every write path and back.

func formedPub(key string, formed report.Date, row int) report.Publication {
	p := pub(key, "标题"+key, row)
	p.Formed = formed
	return p
}

func publicationsByKey(t *testing.T, st *Store) map[string]report.Publication {
	t.Helper()
	out := map[string]report.Publication{}
	if err := st.EachPublication(t.Context(), 2025, func(p report.Publication) error {
		out[p.IndexNo] = p
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestFormedWritePaths writes 成文日期 through the batched insert (a new
// table), then the per-row upsert, and reads it back: a change of 成文日期
// alone is an update, nothing changed writes nothing.
func TestFormedWritePaths(t *testing.T) {
	st := openTemp(t)
	d := report.NewDate
	var first []report.Publication
	for i := range 120 { // more than two batches of bulkRows
		f := report.Date(0)
		if i%3 != 0 {
			f = d(2025, 2, 1+i%28)
		}
		first = append(first, formedPub(key(i), f, i+2))
	}
	if s, err := importBatched(t, st, now, first...); err != nil || s != (Stats{Added: 120}) {
		t.Fatalf("first import %+v %v", s, err)
	}
	checkTallies(t, st, "after the batched import (triggers and indexes rebuilt)")
	got := publicationsByKey(t, st)
	for _, p := range first {
		if got[p.IndexNo].Formed != p.Formed {
			t.Fatalf("%s: formed %v, want %v", p.IndexNo, got[p.IndexNo].Formed, p.Formed)
		}
	}
	later := now.Add(time.Hour)
	if s, err := importPubs(t, st, later, first...); err != nil || s != (Stats{Unchanged: 120}) {
		t.Fatalf("same rows again %+v %v", s, err)
	}
	second := append([]report.Publication(nil), first...)
	second[0].Formed = d(2025, 1, 5)  // set
	second[1].Formed = 0              // cleared
	second[2].Formed = d(2025, 2, 27) // changed
	second[4] = formedPub(key(200), d(2025, 3, 1), 6)
	s, err := importPubs(t, st, later, second...)
	if err != nil || s != (Stats{Added: 1, Updated: 3, Unchanged: 116}) {
		t.Fatalf("second import %+v %v", s, err)
	}
	checkTallies(t, st, "after the upserts")
	got = publicationsByKey(t, st)
	for _, p := range second {
		if got[p.IndexNo].Formed != p.Formed {
			t.Errorf("%s: formed %v, want %v", p.IndexNo, got[p.IndexNo].Formed, p.Formed)
		}
	}
	// The readers the counting and the workbench use read it too.
	var checked int
	err = st.EachPublicationToCheck(t.Context(), 2025, report.NewDate(2025, 1, 1), time.Time{}, func(p report.Publication) error {
		if p.IndexNo == second[0].IndexNo && p.Formed == second[0].Formed {
			checked++
		}
		return nil
	})
	if err != nil || checked != 1 {
		t.Errorf("EachPublicationToCheck: %d %v", checked, err)
	}
}

func key(i int) string {
	return "K" + string(rune('A'+i/26%26)) + string(rune('A'+i%26)) + string(rune('0'+i/676))
}

// TestFormedLeavesTalliesAlone: the tally triggers (0006) are UPDATE OF
// with WHEN; a change of 成文日期 alone must not run them. A log trigger
// on each tally records every write the tally triggers make.
func TestFormedLeavesTalliesAlone(t *testing.T) {
	st := openTemp(t)
	p := formedPub("A", report.NewDate(2025, 2, 1), 2)
	if _, err := importPubs(t, st, now, p, formedPub("B", 0, 3)); err != nil {
		t.Fatal(err)
	}
	ctx := t.Context()
	if _, err := st.db.ExecContext(ctx, `CREATE TABLE tally_log (what TEXT)`); err != nil {
		t.Fatal(err)
	}
	for _, tb := range []string{"publication_by_category", "publication_by_department", "publication_by_channels"} {
		for _, ev := range []string{"INSERT", "UPDATE", "DELETE"} {
			q := `CREATE TRIGGER log_` + tb + `_` + ev + ` AFTER ` + ev + ` ON ` + tb +
				` BEGIN INSERT INTO tally_log VALUES ('` + tb + ` ` + ev + `'); END`
			if _, err := st.db.ExecContext(ctx, q); err != nil {
				t.Fatal(err)
			}
		}
	}
	logged := func() int {
		var n int
		if err := st.db.QueryRowContext(ctx, `SELECT count(*) FROM tally_log`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	p.Formed = report.NewDate(2025, 2, 3)
	if s, err := importPubs(t, st, now.Add(time.Hour), p); err != nil || s != (Stats{Updated: 1}) {
		t.Fatalf("formed changed: %+v %v", s, err)
	}
	if n := logged(); n != 0 {
		t.Errorf("a change of 成文日期 alone ran the tally triggers (%d writes)", n)
	}
	checkTallies(t, st, "after a change of 成文日期")
	// The log sees a counted change: the test can fail.
	p.Category = "工作动态"
	if _, err := importPubs(t, st, now.Add(2*time.Hour), p); err != nil {
		t.Fatal(err)
	}
	if logged() == 0 {
		t.Error("the log missed a change of category")
	}
	checkTallies(t, st, "after a change of category")
}

// TestRowHashKeptForOldRows: a row written before migration 0007 (no
// 成文日期 / 登记日期) keeps its hash, so re-importing the same ledger after
// the upgrade finds it unchanged.
func TestRowHashKeptForOldRows(t *testing.T) {
	h := newRowHasher()
	p := pub("A", "甲", 2)
	old := []any{p.Title, p.DocNo, dateArg(p.Published), p.Category, joinList(p.Channels), p.Department,
		boolArg(p.KeyArea), boolArg(p.FromRequest)}
	withFormed := append(append([]any(nil), old...), dateArg(p.Formed))
	if h.hash(publicationsTable.hashed(withFormed)) != oldRowHash(old) {
		t.Error("an empty 成文日期 changes the row hash of an old row")
	}
	withFormed[len(withFormed)-1] = "2025-02-01"
	if h.hash(publicationsTable.hashed(withFormed)) == oldRowHash(old) {
		t.Error("a 成文日期 leaves the row hash as it was")
	}

	// An old database, its rows written by version 6, re-imported.
	path := filepath.Join(t.TempDir(), "old.db")
	st, err := Open(t.Context(), path, OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	r := report.Request{ID: "2025-001", Received: report.NewDate(2025, 3, 5), Applicant: report.ApplicantNatural,
		Origin: report.Origin{File: "r.csv", Row: 2}}
	importAll(t, st, &all{pubs: []report.Publication{p}, reqs: []report.Request{r}})
	for _, q := range append(append(undoChanged(), undoSelfCheck()...), "PRAGMA user_version = 6") {
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
	stats := importAll(t, st, &all{pubs: []report.Publication{p}, reqs: []report.Request{r}})
	for _, s := range stats {
		if s.Stats != (Stats{Unchanged: 1}) {
			t.Errorf("%s after the upgrade: %+v", s.Ledger, s.Stats)
		}
	}
}

// TestRegisteredWritePaths: 登记日期 written in bulk and by the upsert,
// read back by every request reader; a change of it alone is an update.
func TestRegisteredWritePaths(t *testing.T) {
	st := openTemp(t)
	ctx := t.Context()
	d := report.NewDate
	req := func(id string, reg report.Date, row int) report.Request {
		return report.Request{ID: id, Received: d(2025, 3, 5), Registered: reg, Applicant: report.ApplicantNatural,
			Origin: report.Origin{File: "r.csv", Row: row}}
	}
	write := func(rows ...report.Request) Stats {
		t.Helper()
		im, err := st.BeginImport(ctx, []string{"r.csv"}, now)
		if err != nil {
			t.Fatal(err)
		}
		defer im.Rollback()
		b := im.(*Import)
		b.SetBatching(true)
		for _, r := range rows {
			if err := im.Request(r); err != nil {
				t.Fatal(err)
			}
		}
		if err := b.Flush(); err != nil {
			t.Fatal(err)
		}
		s := im.Stats()[0].Stats
		if err := im.Commit(); err != nil {
			t.Fatal(err)
		}
		return s
	}
	rows := []report.Request{req("1", d(2025, 3, 7), 2), req("2", 0, 3), req("3", d(2025, 3, 10), 4)}
	if s := write(rows...); s != (Stats{Added: 3}) {
		t.Fatalf("first import %+v", s)
	}
	if s := write(rows...); s != (Stats{Unchanged: 3}) {
		t.Fatalf("again %+v", s)
	}
	rows[1].Registered = d(2025, 3, 6)
	if s := write(rows...); s != (Stats{Updated: 1, Unchanged: 2}) {
		t.Fatalf("登记日期 set %+v", s)
	}
	want := map[string]report.Date{"1": d(2025, 3, 7), "2": d(2025, 3, 6), "3": d(2025, 3, 10)}
	check := func(what string, r report.Request) {
		if r.Registered != want[r.ID] {
			t.Errorf("%s %s: registered %v, want %v", what, r.ID, r.Registered, want[r.ID])
		}
	}
	n := 0
	if err := st.EachRequest(ctx, 2025, func(r report.Request) error { n++; check("EachRequest", r); return nil }); err != nil || n != 3 {
		t.Fatalf("EachRequest %d %v", n, err)
	}
	if err := st.EachOpenRequest(ctx, d(2025, 12, 31), func(r report.Request) error { check("EachOpenRequest", r); return nil }); err != nil {
		t.Fatal(err)
	}
	r, ok, err := st.Request(ctx, "2")
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	check("Request", r)
}
