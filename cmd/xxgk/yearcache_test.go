package main

import (
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
	"github.com/xxgk/xxgk/report/selfcheck"
	"github.com/xxgk/xxgk/templates"
)

// cachedOps is the workbench's operations on db with a clock the test
// moves, and the number of counts (report.Annual runs through checkYear)
// the year cache made.
type cachedOps struct {
	webOps
	now      atomic.Pointer[time.Time]
	computed atomic.Int32
}

func newCachedOps(t *testing.T, db string) *cachedOps {
	t.Helper()
	text, err := templates.Text()
	if err != nil {
		t.Fatal(err)
	}
	c := &cachedOps{}
	start := fixedNow
	c.now.Store(&start)
	e := &env{stdout: io.Discard, stderr: io.Discard, now: func() time.Time { return *c.now.Load() },
		getenv: func(string) string { return "" }, text: text}
	st, err := openExisting(context.Background(), db, data.OpenOptions{BusyWait: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c.webOps = newWebOps(st, db, e)
	count := c.years.compute
	c.years.compute = func(ctx context.Context, k yearKey) (yearChecks, error) {
		c.computed.Add(1)
		return count(ctx, k)
	}
	return c
}

// checked is yearChecked of year y, which must succeed.
func (c *cachedOps) checked(t *testing.T, y int) (*report.AnnualReport, []report.Problem) {
	t.Helper()
	rep, problems, err := c.yearChecked(t.Context(), y)
	if err != nil {
		t.Fatal(err)
	}
	return rep, problems
}

// fresh is what xxgk check counts for year y now, without the cache.
func (c *cachedOps) fresh(t *testing.T, y int) (*report.AnnualReport, []report.Problem) {
	t.Helper()
	rep, problems, err := c.checkYear(t.Context(), y)
	if err != nil {
		t.Fatal(err)
	}
	return rep, problems
}

// sameAsFresh fails unless yearChecked gives what a fresh count gives.
func (c *cachedOps) sameAsFresh(t *testing.T, y int) (*report.AnnualReport, []report.Problem) {
	t.Helper()
	rep, problems := c.checked(t, y)
	wantRep, wantProblems := c.fresh(t, y)
	if !reflect.DeepEqual(rep, wantRep) || !reflect.DeepEqual(problems, wantProblems) {
		t.Fatalf("cached figures differ from a fresh count:\n%+v\n%+v\nproblems %v\nwant %v", rep, wantRep, problems, wantProblems)
	}
	return rep, problems
}

// The second call for the same year is served from the cache: one count.
func TestYearCacheReuses(t *testing.T) {
	_, db := importHandMade(t)
	c := newCachedOps(t, db)
	rep1, _ := c.sameAsFresh(t, 2025)
	rep2, _ := c.checked(t, 2025)
	if n := c.computed.Load(); n != 1 {
		t.Errorf("%d counts for two calls with nothing changed, want 1", n)
	}
	if rep1 != rep2 {
		t.Error("the second call counted afresh instead of reusing the figures")
	}
	c.checked(t, 2024)
	if n := c.computed.Load(); n != 2 {
		t.Errorf("another year: %d counts, want 2", n)
	}
}

// An application registered by the command line (another store, as
// another program would) between two calls is in the second one's figures.
func TestYearCacheSeesOtherProgramsCommit(t *testing.T) {
	_, db := importHandMade(t)
	c := newCachedOps(t, db)
	before, _ := c.checked(t, 2025)
	xxgk(t, "request", "add", "--db", db, "--id", "SQ2025-900", "--received", "2025-12-01", "--applicant-type", "自然人",
		"--name", "李某", "--contact", "13900000000").must(t)
	after, _ := c.sameAsFresh(t, 2025)
	if n := c.computed.Load(); n != 2 {
		t.Errorf("%d counts, want 2 (the commit must be seen)", n)
	}
	if reflect.DeepEqual(before, after) {
		t.Error("the new application changed nothing in the figures")
	}
}

// A page's own save (the workbench's store) is seen too.
func TestYearCacheSeesOwnCommit(t *testing.T) {
	_, db := importHandMade(t)
	c := newCachedOps(t, db)
	before, _ := c.checked(t, 2025)
	if _, err := c.SaveRequest(t.Context(), "", map[string]string{"申请编号": "SQ2025-901", "收到日期": "2025-12-02",
		"申请人类型": "自然人", "申请人": "王某", "联系方式": "13700000000"}); err != nil {
		t.Fatal(err)
	}
	after, _ := c.sameAsFresh(t, 2025)
	if reflect.DeepEqual(before, after) || c.computed.Load() != 2 {
		t.Errorf("the page's save was not seen (%d counts)", c.computed.Load())
	}
}

// Writing or editing the narrative file gives fresh notes.
func TestYearCacheSeesNarrativeEdit(t *testing.T) {
	dir, db := importHandMade(t)
	c := newCachedOps(t, db)
	_, problems := c.checked(t, 2025)
	if hasRule(problems, "年报文字") {
		t.Fatal("a narrative note without a narrative file")
	}
	path := filepath.Join(dir, "某某县教育局-2025年年报文字.txt")
	text := "【（二）依申请公开】\n2025年，我局共收到政府信息公开申请9件。\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, problems = c.sameAsFresh(t, 2025); !hasRule(problems, "年报文字") {
		t.Errorf("the wrong number written in the narrative was not noted: %v", problems)
	}
	// The same size, a second later: the number corrected.
	if err := os.WriteFile(path, []byte(text[:len(text)-len("9件。\n")]+"6件。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Second)
	if err := os.Chtimes(path, later, later); err != nil {
		t.Fatal(err)
	}
	if _, problems = c.sameAsFresh(t, 2025); hasRule(problems, "年报文字") {
		t.Errorf("the corrected narrative is still noted: %v", problems)
	}
	if n := c.computed.Load(); n != 3 {
		t.Errorf("%d counts, want 3", n)
	}
}

// The next day the figures are counted again (open applications age).
func TestYearCacheNextDay(t *testing.T) {
	db := requestsDB(t)
	c := newCachedOps(t, db)
	c.checked(t, 2026)
	c.checked(t, 2026)
	next := fixedNow.Add(24 * time.Hour)
	c.now.Store(&next)
	c.sameAsFresh(t, 2026)
	if n := c.computed.Load(); n != 2 {
		t.Errorf("%d counts over two days, want 2", n)
	}
}

// Two tabs asking at once wait for one count; the cache keeps a few years.
func TestYearCacheConcurrentAndBounded(t *testing.T) {
	_, db := importHandMade(t)
	c := newCachedOps(t, db)
	release := make(chan struct{})
	count := c.years.compute
	c.years.compute = func(ctx context.Context, k yearKey) (yearChecks, error) {
		<-release
		return count(ctx, k)
	}
	var wg sync.WaitGroup
	reps := make([]*report.AnnualReport, 4)
	for i := range reps {
		wg.Go(func() { reps[i], _ = c.checked(t, 2025) })
	}
	time.Sleep(50 * time.Millisecond) // let them all ask
	close(release)
	wg.Wait()
	if n := c.computed.Load(); n != 1 {
		t.Errorf("%d counts for four tabs at once, want 1", n)
	}
	for _, r := range reps[1:] {
		if r != reps[0] {
			t.Error("the tabs got different figures")
		}
	}
	for y := 2019; y <= 2026; y++ {
		c.checked(t, y)
	}
	if n := c.years.len(); n > yearCacheSize {
		t.Errorf("the cache holds %d years, at most %d", n, yearCacheSize)
	}
}

// While serving, the warmer counts the current year and last year at once and again
// after a commit by another program, before any page asks.
func TestYearCacheWarm(t *testing.T) {
	db := requestsDB(t)
	c := newCachedOps(t, db)
	ctx, cancel := context.WithCancel(t.Context())
	e := *c.e
	e.warmEvery = 20 * time.Millisecond
	stop := startWarm(ctx, c.webOps, &e)
	defer cancel()
	waitCounts := func(want int32) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); c.computed.Load() < want; time.Sleep(10 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("%d counts after 10 s, want %d", c.computed.Load(), want)
			}
		}
	}
	waitCounts(2) // this year and last year
	xxgk(t, "request", "add", "--db", db, "--id", "SQ2026-003", "--received", "2026-01-09", "--applicant-type", "自然人",
		"--name", "赵某", "--contact", "13600000000").must(t)
	waitCounts(4)
	c.sameAsFresh(t, 2026)
	c.sameAsFresh(t, 2025)
	if n := c.computed.Load(); n != 4 {
		t.Errorf("the page counted again (%d counts) although the warmer had", n)
	}
	stop()
}

