package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/templates"
)

// publicationsPerRequest is how many publications the workbench benchmarks
// put beside each application: -rows 100000 gives the 1,000,000-item
// database of the issue.
const publicationsPerRequest = 10

// writeBigPublications writes a publication ledger of n rows spread over
// 2024–2025, in every default category.
func writeBigPublications(b *testing.B, path string, n int) {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "索引号,标题,发布日期,类别,发布渠道,发布机构")
	cats, chans := report.DefaultCategories, report.Channels
	for i := 0; i < n; i++ {
		day := report.YearStart(2024).AddDays(i % 730)
		fmt.Fprintf(w, "XXGK-%08d,关于某项工作的通知（%d）,%s,%s,%s,办公室\n", i, i, day, cats[i%len(cats)], chans[i%len(chans)])
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	f.Close()
}

// bigDBs are the benchmark databases made in this run, by size: made
// once, since the benchmark functions run several times (b.N rising).
var bigDBs = struct {
	sync.Mutex
	dir  string
	path map[int]string
}{path: map[int]string{}}

// TestMain removes the benchmark databases when the run ends.
func TestMain(m *testing.M) {
	code := m.Run()
	for _, c := range bigBenches.closer {
		c()
	}
	if bigDBs.dir != "" {
		os.RemoveAll(bigDBs.dir)
	}
	os.Exit(code)
}

// bigDB is the database of n applications and n×publicationsPerRequest
// publications, made on first use.
func bigDB(b *testing.B, n int) string {
	bigDBs.Lock()
	defer bigDBs.Unlock()
	if db, ok := bigDBs.path[n]; ok {
		return db
	}
	if bigDBs.dir == "" {
		dir, err := os.MkdirTemp("", "xxgk-bench-")
		if err != nil {
			b.Fatal(err)
		}
		bigDBs.dir = dir
	}
	ctx := context.Background()
	dir := filepath.Join(bigDBs.dir, strconv.Itoa(n))
	if err := os.Mkdir(dir, 0o700); err != nil {
		b.Fatal(err)
	}
	reqs, pubs := filepath.Join(dir, "requests.csv"), filepath.Join(dir, "publications.csv")
	writeBigRequests(b, reqs, n)
	writeBigPublications(b, pubs, n*publicationsPerRequest)
	db := filepath.Join(dir, "w.db")
	st := importInto(b, ctx, db, reqs)
	im, err := st.BeginImport(ctx, []string{pubs}, fixedNow)
	if err != nil {
		b.Fatal(err)
	}
	if err := ledger.ReadFile(ctx, pubs, im, ledger.Options{}); err != nil {
		b.Fatal(err)
	}
	if err := im.Commit(); err != nil {
		b.Fatal(err)
	}
	st.Close()
	bigDBs.path[n] = db
	return db
}

// bigBench is a workbench on the database of n applications: its
// operations and handler, with the tests' fixed clock, and a second store
// on the same file that stands for another program. One per size for the
// whole run, so that what the workbench keeps survives the rounds of a
// benchmark (b.N rising) as it does between a clerk's requests.
type bigBench struct {
	ops   webOps
	h     http.Handler
	other *data.Store
}

var bigBenches = struct {
	sync.Mutex
	by     map[int]*bigBench
	closer []func() error
}{by: map[int]*bigBench{}}

