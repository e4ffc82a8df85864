package main

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/rollup"
)

// failingStore is a unit's store whose applications cannot be read.
type failingStore struct{ annualStore }

func (failingStore) EachRequest(context.Context, int, func(report.Request) error) error {
	return errors.New("connection reset")
}

// TestRollupFromStoresLeavesOutAUnitItCannotCount counts three units, the
// second of which fails: it is left out under 无法读取 naming the unit, and
// listed as not reported, as the file roll-up does with an unreadable file
// of a listed unit; the others are summed, in the tree's order, whatever
// order the jobs finish in.
func TestRollupFromStoresLeavesOutAUnitItCannotCount(t *testing.T) {
	units := rollupTestUnits(t)[:3]
	sources := storeSources(t, units)
	sources[1].store = failingStore{sources[1].store}
	for _, jobs := range []int{1, 3, 8} {
		res, _, err := sumStores(context.Background(), "某某市教育局", 2025, sources, jobs)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Units) != 2 || res.Units[0].Report.Unit != units[0].unit || res.Units[1].Report.Unit != units[2].unit {
			t.Fatalf("jobs %d: units %v", jobs, res.Units)
		}
		if len(res.Excluded) != 1 {
			t.Fatalf("jobs %d: excluded %v", jobs, res.Excluded)
		}
		p := res.Excluded[0]
		want := "无法读取：" + units[1].unit.Name + "（" + units[1].unit.Code + "）的数据无法统计："
		if p.Rule != rollup.RuleUnreadable || p.File != "数据库 "+units[1].unit.Code || !strings.HasPrefix(p.Message, want) {
			t.Errorf("jobs %d: excluded %+v, want %s…", jobs, p, want)
		}
		if len(res.Missing) != 1 || res.Missing[0] != (rollup.Expected{Name: units[1].unit.Name, Code: units[1].unit.Code}) || !res.Listed {
			t.Errorf("jobs %d: missing %v", jobs, res.Missing)
		}
	}
}

// TestRollupFromStoresStopsWhenInterrupted: an interrupted roll-up sums
// nothing and says so.
func TestRollupFromStoresStopsWhenInterrupted(t *testing.T) {
	sources := storeSources(t, rollupTestUnits(t)[:2])
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := sumStores(ctx, "某某市教育局", 2025, sources, 2); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// TestRollupFromStoresRefusesWhatItCannotUse: the roll-up from a database
// takes no files and no --units, and needs --unit-code; a --db that is
// not postgres:// (a SQLite file in XXGK_DB) leaves the file roll-up as
// it was.
func TestRollupFromStoresRefusesWhatItCannotUse(t *testing.T) {
	out := t.TempDir()
	pg := "postgres:///xxgk?host=/nonexistent"
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--db", pg}, "缺少 --unit-code"},
		{[]string{"--db", pg, "--unit-code", "X", "a.xlsx"}, "从数据库汇总时不读取文件"},
		{[]string{"--db", pg, "--unit-code", "X", "--units", "u.csv"}, "不使用 --units"},
		{[]string{"--db", pg, "--unit-code", "X", "--jobs", "0"}, "--jobs 应为 1 或更大的整数"},
		{[]string{"--db", "unit.db"}, "缺少要汇总的文件"},
	} {
		r := xxgk(t, append([]string{"rollup", "--year", "2025", "--out", out}, c.args...)...)
		if r.code == 0 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q, want %q", c.args, r.code, r.stderr, c.want)
		}
	}
}

