package web

import (
	"errors"
	"net/http"
	"net/url"
	"strconv"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
	"github.com/xxgk/xxgk/templates"
)

// The state filters beside deadline's states: every application of the
// year (""), those received in it, and those still open.
const (
	stateReceived = "本年收到"
	stateOpen     = "未办结"
)

// requestsData is what the 依申请公开 page shows.
type requestsData struct {
	Year   int
	Month  int // 1–12: only the month's (see inMonth); 0: the whole year
	State  string
	States []option
	Today  report.Date
	Rows   []requestRow
	Form   []field
}

type requestRow struct {
	ID, Href, Applicant, State, Class string
	Received, Reply                   report.Date
	Left                              string
}

func (s *Server) requestList(w http.ResponseWriter, r *http.Request) error {
	m, _ := strconv.Atoi(r.URL.Query().Get("month"))
	if m < 1 || m > 12 {
		m = 0
	}
	return s.renderRequests(w, r, http.StatusOK, s.yearParam(r), m, r.URL.Query().Get("state"), fill(addForm(), nil, nil))
}

func (s *Server) renderRequests(w http.ResponseWriter, r *http.Request, code, y, m int, state string, form []field) error {
	today := s.today()
	d := requestsData{Year: y, Month: m, State: state, Today: today, Form: form}
	cal, err := s.cfg.Ops.Calendar(r.Context())
	if err != nil {
		return err
	}
	err = s.cfg.Store.EachRequest(r.Context(), y, func(q report.Request) error {
		row := newRequestRow(q, cal, today)
		if keep(state, row, q, y) && inMonth(state, q, y, m) {
			d.Rows = append(d.Rows, row)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, st := range []string{"", stateReceived, stateOpen, string(deadline.Overdue), string(deadline.DueSoon),
		string(deadline.Normal), string(deadline.AwaitingCorrection), string(deadline.Done)} {
		label := st
		if st == "" {
			label = "全部"
		}
		d.States = append(d.States, option{Value: st, Label: label, Selected: st == state})
	}
	p := s.newPage(r, "requests", "依申请公开").withYears("/requests", y, today.Year())
	if state != "" {
		p.Keep = []param{{"state", state}}
	}
	if m != 0 {
		p.Keep = append(p.Keep, param{"month", strconv.Itoa(m)})
	}
	p.Body = d
	return s.render(w, code, templates.WebRequests, p)
}

// keep tells whether the filter state lets the application through.
func keep(state string, row requestRow, q report.Request, y int) bool {
	switch state {
	case "":
		return true
	case stateReceived:
		return q.Received.In(y)
	case stateOpen:
		return row.State != string(deadline.Done)
	}
	return row.State == state
}

// inMonth tells whether the application belongs to month m of year y
// (m == 0: every month): among those 已办结 the ones concluded in the
// month, among the others those received in it — the applications behind
// the figures of the monthly summary (月度进展).
func inMonth(state string, q report.Request, y, m int) bool {
	if m == 0 {
		return true
	}
	d := q.Received
	if state == string(deadline.Done) {
		d = q.Concluded
	}
	return d.In(y) && int(d.Month()) == m
}

// newRequestRow is q's line of the list, its state as of today.
func newRequestRow(q report.Request, cal deadline.Calendar, today report.Date) requestRow {
	row := requestRow{ID: q.ID, Href: requestHref(q.ID), Received: q.Received}
	if i := report.ApplicantIndex(q.Applicant); i >= 0 {
		row.Applicant = report.Table3Columns[i].Label
	}
	st, err := deadline.At(q, cal, today)
	if err != nil {
		row.State = "无法计算"
		return row
	}
	row.State, row.Class, row.Reply = string(st.State), stateClass(st.State), st.Reply
	if st.State != deadline.Done && st.State != deadline.AwaitingCorrection {
		row.Left = strconv.Itoa(st.Left)
	}
	return row
}

// requestAdd registers an application from the form; a bad value shows
// the form again with the message beside the field, nothing saved.
func (s *Server) requestAdd(w http.ResponseWriter, r *http.Request) error {
	values, set := formValues(r, addForm())
	q, err := s.cfg.Ops.SaveRequest(r.Context(), "", set)
	errs, err := fieldErrors(err)
	if err != nil {
		return err
	}
	if errs != nil {
		return s.renderRequests(w, r, http.StatusBadRequest, s.cfg.Now().Year(), 0, "", fill(addForm(), values, errs))
	}
	http.Redirect(w, r, requestHref(q.ID)+"?saved=1", http.StatusSeeOther)
	return nil
}

// formValues reads the fields' values from the posted form: all of them
// by name, and those given (non-empty) by label.
func formValues(r *http.Request, fs []field) (values, set map[string]string) {
	values, set = map[string]string{}, map[string]string{}
	for _, f := range fs {
		v := r.PostFormValue(f.Name)
		values[f.Name] = v
		if v != "" {
			set[f.Label] = v
		}
	}
	return values, set
}

// fieldErrors turns SaveRequest's refusals into messages beside the
// fields, by label; other errors pass.
func fieldErrors(err error) (map[string]string, error) {
	var invalid *InvalidError
	var re *RequestError
	switch {
	case errors.As(err, &invalid):
		return invalid.byLabel(), nil
	case errors.As(err, &re) && re.Exists:
		return map[string]string{"申请编号": "申请编号：编号为「" + re.ID + "」的申请已存在。记录办理环节请打开该申请的页面。"}, nil
	case errors.As(err, &re):
		return nil, errNotFound
	}
	return nil, err
}

func requestHref(id string) string { return "/requests/" + url.PathEscape(id) }

// stateClass is the style of a state: colour always beside the word.
func stateClass(st deadline.State) string {
	switch st {
	case deadline.Overdue:
		return "overdue"
	case deadline.DueSoon:
		return "soon"
	case deadline.Done:
		return "done"
	}
	return "normal"
}
