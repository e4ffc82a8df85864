package pgstore

import (
	"context"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// unitReads are the reads *Unit shares with *data.Store that the
// cross-store tests compare.
type unitReads interface {
	report.Ledgers
	report.PublicationCounter
	report.MonthlyLedgers
	report.Catalog
	EachPublicationToSelfCheck(ctx context.Context, y int, fn func(report.Publication) error) error
	EachRequestToCount(ctx context.Context, y int, fn func(report.Request) error) error
	Request(ctx context.Context, id string) (report.Request, bool, error)
	EachOpenRequest(ctx context.Context, asOf report.Date, fn func(report.Request) error) error
	CountRequests(ctx context.Context, q data.RequestQuery) (int, error)
	EachRequestOf(ctx context.Context, q data.RequestQuery, fn func(report.Request) error) error
	CountYear(ctx context.Context, y int, asOf report.Date) (data.YearCounts, error)
}

var (
	_ unitReads = (*Unit)(nil)
	_ unitReads = (*data.Store)(nil)
)

// utc sets every time.Time reachable from v (a pointer) to UTC: PostgreSQL
// gives the instants in the local zone, SQLite in the zone they were
// written with; the instants are what must be equal.
func utc(v any) {
	var walk func(reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer, reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Struct:
			if t, ok := v.Interface().(time.Time); ok {
				if v.CanSet() && !t.IsZero() {
					v.Set(reflect.ValueOf(t.UTC()))
				}
				return
			}
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			for _, k := range v.MapKeys() {
				e := reflect.New(v.Type().Elem()).Elem()
				e.Set(v.MapIndex(k))
				walk(e)
				v.SetMapIndex(k, e)
			}
		}
	}
	walk(reflect.ValueOf(v))
}

// collect gathers what each passes, its instants in UTC.
func collect[T any](t *testing.T, each func(fn func(T) error) error) []T {
	t.Helper()
	var out []T
	if err := each(func(x T) error { out = append(out, x); return nil }); err != nil {
		t.Fatal(err)
	}
	utc(&out)
	return out
}

// same fails the test when the two stores' results differ.
func same(t *testing.T, what string, pg, lite any) {
	t.Helper()
	if !reflect.DeepEqual(pg, lite) {
		t.Errorf("%s:\nPostgreSQL %+v\nSQLite     %+v", what, pg, lite)
	}
}

