package public

import (
	"crypto/subtle"
	"net"
	"net/http"
	"net/url"
	"strings"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
)

// session returns the unexpired session of the request's cookie.
func (s *Server) session(r *http.Request) (unitdb.Session, bool, error) {
	c, err := r.Cookie(CookieName)
	if err != nil || c.Value == "" {
		return unitdb.Session{}, false, nil
	}
	sess, ok, err := s.cfg.Accounts.Session(r.Context(), c.Value, s.cfg.Now())
	if err != nil || !ok {
		if err == nil {
			s.benches.drop(c.Value) // expired or signed out elsewhere
		}
		return unitdb.Session{}, false, err
	}
	return sess, true, nil
}

// secure tells whether the request came over TLS: to this server, or to
// the reverse proxy in front of it (--behind-proxy, X-Forwarded-Proto).
func (s *Server) secure(r *http.Request) bool {
	if r.TLS != nil {
		return true
	}
	return s.cfg.BehindProxy && strings.EqualFold(strings.TrimSpace(r.Header.Get("X-Forwarded-Proto")), "https")
}

// setCookie gives the browser the session's cookie: HttpOnly, SameSite
// Lax, for the whole site, Secure over TLS. It has no expiry of its own
// (the browser forgets it when it closes; the session's expiry is the
// accounts', on the server's clock).
func (s *Server) setCookie(w http.ResponseWriter, r *http.Request, sess unitdb.Session) {
	http.SetCookie(w, &http.Cookie{Name: CookieName, Value: sess.Token, Path: "/",
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.secure(r)})
}

// clearCookie makes the browser forget the session's cookie.
func (s *Server) clearCookie(w http.ResponseWriter, r *http.Request) {
	if _, err := r.Cookie(CookieName); err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: CookieName, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: s.secure(r)})
}

// validCSRF tells whether a POST of the front's forms carries the
// session's CSRF token (compared in constant time).
func (s *Server) validCSRF(r *http.Request, sess unitdb.Session) bool {
	got := r.PostFormValue("token")
	return got != "" && sess.CSRF != "" && subtle.ConstantTimeCompare([]byte(got), []byte(sess.CSRF)) == 1
}

// sameOrigin tells whether a POST comes from a page of this server: its
// Origin (or, without one, its Referer) names the request's host. A
// request with neither, or the opaque origin "null", is left to the CSRF
// token.
func sameOrigin(r *http.Request) bool {
	from := r.Header.Get("Origin")
	if from == "" {
		from = r.Header.Get("Referer")
	}
	if from == "" || from == "null" {
		return true
	}
	u, err := url.Parse(from)
	return err == nil && u.Host != "" && strings.EqualFold(u.Host, r.Host)
}

// clientIP is the address the request came from: the peer's, or behind
// the proxy the last address X-Forwarded-For lists (the one the proxy
// added; those before it are the client's word).
func (s *Server) clientIP(r *http.Request) string {
	if s.cfg.BehindProxy {
		if xff := r.Header.Values("X-Forwarded-For"); len(xff) > 0 {
			parts := strings.Split(xff[len(xff)-1], ",")
			if ip := strings.TrimSpace(parts[len(parts)-1]); ip != "" {
				return ip
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}
