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

// bigWorkbench imports n applications and n×publicationsPerRequest
// publications into a new database and returns the workbench's handler
// on it, with the tests' fixed clock.
func bigWorkbench(b *testing.B, n int) http.Handler {
	ctx := context.Background()
	dir := b.TempDir()
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
	b.Cleanup(func() { ws.Close() })
	h, err := web.New(web.Config{Store: ws, Ops: newWebOps(ws, db, e), Now: e.now, Port: 8080, Token: testToken})
	if err != nil {
		b.Fatal(err)
	}
	return h
}

// benchPage times GET path on the workbench of each size.
func benchPage(b *testing.B, path string) {
	for _, n := range sizes(b) {
		b.Run(fmt.Sprintf("requests=%d/publications=%d", n, n*publicationsPerRequest), func(b *testing.B) {
			h := bigWorkbench(b, n)
			size := 0
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				req := httptest.NewRequest(http.MethodGet, path, nil)
				req.Host = "127.0.0.1:8080"
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, req)
				if rec.Code != http.StatusOK {
					b.Fatalf("GET %s: %d\n%s", path, rec.Code, rec.Body)
				}
				size = rec.Body.Len()
			}
			b.ReportMetric(float64(size), "bytes/page")
		})
	}
}

// BenchmarkWorkbenchOverview times 概览 of 2025, the year the ledgers
// fill (every publication and application of the year counted).
func BenchmarkWorkbenchOverview(b *testing.B) { benchPage(b, "/?year=2025") }

// BenchmarkWorkbenchRequests times the 依申请公开 list of 2025, unfiltered.
func BenchmarkWorkbenchRequests(b *testing.B) { benchPage(b, "/requests?year=2025") }
