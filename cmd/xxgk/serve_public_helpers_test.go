package main

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/cmd/xxgk/web/public"
	"github.com/xxgk/xxgk/templates"
)

// testClock is a clock a test moves.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// site is the shared server on acc, answering in-process, with the
// commands' operations (publicConfig) and a clock the test moves.
type site struct {
	t     *testing.T
	h     *public.Server
	clock *testClock
	files string
}

// siteHost is the host name the tests' browsers ask for.
const siteHost = "xxgk.example.edu.cn"

func newSite(t *testing.T, acc unitdb.Accounts, behindProxy bool) *site {
	t.Helper()
	text, err := templates.Text()
	if err != nil {
		t.Fatal(err)
	}
	clock := &testClock{t: fixedNow}
	e := &env{stdout: io.Discard, stderr: io.Discard, now: clock.now, getenv: func(string) string { return "" }, text: text,
		countWait: time.Minute, busyWait: 5 * time.Second}
	opt := serveOptions{files: t.TempDir(), behindProxy: behindProxy}
	h, err := public.New(publicConfig(acc, opt, e))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(h.Close)
	return &site{t: t, h: h, clock: clock, files: opt.files}
}

// browser is one browser on the site: its cookies, its address.
type browser struct {
	s      *site
	jar    map[string]*http.Cookie
	ip     string
	header http.Header // added to every request
	tls    bool
}

func (s *site) browser() *browser {
	return &browser{s: s, jar: map[string]*http.Cookie{}, ip: "192.0.2.10", header: http.Header{}}
}

// do sends a request as a browser would: the site's host, the cookies,
// the page's Origin on a POST.
func (b *browser) do(method, path string, form url.Values) *httptest.ResponseRecorder {
	b.s.t.Helper()
	var req *http.Request
	if form != nil {
		req = httptest.NewRequest(method, path, strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	} else {
		req = httptest.NewRequest(method, path, nil)
	}
	req.Host = siteHost
	req.RemoteAddr = b.ip + ":40000"
	if method == http.MethodPost {
		req.Header.Set("Origin", "http://"+siteHost)
	}
	for k, v := range b.header {
		req.Header[k] = v
	}
	if !b.tls {
		req.TLS = nil
	}
	for _, c := range b.jar {
		req.AddCookie(c)
	}
	rec := httptest.NewRecorder()
	b.s.h.ServeHTTP(rec, req)
	for _, c := range rec.Result().Cookies() {
		if c.MaxAge < 0 {
			delete(b.jar, c.Name)
		} else {
			b.jar[c.Name] = c
		}
	}
	return rec
}

func (b *browser) get(path string) *httptest.ResponseRecorder { return b.do(http.MethodGet, path, nil) }

// post posts form with the page's token (the session's CSRF token, read
// from a page) unless form has one.
func (b *browser) post(path string, form url.Values) *httptest.ResponseRecorder {
	b.s.t.Helper()
	if !form.Has("token") {
		form.Set("token", b.token())
	}
	return b.do(http.MethodPost, path, form)
}

var tokenField = regexp.MustCompile(`name="token" value="([^"]+)"`)

// token reads the forms' token from the requests page.
func (b *browser) token() string {
	b.s.t.Helper()
	rec := b.get("/requests")
	m := tokenField.FindStringSubmatch(rec.Body.String())
	if m == nil {
		b.s.t.Fatalf("no token on /requests (%d): %s", rec.Code, rec.Body.String())
	}
	return m[1]
}

// signIn posts the sign-in form.
func (b *browser) signIn(name, password string) *httptest.ResponseRecorder {
	return b.do(http.MethodPost, "/login", url.Values{"name": {name}, "password": {password}})
}

// mustSignIn signs in and fails the test unless it leads to want.
func (b *browser) mustSignIn(name, password, want string) {
	b.s.t.Helper()
	rec := b.signIn(name, password)
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != want {
		b.s.t.Fatalf("sign in %s: %d → %q, want 303 → %s\n%s", name, rec.Code, rec.Header().Get("Location"), want, rec.Body.String())
	}
}

// The units of the shared-server tests: a city and two schools below it.
const (
	cityCode = "11330100MB0000000N"
	unitA    = "11330102MB000000AJ"
	unitB    = "11330102MB000000BM"
	// applicants' names that must stay in their unit
	applicantA = "张甲某"
	applicantB = "李乙某"
	// a password the tests' accounts have changed to
	goodPassword = "换过的密码-0123456789"
)

// cityAccounts is the fake accounts of the city and its two schools, each
// school with applications on fixedNow (2026-01-10); B produced its 2025
// annual report. One account per unit with goodPassword: city, a, b.
func cityAccounts(t *testing.T) *fakeAccounts {
	t.Helper()
	acc := newFakeAccounts(t)
	city := fakeUnitDB(t, "某某市教育局", cityCode)
	a := fakeUnitDB(t, "某某市第一中学", unitA)
	b := fakeUnitDB(t, "某某市第二中学", unitB)
	for _, r := range []struct{ db, id, received, name string }{
		{a, "SQ2025-101", "2025-11-20", applicantA},
		{a, "SQ2026-001", "2026-01-06", applicantA},
		{b, "SQ2025-201", "2025-11-20", applicantB},
		{b, "SQ2025-202", "2025-11-24", applicantB},
		{b, "SQ2025-203", "2025-12-30", applicantB},
	} {
		xxgk(t, "request", "add", "--db", r.db, "--id", r.id, "--received", r.received, "--applicant-type", "自然人",
			"--name", r.name, "--contact", "13800000000").must(t)
	}
	xxgk(t, "report", "annual", "--db", b, "--year", "2025", "--out", t.TempDir(), "--format", "json").must(t)
	acc.addUnit(cityCode, "某某市教育局", "", city)
	acc.addUnit(unitA, "某某市第一中学", cityCode, a)
	acc.addUnit(unitB, "某某市第二中学", cityCode, b)
	for name, code := range map[string]string{"city": cityCode, "a": unitA, "b": unitB} {
		if _, err := acc.AddUser(t.Context(), code, name, fixedNow); err != nil {
			t.Fatal(err)
		}
		acc.users[name].pw, acc.users[name].must = goodPassword, false
	}
	return acc
}
