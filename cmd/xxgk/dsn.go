package main

import (
	"errors"
	"net/url"
	"regexp"
	"strings"
)

// A --db names a PostgreSQL database (issue 17) when it is a postgres:// or
// postgresql:// URL, or a key=value connection string that starts with
// one of libpq's keywords (host=… dbname=…); anything else is a SQLite
// file, as before.
var keywordDSN = regexp.MustCompile(`^\s*(host|hostaddr|port|dbname|user|password|passfile|sslmode|sslrootcert|sslcert|sslkey|service|application_name|connect_timeout|options|target_session_attrs)\s*=`)

// isPostgres reports whether db names a PostgreSQL database.
func isPostgres(db string) bool {
	l := strings.ToLower(strings.TrimSpace(db))
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://") || keywordDSN.MatchString(db)
}

// hidden stands for a password in what xxgk shows.
const hidden = "xxxxx"

var keywordPassword = regexp.MustCompile(`(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)`)

// redactDSN is db as xxgk shows it: a PostgreSQL DSN without its password
// (in the URL's user part, its password= parameter or a key=value
// password); a SQLite path as it is.
func redactDSN(db string) string {
	if !isPostgres(db) {
		return db
	}
	if keywordDSN.MatchString(db) {
		return keywordPassword.ReplaceAllString(db, "${1}"+hidden)
	}
	u, err := url.Parse(strings.TrimSpace(db))
	if err != nil {
		// Not a URL xxgk can take apart: show none of it.
		return "postgres://（无法解析的连接地址）"
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), hidden)
	}
	q := u.Query()
	for k := range q {
		if strings.EqualFold(k, "password") {
			q[k] = []string{hidden}
			u.RawQuery = q.Encode()
		}
	}
	return u.String()
}

// dsnPasswords are the passwords db holds, as they may appear in a
// driver's message (raw and URL-escaped).
func dsnPasswords(db string) []string {
	var out []string
	add := func(p string) {
		if p != "" && p != hidden {
			out = append(out, p)
			if esc := url.QueryEscape(p); esc != p {
				out = append(out, esc)
			}
			if esc := url.PathEscape(p); esc != p {
				out = append(out, esc)
			}
		}
	}
	if keywordDSN.MatchString(db) {
		for _, m := range keywordPassword.FindAllStringSubmatch(db, -1) {
			add(m[2])
			add(strings.Trim(m[2], "'"))
		}
		return out
	}
	u, err := url.Parse(strings.TrimSpace(db))
	if err != nil {
		return []string{db}
	}
	if p, ok := u.User.Password(); ok {
		add(p)
	}
	for k, vs := range u.Query() {
		if strings.EqualFold(k, "password") {
			for _, v := range vs {
				add(v)
			}
		}
	}
	return out
}

// scrubbedError is an error of the PostgreSQL driver with every password
// of the DSN replaced: what it says can be shown and logged.
type scrubbedError struct {
	msg string
	err error
}

func (e *scrubbedError) Error() string { return e.msg }
func (e *scrubbedError) Unwrap() error { return e.err }

// scrub returns err with the passwords of db taken out of its message;
// errors.Is and errors.As still reach what it wraps.
func scrub(err error, db string) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	for _, p := range dsnPasswords(db) {
		msg = strings.ReplaceAll(msg, p, hidden)
	}
	var se *scrubbedError
	if errors.As(err, &se) && msg == err.Error() {
		return err
	}
	return &scrubbedError{msg: msg, err: err}
}
