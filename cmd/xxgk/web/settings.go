package web

import (
	"net/http"

	"github.com/xxgk/xxgk/templates"
)

// SettingsOps are the operations the 设置 page shares with the commands.
type SettingsOps interface{}

func (s *Server) settingsRoutes() {
	s.mux.HandleFunc("GET /settings", s.handle(s.settingsPage))
}

func (s *Server) settingsPage(w http.ResponseWriter, r *http.Request) error {
	p := s.newPage(r, "settings", "设置")
	return s.render(w, http.StatusOK, templates.WebSettings, p)
}
