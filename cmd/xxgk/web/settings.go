package web

import (
	"fmt"
	"net/http"
	"strings"

	"github.com/xxgk/xxgk/report"
	"github.com/xxgk/xxgk/templates"
)

func (s *Server) settingsRoutes() {
	s.mux.HandleFunc("GET /settings", s.handle(s.settingsPage))
	s.mux.HandleFunc("POST /settings/unit", s.handle(s.settingsUnit))
	s.mux.HandleFunc("POST /settings/categories", s.handle(s.settingsCategories))
	s.mux.HandleFunc("POST /settings/calendar", s.handle(s.settingsCalendar))
	s.mux.HandleFunc("POST /settings/backup", s.handle(s.settingsBackup))
}

// settingsView is the 设置 page: a section per form, with what the clerk
// typed and the message beside the field when a post was refused.
type settingsView struct {
	Unit        []field // 单位名称, 统一社会信用代码
	Categories  categoriesView
	Calendar    []CalendarYear
	CalendarErr string
	Limit       string // the upload cap
	Database    DatabaseFile
	Size        string // the database file's size, in words
	BackupErr   string
	Version     string
	// Flash is the result of the last action, shown in its section At
	// (the browser has jumped there, past the top of the page).
	Flash, At string
}

// categoriesView is the 主动公开目录 section.
type categoriesView struct {
	Text    string              // the textarea: one category a line
	Error   string              // beside the textarea
	Rows    []categoryRow       // the list, with the items using each
	Limited []categoryRow       // the rows with a 公开时限
	Unknown []report.NamedCount // categories in use outside the list
}

// categoryRow is one category of the list: its place, name, the number
// of published items using it and its 公开时限.
type categoryRow struct {
	No    int
	Name  string
	Count int
	Limit string // its 公开时限 (「每季度」…), "" for none
}

func unitFields() []field {
	return []field{
		{Name: "unit", Label: "单位名称", Type: "text", Required: true},
		{Name: "code", Label: "统一社会信用代码", Type: "text"},
	}
}

func (s *Server) settingsPage(w http.ResponseWriter, r *http.Request) error {
	v, err := s.settingsView(r)
	if err != nil {
		return err
	}
	return s.renderSettings(w, r, http.StatusOK, v)
}

func (s *Server) renderSettings(w http.ResponseWriter, r *http.Request, code int, v settingsView) error {
	p := s.newPage(r, "settings", "设置")
	switch v.Flash, v.At = s.flashOf(r), r.URL.Query().Get("at"); {
	case v.Flash == "":
		v.At = ""
	case v.At == "":
		p.Flash = v.Flash // at the top, as other pages show it
	}
	p.Body = v
	return s.render(w, code, templates.WebSettings, p)
}

// settingsView reads what the page shows: the unit, the 主动公开目录 and
// the use of each category, the calendar's years and the database file.
func (s *Server) settingsView(r *http.Request) (settingsView, error) {
	ctx := r.Context()
	u, err := s.cfg.Store.Unit(ctx)
	if err != nil {
		return settingsView{}, err
	}
	v := settingsView{Limit: sizeText(s.cfg.MaxUpload), Version: s.cfg.Ops.Version()}
	v.Unit = fill(unitFields(), map[string]string{"unit": u.Name, "code": u.Code}, nil)
	if v.Categories, err = s.categoriesView(r); err != nil {
		return v, err
	}
	if v.Calendar, err = s.cfg.Ops.CalendarYears(ctx); err != nil {
		return v, err
	}
	if v.Database, err = s.cfg.Ops.Database(ctx); err != nil {
		return v, err
	}
	v.Size = byteText(v.Database.Size)
	return v, nil
}

// categoriesView is the list with the number of items using each, and
// the categories in use that are not in it.
func (s *Server) categoriesView(r *http.Request) (categoriesView, error) {
	ctx := r.Context()
	catalog, err := s.cfg.Store.Catalog(ctx)
	if err != nil {
		return categoriesView{}, err
	}
	use, err := s.useOf(r)
	if err != nil {
		return categoriesView{}, err
	}
	names := make([]string, len(catalog))
	for i, c := range catalog {
		names[i] = c.Name
	}
	v := categoriesView{Text: strings.Join(names, "\n")}
	for _, c := range catalog {
		v.Rows = append(v.Rows, categoryRow{No: len(v.Rows) + 1, Name: c.Name, Count: use[c.Name], Limit: c.Limit.String()})
		if c.Limit.Kind != report.LimitNone {
			v.Limited = append(v.Limited, v.Rows[len(v.Rows)-1])
		}
	}
	v.Unknown, err = s.cfg.Store.UnknownCategories(ctx)
	return v, err
}

// useOf is how many published items use each category.
func (s *Server) useOf(r *http.Request) (map[string]int, error) {
	counts, err := s.cfg.Store.CategoryUse(r.Context())
	use := map[string]int{}
	for _, c := range counts {
		use[c.Name] = c.Count
	}
	return use, err
}

// byteText says a file's size: 12.3 MB, 456 KB.
func byteText(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return sizeText(n)
}
