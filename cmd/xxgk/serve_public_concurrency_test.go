package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// TestServerConcurrentRegistrations: 20 clients signed in to the shared
// server register applications through POST /requests for
// XXGK_CONCURRENCY_SECONDS (default 5): every one answered as saved is in
// its unit's store, once, and nothing else is.
func TestServerConcurrentRegistrations(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	acc := cityAccounts(t)
	concurrentRegistrations(t, acc, []login{{"a", goodPassword}, {"b", goodPassword}}, 20, concurrencyDuration(t))
}

// login is an account's name and password.
type login struct{ name, password string }

// concurrencyDuration reads XXGK_CONCURRENCY_SECONDS (the lead runs 120
// on PostgreSQL).
func concurrencyDuration(t *testing.T) time.Duration {
	if v := os.Getenv("XXGK_CONCURRENCY_SECONDS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			t.Fatalf("XXGK_CONCURRENCY_SECONDS=%q", v)
		}
		return time.Duration(n) * time.Second
	}
	return 5 * time.Second
}

// concurrentRegistrations runs clients browsers against the shared
// server on acc (any Accounts: the fake, or PostgreSQL's), over HTTP,
// each signed in as one of logins in turn, registering applications for
// d; then it compares each unit's applications with the registrations
// answered as saved. It returns the outcome: each id answered as saved
// with the account that saved it, and how many were answered busy.
func concurrentRegistrations(t *testing.T, acc unitdb.Accounts, logins []login, clients int, d time.Duration) registrations {
	s := newSite(t, acc, false)
	srv := httptest.NewServer(s.h)
	t.Cleanup(srv.Close)
	before := map[string]map[string]bool{} // unit → its applications before
	for _, l := range logins {
		code, ids := unitRequests(t, acc, l)
		if before[code] == nil {
			before[code] = ids
		}
	}
	var mu sync.Mutex
	saved := map[string]map[string]bool{} // unit → the ids answered as saved
	by := map[string]string{}             // id → the account's name
	busy := 0
	var wg, ready sync.WaitGroup
	var deadline time.Time
	start := make(chan struct{}) // every client is signed in: the clock starts
	for c := range clients {
		wg.Add(1)
		ready.Add(1)
		go func() {
			defer wg.Done()
			l := logins[c%len(logins)]
			cl, token, code := signedInClient(t, srv.URL, acc, l)
			ready.Done()
			<-start
			if cl == nil {
				return
			}
			for i := 0; time.Now().Before(deadline); i++ {
				id := fmt.Sprintf("WB%02d-%06d", c, i)
				form := url.Values{"token": {token}, "id": {id}, "received": {"2026-01-09"}, "applicant-type": {"自然人"}, "name": {"并发测试"}}
				req, _ := http.NewRequest(http.MethodPost, srv.URL+"/requests", strings.NewReader(form.Encode()))
				req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
				req.Header.Set("Origin", srv.URL)
				res, err := cl.Do(req)
				if err != nil {
					t.Error(err)
					return
				}
				res.Body.Close()
				mu.Lock()
				switch {
				case res.StatusCode == http.StatusSeeOther && res.Header.Get("Location") == "/requests/"+id+"?saved=1":
					if saved[code] == nil {
						saved[code] = map[string]bool{}
					}
					if saved[code][id] {
						t.Errorf("%s answered as saved twice", id)
					}
					saved[code][id] = true
					by[id] = l.name
				case res.StatusCode == http.StatusServiceUnavailable: // busy: nothing saved, the clerk tries again
					busy++
				default:
					t.Errorf("POST %s: %d %s", id, res.StatusCode, res.Header.Get("Location"))
				}
				mu.Unlock()
			}
		}()
	}
	ready.Wait()
	deadline = time.Now().Add(d)
	close(start)
	wg.Wait()
	total := 0
	for code, ids := range before {
		l := loginOf(t, acc, logins, code)
		_, after := unitRequests(t, acc, l)
		for id := range ids {
			if !after[id] {
				t.Errorf("unit %s lost %s", code, id)
			}
			delete(after, id)
		}
		if len(after) != len(saved[code]) {
			t.Errorf("unit %s: %d new applications, %d answered as saved", code, len(after), len(saved[code]))
		}
		for id := range saved[code] {
			if !after[id] {
				t.Errorf("unit %s: %s answered as saved, not in the store", code, id)
			}
		}
		total += len(saved[code])
	}
	t.Logf("%d clients, %v: %d applications registered, %d answered busy", clients, d, total, busy)
	if total == 0 {
		t.Error("nothing was registered")
	}
	return registrations{saved: saved, by: by, busy: busy}
}

// registrations is what concurrentRegistrations saw: per unit the ids
// answered as saved, each id's account name, the busy answers.
type registrations struct {
	saved map[string]map[string]bool
	by    map[string]string
	busy  int
}

// signedInClient signs l in over HTTP and returns its client (cookies
// kept, redirects not followed), the forms' token and its unit's code.
func signedInClient(t *testing.T, base string, acc unitdb.Accounts, l login) (*http.Client, string, string) {
	jar, _ := cookiejar.New(nil)
	cl := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	req, _ := http.NewRequest(http.MethodPost, base+"/login", strings.NewReader(url.Values{"name": {l.name}, "password": {l.password}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	res, err := cl.Do(req)
	if err != nil || res.StatusCode != http.StatusSeeOther {
		t.Errorf("sign in %s: %v %v", l.name, err, res)
		return nil, "", ""
	}
	res.Body.Close()
	res, err = cl.Get(base + "/requests")
	if err != nil {
		t.Error(err)
		return nil, "", ""
	}
	var b strings.Builder
	_, err = io.Copy(&b, res.Body)
	res.Body.Close()
	m := tokenField.FindStringSubmatch(b.String())
	if err != nil || m == nil {
		t.Errorf("no token for %s: %v", l.name, err)
		return nil, "", ""
	}
	code, _ := unitRequests(t, acc, l)
	return cl, m[1], code
}

// unitRequests returns l's unit and the 申请编号 of its applications of
// 2025 and 2026, read through the store the accounts give the account.
func unitRequests(t *testing.T, acc unitdb.Accounts, l login) (string, map[string]bool) {
	ctx := context.Background()
	sess, err := acc.SignIn(ctx, l.name, l.password, fixedNow, time.Minute)
	if err != nil {
		t.Fatalf("sign in %s: %v", l.name, err)
	}
	defer acc.SignOut(ctx, sess.Token)
	st, err := acc.StoreFor(ctx, sess)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ids := map[string]bool{}
	for _, y := range []int{2025, 2026} {
		err := st.EachRequestOf(ctx, data.RequestQuery{Year: y}, func(r report.Request) error {
			ids[r.ID] = true
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return sess.UnitCode, ids
}

// loginOf is the first of logins whose account is of unit code.
func loginOf(t *testing.T, acc unitdb.Accounts, logins []login, code string) login {
	for _, l := range logins {
		if c, _ := unitRequests(t, acc, l); c == code {
			return l
		}
	}
	t.Fatalf("no login of unit %s", code)
	return login{}
}
