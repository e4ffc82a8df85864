package browsertest

import (
	"fmt"
	"html/template"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
)

// downloadBytes is what /download serves, as an attachment named
// 年度报告.xlsx.
var downloadBytes = []byte("PK\x03\x04 not really a workbook: 年度报告 2025\n")

// pageTmpl is the frame of every test page: Chinese, a viewport for
// phones, one <h1>.
var pageTmpl = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>body{font-family:sans-serif;margin:0;padding:8px} .scroll{overflow-x:auto}
table{border-collapse:collapse} td{border:1px solid #999;padding:4px;white-space:nowrap}</style>
</head><body><h1>{{.Title}}</h1>{{.Body}}</body></html>`))

// site is the httptest server of the harness tests; it records the
// applicants posted to /requests.
type site struct {
	*httptest.Server
	mu     sync.Mutex
	posted []string
}

func newSite(t *testing.T) *site {
	s := &site{}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.overview)
	mux.HandleFunc("GET /requests", s.requests)
	mux.HandleFunc("POST /requests", s.add)
	mux.HandleFunc("GET /wide", s.wide)
	mux.HandleFunc("GET /long", long)
	mux.HandleFunc("GET /upload", uploadForm)
	mux.HandleFunc("POST /upload", uploaded)
	mux.HandleFunc("GET /download", download)
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func render(w http.ResponseWriter, title, body string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	pageTmpl.Execute(w, struct {
		Title string
		Body  template.HTML
	}{title, template.HTML(body)})
}

// overview links to the other pages and has a 30-column table in a
// wrapper that scrolls sideways.
func (s *site) overview(w http.ResponseWriter, r *http.Request) {
	var row strings.Builder
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&row, "<td>第%d列 数字</td>", i)
	}
	render(w, "概览", `<p id="unit">某某县教育局 2025 年</p>
<p><a href="/requests">依申请公开</a> <a href="/download">下载 Excel</a></p>
<div class="scroll"><table id="wide"><tr>`+row.String()+`</tr></table></div>`)
}

func (s *site) requests(w http.ResponseWriter, r *http.Request) {
	saved := ""
	if a := r.URL.Query().Get("saved"); a != "" {
		saved = `<p id="saved">已登记：` + template.HTMLEscapeString(a) + `</p>`
	}
	render(w, "依申请公开", saved+`<form id="add" method="post" action="/requests">
<label>申请人 <input name="applicant"></label>
<label>内容 <textarea name="note"></textarea></label>
<select name="kind"><option value="个人">个人</option><option value="法人">法人</option></select>
<button name="op" value="add">登记</button></form>`)
}

// add records the form and redirects (303) to the list, as the workbench
// does after a POST.
func (s *site) add(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	s.mu.Lock()
	s.posted = append(s.posted, strings.Join([]string{r.PostForm.Get("applicant"),
		r.PostForm.Get("note"), r.PostForm.Get("kind"), r.PostForm.Get("op")}, "|"))
	s.mu.Unlock()
	http.Redirect(w, r, "/requests?saved="+url.QueryEscape(r.PostForm.Get("applicant")), http.StatusSeeOther)
}

// wide is too wide on purpose: a 1600 px block outside any scroll wrapper.
func (s *site) wide(w http.ResponseWriter, r *http.Request) {
	render(w, "太宽的页面", `<div id="toowide" style="width:1600px;background:#fcc">这一行比屏幕宽</div>`)
}

// long is a page three screens tall at 390 px.
func long(w http.ResponseWriter, r *http.Request) {
	var b strings.Builder
	for i := 1; i <= 80; i++ {
		fmt.Fprintf(&b, "<p>第%d段：依申请公开的办理情况。</p>", i)
	}
	render(w, "长页面", b.String())
}

func uploadForm(w http.ResponseWriter, r *http.Request) {
	render(w, "导入台账", `<form id="imp" method="post" action="/upload" enctype="multipart/form-data">
<input type="file" name="ledger" multiple><button>导入</button></form>`)
}

// uploaded lists the files received: name and size in bytes.
func uploaded(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(1 << 20); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	var b strings.Builder
	for _, fh := range r.MultipartForm.File["ledger"] {
		fmt.Fprintf(&b, "%s:%d;", fh.Filename, fh.Size)
	}
	render(w, "导入结果", `<p id="files">`+template.HTMLEscapeString(b.String())+`</p>`)
}

func download(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
	w.Header().Set("Content-Disposition", `attachment; filename="report.xlsx"; filename*=UTF-8''`+url.PathEscape("年度报告.xlsx"))
	w.Write(downloadBytes)
}

func (s *site) postedForms() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.posted...)
}
