package web

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"net/url"
)

// redirectFlash answers a post with a redirect to path (post/redirect/
// get) whose page shows msg, at the part of the page named fragment
// (the query's at=, for pages that show it there; "": the top). The message travels in the address, signed
// with the run's token, so that a link made elsewhere cannot put words
// on the page.
func (s *Server) redirectFlash(w http.ResponseWriter, r *http.Request, path, fragment, msg string) {
	q := url.Values{"flash": {msg}, "sig": {s.flashSig(msg)}}
	if fragment != "" {
		q.Set("at", fragment)
	}
	loc := path + "?" + q.Encode()
	if fragment != "" {
		loc += "#" + fragment
	}
	http.Redirect(w, r, loc, http.StatusSeeOther)
}

// flashOf is the message redirectFlash put in r's address, or "".
func (s *Server) flashOf(r *http.Request) string {
	q := r.URL.Query()
	msg, sig := q.Get("flash"), q.Get("sig")
	if msg == "" || !hmac.Equal([]byte(sig), []byte(s.flashSig(msg))) {
		return ""
	}
	return msg
}

func (s *Server) flashSig(msg string) string {
	m := hmac.New(sha256.New, []byte("flash:"+s.cfg.Token))
	m.Write([]byte(msg))
	return hex.EncodeToString(m.Sum(nil))
}
