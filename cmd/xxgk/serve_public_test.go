package main

import (
	"crypto/tls"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/cmd/xxgk/web/public"
	"github.com/xxgk/xxgk/data"
)

// A new account signs in with the one-time password xxgk user add
// printed, and is led to the password change before any page.
func TestPublicOneTimePasswordForcesChange(t *testing.T) {
	acc := cityAccounts(t)
	res := xxgkWith(t, func(e *env) { e.accounts = fakeOpener(acc) },
		"user", "add", "--db", "postgres://fake/xxgk", "--unit-code", unitA, "--name", "王五").must(t)
	m := regexp.MustCompile(`(?m)^一次性密码：(\S+)$`).FindStringSubmatch(res.stdout)
	if m == nil || !strings.Contains(res.stderr, "只显示这一次") {
		t.Fatalf("user add printed:\n%s\n%s", res.stdout, res.stderr)
	}
	once := m[1]
	s := newSite(t, acc, false)
	b := s.browser()
	b.mustSignIn("王五", once, "/password")
	for _, path := range []string{"/", "/requests", "/annual"} {
		if rec := b.get(path); rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/password" {
			t.Errorf("GET %s before the change: %d → %q, want /password", path, rec.Code, rec.Header().Get("Location"))
		}
	}
	page := b.get("/password")
	token := tokenField.FindStringSubmatch(page.Body.String())
	if page.Code != http.StatusOK || token == nil || !strings.Contains(page.Body.String(), "一次性密码") {
		t.Fatalf("/password: %d\n%s", page.Code, page.Body.String())
	}
	for _, c := range []struct{ current, next, again, want string }{
		{once, "短密码", "短密码", "至少需要 10 个字符"},
		{once, "新的密码-0123456789", "新的密码-9876543210", "两次输入的新密码不一致"},
		{"不对的密码-012345", "新的密码-0123456789", "新的密码-0123456789", "当前密码不正确"},
	} {
		rec := b.do(http.MethodPost, "/password", url.Values{"token": {token[1]}, "current": {c.current}, "new": {c.next}, "again": {c.again}})
		if rec.Code != http.StatusBadRequest || !strings.Contains(rec.Body.String(), c.want) {
			t.Errorf("change %q: %d, want 400 saying %s\n%s", c.next, rec.Code, c.want, rec.Body.String())
		}
	}
	rec := b.do(http.MethodPost, "/password", url.Values{"token": {token[1]}, "current": {once}, "new": {goodPassword}, "again": {goodPassword}})
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/" {
		t.Fatalf("change: %d → %q\n%s", rec.Code, rec.Header().Get("Location"), rec.Body.String())
	}
	if home := b.get("/"); home.Code != http.StatusOK || !strings.Contains(home.Body.String(), "某某市第一中学") {
		t.Fatalf("概览 after the change: %d\n%s", home.Code, home.Body.String())
	}
	other := s.browser()
	if rec := other.signIn("王五", once); rec.Code != http.StatusUnauthorized {
		t.Errorf("the one-time password after the change: %d, want 401", rec.Code)
	}
	other.mustSignIn("王五", goodPassword, "/")
}

// A wrong password and an unknown name get the same answer.
func TestPublicBadLoginSameMessage(t *testing.T) {
	s := newSite(t, cityAccounts(t), false)
	wrong := s.browser().signIn("a", "不对的密码")
	unknown := s.browser().signIn("没有这个人", "不对的密码")
	alert := regexp.MustCompile(`<p class="problem" role="alert">([^<]*)</p>`)
	w, u := alert.FindStringSubmatch(wrong.Body.String()), alert.FindStringSubmatch(unknown.Body.String())
	if wrong.Code != http.StatusUnauthorized || unknown.Code != wrong.Code || w == nil || u == nil || w[1] != u[1] || w[1] != "账号名称或密码不正确。" {
		t.Errorf("wrong password %d %q, unknown name %d %q: want the same 401 and message", wrong.Code, w, unknown.Code, u)
	}
	if len(wrong.Result().Cookies()) != 0 {
		t.Errorf("a failed sign-in set cookies: %v", wrong.Result().Cookies())
	}
}