func hasRule(problems []report.Problem, rule string) bool {
	for _, p := range problems {
		if p.Rule == rule {
			return true
		}
	}
	return false
}

// 概览's due list is kept like the figures: the same until a commit (here
// another program's) or the next day, and then xxgk due's list again.
func TestDueCache(t *testing.T) {
	db := requestsDB(t)
	c := newCachedOps(t, db)
	var computed atomic.Int32
	list := c.due.compute
	c.due.compute = func(ctx context.Context, k dueKey) ([]deadline.Entry, error) {
		computed.Add(1)
		return list(ctx, k)
	}
	due := func(asOf report.Date) []string {
		t.Helper()
		entries, err := c.Due(t.Context(), asOf)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, en := range entries {
			out = append(out, en.ID+" "+en.Reply.String()+" "+string(en.State))
		}
		return out
	}
	cli := func(asOf string) []string {
		t.Helper()
		var out []string
		for _, en := range dueJSON(t, db, "--as-of", asOf).Open {
			out = append(out, en.ID+" "+en.Due+" "+en.State)
		}
		return out
	}
	today := report.DateOf(fixedNow)
	first := due(today)
	if !slices.Equal(first, cli("2026-01-10")) || !slices.Equal(due(today), first) || computed.Load() != 1 {
		t.Fatalf("%d lists computed for two calls; list %v", computed.Load(), first)
	}
	xxgk(t, "request", "add", "--db", db, "--id", "SQ2026-004", "--received", "2025-12-10", "--applicant-type", "自然人",
		"--name", "钱某", "--contact", "13500000000").must(t)
	if got := due(today); !slices.Equal(got, cli("2026-01-10")) || slices.Equal(got, first) || computed.Load() != 2 {
		t.Errorf("after another program's commit: %d lists, %v", computed.Load(), got)
	}
	if got := due(today.AddDays(3)); !slices.Equal(got, cli("2026-01-13")) || computed.Load() != 3 {
		t.Errorf("three days later: %d lists, %v", computed.Load(), got)
	}
}

