package web

import (
	"net/http"

	"github.com/xxgk/xxgk/templates"
)

// MonthlyOps are the operations the 月度进展 page shares with the commands.
type MonthlyOps interface{}

func (s *Server) monthlyRoutes() {
	s.mux.HandleFunc("GET /monthly", s.handle(s.monthlyPage))
}

func (s *Server) monthlyPage(w http.ResponseWriter, r *http.Request) error {
	p := s.newPage(r, "monthly", "月度进展")
	return s.render(w, http.StatusOK, templates.WebMonthly, p)
}