// The 6th failed sign-in of an account is refused until 15 minutes after
// the first, even with the right password; 20 failures from an address
// stop it for every name.
func TestPublicSignInRateLimit(t *testing.T) {
	s := newSite(t, cityAccounts(t), false)
	b := s.browser()
	for i := range 5 {
		if rec := b.signIn("a", "不对的密码"); rec.Code != http.StatusUnauthorized {
			t.Fatalf("failure %d: %d, want 401", i+1, rec.Code)
		}
		s.clock.add(time.Minute)
	}
	rec := b.signIn("a", goodPassword)
	if rec.Code != http.StatusTooManyRequests || !strings.Contains(rec.Body.String(), "请于 09:45 后再试") || rec.Header().Get("Retry-After") == "" {
		t.Fatalf("6th attempt: %d %q\n%s", rec.Code, rec.Header().Get("Retry-After"), rec.Body.String())
	}
	if len(b.jar) != 0 {
		t.Errorf("the refused sign-in set a cookie")
	}
	// another account from another address is not held up
	other := s.browser()
	other.ip = "192.0.2.99"
	other.mustSignIn("b", goodPassword, "/")
	s.clock.add(10*time.Minute + time.Second) // 09:45:01: the first failure is 15 minutes old
	b.mustSignIn("a", goodPassword, "/")

	// 20 failures from one address, every one a different name
	ip := s.browser()
	ip.ip = "198.51.100.7"
	for i := range 20 {
		if rec := ip.signIn("名字"+string(rune('甲'+i)), "x"); rec.Code != http.StatusUnauthorized {
			t.Fatalf("address failure %d: %d", i+1, rec.Code)
		}
	}
	if rec := ip.signIn("city", goodPassword); rec.Code != http.StatusTooManyRequests {
		t.Errorf("21st attempt from the address: %d, want 429", rec.Code)
	}
}

// A POST without the session's CSRF token, or with another session's,
// is refused and changes nothing; with it, the application is saved.
func TestPublicCSRF(t *testing.T) {
	acc := cityAccounts(t)
	s := newSite(t, acc, false)
	a, a2 := s.browser(), s.browser()
	a.mustSignIn("a", goodPassword, "/")
	a2.mustSignIn("a", goodPassword, "/")
	other := a2.token()
	if other == a.token() {
		t.Fatal("two sessions share a CSRF token")
	}
	form := func() url.Values {
		return url.Values{"id": {"SQ2026-050"}, "received": {"2026-01-09"}, "applicant-type": {"自然人"}}
	}
	count := func() int {
		n, err := acc.units[unitA].st.CountRequests(t.Context(), data.RequestQuery{Year: 2026})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	before := count()
	for name, token := range map[string]string{"no token": "", "another session's": other} {
		f := form()
		if token != "" {
			f.Set("token", token)
		}
		rec := a.do(http.MethodPost, "/requests", f)
		if rec.Code != http.StatusForbidden || !strings.Contains(rec.Body.String(), "校验码") {
			t.Errorf("%s: %d, want 403\n%s", name, rec.Code, rec.Body.String())
		}
	}
	// a POST from another site's page is refused before its token is read
	f := form()
	f.Set("token", a.token())
	a.header.Set("Origin", "https://evil.example")
	if rec := a.do(http.MethodPost, "/requests", f); rec.Code != http.StatusForbidden {
		t.Errorf("cross-origin POST: %d, want 403", rec.Code)
	}
	a.header.Del("Origin")
	if n := count(); n != before {
		t.Fatalf("refused POSTs saved: %d applications, want %d", n, before)
	}
	if rec := a.post("/requests", form()); rec.Code != http.StatusSeeOther {
		t.Fatalf("POST with the token: %d\n%s", rec.Code, rec.Body.String())
	}
	if n := count(); n != before+1 {
		t.Errorf("after the POST: %d applications, want %d", n, before+1)
	}
	// the front's own forms check it too
	if rec := a.do(http.MethodPost, "/logout", url.Values{"token": {other}}); rec.Code != http.StatusForbidden {
		t.Errorf("logout with another session's token: %d, want 403", rec.Code)
	}
}

// A session ends at its expiry (and at 退出), after which every page
// leads to /login.
func TestPublicSessionExpiresAndSignOut(t *testing.T) {
	s := newSite(t, cityAccounts(t), false)
	if rec := s.browser().get("/requests"); rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/login" {
		t.Errorf("no session: %d → %q, want /login", rec.Code, rec.Header().Get("Location"))
	}
	b := s.browser()
	b.mustSignIn("a", goodPassword, "/")
	if rec := b.get("/requests"); rec.Code != http.StatusOK {
		t.Fatalf("signed in: %d", rec.Code)
	}
	s.clock.add(public.DefaultSessionTTL)
	if rec := b.get("/requests"); rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/login" {
		t.Errorf("expired: %d → %q, want /login", rec.Code, rec.Header().Get("Location"))
	}
	b.mustSignIn("a", goodPassword, "/")
	home := b.get("/").Body.String()
	if !strings.Contains(home, `href="/password"`) || !strings.Contains(home, `action="/logout"`) || strings.Contains(home, `action="/quit"`) {
		t.Errorf("退出 does not sign out:\n%s", home)
	}
	rec := b.post("/logout", url.Values{})
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/login?out=1" {
		t.Fatalf("logout: %d → %q", rec.Code, rec.Header().Get("Location"))
	}
	if rec := b.get("/"); rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/login" {
		t.Errorf("after logout: %d → %q", rec.Code, rec.Header().Get("Location"))
	}
	if !strings.Contains(b.get("/login?out=1").Body.String(), "已退出登录") {
		t.Error("the sign-in page does not say 已退出登录")
	}
}

