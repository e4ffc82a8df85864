package web

import (
	"errors"
	"net/http"
	"os"

	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/data/ledger"
	"github.com/xxgk/xxgk/templates"
)

// importFormView is the 导入台账 form: the cap, and what was wrong with the
// last post.
type importFormView struct {
	Limit string
	Error string
}

// importForm shows the form to upload ledger files.
func (s *Server) importForm(w http.ResponseWriter, r *http.Request) error {
	return s.showImportForm(w, r, http.StatusOK, "")
}

func (s *Server) showImportForm(w http.ResponseWriter, r *http.Request, code int, msg string) error {
	p := s.newPage(r, "import", "导入台账")
	p.Body = importFormView{Limit: sizeText(s.cfg.MaxUpload), Error: msg}
	return s.render(w, code, templates.WebImport, p)
}

// importUpload receives the files and imports them; with 「以本次文件为准」
// it first asks to confirm the deletions. The files are removed afterwards
// unless they wait for that confirmation.
func (s *Server) importUpload(w http.ResponseWriter, r *http.Request) error {
	up, err := s.receiveForm(w, r, func(big *tooLargeError) error {
		return s.showImportForm(w, r, http.StatusRequestEntityTooLarge, tooLargeMessage(big, "没有导入任何内容。请分几次导入，或把过大的台账拆分后再导入。"))
	})
	if up == nil || err != nil {
		return err
	}
	if len(up.files) == 0 {
		os.RemoveAll(up.dir)
		return s.showImportForm(w, r, http.StatusBadRequest, "请先选择要导入的台账文件（.xlsx 或 .csv，可同时选择多个）。")
	}
	if up.replace {
		return s.importDry(w, r, up)
	}
	defer os.RemoveAll(up.dir)
	return s.importNow(w, r, up)
}

// importNow runs the import of up and redirects to its result.
func (s *Server) importNow(w http.ResponseWriter, r *http.Request, up *upload) error {
	res, err := s.cfg.Ops.Import(r.Context(), up.files, up.replace, false)
	v, err := viewOf(res, err, up.replace)
	if err != nil {
		return err
	}
	http.Redirect(w, r, "/import/result/"+s.imp.keep(v), http.StatusSeeOther)
	return nil
}

// importDry runs the import of up without committing: when it would
// delete records, the files wait for the clerk's confirmation.
func (s *Server) importDry(w http.ResponseWriter, r *http.Request, up *upload) error {
	res, err := s.cfg.Ops.Import(r.Context(), up.files, true, true)
	v, err := viewOf(res, err, true)
	switch {
	case err != nil:
		os.RemoveAll(up.dir)
		return err
	case v.Cells != nil || v.Refused != "":
		os.RemoveAll(up.dir)
		http.Redirect(w, r, "/import/result/"+s.imp.keep(v), http.StatusSeeOther)
		return nil
	case res.AbsentCount() == 0:
		defer os.RemoveAll(up.dir)
		return s.importNow(w, r, up) // nothing to delete: nothing to confirm
	}
	http.Redirect(w, r, "/import/confirm/"+s.imp.wait(pendingImport{up: up, view: v}), http.StatusSeeOther)
	return nil
}

// viewOf turns an import's outcome into its page; errors other than a
// refusal are returned.
func viewOf(res ImportResult, err error, replace bool) (importView, error) {
	v := importView{Replace: replace, Result: res}
	var one *ledger.CellError
	var many *ledger.Errors
	var refused *ImportRefused
	switch {
	case err == nil:
	case data.ProblemOf(err) == data.Busy:
		return v, err
	case errors.As(err, &many):
		v.Cells, v.Truncated = many.Cells, many.Truncated
	case errors.As(err, &one):
		v.Cells = []*ledger.CellError{one}
	case errors.As(err, &refused):
		v.Refused = refused.Msg
	default:
		return v, err
	}
	return v, nil
}

// tooLargeMessage refuses an upload over the cap; then says what was not
// done and what to do instead.
func tooLargeMessage(e *tooLargeError, then string) string {
	what := "上传的文件"
	if e.file != "" {
		what = "上传的文件（读到「" + e.file + "」时）"
	}
	return what + "合计超过 " + sizeText(e.limit) + "，已拒绝，" + then
}

// importResult shows the result of an import.
func (s *Server) importResult(w http.ResponseWriter, r *http.Request) error {
	v, ok := s.imp.result(r.PathValue("id"))
	if !ok {
		s.fail(w, r, http.StatusNotFound, "这次导入的结果已不在工作台中（工作台重新启动过，或结果太旧）。导入已完成的内容在数据库中，可回到概览查看。")
		return nil
	}
	title := "导入结果"
	code := http.StatusOK
	if v.Cells != nil || v.Refused != "" {
		title, code = "导入未完成", http.StatusUnprocessableEntity
	}
	p := s.newPage(r, "import", title)
	p.Body = v
	return s.render(w, code, templates.WebImportResult, p)
}

// importConfirmPage lists the records an import with 「以本次文件为准」
// would delete and asks to confirm.
func (s *Server) importConfirmPage(w http.ResponseWriter, r *http.Request) error {
	pi, ok := s.imp.waiting(r.PathValue("id"))
	if !ok {
		return s.confirmGone(w, r)
	}
	p := s.newPage(r, "import", "确认删除")
	p.Body = struct {
		ID   string
		View importView
	}{r.PathValue("id"), pi.view}
	return s.render(w, http.StatusOK, templates.WebImportConfirm, p)
}

// importConfirm imports the waiting files and deletes (「确认导入并删除」),
// or drops them (「取消」); either way the files are removed.
func (s *Server) importConfirm(w http.ResponseWriter, r *http.Request) error {
	pi, ok := s.imp.take(r.PathValue("id"))
	if !ok {
		return s.confirmGone(w, r)
	}
	defer os.RemoveAll(pi.up.dir)
	if r.PostFormValue("do") != "confirm" {
		http.Redirect(w, r, "/import", http.StatusSeeOther)
		return nil
	}
	return s.importNow(w, r, pi.up)
}

func (s *Server) confirmGone(w http.ResponseWriter, r *http.Request) error {
	s.fail(w, r, http.StatusNotFound, "这次导入已确认或已取消，没有等待确认的文件。请重新选择文件导入。")
	return nil
}

// Close removes the uploaded files still waiting for a confirmation.
func (s *Server) Close() { s.imp.Close() }
