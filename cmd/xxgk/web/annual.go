package web

import (
	"net/http"

	"github.com/xxgk/xxgk/templates"
)

// AnnualOps are the operations the 年度报告 page shares with the commands.
type AnnualOps interface{}

func (s *Server) annualRoutes() {
	s.mux.HandleFunc("GET /annual", s.handle(s.annualPage))
	s.annualFileRoutes()
}

func (s *Server) annualPage(w http.ResponseWriter, r *http.Request) error {
	p := s.newPage(r, "annual", "年度报告")
	return s.render(w, http.StatusOK, templates.WebAnnual, p)
}