// The session cookie is HttpOnly and SameSite=Lax always, Secure only
// over TLS or behind the proxy when it says https.
func TestPublicCookieSecure(t *testing.T) {
	acc := cityAccounts(t)
	direct, proxied := newSite(t, acc, false), newSite(t, acc, true)
	for _, c := range []struct {
		name   string
		s      *site
		tls    bool
		proto  string
		secure bool
	}{
		{"plain HTTP", direct, false, "", false},
		{"TLS", direct, true, "", true},
		{"X-Forwarded-Proto without --behind-proxy", direct, false, "https", false},
		{"behind the proxy, https", proxied, false, "https", true},
		{"behind the proxy, http", proxied, false, "http", false},
	} {
		b := c.s.browser()
		if c.proto != "" {
			b.header.Set("X-Forwarded-Proto", c.proto)
		}
		req := func() *http.Cookie {
			rec := b.signIn("a", goodPassword)
			for _, k := range rec.Result().Cookies() {
				if k.Name == public.CookieName {
					return k
				}
			}
			return nil
		}
		var k *http.Cookie
		if c.tls {
			k = tlsSignIn(c.s, "a", goodPassword)
		} else {
			k = req()
		}
		if k == nil || !k.HttpOnly || k.SameSite != http.SameSiteLaxMode || k.Path != "/" || k.Secure != c.secure {
			t.Errorf("%s: cookie %+v, want HttpOnly, Lax, Path=/, Secure=%v", c.name, k, c.secure)
		}
	}
}

// tlsSignIn signs in over a TLS connection and returns the cookie.
func tlsSignIn(s *site, name, password string) *http.Cookie {
	b := s.browser()
	b.tls = true
	form := url.Values{"name": {name}, "password": {password}}
	req, _ := http.NewRequest(http.MethodPost, "https://"+siteHost+"/login", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Host, req.RemoteAddr, req.TLS = siteHost, "192.0.2.10:40000", &tls.ConnectionState{}
	rec := newRec()
	s.h.ServeHTTP(rec, req)
	for _, k := range rec.Result().Cookies() {
		if k.Name == public.CookieName {
			return k
		}
	}
	return nil
}

// Unit A's account asking for B's application gets a not-found page,
// without B's data.
func TestPublicOtherUnitNotFound(t *testing.T) {
	s := newSite(t, cityAccounts(t), false)
	a := s.browser()
	a.mustSignIn("a", goodPassword, "/")
	rec := a.get("/requests/SQ2025-201")
	body := rec.Body.String()
	if rec.Code != http.StatusNotFound || !strings.Contains(body, "没有这条记录") || strings.Contains(body, applicantB) {
		t.Errorf("B's application from A: %d\n%s", rec.Code, body)
	}
	list := a.get("/requests?year=2025").Body.String()
	if strings.Contains(list, applicantB) || strings.Contains(list, "SQ2025-201") || !strings.Contains(list, "SQ2025-101") {
		t.Errorf("A's list shows B's applications or misses its own:\n%s", list)
	}
}
