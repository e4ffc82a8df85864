// Package web is the workbench: the pages a clerk uses in a browser,
// served by `xxgk serve` on this computer only. The handlers are thin:
// they read through the unit's Store and act through Ops, the operations
// the commands use, never a copy of them.
package web

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	htmltemplate "html/template"
	"net/http"
	"strconv"
	"time"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
	"github.com/xxgk/xxgk/templates"
)

// Ops are the operations of the commands the pages share. Package main
// implements them with the commands' own functions.
type Ops interface {
	// Due lists the applications open on asOf with their deadlines, the
	// most urgent first (xxgk due).
	Due(ctx context.Context, asOf report.Date) ([]deadline.Entry, error)
	// Calendar is the working-day calendar the deadlines are counted with.
	Calendar(ctx context.Context) (deadline.Calendar, error)
	// Check counts the errors and notes xxgk check finds for year y.
	Check(ctx context.Context, y int) (errs, notes int, err error)
	// HasNarrative tells whether the unit's narrative file for year y exists.
	HasNarrative(ctx context.Context, y int) (bool, error)
	// SaveRequest adds (id == "") or updates an application with the
	// values set, by ledger header, in one transaction (xxgk request
	// add/update). Its refusals are *InvalidError and *RequestError.
	SaveRequest(ctx context.Context, id string, set map[string]string) (report.Request, error)
	// Import reads the uploaded ledger files in one transaction, all or
	// nothing (xxgk import [--replace]); dryRun rolls back at the end.
	// Its refusals are the ledger readers' cell errors and *ImportRefused.
	Import(ctx context.Context, files []Upload, replace, dryRun bool) (ImportResult, error)

	AnnualOps   // 年度报告 (annual.go)
	MonthlyOps  // 月度进展 (monthly.go)
	RollupOps   // 汇总 (rollup.go)
	SettingsOps // 设置 (settings.go)

	AnnualFileOps // 年度报告's narrative and downloads (annualtext.go, annualfiles.go)
}

// Config is what a workbench needs.
type Config struct {
	Store unitdb.Store
	Ops   Ops
	Now   func() time.Time // the clock
	// Port is the loopback port the server listens on: only requests for
	// 127.0.0.1, localhost or [::1] at this port are answered.
	Port int
	// Token is the per-run secret every POST must carry; empty: a random one.
	Token string
	// Quit is called by the page's 「退出」.
	Quit func()
	// MaxUpload caps the bytes of one upload; 0: DefaultMaxUpload.
	MaxUpload int64
	// CountWait is how long a page waits for a year's count (概览's check
	// line, 年度报告's tables) before it shows 「正在统计…」 and reloads;
	// 0: DefaultCountWait. Ops must go on counting when the page stops
	// waiting, so that the reload finds the figures.
	CountWait time.Duration
	// TempDir is where uploads are kept while they are imported; empty:
	// the process's temporary folder.
	TempDir string

	Shared // the shared server's edition (shared.go); zero: the loopback one
}

// Server answers the workbench's requests.
type Server struct {
	cfg   Config
	pages *htmltemplate.Template
	mux   *http.ServeMux
	hosts map[string]bool
	imp   *imports
	roll  rollupStore // 汇总's results
}

// New returns the workbench's handler.
func New(cfg Config) (*Server, error) {
	pages, err := templates.Web()
	if err != nil {
		return nil, err
	}
	if cfg.Token == "" {
		b := make([]byte, 32)
		if _, err := rand.Read(b); err != nil {
			return nil, fmt.Errorf("token: %w", err)
		}
		cfg.Token = hex.EncodeToString(b)
	}
	if cfg.MaxUpload <= 0 {
		cfg.MaxUpload = DefaultMaxUpload
	}
	if cfg.CountWait <= 0 {
		cfg.CountWait = DefaultCountWait
	}
	if cfg.Quit == nil {
		cfg.Quit = func() {}
	}
	p := strconv.Itoa(cfg.Port)
	s := &Server{cfg: cfg, pages: pages, mux: http.NewServeMux(),
		hosts: map[string]bool{"127.0.0.1:" + p: true, "localhost:" + p: true, "[::1]:" + p: true}, imp: newImports()}
	s.routes()
	return s, nil
}

