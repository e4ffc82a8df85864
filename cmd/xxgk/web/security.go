package web

import (
	"crypto/subtle"
	"embed"
	"io/fs"
	"net/http"
)

//go:embed static/style.css
var static embed.FS

// staticFiles serves the embedded stylesheet under /static/.
func staticFiles() http.Handler {
	sub, err := fs.Sub(static, "static")
	if err != nil {
		panic(err) // the embedded folder is always there
	}
	return http.StripPrefix("/static/", http.FileServerFS(sub))
}

// validToken tells whether the POST carries the run's token (compared in
// constant time).
func (s *Server) validToken(r *http.Request) bool {
	got := r.PostFormValue("token")
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(s.cfg.Token)) == 1
}