// The year cache keeps a self-inspection's failure beside the figures (the
// pages still show them), but keeps nothing when the computation's context
// ended: the next page asks again.
func TestYearCacheSelfInspection(t *testing.T) {
	rep := &report.AnnualReport{Year: 2025}
	check := func(context.Context, int) (*report.AnnualReport, []report.Problem, error) { return rep, nil, nil }
	failed := errors.New("目录无法读取")
	var calls atomic.Int32
	c := newYearCache(check, func(ctx context.Context, y int) (*selfcheck.Result, error) {
		calls.Add(1)
		return nil, failed
	})
	k := yearKey{year: 2025, mark: 1}
	for range 2 {
		got, err := c.get(t.Context(), k)
		if err != nil || got.rep != rep || got.self != nil || got.selfErr != failed {
			t.Fatalf("get = %+v, %v; want the figures and the self-inspection's failure", got, err)
		}
	}
	if n := calls.Load(); n != 1 {
		t.Errorf("self-inspection made %d times for one key, want 1", n)
	}

	ended, end := context.WithCancel(context.Background())
	end()
	c = newYearCache(check, func(ctx context.Context, y int) (*selfcheck.Result, error) { return nil, ctx.Err() })
	c.life = ended
	if _, err := c.get(t.Context(), k); !errors.Is(err, context.Canceled) {
		t.Fatalf("get with the life ended = %v, want context.Canceled", err)
	}
	// the failed entry is dropped just after its result is given out
	for i := 0; c.len() != 0; i++ {
		if i == 100 {
			t.Fatalf("%d entries kept after a cancelled self-inspection, want 0", c.len())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// yearInspect works out year y's self-inspection.
type yearInspect func(ctx context.Context, y int) (*selfcheck.Result, error)

// newYearCache keeps what check and inspect make of a year. The
// self-inspection is made once the count has succeeded, under the same key;
// its failure is kept beside the figures, unless ctx ended (then nothing is
// kept and the next page asks again).
func newYearCache(check func(ctx context.Context, y int) (*report.AnnualReport, []report.Problem, error), inspect yearInspect) *yearCache {
	return newYearCacheOf(func(ctx context.Context, y int) (yearChecks, error) {
		rep, problems, err := check(ctx, y)
		if err != nil {
			return yearChecks{}, err
		}
		c := yearChecks{rep: rep, problems: problems}
		if inspect != nil {
			c.self, c.selfErr = inspect(ctx, y)
		}
		return c, nil
	})
}

// checkYear counts and checks year y afresh, as xxgk check does.
func (o webOps) checkYear(ctx context.Context, y int) (*report.AnnualReport, []report.Problem, error) {
	return checkYear(ctx, o.st, checkOptions{db: o.db, year: y}, o.e)
}