// Token is the per-run secret of the forms.
func (s *Server) Token() string { return s.cfg.Token }

func (s *Server) routes() {
	s.mux.Handle("GET /static/", staticFiles())
	s.mux.HandleFunc("GET /{$}", s.handle(s.overview))
	s.mux.HandleFunc("GET /requests", s.handle(s.requestList))
	s.mux.HandleFunc("POST /requests", s.handle(s.requestAdd))
	s.mux.HandleFunc("GET /requests/{id}", s.handle(s.requestPage))
	s.mux.HandleFunc("POST /requests/{id}", s.handle(s.requestStep))
	s.mux.HandleFunc("GET /import", s.handle(s.importForm))
	s.mux.HandleFunc("POST /import", s.handle(s.importUpload))
	s.mux.HandleFunc("GET /import/confirm/{id}", s.handle(s.importConfirmPage))
	s.mux.HandleFunc("POST /import/confirm/{id}", s.handle(s.importConfirm))
	s.mux.HandleFunc("GET /import/result/{id}", s.handle(s.importResult))
	s.annualRoutes()
	s.monthlyRoutes()
	s.rollupRoutes()
	s.settingsRoutes()
	s.mux.HandleFunc("POST /quit", s.quit)
	s.mux.HandleFunc("/", s.notFound)
}

// ServeHTTP refuses requests for another host (DNS rebinding) and POSTs
// without the run's token, and sets the security headers of every answer.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", "default-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "no-referrer")
	if s.cfg.Public {
		// a same-origin POST then carries its Origin, which the shared
		// server's front handler compares with the host
		h.Set("Referrer-Policy", "same-origin")
	}
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Cache-Control", "no-store")
	if !s.cfg.Public && !s.hosts[r.Host] {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusMisdirectedRequest)
		fmt.Fprintf(w, "已拒绝：工作台只接受本机地址 http://127.0.0.1:%d/ 的访问。\n", s.cfg.Port)
		return
	}
	if r.Method == http.MethodPost && s.cfg.ReadOnly {
		s.fail(w, r, http.StatusForbidden, ReadOnlyMessage)
		return
	}
	if r.Method == http.MethodPost && isUpload(r) {
		// the upload handler checks the token, the stream's first field
		r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUpload)
		s.mux.ServeHTTP(w, r)
		return
	}
	if r.Method == http.MethodPost {
		r.Body = http.MaxBytesReader(w, r.Body, maxForm)
	}
	if r.Method == http.MethodPost && !s.validToken(r) {
		s.fail(w, r, http.StatusForbidden, tokenRefused)
		return
	}
	s.mux.ServeHTTP(w, r)
}

// handler is a page's handler: an error it returns becomes an error page.
type handler func(w http.ResponseWriter, r *http.Request) error

func (s *Server) handle(h handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			s.failErr(w, r, err)
		}
	}
}

func (s *Server) quit(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>工作台已退出</title><link rel="stylesheet" href="/static/style.css"></head><body><main><h1>工作台已退出</h1><p>可以关闭此窗口。需要时请重新启动 xxgk 工作台。</p></main></body></html>`)
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
	s.cfg.Quit()
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.fail(w, r, http.StatusNotFound, "没有这个页面。")
}

// today is the clock's date.
func (s *Server) today() report.Date { return report.DateOf(s.cfg.Now()) }

// maxForm is the largest form a page posts.
const maxForm = 1 << 20

// errNotFound is returned by a handler for a record that does not exist.
var errNotFound = errors.New("not found")

// tokenRefused is the answer to a POST without the run's token.
const tokenRefused = "已拒绝：此操作没有带上本次启动工作台时生成的校验码，可能来自其他网页或程序。请回到工作台页面，刷新后重新操作。"