// compareReads runs every read of unitReads on both stores over the years
// around the ledgers' and compares the results field by field. It
// returns how many rows the PostgreSQL store passed in all, so that the
// caller can check the comparison was not of nothing.
func compareReads(t *testing.T, pg, lite unitReads) (rows int) {
	ctx := t.Context()
	count := func(n int) { rows += n }
	for y := 2022; y <= 2028; y++ {
		ys := fmt.Sprint(y)
		pubs := collect(t, func(fn func(report.Publication) error) error { return pg.EachPublication(ctx, y, fn) })
		same(t, "EachPublication "+ys, pubs, collect(t, func(fn func(report.Publication) error) error { return lite.EachPublication(ctx, y, fn) }))
		count(len(pubs))
		reqs := collect(t, func(fn func(report.Request) error) error { return pg.EachRequest(ctx, y, fn) })
		same(t, "EachRequest "+ys, reqs, collect(t, func(fn func(report.Request) error) error { return lite.EachRequest(ctx, y, fn) }))
		count(len(reqs))
		counted := collect(t, func(fn func(report.Request) error) error { return pg.EachRequestToCount(ctx, y, fn) })
		same(t, "EachRequestToCount "+ys, counted, collect(t, func(fn func(report.Request) error) error { return lite.EachRequestToCount(ctx, y, fn) }))
		for _, r := range counted {
			if r.ApplicantName != "" || r.Contact != "" || r.Content != "" {
				t.Fatalf("EachRequestToCount passed an applicant's data: %+v", r)
			}
		}
		docs := collect(t, func(fn func(report.Document) error) error { return pg.EachDocument(ctx, y, fn) })
		same(t, "EachDocument "+ys, docs, collect(t, func(fn func(report.Document) error) error { return lite.EachDocument(ctx, y, fn) }))
		count(len(docs))
		decs := collect(t, func(fn func(report.Decision) error) error { return pg.EachDecision(ctx, y, fn) })
		same(t, "EachDecision "+ys, decs, collect(t, func(fn func(report.Decision) error) error { return lite.EachDecision(ctx, y, fn) }))
		count(len(decs))
		fees := collect(t, func(fn func(report.Fee) error) error { return pg.EachFee(ctx, y, fn) })
		same(t, "EachFee "+ys, fees, collect(t, func(fn func(report.Fee) error) error { return lite.EachFee(ctx, y, fn) }))
		count(len(fees))
		apps := collect(t, func(fn func(report.Appeal) error) error { return pg.EachAppeal(ctx, y, fn) })
		same(t, "EachAppeal "+ys, apps, collect(t, func(fn func(report.Appeal) error) error { return lite.EachAppeal(ctx, y, fn) }))
		count(len(apps))
		quotas := collect(t, func(fn func(report.Quota) error) error { return pg.EachQuota(ctx, y, fn) })
		same(t, "EachQuota "+ys, quotas, collect(t, func(fn func(report.Quota) error) error { return lite.EachQuota(ctx, y, fn) }))
		count(len(quotas))
		picked := collect(t, func(fn func(report.Publication) error) error { return pg.EachPublicationToSelfCheck(ctx, y, fn) })
		same(t, "EachPublicationToSelfCheck "+ys, picked,
			collect(t, func(fn func(report.Publication) error) error { return lite.EachPublicationToSelfCheck(ctx, y, fn) }))
		count(len(picked))

		pc, err := pg.CountPublications(ctx, y)
		if err != nil {
			t.Fatal(err)
		}
		lc, err := lite.CountPublications(ctx, y)
		if err != nil {
			t.Fatal(err)
		}
		same(t, "CountPublications "+ys, pc, lc)
		for _, asOf := range []report.Date{report.YearStart(y).AddDays(-1), report.NewDate(y, 6, 30), report.YearEnd(y), report.YearEnd(y + 1)} {
			pyc, err := pg.CountYear(ctx, y, asOf)
			if err != nil {
				t.Fatal(err)
			}
			lyc, err := lite.CountYear(ctx, y, asOf)
			if err != nil {
				t.Fatal(err)
			}
			same(t, fmt.Sprintf("CountYear %d as of %s", y, asOf), pyc, lyc)
		}
		for _, q := range requestQueries(y) {
			pn, err := pg.CountRequests(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			ln, err := lite.CountRequests(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			same(t, fmt.Sprintf("CountRequests %+v", q), pn, ln)
			page := collect(t, func(fn func(report.Request) error) error { return pg.EachRequestOf(ctx, q, fn) })
			same(t, fmt.Sprintf("EachRequestOf %+v", q), page,
				collect(t, func(fn func(report.Request) error) error { return lite.EachRequestOf(ctx, q, fn) }))
		}
		for _, d := range []report.Date{report.NewDate(y, 1, 1), report.NewDate(y, 7, 15), report.YearEnd(y)} {
			open := collect(t, func(fn func(report.Request) error) error { return pg.EachOpenRequest(ctx, d, fn) })
			same(t, "EachOpenRequest "+d.String(), open,
				collect(t, func(fn func(report.Request) error) error { return lite.EachOpenRequest(ctx, d, fn) }))
			progress := collect(t, func(fn func(report.Progress) error) error { return pg.EachProgress(ctx, d, fn) })
			same(t, "EachProgress "+d.String(), progress,
				collect(t, func(fn func(report.Progress) error) error { return lite.EachProgress(ctx, d, fn) }))
		}
	}
	tasks := collect(t, func(fn func(report.Task) error) error { return pg.EachTask(ctx, fn) })
	same(t, "EachTask", tasks, collect(t, func(fn func(report.Task) error) error { return lite.EachTask(ctx, fn) }))
	count(len(tasks))

	all := collect(t, func(fn func(report.Request) error) error {
		return lite.EachRequestOf(ctx, data.RequestQuery{Year: 2025}, fn)
	})
	ids := []string{"没有这个编号"}
	if len(all) > 0 {
		ids = append(ids, all[0].ID, all[len(all)/2].ID, all[len(all)-1].ID)
	}
	for _, id := range ids {
		pr, pok, err := pg.Request(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		lr, lok, err := lite.Request(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		utc(&pr)
		utc(&lr)
		same(t, "Request "+id, []any{pr, pok}, []any{lr, lok})
	}
	return rows
}

// requestQueries are the lists of applications the workbench asks for a
// year: each filter alone and together, by month, page by page.
func requestQueries(y int) []data.RequestQuery {
	var qs []data.RequestQuery
	pages := [][2]int{{0, 0}, {0, 10}, {5, 10}, {7, 0}, {1000, 10}}
	for _, inYear := range []bool{false, true} {
		for _, notDone := range []report.Date{0, report.NewDate(y, 6, 30)} {
			for _, done := range []report.Date{0, report.NewDate(y, 9, 30)} {
				for _, month := range []int{0, 3} {
					for _, p := range pages {
						qs = append(qs, data.RequestQuery{Year: y, ReceivedInYear: inYear, NotDoneBy: notDone, DoneBy: done,
							Month: month, Offset: p[0], Limit: p[1]})
					}
				}
			}
		}
	}
	return qs
}

func TestReadsSameAsSQLiteOnSample(t *testing.T) {
	s := openTest(t)
	l := sampleLedgers(t)
	pg := l.intoPostgres(t, s, now)
	lite := l.intoSQLite(t, now)
	same(t, "Catalog", must(pg.Catalog(t.Context())), must(lite.Catalog(t.Context())))
	same(t, "Unit", must(pg.Unit(t.Context())), must(lite.Unit(t.Context())))
	if n := compareReads(t, pg, lite); n < len(l.publications)+len(l.requests) {
		t.Errorf("the stores passed %d rows in all; the sample has %d items and %d applications", n, len(l.publications), len(l.requests))
	}
}

func TestReadsSameAsSQLiteOnRandomLedgers(t *testing.T) {
	s := openTest(t)
	for seed := uint64(1); seed <= 2; seed++ {
		l := randomLedgers(seed, 240)
		pg := l.intoPostgres(t, s, now)
		lite := l.intoSQLite(t, now)
		if n := compareReads(t, pg, lite); n < 240*3 {
			t.Errorf("seed %d: the stores passed %d rows in all", seed, n)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
