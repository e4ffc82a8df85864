package data

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/xxgk/xxgk/report"
)

var now = time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC)

func openTemp(t *testing.T) *Store {
	t.Helper()
	st, err := Open(t.Context(), filepath.Join(t.TempDir(), "t.db"), OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if err := st.SetUnit(t.Context(), report.Unit{Name: "测试单位"}, now); err != nil {
		t.Fatal(err)
	}
	return st
}

// all is a report.Ledgers that passes every row it holds, unfiltered.
type all struct {
	reqs []report.Request
	docs []report.Document
	apps []report.Appeal
	decs []report.Decision
	fees []report.Fee
	pubs []report.Publication
}

func pass[T any](rows []T, fn func(T) error) error {
	for _, r := range rows {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

func (a *all) Unit(context.Context) (report.Unit, error) {
	return report.Unit{Name: "测试单位"}, nil
}
func (a *all) Categories(context.Context) ([]string, error) { return nil, nil }
func (a *all) EachPublication(_ context.Context, _ int, fn func(report.Publication) error) error {
	return pass(a.pubs, fn)
}
func (a *all) EachRequest(_ context.Context, _ int, fn func(report.Request) error) error {
	return pass(a.reqs, fn)
}
func (a *all) EachDocument(_ context.Context, _ int, fn func(report.Document) error) error {
	return pass(a.docs, fn)
}
func (a *all) EachDecision(_ context.Context, _ int, fn func(report.Decision) error) error {
	return pass(a.decs, fn)
}
func (a *all) EachFee(_ context.Context, _ int, fn func(report.Fee) error) error {
	return pass(a.fees, fn)
}
func (a *all) EachAppeal(_ context.Context, _ int, fn func(report.Appeal) error) error {
	return pass(a.apps, fn)
}

func randomRows(n int) *all {
	rnd := rand.New(rand.NewPCG(3, 9))
	date := func() report.Date { return report.YearStart(2023).AddDays(rnd.IntN(365 * 4)) }
	a := &all{}
	for i := 0; i < n; i++ {
		r := report.Request{ID: fmt.Sprintf("R%05d", i), Applicant: report.ApplicantNatural, Received: date(), Origin: report.Origin{Updated: now}}
		if rnd.IntN(3) > 0 {
			r.Concluded, r.Outcome = r.Received.AddDays(rnd.IntN(500)), "granted"
		}
		a.reqs = append(a.reqs, r)
		doc := report.Document{DocNo: fmt.Sprintf("D%05d", i), Kind: report.DocNormative, Issued: date()}
		if rnd.IntN(2) == 0 {
			doc.Repealed = doc.Issued.AddDays(rnd.IntN(900))
		}
		if rnd.IntN(2) == 0 {
			doc.ValidUntil = doc.Issued.AddDays(rnd.IntN(900))
		}
		a.docs = append(a.docs, doc)
		a.apps = append(a.apps, report.Appeal{CaseNo: fmt.Sprintf("C%05d", i), Kind: report.AppealReview, Filed: date(), Role: report.RoleRespondent})
		a.decs = append(a.decs, report.Decision{ID: fmt.Sprintf("J%05d", i), Kind: report.DecisionLicensing, Date: date()})
		a.fees = append(a.fees, report.Fee{ID: fmt.Sprintf("F%05d", i), Date: date(), AmountFen: int64(rnd.IntN(100000)), Kind: report.FeeAdministrative})
		a.pubs = append(a.pubs, report.Publication{IndexNo: fmt.Sprintf("P%05d", i), Published: date(), Category: "其他", Channels: []string{"政府网站"}})
	}
	return a
}

func importAll(t *testing.T, st *Store, a *all) []LedgerStats {
	t.Helper()
	im, err := st.BeginImport(t.Context(), []string{"x"}, now)
	if err != nil {
		t.Fatal(err)
	}
	defer im.Rollback()
	for _, step := range []error{
		pass(a.reqs, im.Request), pass(a.docs, im.Document), pass(a.apps, im.Appeal),
		pass(a.decs, im.Decision), pass(a.fees, im.Fee), pass(a.pubs, im.Publication),
	} {
		if step != nil {
			t.Fatal(step)
		}
	}
	stats := im.Stats()
	if err := im.Commit(); err != nil {
		t.Fatal(err)
	}
	return stats
}

// The store passes only the rows that can matter for a year; the counts
// must be exactly those of a pass over every row.
func TestStoreFilterLosesNothing(t *testing.T) {
	st := openTemp(t)
	a := randomRows(600)
	importAll(t, st, a)
	for y := 2022; y <= 2028; y++ {
		got, _, err := report.Annual(t.Context(), st, y, report.Options{})
		if err != nil {
			t.Fatal(err)
		}
		want, _, _ := report.Annual(t.Context(), a, y, report.Options{})
		if !reflect.DeepEqual(got.Figures(), want.Figures()) || got.Publications.Total != want.Publications.Total {
			t.Errorf("year %d: store and full pass disagree", y)
		}
	}
}

func TestRowsReadBackExactly(t *testing.T) {
	st := openTemp(t)
	r := report.Request{ID: "SQ-1", Received: report.NewDate(2025, 3, 5), Applicant: report.ApplicantLegal, ApplicantName: "乙律师事务所",
		Contact: "010-1234", Content: "关于某事", Method: "邮寄", CorrectionAsked: report.NewDate(2025, 3, 7),
		CorrectionReceived: report.NewDate(2025, 3, 10), ExtensionNotified: report.NewDate(2025, 4, 1),
		ConsultStart: report.NewDate(2025, 4, 2), ConsultEnd: report.NewDate(2025, 4, 9), Concluded: report.NewDate(2025, 4, 20),
		Outcome: "withheld.third_party", Note: "备注", Origin: report.Origin{File: "a.xlsx", Sheet: "依申请", Row: 4}}
	importAll(t, st, &all{reqs: []report.Request{r}})
	got, ok, err := st.Request(t.Context(), "SQ-1")
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	r.Origin.Updated = now
	if !reflect.DeepEqual(got, r) {
		t.Errorf("read back\n%+v\nwant\n%+v", got, r)
	}
}

func TestImportStatsAndRollback(t *testing.T) {
	st := openTemp(t)
	a := randomRows(20)
	if s := importAll(t, st, a); s[0].Stats != (Stats{Added: 20}) {
		t.Fatalf("first import: %+v", s)
	}
	a.reqs[3].Outcome = "partial"
	a.reqs[3].Concluded = report.NewDate(2025, 1, 1)
	if s := importAll(t, st, a); s[0].Stats != (Stats{Updated: 1, Unchanged: 19}) {
		t.Fatalf("second import: %+v", s)
	}
	// An abandoned import leaves nothing behind.
	im, err := st.BeginImport(t.Context(), nil, now)
	if err != nil {
		t.Fatal(err)
	}
	if err := im.Request(report.Request{ID: "NEW", Received: report.NewDate(2025, 5, 5), Applicant: report.ApplicantNatural}); err != nil {
		t.Fatal(err)
	}
	im.Rollback()
	if _, ok, _ := st.Request(t.Context(), "NEW"); ok {
		t.Fatal("rolled-back row is visible")
	}
}

func TestReopenKeepsSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	for i := 0; i < 2; i++ {
		st, err := Open(t.Context(), path, OpenOptions{Create: true})
		if err != nil {
			t.Fatal(err)
		}
		v, _ := st.SchemaVersion(t.Context())
		if v != latestVersion() {
			t.Errorf("schema version %d, want %d", v, latestVersion())
		}
		st.Close()
	}
	if _, err := Open(t.Context(), filepath.Join(t.TempDir(), "none.db"), OpenOptions{}); err == nil {
		t.Fatal("opened a missing database without Create")
	}
}

// A database made by the first schema is upgraded in place on open.
func TestUpgradeFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	st, err := Open(t.Context(), path, OpenOptions{Create: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range append(append(append(undoChanged(), undoSelfCheck()...), undoTallies()...), "DROP TABLE calendars", "ALTER TABLE imports DROP COLUMN deleted",
		"DROP INDEX requests_dates", "CREATE INDEX requests_received ON requests (received)",
		"DROP INDEX publications_counts", "CREATE INDEX publications_published ON publications (published)", "PRAGMA user_version = 1") {
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
	if v, _ := st.SchemaVersion(t.Context()); v != latestVersion() {
		t.Fatalf("version %d after upgrade, want %d", v, latestVersion())
	}
	if _, err := st.db.Exec("UPDATE imports SET deleted = 0"); err != nil {
		t.Fatalf("column deleted missing after upgrade: %v", err)
	}
	for _, name := range []string{"requests_dates", "publications_counts", "publications_changed"} {
		var idx int
		if err := st.db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?`, name).Scan(&idx); err != nil || idx != 1 {
			t.Fatalf("index %s after upgrade: %d, %v", name, idx, err)
		}
	}
	if _, err := st.CountPublications(t.Context(), 2025); err != nil {
		t.Fatalf("CountPublications after upgrade: %v", err)
	}
	if _, err := st.CountYear(t.Context(), 2025, report.YearEnd(2025)); err != nil {
		t.Fatalf("CountYear after upgrade: %v", err)
	}
}

func TestCalendarsSaveAndReplace(t *testing.T) {
	st := openTemp(t)
	for _, text := range []string{"first", "second"} {
		if err := st.SaveCalendar(t.Context(), CalendarFile{Year: 2027, Source: "2027.txt", Text: text, Added: now}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := st.Calendars(t.Context())
	if err != nil || len(got) != 1 || got[0].Text != "second" || !got[0].Added.Equal(now) {
		t.Fatalf("calendars = %+v, %v", got, err)
	}
}
