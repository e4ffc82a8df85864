package pgstore

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/calendar"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
	"github.com/xxgk/xxgk/report/selfcheck"
)

// later is when the tests change some items after the first write.
var later = now.Add(time.Hour)

// touch changes every seventh item of l (its title; every fourteenth also
// its 发布日期, a counted column) and writes those items again into both
// stores at later, so that they carry a newer updated_at than the rest.
// It returns how many it changed.
func touch(t *testing.T, l *ledgerSet, pg *Unit, lite *data.Store) int {
	t.Helper()
	changed := &ledgerSet{unit: l.unit}
	for i := range l.publications {
		if i%7 != 0 {
			continue
		}
		p := &l.publications[i]
		p.Title += "（修订）"
		if i%14 == 0 {
			p.Published = p.Published.AddDays(3)
		}
		changed.publications = append(changed.publications, *p)
	}
	if err := pg.PutPublications(t.Context(), changed.publications, later); err != nil {
		t.Fatal(err)
	}
	changed.importSQLite(t, lite, later)
	return len(changed.publications)
}

func TestPublicationsToCheckSameAsSQLite(t *testing.T) {
	ctx := t.Context()
	s := openTest(t)
	l := randomLedgers(3, 300)
	pg := l.intoPostgres(t, s, now)
	lite := l.intoSQLite(t, now)
	touch(t, l, pg, lite)
	hits := map[string]int{}
	for y := 2023; y <= 2027; y++ {
		for _, today := range []report.Date{0, report.YearStart(y).AddDays(-5), report.NewDate(y, 6, 15), report.YearEnd(y).AddDays(1)} {
			for name, since := range map[string]time.Time{"never": {}, "later": later, "later+0.5s": later.Add(500 * time.Millisecond),
				"later+3s": later.Add(3 * time.Second), "before": now.Add(-time.Hour)} {
				got := collect(t, func(fn func(report.Publication) error) error {
					return pg.EachPublicationToCheck(ctx, y, today, since, fn)
				})
				want := collect(t, func(fn func(report.Publication) error) error {
					return lite.EachPublicationToCheck(ctx, y, today, since, fn)
				})
				same(t, fmt.Sprintf("EachPublicationToCheck %d today %s changed %s", y, today, name), got, want)
				if today.IsZero() {
					hits[name] += len(got)
				}
			}
		}
	}
	// The items changed at later, and they only, are within a second of
	// it; every item was written after an hour before now.
	if hits["never"] != 0 || hits["later"] == 0 || hits["later+0.5s"] != hits["later"] || hits["later+3s"] != 0 ||
		hits["before"] != 300 {
		t.Errorf("items to check by when changed (today zero): %v; want never 0, later = later+0.5s > 0, later+3s 0, before 300", hits)
	}
}

// figures is everything the reports count from a unit's ledgers for a
// year: the annual count (grouped, and row by row with its trace), the
// monthly summaries and the self-inspection.
type figures struct {
	Annual        *report.AnnualReport
	Problems      []report.Problem
	Traced        *report.AnnualReport
	Contributions []report.Contribution
	Monthly       []*report.MonthlySummary
	SelfCheck     *selfcheck.Result
}

// countFigures counts year y of l as cmd/xxgk does (report.Annual with the
// working-day calendar, report.MonthlyYear, selfcheck.Check), with today
// and reportedAt the check's.
func countFigures(t *testing.T, l unitReads, cal *calendar.Calendar, y int, today report.Date, reportedAt time.Time) figures {
	t.Helper()
	ctx := t.Context()
	dc := deadline.NewTable(cal, report.YearStart(y-3), report.YearEnd(y+1))
	opt := report.Options{Today: today, ReportedAt: reportedAt, OnTime: func(r report.Request) (bool, error) {
		ok, _, err := deadline.OnTime(r, dc)
		return ok, err
	}}
	var f figures
	var err error
	if f.Annual, f.Problems, err = report.Annual(ctx, l, y, opt); err != nil {
		t.Fatal(err)
	}
	opt.Trace = func(c report.Contribution) { f.Contributions = append(f.Contributions, c) }
	if f.Traced, _, err = report.Annual(ctx, l, y, opt); err != nil {
		t.Fatal(err)
	}
	due := func(r report.Request, asOf report.Date) (report.Date, bool, error) {
		if !r.Concluded.IsZero() && r.Concluded <= asOf {
			ok, d, err := deadline.OnTime(r, dc)
			return d.Reply, ok, err
		}
		st, err := deadline.At(r, dc, asOf)
		return st.Reply, st.State != deadline.Overdue, err
	}
	if f.Monthly, err = report.MonthlyYear(ctx, l, y, report.MonthlyOptions{Due: due}); err != nil {
		t.Fatal(err)
	}
	if f.SelfCheck, err = selfcheck.Check(ctx, l, dc, y, selfcheck.Options{AsOf: today}); err != nil {
		t.Fatal(err)
	}
	utc(&f)
	return f
}

