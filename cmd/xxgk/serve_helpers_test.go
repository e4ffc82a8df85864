package main

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/templates"
)

// testToken is the per-run token of the workbench in handler tests.
const testToken = "test-token-0123456789"

// bench is a workbench on a test database, answering in-process.
type bench struct {
	t   *testing.T
	db  string
	st  Store
	srv *web.Server
}

// newBench opens db for the workbench with the fixed clock; a save waits
// only briefly for another writer.
func newBench(t *testing.T, db string) *bench {
	return newBenchWith(t, db, func(*web.Config) {})
}

// newBenchWith is newBench with the server's configuration adjusted by
// tune (an upload cap, a temporary folder).
func newBenchWith(t *testing.T, db string, tune func(*web.Config)) *bench {
	t.Helper()
	text, err := templates.Text()
	if err != nil {
		t.Fatal(err)
	}
	e := &env{stdout: io.Discard, stderr: io.Discard, now: func() time.Time { return fixedNow },
		getenv: func(string) string { return "" }, text: text}
	st, err := openExisting(context.Background(), db, data.OpenOptions{BusyWait: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	// The test databases count in milliseconds: a page never gives up
	// waiting for them, however busy the machine.
	cfg := web.Config{Store: st, Ops: newWebOps(st, db, e), Now: e.now, Port: 8080, Token: testToken, CountWait: time.Minute}
	tune(&cfg)
	srv, err := web.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return &bench{t: t, db: db, st: st, srv: srv}
}

// get requests path with the loopback Host.
func (b *bench) get(path string) *httptest.ResponseRecorder {
	b.t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	req.Host = "127.0.0.1:8080"
	rec := httptest.NewRecorder()
	b.srv.ServeHTTP(rec, req)
	return rec
}

// post posts form to path with the loopback Host; the token is added
// unless form has one.
func (b *bench) post(path string, form url.Values) *httptest.ResponseRecorder {
	b.t.Helper()
	if !form.Has("token") {
		form.Set("token", testToken)
	}
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(form.Encode()))
	req.Host = "127.0.0.1:8080"
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	b.srv.ServeHTTP(rec, req)
	return rec
}

// requestsDB is a database with applications in each state on fixedNow
// (2026-01-10): one overdue, one due soon, one normal, one concluded.
func requestsDB(t *testing.T) string {
	t.Helper()
	_, db := newDB(t)
	for _, r := range [][]string{
		{"SQ2025-101", "2025-11-20"}, {"SQ2025-102", "2025-12-12"}, {"SQ2026-001", "2026-01-06"}, {"SQ2026-002", "2026-01-05"},
	} {
		xxgk(t, "request", "add", "--db", db, "--id", r[0], "--received", r[1], "--applicant-type", "自然人",
			"--name", "张某", "--contact", "13800000000").must(t)
	}
	xxgk(t, "request", "update", "--db", db, "--concluded", "2026-01-08", "--outcome", "予以公开", "SQ2026-002").must(t)
	return db
}

// holdWriter begins an import on db from a store of its own, as another
// program or window would, and holds it (a write transaction) until the
// test rolls it back or ends.
func holdWriter(t *testing.T, db string) data.Importer {
	t.Helper()
	other, err := openExisting(t.Context(), db, storeOptions(&env{stderr: newRec().Body}, false, false))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	im, err := other.BeginImport(t.Context(), []string{"另一个窗口"}, fixedNow)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { im.Rollback() })
	return im
}

// openExisting opens an existing SQLite database with opt.
func openExisting(ctx context.Context, path string, opt data.OpenOptions) (Store, error) {
	return openExistingAs(ctx, &env{}, path, opt)
}
