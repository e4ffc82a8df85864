package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/report/deadline"
	"github.com/xxgk/xxgk/templates"
)

// requestData is what an application's page shows.
type requestData struct {
	State, StateClass string
	DueLine           string // 「答复期限：2026-03-12（剩余 9 个工作日）」
	Facts             []fact
	Steps             []step
	Action, Back      string
}

type fact struct{ Label, Value string }

func (s *Server) requestPage(w http.ResponseWriter, r *http.Request) error {
	q, err := s.lookup(r)
	if err != nil {
		return err
	}
	p, err := s.requestView(r, q, nil, "", nil)
	if err != nil {
		return err
	}
	if r.URL.Query().Get("saved") != "" {
		p.Flash = "已保存申请 " + q.ID + "。"
	}
	return s.render(w, http.StatusOK, templates.WebRequest, p)
}

// requestStep saves one step of the application's handling; a bad value
// shows the page again with the message beside the field.
func (s *Server) requestStep(w http.ResponseWriter, r *http.Request) error {
	q, err := s.lookup(r)
	if err != nil {
		return err
	}
	stepID := r.PostFormValue("step")
	var fs []field
	for _, st := range steps() {
		if st.ID == stepID {
			fs = st.Fields
		}
	}
	if fs == nil {
		return errNotFound
	}
	values, set := formValues(r, fs)
	var errs map[string]string
	if len(set) == 0 {
		errs = map[string]string{fs[0].Label: fs[0].Label + "：请填写后再保存。"}
	} else {
		_, err = s.cfg.Ops.SaveRequest(r.Context(), q.ID, set)
		if errs, err = fieldErrors(err); err != nil {
			return err
		}
	}
	if errs != nil {
		p, err := s.requestView(r, q, values, stepID, errs)
		if err != nil {
			return err
		}
		return s.render(w, http.StatusBadRequest, templates.WebRequest, p)
	}
	http.Redirect(w, r, requestHref(q.ID)+"?saved=1", http.StatusSeeOther)
	return nil
}

// lookup reads the application of the path.
func (s *Server) lookup(r *http.Request) (report.Request, error) {
	q, ok, err := s.cfg.Store.Request(r.Context(), r.PathValue("id"))
	if err == nil && !ok {
		err = errNotFound
	}
	return q, err
}

// requestView is the page of q; the step form posted (stepID) keeps the
// values typed and shows errs beside its fields.
func (s *Server) requestView(r *http.Request, q report.Request, values map[string]string, stepID string, errs map[string]string) (page, error) {
	cal, err := s.cfg.Ops.Calendar(r.Context())
	if err != nil {
		return page{}, err
	}
	d := requestData{Action: requestHref(q.ID), Back: "/requests?year=" + strconv.Itoa(q.Received.Year()), Facts: facts(q)}
	st, err := deadline.At(q, cal, s.today())
	switch {
	case err != nil:
		d.DueLine = "无法计算答复期限：" + messageOf(err)
	default:
		d.State, d.StateClass, d.DueLine = string(st.State), stateClass(st.State), dueLine(q, st)
	}
	current := stepValues(q)
	for _, stp := range steps() {
		v, e := current, map[string]string(nil)
		if stp.ID == stepID {
			v, e = values, errs
		}
		stp.Fields = fill(stp.Fields, v, e)
		d.Steps = append(d.Steps, stp)
	}
	p := s.newPage(r, "requests", "申请 "+q.ID)
	p.Body = d
	return p, nil
}

// dueLine says when the reply is due, as the command line does after a save.
func dueLine(q report.Request, st deadline.Status) string {
	switch st.State {
	case deadline.Done:
		timely := "按时"
		if q.Concluded > st.Reply {
			timely = "逾期"
		}
		return fmt.Sprintf("已办结（办结日期 %s，答复期限 %s，%s）。", q.Concluded, st.Reply, timely)
	case deadline.AwaitingCorrection:
		return "等待申请人补正，收到补正材料后重新计算答复期限。"
	case deadline.Overdue:
		return fmt.Sprintf("答复期限：%s（已超期 %d 个工作日）", st.Reply, -st.Left)
	}
	return fmt.Sprintf("答复期限：%s（剩余 %d 个工作日）", st.Reply, st.Left)
}

// facts are the application's recorded values, applicant included (the
// unit's own data, shown to its clerk only).
func facts(q report.Request) []fact {
	applicant := string(q.Applicant)
	if i := report.ApplicantIndex(q.Applicant); i >= 0 {
		applicant = report.Table3Columns[i].Label
	}
	outcome := ""
	if i := report.RowIndex(string(q.Outcome)); i >= 0 {
		outcome = report.Table3Rows[i].Label
	}
	return []fact{
		{"申请编号", q.ID}, {"收到日期", q.Received.String()}, {"申请人类型", applicant},
		{"申请人", q.ApplicantName}, {"联系方式", q.Contact}, {"申请内容", q.Content}, {"申请方式", q.Method},
		{"补正告知日期", q.CorrectionAsked.String()}, {"补正收到日期", q.CorrectionReceived.String()},
		{"延期告知日期", q.ExtensionNotified.String()}, {"征求意见开始日期", q.ConsultStart.String()},
		{"征求意见结束日期", q.ConsultEnd.String()}, {"办结日期", q.Concluded.String()}, {"办理结果", outcome},
		{"备注", q.Note},
	}
}

// stepValues are the step forms' current values, by field name.
func stepValues(q report.Request) map[string]string {
	outcome := ""
	for _, g := range outcomeOptions() {
		for _, o := range g.Items {
			if i := report.RowIndex(string(q.Outcome)); i >= 0 && o.Label == report.Table3Rows[i].Number+report.Table3Rows[i].Label {
				outcome = o.Value
			}
		}
	}
	return map[string]string{
		"correction-asked": q.CorrectionAsked.String(), "correction-received": q.CorrectionReceived.String(),
		"extension": q.ExtensionNotified.String(), "consult-start": q.ConsultStart.String(),
		"consult-end": q.ConsultEnd.String(), "concluded": q.Concluded.String(), "outcome": outcome,
	}
}