// sameFigures compares the figures of both stores, as structs and as
// their JSON renderings.
func sameFigures(t *testing.T, what string, pg, lite figures) {
	t.Helper()
	same(t, what+": annual report", pg.Annual, lite.Annual)
	same(t, what+": problems", pg.Problems, lite.Problems)
	same(t, what+": traced report", pg.Traced, lite.Traced)
	same(t, what+": contributions", pg.Contributions, lite.Contributions)
	same(t, what+": monthly", pg.Monthly, lite.Monthly)
	same(t, what+": self-inspection", pg.SelfCheck, lite.SelfCheck)
	pj, err := json.Marshal(pg)
	if err != nil {
		t.Fatal(err)
	}
	lj, _ := json.Marshal(lite)
	if string(pj) != string(lj) {
		t.Errorf("%s: the JSON renderings differ", what)
	}
	if !same2(pg.Annual, pg.Traced) {
		t.Errorf("%s: the grouped and the row-by-row count differ on PostgreSQL", what)
	}
}

// same2 tells whether the grouped and the traced annual reports agree.
func same2(a, b *report.AnnualReport) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return string(x) == string(y)
}

func TestFiguresSameAsSQLiteOnSample(t *testing.T) {
	s := openTest(t)
	l := sampleLedgers(t)
	pg := l.intoPostgres(t, s, now)
	lite := l.intoSQLite(t, now)
	cal, err := calendar.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	y := 2025
	base := countFigures(t, pg, cal, y, 0, time.Time{})
	sameFigures(t, "sample", base, countFigures(t, lite, cal, y, 0, time.Time{}))
	// The sample's independently worked-out figures (samples/figures_test.go).
	if p := base.Annual.Publications; p.Total != 300 || p.KeyArea != 77 || p.FromRequests != 2 {
		t.Errorf("sample from PostgreSQL: %d items, %d key-area, %d from requests; want 300, 77, 2", p.Total, p.KeyArea, p.FromRequests)
	}
	touch(t, l, pg, lite)
	today, reported := report.NewDate(y, 11, 20), now.Add(30*time.Minute)
	got := countFigures(t, pg, cal, y, today, reported)
	sameFigures(t, "sample, changed since the report", got, countFigures(t, lite, cal, y, today, reported))
	if len(got.Problems) <= len(base.Problems) {
		t.Errorf("sample: %d problems after changing items since the report, %d before: the change was not seen",
			len(got.Problems), len(base.Problems))
	}
}

func TestFiguresSameAsSQLiteOnRandomLedgers(t *testing.T) {
	s := openTest(t)
	cal, err := calendar.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cal.WeekendsOnly = true // the random years reach past the notices the binary carries
	for seed := uint64(1); seed <= 3; seed++ {
		l := randomLedgers(seed, 300)
		pg := l.intoPostgres(t, s, now)
		lite := l.intoSQLite(t, now)
		touch(t, l, pg, lite)
		for y := 2024; y <= 2026; y++ {
			for _, c := range []struct {
				today    report.Date
				reported time.Time
			}{{}, {report.NewDate(y, 6, 15), now.Add(30 * time.Minute)}} {
				what := fmt.Sprintf("seed %d, %d, today %s", seed, y, c.today)
				got := countFigures(t, pg, cal, y, c.today, c.reported)
				sameFigures(t, what, got, countFigures(t, lite, cal, y, c.today, c.reported))
				if got.Annual.Publications.Total == 0 || len(got.Contributions) == 0 {
					t.Errorf("%s: nothing counted", what)
				}
			}
		}
	}
}
