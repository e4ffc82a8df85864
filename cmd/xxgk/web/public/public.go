// Package public is the workbench as a shared server (xxgk serve --public):
// a front handler that signs clerks in with the accounts of a shared
// database (unitdb.Accounts) and hands every other request to the
// workbench of the session's unit, a web.Server whose token is the
// session's CSRF token, so that the pages and their checks are the
// loopback edition's, unchanged. An upper level's account also sees its
// units below (下级单位) and may open their pages, read-only.
package public

import (
	"context"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"net/http"
	"time"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/report/rollup"
	"github.com/xxgk/xxgk/templates"
)

// Config is what the shared server needs.
type Config struct {
	Accounts unitdb.Accounts
	// Ops returns the commands' operations on a unit's store; code is
	// the unit's 统一社会信用代码 (its files' folder). Each workbench
	// the server keeps has its own.
	Ops func(st unitdb.Store, code string) web.Ops
	Now func() time.Time // the clock
	// BehindProxy: the server is reached through a reverse proxy that
	// sets X-Forwarded-Proto and X-Forwarded-For; the cookie is Secure
	// when the proxy says https, and the client's address is the one the
	// proxy adds last.
	BehindProxy bool
	// SessionTTL is how long a sign-in lasts; 0: DefaultSessionTTL.
	SessionTTL time.Duration
	// MaxWorkbenches caps the workbenches kept (one per session, the
	// least recently used dropped first); 0: DefaultMaxWorkbenches.
	MaxWorkbenches int
	// Limits are the sign-in rate limits; zero: DefaultLimits.
	Limits Limits
	// Bench is copied into every workbench's web.Config (CountWait,
	// MaxUpload, TempDir); its Store, Ops, Token and Shared are set here.
	Bench web.Config
	// Rollup is the upper level's live roll-up (RollupPath, for a
	// session whose unit has units below): it sums year of every unit
	// below the session's unit straight from the database, the units that
	// recorded nothing for it listed as not reported. Its result is shown
	// on the workbench's 汇总情况 page. nil: a page says it is not there
	// yet.
	Rollup func(ctx context.Context, sess unitdb.Session, year int) (*rollup.Result, error)
}

// Defaults of Config.
const (
	DefaultSessionTTL     = 8 * time.Hour
	DefaultMaxWorkbenches = 256
)

// Paths the front handler serves itself.
const (
	LoginPath    = "/login"
	LogoutPath   = "/logout"
	PasswordPath = "/password"
	UnitsPath    = "/units"        // 下级单位
	RollupPath   = "/units/rollup" // the live roll-up (Config.Rollup)
	viewPath     = "/units/view"   // POST code: open a unit below, read-only
	leavePath    = "/units/leave"  // POST: back to the account's own unit
)

// CookieName is the session cookie's name.
const CookieName = "xxgk_session"

// Server is the shared server's handler.
type Server struct {
	cfg     Config
	pages   *htmltemplate.Template
	static  http.Handler
	limit   *limiter
	benches *benches
}

// New returns the shared server's handler.
func New(cfg Config) (*Server, error) {
	if cfg.Accounts == nil || cfg.Ops == nil || cfg.Now == nil {
		return nil, errors.New("public: Accounts, Ops and Now are required")
	}
	if cfg.SessionTTL <= 0 {
		cfg.SessionTTL = DefaultSessionTTL
	}
	if cfg.MaxWorkbenches <= 0 {
		cfg.MaxWorkbenches = DefaultMaxWorkbenches
	}
	if cfg.Limits == (Limits{}) {
		cfg.Limits = DefaultLimits
	}
	pages, err := templates.Web()
	if err != nil {
		return nil, err
	}
	return &Server{cfg: cfg, pages: pages, static: web.Static(), limit: newLimiter(cfg.Limits),
		benches: newBenches(cfg.MaxWorkbenches)}, nil
}

// Close drops every workbench the server keeps and closes their stores.
func (s *Server) Close() { s.benches.closeAll() }

// ServeHTTP signs clerks in and out and hands every other request to the
// workbench of the session's unit.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	securityHeaders(w.Header())
	switch {
	case r.URL.Path == "/static/style.css" && r.Method == http.MethodGet:
		s.static.ServeHTTP(w, r)
		return
	case r.Method == http.MethodPost && !sameOrigin(r):
		s.plain(w, http.StatusForbidden, crossOrigin)
		return
	case r.URL.Path == LoginPath:
		s.login(w, r)
		return
	}
	sess, ok, err := s.session(r)
	if err != nil {
		s.plain(w, http.StatusInternalServerError, "内部错误："+err.Error())
		return
	}
	if !ok {
		s.clearCookie(w, r)
		http.Redirect(w, r, LoginPath, http.StatusSeeOther)
		return
	}
	if r.Method == http.MethodPost && !s.validCSRF(r, sess) {
		// the workbench's own pages check the token themselves (an
		// upload's comes in the stream): these are the front's
		if r.URL.Path == LogoutPath || r.URL.Path == PasswordPath || r.URL.Path == viewPath || r.URL.Path == leavePath {
			s.plain(w, http.StatusForbidden, tokenRefused)
			return
		}
	}
	switch {
	case r.URL.Path == LogoutPath && r.Method == http.MethodPost:
		s.logout(w, r, sess)
		return
	case r.URL.Path == PasswordPath:
		s.password(w, r, sess)
		return
	case sess.MustChangePassword:
		http.Redirect(w, r, PasswordPath, http.StatusSeeOther)
		return
	}
	b, err := s.bench(r.Context(), sess)
	if err != nil {
		s.plain(w, http.StatusInternalServerError, "内部错误："+err.Error())
		return
	}
	if s.units(w, r, sess, b) {
		return
	}
	b.current().ServeHTTP(w, r)
}

// securityHeaders are the workbench's headers, on the front's pages too.
func securityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
}

// plain answers with a one-line text page.
func (s *Server) plain(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(code)
	fmt.Fprintln(w, msg)
}

// Messages of the front handler.
const (
	crossOrigin  = "已拒绝：此操作来自其他网站的网页。请直接在工作台页面上操作。"
	tokenRefused = "已拒绝：此操作没有带上本次登录的校验码，可能来自其他网页或程序。请回到工作台页面，刷新后重新操作。"
)
