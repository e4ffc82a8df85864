package web

import (
	"errors"
	"net/http"
	"os"
	"strconv"

	"github.com/xxgk/xxgk/templates"
)

func (s *Server) rollupRoutes() {
	s.mux.HandleFunc("GET /rollup", s.handle(s.rollupPage))
	s.mux.HandleFunc("POST /rollup", s.handle(s.rollupPost))
	s.mux.HandleFunc("GET /rollup/result/{id}", s.handle(s.rollupResult))
	s.mux.HandleFunc("GET /rollup/result/{id}/{file}", s.handle(s.rollupDownload))
}

// rollupForm is the 汇总 form: its fields' values and what was wrong
// with the last post, beside the field (Errors by field name) or above
// the form (Error).
type rollupForm struct {
	Limit      string
	Year       int
	Years      []int
	Name, Code string
	Error      string
	Errors     map[string]string
}

// rollupPage shows the form: last year, the unit of the database as the
// summing unit.
func (s *Server) rollupPage(w http.ResponseWriter, r *http.Request) error {
	f := rollupForm{Year: s.cfg.Now().Year() - 1}
	if u, err := s.cfg.Store.Unit(r.Context()); err == nil {
		f.Name, f.Code = u.Name, u.Code
	}
	return s.showRollupForm(w, r, http.StatusOK, f)
}

func (s *Server) showRollupForm(w http.ResponseWriter, r *http.Request, code int, f rollupForm) error {
	p := s.newPage(r, "rollup", "汇总")
	f.Limit = sizeText(s.cfg.MaxUpload)
	current := s.cfg.Now().Year()
	for y := current; y >= current-5; y-- {
		f.Years = append(f.Years, y)
	}
	p.Body = f
	return s.render(w, code, templates.WebRollup, p)
}

// rollupPost receives the units' files, sums them and redirects to the
// result; the uploaded files are removed in any case.
func (s *Server) rollupPost(w http.ResponseWriter, r *http.Request) error {
	up, err := s.receiveForm(w, r, func(big *tooLargeError) error {
		return s.showRollupForm(w, r, http.StatusRequestEntityTooLarge, rollupForm{Year: s.cfg.Now().Year() - 1,
			Error: tooLargeMessage(big, "没有汇总。请分批上传，或去掉放错的大文件后再汇总。")})
	})
	if up == nil || err != nil {
		return err
	}
	defer os.RemoveAll(up.dir)
	req, form := s.rollupRequest(up)
	if len(form.Errors) > 0 {
		return s.showRollupForm(w, r, http.StatusBadRequest, form)
	}
	res, err := s.cfg.Ops.Rollup(r.Context(), req)
	var refused *RollupRefused
	switch {
	case errors.As(err, &refused):
		// The files are read one by one, each left out with its reason;
		// only the list of units refuses the whole roll-up.
		form.Errors = map[string]string{"units": refused.Msg}
		return s.showRollupForm(w, r, http.StatusUnprocessableEntity, form)
	case err != nil:
		return err
	}
	http.Redirect(w, r, "/rollup/result/"+s.roll.keep(res), http.StatusSeeOther)
	return nil
}

// rollupRequest reads the form's fields: the request, and the form to
// show again with what is wrong.
func (s *Server) rollupRequest(up *upload) (RollupRequest, rollupForm) {
	v := up.values
	req := RollupRequest{Name: v["name"], Code: v["code"], Files: up.files, Units: up.units}
	f := rollupForm{Name: req.Name, Code: req.Code, Errors: map[string]string{}}
	y, err := strconv.Atoi(v["year"])
	if current := s.cfg.Now().Year(); err != nil || y < 2000 || y > current {
		f.Year = current - 1
		f.Errors["year"] = "年度：请选择要汇总的年度，如 " + strconv.Itoa(current-1) + "。"
	} else {
		req.Year, f.Year = y, y
	}
	if len(up.files) == 0 {
		f.Errors["files"] = "请先选择要汇总的文件：下级单位报送的上报文件或手工填写的统计表（.xlsx，可同时选择多个）。"
	}
	return req, f
}

// rollupResult shows a roll-up's 汇总情况.
func (s *Server) rollupResult(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	res, ok := s.roll.result(id)
	if !ok {
		return s.rollupGone(w, r)
	}
	p := s.newPage(r, "rollup", "汇总情况")
	p.Body = newRollupView(id, res)
	return s.render(w, http.StatusOK, templates.WebRollupResult, p)
}

func (s *Server) rollupGone(w http.ResponseWriter, r *http.Request) error {
	s.fail(w, r, http.StatusNotFound, "这次汇总的结果已不在工作台中（工作台重新启动过，或结果太旧）。请回到「汇总」重新上传文件汇总。")
	return nil
}

// rollupDownload sends one of a kept roll-up's files, made in memory by
// the command's renderers under the command's file name.
func (s *Server) rollupDownload(w http.ResponseWriter, r *http.Request) error {
	res, ok := s.roll.result(r.PathValue("id"))
	if !ok {
		return s.rollupGone(w, r)
	}
	file := r.PathValue("file")
	kind, known := rollupFileTypes[file]
	if !known {
		s.fail(w, r, http.StatusNotFound, "没有这个文件。")
		return nil
	}
	name, body, err := s.cfg.Ops.RollupFile(r.Context(), res, file)
	if err != nil {
		return err
	}
	h := w.Header()
	h.Set("Content-Type", kind)
	h.Set("Content-Disposition", rollupAttachment(name, file))
	h.Set("Content-Length", strconv.Itoa(len(body)))
	_, err = w.Write(body)
	return err
}

// rollupFileTypes are the media types of the files by RollupFile's kind.
var rollupFileTypes = map[string]string{
	RollupSumXLSX: rollupXLSXType,
	RollupSumPDF:  "application/pdf",
	RollupDetails: rollupXLSXType,
	RollupExport:  rollupXLSXType,
}

const rollupXLSXType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
