package public

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/templates"
)

// signPage is what the sign-in and password pages show.
type signPage struct {
	Title  string
	Name   string // the account name typed
	Unit   string // the signed-in account's unit (the password page)
	Token  string // the session's CSRF token (the password page)
	Forced bool   // the one-time password must be changed first
	Error  string
	Notice string
}

// Messages of the sign-in pages.
const (
	badLogin      = "账号名称或密码不正确。"
	badCurrent    = "当前密码不正确。"
	passwordShort = "新密码至少需要 %d 个字符。"
	passwordTwice = "两次输入的新密码不一致。"
	passwordSame  = "新密码不能与当前密码相同。"
	signedOut     = "已退出登录。"
)

// MinPassword is the shortest password an account may choose.
const MinPassword = 10

// login shows the sign-in form (GET) and signs in (POST).
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		if _, ok, _ := s.session(r); ok {
			http.Redirect(w, r, "/", http.StatusSeeOther)
			return
		}
		p := signPage{Title: "登录"}
		if r.URL.Query().Has("out") {
			p.Notice = signedOut
		}
		s.renderSign(w, http.StatusOK, templates.WebLogin, p)
	case http.MethodPost:
		s.signIn(w, r)
	default:
		w.Header().Set("Allow", "GET, POST")
		s.plain(w, http.StatusMethodNotAllowed, "不支持此操作。")
	}
}

// signIn checks the name and password against the accounts, within the
// rate limits.
func (s *Server) signIn(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<14)
	name := strings.TrimSpace(r.PostFormValue("name"))
	password := r.PostFormValue("password")
	now, ip := s.cfg.Now(), s.clientIP(r)
	p := signPage{Title: "登录", Name: name}
	if until, ok := s.limit.blocked(name, ip, now); ok {
		p.Error = tooMany(until, now)
		w.Header().Set("Retry-After", fmt.Sprint(int(until.Sub(now).Seconds()+1)))
		s.renderSign(w, http.StatusTooManyRequests, templates.WebLogin, p)
		return
	}
	sess, err := s.cfg.Accounts.SignIn(r.Context(), name, password, now, s.cfg.SessionTTL)
	switch {
	case errors.Is(err, unitdb.ErrBadLogin) || (err == nil && name == ""):
		s.limit.fail(name, ip, now)
		p.Error = badLogin
		s.renderSign(w, http.StatusUnauthorized, templates.WebLogin, p)
		return
	case err != nil:
		p.Error = "登录时出错：" + err.Error()
		s.renderSign(w, http.StatusInternalServerError, templates.WebLogin, p)
		return
	}
	s.limit.succeed(name)
	s.setCookie(w, r, sess)
	to := "/"
	if sess.MustChangePassword {
		to = PasswordPath
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// tooMany says when signing in may be tried again.
func tooMany(until, now time.Time) string {
	mins := int(until.Sub(now).Minutes()) + 1
	return fmt.Sprintf("登录失败次数过多，已暂停登录。请于 %s 后再试（约 %d 分钟后）。如忘记密码，请联系本单位的系统管理员重设。",
		until.Format("15:04"), mins)
}

// logout ends the session and forgets its workbench.
func (s *Server) logout(w http.ResponseWriter, r *http.Request, sess unitdb.Session) {
	if err := s.cfg.Accounts.SignOut(r.Context(), sess.Token); err != nil {
		s.plain(w, http.StatusInternalServerError, "退出登录时出错："+err.Error())
		return
	}
	s.benches.drop(sess.Token)
	s.clearCookie(w, r)
	http.Redirect(w, r, LoginPath+"?out=1", http.StatusSeeOther)
}

// password shows (GET) and makes (POST) the change of the account's
// password; while the one-time password is in use, every page leads here.
func (s *Server) password(w http.ResponseWriter, r *http.Request, sess unitdb.Session) {
	p := signPage{Title: "修改密码", Name: sess.Name, Unit: sess.UnitName, Token: sess.CSRF, Forced: sess.MustChangePassword}
	if r.Method != http.MethodPost {
		s.renderSign(w, http.StatusOK, templates.WebPassword, p)
		return
	}
	current, next, again := r.PostFormValue("current"), r.PostFormValue("new"), r.PostFormValue("again")
	now, ip := s.cfg.Now(), s.clientIP(r)
	if until, ok := s.limit.blocked(sess.Name, ip, now); ok {
		p.Error = tooMany(until, now)
		s.renderSign(w, http.StatusTooManyRequests, templates.WebPassword, p)
		return
	}
	switch {
	case utf8.RuneCountInString(next) < MinPassword:
		p.Error = fmt.Sprintf(passwordShort, MinPassword)
	case next != again:
		p.Error = passwordTwice
	case next == current:
		p.Error = passwordSame
	}
	if p.Error != "" {
		s.renderSign(w, http.StatusBadRequest, templates.WebPassword, p)
		return
	}
	// the current password is checked by signing in with it (a session
	// that ends at once)
	check, err := s.cfg.Accounts.SignIn(r.Context(), sess.Name, current, now, time.Minute)
	if errors.Is(err, unitdb.ErrBadLogin) {
		s.limit.fail(sess.Name, ip, now)
		p.Error = badCurrent
		s.renderSign(w, http.StatusBadRequest, templates.WebPassword, p)
		return
	}
	if err == nil {
		err = s.cfg.Accounts.SignOut(r.Context(), check.Token)
	}
	if err == nil {
		err = s.cfg.Accounts.SetPassword(r.Context(), sess.Account, next, now)
	}
	if err != nil {
		p.Error = "修改密码时出错：" + err.Error()
		s.renderSign(w, http.StatusInternalServerError, templates.WebPassword, p)
		return
	}
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// renderSign writes a sign-in page.
func (s *Server) renderSign(w http.ResponseWriter, code int, name string, p signPage) {
	var buf bytes.Buffer
	if err := s.pages.ExecuteTemplate(&buf, name, p); err != nil {
		s.plain(w, http.StatusInternalServerError, "内部错误："+err.Error())
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(buf.Bytes())
}