// workbenchOn returns the workbench on the database of n applications.
func workbenchOn(b *testing.B, n int) *bigBench {
	bigBenches.Lock()
	defer bigBenches.Unlock()
	if w, ok := bigBenches.by[n]; ok {
		return w
	}
	ctx := context.Background()
	db := bigDB(b, n)
	text, err := templates.Text()
	if err != nil {
		b.Fatal(err)
	}
	e := &env{stdout: io.Discard, stderr: io.Discard, now: func() time.Time { return fixedNow },
		getenv: func(string) string { return "" }, text: text}
	ws, err := openExisting(ctx, db, data.OpenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	other, err := data.Open(ctx, db, data.OpenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	bigBenches.closer = append(bigBenches.closer, ws.Close, other.Close)
	ops := newWebOps(ws, db, e)
	h, err := web.New(web.Config{Store: ws, Ops: ops, Now: e.now, Port: 8080, Token: testToken})
	if err != nil {
		b.Fatal(err)
	}
	w := &bigBench{ops: ops, h: h, other: other}
	bigBenches.by[n] = w
	return w
}

// settle waits for the counts the pages started: 2025's figures and the
// due list of the benchmarks' day.
func (w *bigBench) settle(b *testing.B) {
	ctx := context.Background()
	if _, _, err := w.ops.yearChecked(ctx, 2025); err != nil {
		b.Fatal(err)
	}
	if _, err := w.ops.Due(ctx, report.DateOf(fixedNow)); err != nil {
		b.Fatal(err)
	}
}

// touchDB commits a change that alters no figure (a holiday file for a year
// far away), as another program would: the workbench must count afresh.
func touchDB(b *testing.B, other *data.Store, i int) {
	err := other.SaveCalendar(context.Background(), data.CalendarFile{Year: 2099, Source: "touch.txt",
		Text: fmt.Sprintf("年份 2099\n通知 国办发明电〔2098〕1号 2098-11-01\n元旦 放假 2099-01-01\n# %d\n", i), Added: fixedNow})
	if err != nil {
		b.Fatal(err)
	}
}

// benchPage times GET path on the workbench of each size: "cold" right
// after another program's commit (what is kept must be counted again),
// "warm" with nothing changed since the last request.
func benchPage(b *testing.B, path string) { benchPageOf(b, path, false) }

// benchCountingPage is benchPage for a page that counts the year (概览,
// 年度报告): after each cold request the count it started is let end.
func benchCountingPage(b *testing.B, path string) { benchPageOf(b, path, true) }

func benchPageOf(b *testing.B, path string, counts bool) {
	for _, n := range sizes(b) {
		for _, cold := range []bool{true, false} {
			name := fmt.Sprintf("requests=%d/publications=%d/%s", n, n*publicationsPerRequest, map[bool]string{true: "cold", false: "warm"}[cold])
			b.Run(name, func(b *testing.B) {
				w := workbenchOn(b, n)
				h, other := w.h, w.other
				get(b, h, path) // warm: what the last change left to count
				size, pending := 0, 0
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if cold {
						b.StopTimer()
						touchDB(b, other, i)
						b.StartTimer()
					}
					page := getPage(b, h, path)
					size = len(page)
					if strings.Contains(page, `http-equiv="refresh"`) {
						pending++
					}
					if cold && counts {
						// A page that stopped waiting (「正在统计…」) left the
						// count running: let it end before the next change.
						b.StopTimer()
						w.settle(b)
						b.StartTimer()
					}
				}
				b.ReportMetric(float64(size), "bytes/page")
				// The share of the pages that showed 「正在统计…」 instead of
				// the figures (0: every page had them).
				b.ReportMetric(float64(pending)/float64(b.N), "pending/page")
			})
		}
	}
}

// get requests path and returns the page's size.
func get(b *testing.B, h http.Handler, path string) int { return len(getPage(b, h, path)) }

// getPage requests path and returns the page.
func getPage(b *testing.B, h http.Handler, path string) string {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	req.Host = "127.0.0.1:8080"
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusOK {
		b.Fatalf("GET %s: %d\n%.2000s", path, rec.Code, rec.Body)
	}
	return rec.Body.String()
}

// BenchmarkWorkbenchOverview times 概览 of 2025, the year the ledgers
// fill (every publication and application of the year counted).
func BenchmarkWorkbenchOverview(b *testing.B) { benchCountingPage(b, "/?year=2025") }

// BenchmarkWorkbenchRequests times the 依申请公开 list of 2025, unfiltered.
func BenchmarkWorkbenchRequests(b *testing.B) { benchPage(b, "/requests?year=2025") }

// BenchmarkWorkbenchRequestsOverdue times the list of 2025 filtered by a
// deadline state (worked out for every open application).
func BenchmarkWorkbenchRequestsOverdue(b *testing.B) {
	benchPage(b, "/requests?year=2025&state=%E5%B7%B2%E8%B6%85%E6%9C%9F")
}

// BenchmarkWorkbenchAnnual times the table page of 2025 (年度报告).
func BenchmarkWorkbenchAnnual(b *testing.B) { benchCountingPage(b, "/annual?year=2025") }

// touchRequest commits, as another program would, a change to one of
// 2025's applications that alters no figure (its 备注): the applications
// must be read again.
func touchRequest(b *testing.B, other *data.Store, i int) {
	_, err := saveRequest(context.Background(), other, "SQ00000400", "工作台", map[string]string{"备注": fmt.Sprintf("核对 %d", i)}, fixedNow)
	if err != nil {
		b.Fatal(err)
	}
}

// touchPublication commits, as another program would, a change to one of
// 2025's publications that alters no figure (its title), through an import
// of that one row.
func touchPublication(b *testing.B, other *data.Store, i int) {
	const n = 366 // the first item of 2025 (writeBigPublications)
	cats, chans := report.DefaultCategories, report.Channels
	p := report.Publication{IndexNo: fmt.Sprintf("XXGK-%08d", n), Title: fmt.Sprintf("关于某项工作的通知（%d，第 %d 次修改）", n, i),
		Published: report.YearStart(2025), Category: cats[n%len(cats)], Channels: []string{chans[n%len(chans)]}, Department: "办公室",
		Origin: report.Origin{File: "publications.csv", Row: n + 2}}
	im, err := other.BeginImport(context.Background(), []string{"publications.csv"}, fixedNow)
	if err != nil {
		b.Fatal(err)
	}
	if err := im.Publication(p); err != nil {
		b.Fatal(err)
	}
	if err := im.Commit(); err != nil {
		b.Fatal(err)
	}
}

// coldChanges are the commits of another program after which the
// benchmarks count "cold": "cold" a holiday file (touchDB, the name kept
// for the earlier figures), "cold-request" an application, "cold-
// publication" a publication.
var coldChanges = []struct {
	name  string
	touch func(*testing.B, *data.Store, int)
}{{"cold", touchDB}, {"cold-request", touchRequest}, {"cold-publication", touchPublication}}

// BenchmarkWorkbenchYearChecked times yearChecked of 2025: "cold…" right
// after another program's commit (coldChanges), the time until 概览's
// check and the table page's figures are there (what a clerk waits for
// behind 「正在统计…」); "warm" with nothing changed since the last call,
// what both pages pay.
func BenchmarkWorkbenchYearChecked(b *testing.B) {
	for _, n := range sizes(b) {
		for _, c := range append(coldChanges, struct {
			name  string
			touch func(*testing.B, *data.Store, int)
		}{"warm", nil}) {
			name := fmt.Sprintf("requests=%d/publications=%d/%s", n, n*publicationsPerRequest, c.name)
			b.Run(name, func(b *testing.B) {
				w := workbenchOn(b, n)
				ctx := context.Background()
				if _, _, err := w.ops.yearChecked(ctx, 2025); err != nil {
					b.Fatal(err)
				}
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					if c.touch != nil {
						b.StopTimer()
						c.touch(b, w.other, i)
						b.StartTimer()
					}
					if _, _, err := w.ops.yearChecked(ctx, 2025); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
