package pgstore

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xxgk/xxgk/report"
)

// A one-time password signs in; a wrong password, an unknown name and a
// disabled account are ErrBadLogin; a session expires and ends at
// SignOut; only argon2id hashes and token hashes are kept.
func TestAccounts(t *testing.T) {
	ctx := t.Context()
	tr := openTree(t)
	acc := tr.s.Accounts()
	pw, err := acc.AddUser(ctx, "COUNTY-A", "甲县管理员", now)
	if err != nil {
		t.Fatal(err)
	}
	if len(pw) != 12 || strings.Trim(pw, oneTimeAlphabet) != "" {
		t.Errorf("one-time password %q: want 12 characters of %s", pw, oneTimeAlphabet)
	}
	if _, err := acc.AddUser(ctx, "COUNTY-B", "甲县管理员", now); !errors.Is(err, ErrAccountExists) {
		t.Errorf("second account of the same name: %v, want ErrAccountExists", err)
	}
	if _, err := acc.AddUser(ctx, "NOWHERE", "某人", now); !errors.Is(err, ErrNoUnit) {
		t.Errorf("account of an unknown unit: %v, want ErrNoUnit", err)
	}
	var hash string
	if err := tr.s.pool.QueryRow(ctx, `SELECT password_hash FROM accounts WHERE name = '甲县管理员'`).Scan(&hash); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(hash, "$argon2id$v=19$m=19456,t=2,p=1$") || strings.Contains(hash, pw) {
		t.Errorf("password kept as %q", hash)
	}

	for _, bad := range [][2]string{{"甲县管理员", pw + "x"}, {"甲县管理员", ""}, {"无此人", pw}} {
		if _, err := acc.SignIn(ctx, bad[0], bad[1], now, time.Hour); !errors.Is(err, ErrBadLogin) {
			t.Errorf("sign in %q/%q: %v, want ErrBadLogin", bad[0], bad[1], err)
		}
	}
	s, err := acc.SignIn(ctx, "甲县管理员", pw, now, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if s.Name != "甲县管理员" || s.UnitCode != "COUNTY-A" || s.UnitName != "甲县教育局" || !s.MustChangePassword ||
		!s.Expires.Equal(now.Add(time.Hour)) || len(s.Token) < 40 || len(s.CSRF) < 40 || s.Token == s.CSRF {
		t.Errorf("session %+v", s)
	}
	var stored int
	tr.s.pool.QueryRow(ctx, `SELECT count(*) FROM sessions WHERE token_hash = sha256(convert_to($1, 'UTF8'))`, s.Token).Scan(&stored)
	var raw int
	tr.s.pool.QueryRow(ctx, `SELECT count(*) FROM sessions s WHERE position(convert_to($1, 'UTF8') in s.token_hash) > 0
		OR s.csrf = $1`, s.Token).Scan(&raw)
	if stored != 1 || raw != 0 {
		t.Errorf("sessions keep the token's SHA-256 %d times, the token %d times; want 1, 0", stored, raw)
	}

	got, ok, err := acc.Session(ctx, s.Token, now.Add(59*time.Minute))
	if err != nil || !ok || !reflect.DeepEqual(got.Account, s.Account) || got.CSRF != s.CSRF {
		t.Errorf("session before expiry: %+v, %v, %v", got, ok, err)
	}
	if _, ok, err := acc.Session(ctx, s.Token, now.Add(time.Hour)); ok || err != nil {
		t.Errorf("expired session: found %v, %v", ok, err)
	}
	if _, ok, _ := acc.Session(ctx, s.Token+"x", now); ok {
		t.Errorf("a made-up token has a session")
	}
	if err := acc.SignOut(ctx, s.Token); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := acc.Session(ctx, s.Token, now); ok {
		t.Errorf("session found after SignOut")
	}

	// The new password replaces the one-time one.
	if err := acc.SetPassword(ctx, s.Account, "短", now); !errors.Is(err, ErrShortPassword) {
		t.Errorf("short password: %v", err)
	}
	if err := acc.SetPassword(ctx, s.Account, "新的密码很长一些", now); err != nil {
		t.Fatal(err)
	}
	if _, err := acc.SignIn(ctx, "甲县管理员", pw, now, time.Hour); !errors.Is(err, ErrBadLogin) {
		t.Errorf("one-time password after SetPassword: %v, want ErrBadLogin", err)
	}
	s, err = acc.SignIn(ctx, "甲县管理员", "新的密码很长一些", now, time.Hour)
	if err != nil || s.MustChangePassword {
		t.Fatalf("sign in with the new password: %+v, %v", s, err)
	}

	// A disabled account neither signs in nor keeps its sessions.
	if err := acc.SetDisabled(ctx, "甲县管理员", true); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := acc.Session(ctx, s.Token, now); ok {
		t.Errorf("a disabled account's session is found")
	}
	if _, err := acc.SignIn(ctx, "甲县管理员", "新的密码很长一些", now, time.Hour); !errors.Is(err, ErrBadLogin) {
		t.Errorf("disabled account signs in: %v, want ErrBadLogin", err)
	}
}

// StoreFor is the account's unit, its writes audited as the account's;
// UnitsBelow gives an upper level's account read-only units.
func TestStoreForAndUnitsBelow(t *testing.T) {
	ctx := t.Context()
	tr := openTree(t)
	acc := tr.s.Accounts()
	signIn := func(code, name string) Session {
		pw, err := acc.AddUser(ctx, code, name, now)
		if err != nil {
			t.Fatal(err)
		}
		s, err := acc.SignIn(ctx, name, pw, now, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	sa, sc := signIn("COUNTY-A", "甲县"), signIn("CITY-C", "市局")
	ua, err := acc.StoreFor(ctx, sa)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := requestIDs(t, ua), requestIDs(t, tr.a); !reflect.DeepEqual(got, want) {
		t.Errorf("A's account reads %v, want %v", got, want)
	}
	rs := requests()[:1]
	rs[0].Outcome = report.Outcome("partly")
	if err := ua.PutRequests(ctx, rs, now); err != nil {
		t.Fatal(err)
	}
	var who int64
	if err := tr.s.pool.QueryRow(ctx, `SELECT account FROM audit WHERE unit_id = $1 AND action = 'UPDATE'`, tr.a.id).Scan(&who); err != nil || who != sa.Account {
		t.Errorf("the update is audited as account %d (%v), want %d", who, err, sa.Account)
	}

	below, err := acc.UnitsBelow(ctx, sc)
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, b := range below {
		codes = append(codes, b.Code+"<"+b.Parent)
		if got, want := requestIDs(t, b.Unit), requestIDs(t, &Unit{s: tr.s, id: b.Unit.id}); !reflect.DeepEqual(got, want) || len(got) == 0 {
			t.Errorf("C's account reads %s's applications %v, want %v", b.Code, got, want)
		}
		if err := b.Unit.PutRequests(ctx, rs, now); sqlState(err) != "42501" {
			t.Errorf("C's account writing %s: %v, want the database's refusal (42501)", b.Code, err)
		}
	}
	if want := []string{"COUNTY-A<CITY-C", "COUNTY-B<CITY-C"}; !reflect.DeepEqual(codes, want) {
		t.Errorf("units below C: %v, want %v", codes, want)
	}
	if below, err := acc.UnitsBelow(ctx, sa); err != nil || len(below) != 0 {
		t.Errorf("units below A: %v, %v", below, err)
	}
	if err := acc.SetDisabled(ctx, "甲县", true); err != nil {
		t.Fatal(err)
	}
	if _, err := acc.StoreFor(ctx, sa); err == nil {
		t.Errorf("a disabled account has a store")
	}
}
