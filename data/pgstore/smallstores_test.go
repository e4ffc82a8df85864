package pgstore

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/pgstore/pgtest"
	"github.com/xxgk/xxgk/report"
)

// Calendars and snapshots read back from PostgreSQL as from SQLite.
func TestCalendarsAndSnapshotsAsSQLite(t *testing.T) {
	ctx := t.Context()
	s := openTest(t)
	u := report.Unit{Name: "某县教育局", Code: "11330000MB0000000H"}
	pg := pgUnit(t, s, u, "")
	other := pgUnit(t, s, report.Unit{Name: "某市教育局", Code: "CITY"}, "")
	lite := sqliteStore(t, u)

	cals := []data.CalendarFile{
		{Year: 2031, Source: "国务院办公厅关于2031年部分节假日安排的通知.txt", Text: "元旦：1月1日放假", Added: now},
		{Year: 2030, Source: "2030.txt", Text: "春节：…", Added: now.Add(time.Hour)},
		{Year: 2031, Source: "2031-更正.txt", Text: "元旦：1月1日至3日放假", Added: now.Add(2 * time.Hour)}, // replaces 2031
	}
	sns := []data.Snapshot{
		{Kind: "annual", Period: "2025", Produced: now, Figures: []byte(`{"a":1}`)},
		{Kind: "annual", Period: "2025", Produced: now.Add(time.Minute), Figures: []byte(`{"a":2}`)},
		{Kind: "annual", Period: "2025", Produced: now.Add(time.Minute), Figures: []byte(`{"a":3}`)}, // same time: the later row
		{Kind: "annual", Period: "2024", Produced: now.Add(time.Hour), Figures: []byte(`{"b":1}`)},
		{Kind: "monthly", Period: "2025-01", Produced: now.Add(-time.Hour), Figures: []byte(`{"m":1}`)},
	}
	for _, c := range cals {
		if err := pg.SaveCalendar(ctx, c); err != nil {
			t.Fatal(err)
		}
		if err := lite.SaveCalendar(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	for _, sn := range sns {
		if err := pg.SaveSnapshot(ctx, sn); err != nil {
			t.Fatal(err)
		}
		if err := lite.SaveSnapshot(ctx, sn); err != nil {
			t.Fatal(err)
		}
	}
	// Another unit's snapshot is not this unit's.
	if err := other.SaveSnapshot(ctx, data.Snapshot{Kind: "annual", Period: "2025", Produced: now.Add(24 * time.Hour), Figures: []byte(`{"other":1}`)}); err != nil {
		t.Fatal(err)
	}

	gotPG, err := pg.Calendars(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gotLite, err := lite.Calendars(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(gotLite) != 2 || gotLite[1].Source != "2031-更正.txt" {
		t.Fatalf("SQLite calendars: %+v", gotLite)
	}
	if !sameCalendars(gotPG, gotLite) {
		t.Errorf("calendars:\nPostgreSQL %+v\nSQLite     %+v", gotPG, gotLite)
	}
	// A calendar is the country's: the other unit reads the same.
	if gotOther, err := other.Calendars(ctx); err != nil || !sameCalendars(gotOther, gotLite) {
		t.Errorf("other unit's calendars: %+v, %v", gotOther, err)
	}

	for _, q := range []struct{ kind, period string }{{"annual", "2025"}, {"annual", "2024"}, {"monthly", "2025-01"}, {"annual", "2023"}, {"monthly", "2025"}} {
		a, okA, err := pg.LatestSnapshot(ctx, q.kind, q.period)
		if err != nil {
			t.Fatal(err)
		}
		b, okB, err := lite.LatestSnapshot(ctx, q.kind, q.period)
		if err != nil {
			t.Fatal(err)
		}
		if okA != okB || !a.Produced.Equal(b.Produced) || string(a.Figures) != string(b.Figures) || a.Kind != b.Kind || a.Period != b.Period {
			t.Errorf("LatestSnapshot(%s, %s):\nPostgreSQL %v %+v %s\nSQLite     %v %+v %s", q.kind, q.period, okA, a, a.Figures, okB, b, b.Figures)
		}
	}
	if a, _, _ := pg.LatestSnapshot(ctx, "annual", "2025"); string(a.Figures) != `{"a":3}` {
		t.Errorf("latest annual 2025: %s, want the last one saved", a.Figures)
	}
}

func sameCalendars(a, b []data.CalendarFile) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if !x.Added.Equal(y.Added) {
			return false
		}
		x.Added, y.Added = time.Time{}, time.Time{}
		if !reflect.DeepEqual(x, y) {
			return false
		}
	}
	return true
}

// The change mark grows with every committed change to the unit's rows,
// by this store or another connection, and with nothing else.
func TestChangeMark(t *testing.T) {
	ctx := t.Context()
	dsn := pgtest.DB(t)
	s, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	a, err := s.AddUnit(ctx, report.Unit{Name: "甲县教育局", Code: "A"}, "", now)
	if err != nil {
		t.Fatal(err)
	}
	b := pgUnit(t, s, report.Unit{Name: "乙县教育局", Code: "B"}, "")
	mark := func(u *Unit) int64 {
		t.Helper()
		n, err := u.ChangeMark(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	a0, b0 := mark(a), mark(b)
	if a1 := mark(a); a1 != a0 {
		t.Fatalf("mark changed by reading: %d then %d", a0, a1)
	}

	if err := a.PutPublications(ctx, publications(), now); err != nil {
		t.Fatal(err)
	}
	a1 := mark(a)
	if a1 == a0 {
		t.Errorf("mark %d unchanged after new publications", a1)
	}
	if n := mark(b); n != b0 {
		t.Errorf("unit B's mark %d → %d after unit A's write", b0, n)
	}
	// The same rows again change nothing: the mark stays.
	if err := a.PutPublications(ctx, publications(), now.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	if n := mark(a); n != a1 {
		t.Errorf("mark %d → %d after writing unchanged rows", a1, n)
	}

	// A change committed by another program (another pool) is seen.
	s2, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	a2, err := s2.Unit(ctx, "A")
	if err != nil {
		t.Fatal(err)
	}
	if err := a2.PutRequests(ctx, requests(), now); err != nil {
		t.Fatal(err)
	}
	a3 := mark(a)
	if a3 == a1 {
		t.Errorf("mark %d unchanged after another connection's applications", a3)
	}
	// A rolled-back write changes nothing.
	boom := errors.New("boom")
	if err := a.write(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM requests WHERE unit_id = $1`, a.id); err != nil {
			return err
		}
		return boom
	}); !errors.Is(err, boom) {
		t.Fatal(err)
	}
	if n := mark(a); n != a3 {
		t.Errorf("mark %d → %d after a rolled-back delete", a3, n)
	}
	// A delete, a snapshot, a rename: each changes it.
	a4 := a3
	for name, do := range map[string]func() error{
		"delete": func() error {
			return a.write(ctx, func(tx pgx.Tx) error {
				_, err := tx.Exec(ctx, `DELETE FROM requests WHERE unit_id = $1 AND id = 'SQ-1'`, a.id)
				return err
			})
		},
		"snapshot": func() error {
			return a.SaveSnapshot(ctx, data.Snapshot{Kind: "annual", Period: "2025", Produced: now, Figures: []byte("{}")})
		},
		"rename": func() error {
			_, err := s.AddUnit(ctx, report.Unit{Name: "甲县教育局（新名）", Code: "A"}, "", now)
			return err
		},
	} {
		if err := do(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		n := mark(a)
		if n == a4 {
			t.Errorf("mark %d unchanged after %s", n, name)
		}
		a4 = n
	}
	if n := mark(b); n != b0 {
		t.Errorf("unit B's mark %d → %d after unit A's changes", b0, n)
	}
}

// A unit of a shared database is not backed up on its own: Backup says so
// in Chinese and writes nothing.
func TestBackupRefused(t *testing.T) {
	s := openTest(t)
	u := pgUnit(t, s, report.Unit{Name: "某县教育局", Code: "A"}, "")
	dst := filepath.Join(t.TempDir(), "backup.db")
	err := u.Backup(t.Context(), dst)
	if !errors.Is(err, ErrSharedBackup) {
		t.Fatalf("Backup: %v, want ErrSharedBackup", err)
	}
	var um interface{ UserMessage() string }
	if !errors.As(err, &um) || !strings.Contains(um.UserMessage(), "pg_dump") || !strings.Contains(um.UserMessage(), "xxgk export") {
		t.Errorf("Backup's message: %v", err)
	}
	if _, err := os.Stat(dst); !os.IsNotExist(err) {
		t.Errorf("Backup left %s: %v", dst, err)
	}
}

// A transaction bumps a unit's mark once however many statements it runs;
// a bump undone with a rolled-back savepoint does not keep the next
// statement of the transaction from bumping.
func TestChangeMarkOncePerTransaction(t *testing.T) {
	ctx := t.Context()
	s := openTest(t)
	a, err := s.AddUnit(ctx, report.Unit{Name: "甲", Code: "A"}, "", now)
	if err != nil {
		t.Fatal(err)
	}
	m0, err := a.ChangeMark(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.PutPublications(ctx, publications(), now); err != nil { // three statements
		t.Fatal(err)
	}
	m1, err := a.ChangeMark(ctx)
	if err != nil || m1 != m0+1 {
		t.Fatalf("mark %d → %d (%v) after one transaction, want +1", m0, m1, err)
	}
	err = a.write(ctx, func(tx pgx.Tx) error {
		sp, err := tx.Begin(ctx)
		if err != nil {
			return err
		}
		if _, err := sp.Exec(ctx, `DELETE FROM publications WHERE unit_id = $1 AND index_no = 'P-1'`, a.id); err != nil {
			return err
		}
		if err := sp.Rollback(ctx); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `DELETE FROM publications WHERE unit_id = $1 AND index_no = 'P-2'`, a.id)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if m2, err := a.ChangeMark(ctx); err != nil || m2 != m1+1 {
		t.Errorf("mark %d → %d (%v) after a savepoint rolled back and a delete, want +1", m1, m2, err)
	}
}

// Accounts and sessions are not the unit's figures: adding an account,
// signing in and changing a password leave the unit's change mark as it
// was (the workbench does not recount), while the audit of a write bumps
// it once with the write.
func TestChangeMarkIgnoresAccounts(t *testing.T) {
	ctx := t.Context()
	s := openTest(t)
	u := pgUnit(t, s, report.Unit{Name: "甲县教育局", Code: "A"}, "")
	before, err := u.ChangeMark(ctx)
	if err != nil {
		t.Fatal(err)
	}
	acc := s.Accounts()
	pw, err := acc.AddUser(ctx, "A", "张老师", now)
	if err != nil {
		t.Fatal(err)
	}
	sess, err := acc.SignIn(ctx, "张老师", pw, now, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if err := acc.SetPassword(ctx, sess.Account, "一个新的密码abc", now); err != nil {
		t.Fatal(err)
	}
	if after, err := u.ChangeMark(ctx); err != nil || after != before {
		t.Errorf("mark after the account's work: %d, %v; want %d", after, err, before)
	}
	ps := publications()[:1]
	ps[0].Title = "改过的标题"
	if err := u.PutPublications(ctx, ps, now); err != nil {
		t.Fatal(err)
	}
	if after, err := u.ChangeMark(ctx); err != nil || after != before+1 {
		t.Errorf("mark after one write (and its audit): %d, %v; want %d", after, err, before+1)
	}
}
