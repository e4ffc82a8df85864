package web

import (
	"bytes"
	"errors"
	"net/http"
	"strconv"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/templates"
)

// page is what the layout of every page shows.
type page struct {
	Title    string // the page's <h1>
	Unit     string
	Token    string
	Nav      []navItem
	Year     int
	Years    []int   // the year selector's choices; none: no selector
	YearPath string  // where the year selector goes
	Keep     []param // other query parameters the year selector keeps
	Flash    string  // the result of the last action
	Refresh  int     // >0: the browser loads the page again after so many seconds
	Body     any     // the page's own data

	Files *filesNote // 年度报告's downloads: the narrative's state (annualfiles.go)

	QuitPath string // where 「退出」 posts: /quit, or /logout on the shared server
	Banner   string // a line under the top bar (an upper level viewing a unit below)
}

type navItem struct {
	Label, Href string // no Href: not open yet
	Current     bool
}

type param struct{ Name, Value string }

// sections are the workbench's sections in the order of the top bar;
// those without a path are not built yet.
var sections = []struct{ key, label, href string }{
	{"overview", "概览", "/"},
	{"import", "导入台账", "/import"},
	{"requests", "依申请公开", "/requests"},
	{"annual", "年度报告", "/annual"},
	{"monthly", "月度进展", "/monthly"},
	{"rollup", "汇总", "/rollup"},
	{"settings", "设置", "/settings"},
}

// newPage starts the page of section with title, for the unit's name
// (read from the store; a failure leaves it empty).
func (s *Server) newPage(r *http.Request, section, title string) page {
	p := page{Title: title, Token: s.cfg.Token, QuitPath: "/quit", Banner: s.cfg.Banner}
	if s.cfg.Public {
		p.QuitPath = "/logout"
	}
	if u, err := s.cfg.Store.Unit(r.Context()); err == nil {
		p.Unit = u.Name
	}
	for _, sec := range sections {
		p.Nav = append(p.Nav, navItem{Label: sec.label, Href: sec.href, Current: sec.key == section})
	}
	for _, l := range s.cfg.Links {
		p.Nav = append(p.Nav, navItem{Label: l.Label, Href: l.Href, Current: l.Key == section})
	}
	return p
}

// withYears adds the year selector, at path, around year y.
func (p page) withYears(path string, y, current int) page {
	p.Year, p.YearPath = y, path
	for v := current; v >= current-5; v-- {
		p.Years = append(p.Years, v)
	}
	if y > current || y < current-5 {
		p.Years = append([]int{y}, p.Years...)
	}
	return p
}

// render writes the template name with p, status code.
func (s *Server) render(w http.ResponseWriter, code int, name string, p page) error {
	var buf bytes.Buffer
	if err := s.pages.ExecuteTemplate(&buf, name, p); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	_, err := w.Write(buf.Bytes())
	return err
}

type failure struct {
	Message, Back, BackLabel string
}

// fail answers with an error page saying msg.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, code int, msg string) {
	title := "出错了"
	switch code {
	case http.StatusForbidden:
		title = "操作被拒绝"
	case http.StatusNotFound:
		title = "找不到"
	case http.StatusServiceUnavailable:
		title = "请稍后再试"
	}
	p := s.newPage(r, "", title)
	p.Body = failure{Message: msg, Back: "/", BackLabel: "回到概览"}
	if err := s.render(w, code, templates.WebError, p); err != nil {
		http.Error(w, msg, code)
	}
}

// userMessage is an error written for the user (data's and ledger's).
type userMessage interface {
	error
	UserMessage() string
}

// failErr answers with the error page that err calls for: a busy
// database is 503, an error written for the user is shown as it is.
func (s *Server) failErr(w http.ResponseWriter, r *http.Request, err error) {
	var um userMessage
	switch {
	case errors.Is(err, errNotFound):
		s.fail(w, r, http.StatusNotFound, "没有这条记录。")
	case errors.Is(err, unitdb.ErrReadOnly) || (s.cfg.ReadOnly && data.ProblemOf(err) == data.ReadOnly):
		s.fail(w, r, http.StatusForbidden, ReadOnlyMessage)
	case data.ProblemOf(err) == data.Busy:
		s.fail(w, r, http.StatusServiceUnavailable, BusyMessage)
	case errors.As(err, &um):
		s.fail(w, r, http.StatusInternalServerError, um.UserMessage())
	default:
		s.fail(w, r, http.StatusInternalServerError, "内部错误："+err.Error()+"（本次操作没有保存。如需帮助，请报告此信息）")
	}
}

// BusyMessage is what a page says when another program or window holds
// the database: nothing was saved, and trying again later works.
const BusyMessage = "数据库正被其他程序或窗口使用，请稍后再试（本次操作没有保存）。"

// yearParam reads ?year=, defaulting to the clock's year.
func (s *Server) yearParam(r *http.Request) int {
	current := s.cfg.Now().Year()
	y, err := strconv.Atoi(r.URL.Query().Get("year"))
	if err != nil || y < 2000 || y > 2100 {
		return current
	}
	return y
}
