package public

import (
	"net/http"
	"strconv"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/cmd/xxgk/web"
	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
	"github.com/xxgk/xxgk/templates"
)

// AnnualKind is the kind of snapshot `xxgk report annual` records, for
// the year's number as its period.
const AnnualKind = "annual"

// unitsPage is 下级单位: per unit below, whether last year's annual
// report was produced and how many applications are overdue today.
type unitsPage struct {
	Year       int // the annual report's year (last year)
	Today      report.Date
	Rows       []unitRow
	Token      string
	RollupPath string
	Viewing    string // the unit viewed, if any
}

type unitRow struct {
	Code, Name, Parent string
	Produced           string // the date the annual report was produced; "": not yet
	Overdue            int
	Problem            string // what kept a figure from being read
}

// units serves the upper level's pages (下级单位, opening a unit below,
// the live roll-up) and tells whether it did; a unit without units below
// leaves them to the workbench, which has no such page.
func (s *Server) units(w http.ResponseWriter, r *http.Request, sess unitdb.Session, b *bench) bool {
	if !b.upper {
		return false
	}
	switch {
	case r.URL.Path == UnitsPath && r.Method == http.MethodGet:
		s.unitList(w, r, sess, b)
	case r.URL.Path == viewPath && r.Method == http.MethodPost:
		s.unitView(w, r, sess, b)
	case r.URL.Path == leavePath && r.Method == http.MethodPost:
		b.setView("", nil, nil)
		http.Redirect(w, r, UnitsPath, http.StatusSeeOther)
	case r.URL.Path == RollupPath && r.Method == http.MethodGet:
		s.liveRollup(w, r, sess, b)
	default:
		return false
	}
	return true
}

// unitList shows 下级单位, on the account's own unit's frame.
func (s *Server) unitList(w http.ResponseWriter, r *http.Request, sess unitdb.Session, b *bench) {
	ctx := r.Context()
	today := report.DateOf(s.cfg.Now())
	p := unitsPage{Year: today.Year() - 1, Today: today, Token: sess.CSRF, RollupPath: RollupPath}
	b.mu.Lock()
	p.Viewing = b.view
	b.mu.Unlock()
	if ov, ok := s.cfg.Accounts.(unitdb.Overviewer); ok {
		rows, err := s.overviewRows(r, ov, sess, p.Year, today)
		if err != nil {
			b.own.Fail(w, r, http.StatusInternalServerError, "无法读取下级单位："+err.Error())
			return
		}
		p.Rows = rows
		s.showUnits(w, r, b, p)
		return
	}
	below, err := s.cfg.Accounts.UnitsBelow(ctx, sess)
	if err != nil {
		b.own.Fail(w, r, http.StatusInternalServerError, "无法读取下级单位："+err.Error())
		return
	}
	defer closeBelow(below)
	for _, u := range below {
		row := unitRow{Code: u.Code, Name: u.Name, Parent: u.Parent}
		sn, ok, err := u.Store.LatestSnapshot(ctx, AnnualKind, strconv.Itoa(p.Year))
		if err != nil {
			row.Problem = err.Error()
		} else if ok {
			row.Produced = report.DateOf(sn.Produced).String()
		}
		if n, err := overdue(r, s.cfg.Ops(u.Store, u.Code), today); err != nil {
			row.Problem = err.Error()
		} else {
			row.Overdue = n
		}
		p.Rows = append(p.Rows, row)
	}
	s.showUnits(w, r, b, p)
}

// showUnits renders 下级单位.
func (s *Server) showUnits(w http.ResponseWriter, r *http.Request, b *bench, p unitsPage) {
	if err := b.own.Page(w, r, http.StatusOK, templates.WebUnits, unitsLink.Key, "下级单位", p); err != nil {
		b.own.Fail(w, r, http.StatusInternalServerError, "内部错误："+err.Error())
	}
}

// overdue counts the applications overdue on today (xxgk due's list).
func overdue(r *http.Request, ops web.Ops, today report.Date) (int, error) {
	due, err := ops.Due(r.Context(), today)
	n := 0
	for _, e := range due {
		if e.State == deadline.Overdue {
			n++
		}
	}
	return n, err
}

// unitView opens the pages of a unit below, read-only, for the session.
func (s *Server) unitView(w http.ResponseWriter, r *http.Request, sess unitdb.Session, b *bench) {
	code := r.PostFormValue("code")
	below, err := s.cfg.Accounts.UnitsBelow(r.Context(), sess)
	if err != nil {
		b.own.Fail(w, r, http.StatusInternalServerError, "无法读取下级单位："+err.Error())
		return
	}
	var unit *unitdb.UnitBelow
	for i := range below {
		if below[i].Code == code {
			unit = &below[i]
		}
	}
	if unit == nil {
		closeBelow(below)
		b.own.Fail(w, r, http.StatusNotFound, "没有这个下级单位。")
		return
	}
	closeBelow(below, unit.Store)
	sh := web.Shared{Public: true, ReadOnly: true, Links: []web.Link{unitsLink},
		Banner: "正在查看下级单位「" + unit.Name + "」（" + unit.Code + "）。上级单位只能查看，不能修改。回到本单位请点「下级单位」。"}
	st := redacted{unit.Store}
	srv, err := s.workbench(st, unit.Code, sess.CSRF, sh)
	if err != nil {
		unit.Store.Close()
		b.own.Fail(w, r, http.StatusInternalServerError, "内部错误："+err.Error())
		return
	}
	b.setView(unit.Code, srv, unit.Store)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
