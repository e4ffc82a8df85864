package web

import (
	"errors"
	"net/http"
	"os"
	"strconv"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/templates"
)

// settingsUnit saves the unit's name and code (xxgk init --unit --code).
func (s *Server) settingsUnit(w http.ResponseWriter, r *http.Request) error {
	typed := map[string]string{"unit": r.PostFormValue("unit"), "code": r.PostFormValue("code")}
	err := s.cfg.Ops.SaveUnit(r.Context(), typed["unit"], typed["code"])
	if refused, ok := asRefused(err); ok {
		v, err := s.settingsView(r)
		if err != nil {
			return err
		}
		errs := map[string]string{}
		for _, f := range unitFields() {
			if f.Name == refused.Field {
				errs[f.Label] = refused.Msg
			}
		}
		v.Unit = fill(unitFields(), typed, errs)
		return s.renderSettings(w, r, http.StatusBadRequest, v)
	}
	if err != nil {
		return err
	}
	s.redirectFlash(w, r, "/settings", "unit", "已保存单位名称和统一社会信用代码。")
	return nil
}

// settingsCategories saves the 主动公开目录 (xxgk init --categories).
// Taking out categories that published items still use is asked to be
// confirmed first, with how many items use each.
func (s *Server) settingsCategories(w http.ResponseWriter, r *http.Request) error {
	text := r.PostFormValue("categories")
	names, err := s.cfg.Ops.SplitCategories(text)
	if refused, ok := asRefused(err); ok {
		v, err := s.settingsView(r)
		if err != nil {
			return err
		}
		v.Categories.Text, v.Categories.Error = text, refused.Msg
		return s.renderSettings(w, r, http.StatusBadRequest, v)
	}
	if err != nil {
		return err
	}
	if r.PostFormValue("confirm") != "1" {
		gone, err := s.removedInUse(r, names)
		if err != nil {
			return err
		}
		if len(gone) > 0 {
			return s.confirmCategories(w, r, text, gone)
		}
	}
	if err := s.cfg.Ops.SaveCategories(r.Context(), names); err != nil {
		return err
	}
	s.redirectFlash(w, r, "/settings", "categories", "已保存主动公开目录，共 "+strconv.Itoa(len(names))+" 类。")
	return nil
}

// removedInUse are the categories of the list that names leaves out and
// that published items use, with how many use each.
func (s *Server) removedInUse(r *http.Request, names []string) ([]report.NamedCount, error) {
	now, err := s.cfg.Store.Categories(r.Context())
	if err != nil {
		return nil, err
	}
	use, err := s.useOf(r)
	if err != nil {
		return nil, err
	}
	kept := map[string]bool{}
	for _, n := range names {
		kept[n] = true
	}
	var out []report.NamedCount
	for _, n := range now {
		if !kept[n] && use[n] > 0 {
			out = append(out, report.NamedCount{Name: n, Count: use[n]})
		}
	}
	return out, nil
}

// categoriesConfirm is the page that asks to confirm taking out
// categories in use.
type categoriesConfirm struct {
	Text  string // the list posted, posted again on confirmation
	Gone  []report.NamedCount
	Items int // items using them, in all
}

func (s *Server) confirmCategories(w http.ResponseWriter, r *http.Request, text string, gone []report.NamedCount) error {
	p := s.newPage(r, "settings", "确认修改主动公开目录")
	c := categoriesConfirm{Text: text, Gone: gone}
	for _, g := range gone {
		c.Items += g.Count
	}
	p.Body = c
	return s.render(w, http.StatusOK, templates.WebSettingsConfirm, p)
}

// settingsCalendar adds a year's holiday notice file (xxgk calendar add),
// uploaded as the 导入台账 files are; the upload is removed afterwards.
func (s *Server) settingsCalendar(w http.ResponseWriter, r *http.Request) error {
	up, err := s.receiveForm(w, r, func(big *tooLargeError) error {
		return s.calendarRefused(w, r, http.StatusRequestEntityTooLarge,
			"上传的文件超过 "+sizeText(big.limit)+"，已拒绝，日历没有改动。节假日安排文件通常只有几 KB，请确认选择的是节假日安排的文本文件。")
	})
	if up == nil || err != nil {
		return err
	}
	defer os.RemoveAll(up.dir)
	if len(up.files) != 1 {
		return s.calendarRefused(w, r, http.StatusBadRequest, "请选择一个节假日安排文件（.txt），每次添加一个年份。")
	}
	msg, err := s.cfg.Ops.AddCalendar(r.Context(), up.files[0])
	if refused, ok := asRefused(err); ok {
		return s.calendarRefused(w, r, http.StatusBadRequest, refused.Msg)
	}
	if err != nil {
		return err
	}
	s.redirectFlash(w, r, "/settings", "calendar", msg)
	return nil
}

func (s *Server) calendarRefused(w http.ResponseWriter, r *http.Request, code int, msg string) error {
	v, err := s.settingsView(r)
	if err != nil {
		return err
	}
	v.CalendarErr = msg
	return s.renderSettings(w, r, code, v)
}

// settingsBackup makes a checked copy of the database (xxgk backup).
func (s *Server) settingsBackup(w http.ResponseWriter, r *http.Request) error {
	path, err := s.cfg.Ops.Backup(r.Context())
	if refused, ok := asRefused(err); ok {
		v, err := s.settingsView(r)
		if err != nil {
			return err
		}
		v.BackupErr = refused.Msg
		return s.renderSettings(w, r, http.StatusConflict, v)
	}
	if err != nil {
		return err
	}
	s.redirectFlash(w, r, "/settings", "database", "已备份到 "+path+"（已通过完整性检查）。")
	return nil
}

// asRefused tells whether err is an operation's refusal of the values.
func asRefused(err error) (*SettingsRefused, bool) {
	var refused *SettingsRefused
	ok := errors.As(err, &refused)
	return refused, ok
}
