package web

import (
	"net/http"

	"github.com/xxgk/xxgk/templates"
)

// RollupOps are the operations the 汇总 page shares with the commands.
type RollupOps interface{}

func (s *Server) rollupRoutes() {
	s.mux.HandleFunc("GET /rollup", s.handle(s.rollupPage))
}

func (s *Server) rollupPage(w http.ResponseWriter, r *http.Request) error {
	p := s.newPage(r, "rollup", "汇总")
	return s.render(w, http.StatusOK, templates.WebRollup, p)
}
