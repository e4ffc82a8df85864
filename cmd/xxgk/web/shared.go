package web

import (
	"net/http"
)

// Shared is what the shared server's edition (xxgk serve --public, package
// public) changes in a workbench: the front handler in front of it signs
// the clerks in, so the loopback checks give way to the session's.
type Shared struct {
	// Public: any host is answered (the front handler checks the session
	// and the Origin of every POST; Token is the session's CSRF token),
	// and 「退出」 posts to /logout, which signs out.
	Public bool
	// ReadOnly: an upper level viewing a unit below; every POST is
	// refused with ReadOnlyMessage before it reaches a page (the store
	// refuses the writes too).
	ReadOnly bool
	// Banner is a line shown under the top bar of every page.
	Banner string
	// Links are sections added at the end of the top bar (下级单位).
	Links []Link
}

// Link is a section of the top bar a workbench's front handler serves.
type Link struct {
	Key   string // the section's key: Page marks it current
	Label string
	Href  string
}

// ReadOnlyMessage is what a page says to an upper level's write.
const ReadOnlyMessage = "上级单位只能查看，不能修改。"

// Static serves the workbench's stylesheet under /static/ (the front
// handler's sign-in pages use it).
func Static() http.Handler { return staticFiles() }

// Page renders the template name (one of templates' Web pages, which
// calls "top" and "bottom" of the layout) in this workbench's frame: the
// unit's top bar with section marked current, body as the page's Body.
func (s *Server) Page(w http.ResponseWriter, r *http.Request, code int, name, section, title string, body any) error {
	p := s.newPage(r, section, title)
	p.Body = body
	return s.render(w, code, name, p)
}

// Fail answers with the workbench's error page saying msg.
func (s *Server) Fail(w http.ResponseWriter, r *http.Request, code int, msg string) {
	s.fail(w, r, code, msg)
}