// TestRollupFromStoresCountsWithTheUnitsCalendar: a unit that added a
// calendar of its own is counted with it, not with the built-in calendar
// the other units share: the hand-made unit's R9 is late by its calendar
// (and on time by the built-in one, as the unit with the same rows and no
// calendar of its own shows).
func TestRollupFromStoresCountsWithTheUnitsCalendar(t *testing.T) {
	units := rollupTestUnits(t)[:2]
	_, plain := importHandMade(t)
	units = append(units, storeUnit{unit: report.Unit{Name: "某某县教育局", Code: "11330000MB0000001L"}, db: plain})
	sources := storeSources(t, units)
	cals := &sharedCalendar{y: 2025}
	for i, want := range map[int]int{1: 1, 2: 0} {
		c := countSource(context.Background(), 2025, sources[i], cals)
		if c.in.Err != nil {
			t.Fatal(c.in.Err)
		}
		tl := c.in.Report.Timeliness
		if tl == nil || tl.Late != want || (want == 1 && (len(tl.LateIDs) != 1 || tl.LateIDs[0] != "R9")) {
			t.Errorf("unit %d: timeliness %+v, want %d late", i, tl, want)
		}
	}
}

// TestRollupFromStoresSaysWhatACountSays: a unit whose applications need
// a year the calendar lacks is counted without 按时办结 (as its export
// would be), and the count's note comes back once, under the unit's name.
func TestRollupFromStoresSaysWhatACountSays(t *testing.T) {
	u := report.Unit{Name: "某某县第二中学", Code: "11330000MB0000001L"}
	db := storeUnitDB(t, u, map[string]string{"依申请公开.csv": shiftDates(handRequests, 2*365)})
	res, notes, err := sumStores(context.Background(), "某某市教育局", 2027, storeSources(t, []storeUnit{{unit: u, db: db}}), 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Units) != 1 || res.Units[0].Report.Timeliness != nil {
		t.Fatalf("units %+v", res.Units)
	}
	if len(notes) != 1 || !strings.HasPrefix(notes[0], u.Name+"：提示：") || !strings.Contains(notes[0], "本次未计算按时办结情况") {
		t.Errorf("notes %q", notes)
	}
}

// TestRollupFromStoresOfUnitsWithNothing: when no unit below has anything
// for the year, the roll-up is still written, of 0 units, every unit
// listed as not reported (the PostgreSQL tree test relies on it).
func TestRollupFromStoresOfUnitsWithNothing(t *testing.T) {
	units := rollupTestUnits(t)[3:]
	r := storesRollup(t, report.Unit{Name: "某某市教育局", Code: "11330000MB0000001L"}, storeSources(t, units), t.TempDir(), 2)
	if !strings.Contains(r.stderr, "汇总 0 个单位；未报送 2 个") || !strings.Contains(r.stdout, "未报送："+units[0].unit.Name) {
		t.Errorf("stdout %s\nstderr %s", r.stdout, r.stderr)
	}
}

// applicantReader is a unit's store that refuses to pass applications
// with their applicants (EachRequest); EachRequestToCount still counts.
type applicantReader struct{ Store }

func (applicantReader) EachRequest(context.Context, int, func(report.Request) error) error {
	return errors.New("the roll-up read the applicants")
}

func (a applicantReader) EachRequestToCount(ctx context.Context, y int, fn func(report.Request) error) error {
	return a.Store.(requestCounter).EachRequestToCount(ctx, y, fn)
}

// TestRollupFromStoresNeverReadsApplicants: the roll-up reads a unit's
// applications for counting only (no 申请人, 联系方式, 申请内容), with the
// same figures, and the publications by their groups.
func TestRollupFromStoresNeverReadsApplicants(t *testing.T) {
	sources := storeSources(t, rollupTestUnits(t)[:3])
	want, _, err := sumStores(context.Background(), "某某市教育局", 2025, sources, 2)
	if err != nil {
		t.Fatal(err)
	}
	for i := range sources {
		sources[i].store = applicantReader{sources[i].store.(Store)}
		if _, ok := forCounting(sources[i].store).(report.PublicationCounter); !ok {
			t.Fatalf("source %d is counted row by row", i)
		}
	}
	got, _, err := sumStores(context.Background(), "某某市教育局", 2025, sources, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Excluded) != 0 || len(got.Units) != 3 {
		t.Fatalf("excluded %v, %d units", got.Excluded, len(got.Units))
	}
	if g, w := got.Sum.Table3, want.Sum.Table3; g != w {
		t.Errorf("table 3 %v, want %v", g, w)
	}
}
