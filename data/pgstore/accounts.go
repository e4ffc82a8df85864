package pgstore

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Accounts keeps the shared workbench's accounts and sessions (tables
// accounts and sessions, 0009). It has the method set of
// cmd/xxgk/unitdb.Accounts with StoreFor returning *Unit and UnitsBelow
// []UnitBelow (unitdb.PGAccounts adapts it). Its statements run as the
// store's owner: the units' roles may not read accounts.
type Accounts struct {
	s *Store
}

// Accounts returns the store's accounts.
func (s *Store) Accounts() *Accounts { return &Accounts{s: s} }

// Session is a signed-in account, field for field unitdb.Session.
type Session struct {
	Token    string // the cookie's value
	CSRF     string // the forms' token
	Account  int64
	Name     string
	UnitCode string
	UnitName string
	// MustChangePassword: the account still has its one-time password.
	MustChangePassword bool
	Expires            time.Time
}

// UnitBelow is a unit below an upper level's, read through Unit (its
// writes are refused by the database).
type UnitBelow struct {
	Code, Name, Parent string
	Unit               *Unit
}

// ErrBadLogin is a name or password that does not match an account, or
// an account disabled.
var ErrBadLogin = errors.New("wrong account name or password")

// ErrAccountExists is AddUser's name already taken.
var ErrAccountExists = errors.New("account name already taken")

// AddUser adds an account named name to the unit whose 统一社会信用代码 is
// unitCode and returns its one-time password, which must be changed at
// the first sign-in. Only its argon2id hash is kept.
func (a *Accounts) AddUser(ctx context.Context, unitCode, name string, now time.Time) (string, error) {
	u, err := a.s.Unit(ctx, unitCode)
	if err != nil {
		return "", fmt.Errorf("add user %s: %w", name, err)
	}
	password, err := oneTimePassword()
	if err != nil {
		return "", err
	}
	hash, err := hashPassword(password)
	if err != nil {
		return "", err
	}
	_, err = a.s.pool.Exec(ctx, `INSERT INTO accounts (unit_id, name, password_hash, must_change, created_at)
		VALUES ($1, $2, $3, true, $4)`, u.id, name, hash, now)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" { // unique_violation
		return "", fmt.Errorf("add user %s: %w", name, ErrAccountExists)
	}
	if err != nil {
		return "", fmt.Errorf("add user %s: %w", name, err)
	}
	return password, nil
}

// SignIn checks name and password and opens a session that expires at
// now+ttl. An unknown name, a wrong password and a disabled account are
// ErrBadLogin alike, and an unknown name costs a hash as a wrong password
// does. Sessions expired by now are removed.
func (a *Accounts) SignIn(ctx context.Context, name, password string, now time.Time, ttl time.Duration) (Session, error) {
	var id int64
	var hash string
	var disabled bool
	err := a.s.pool.QueryRow(ctx, `SELECT id, password_hash, disabled FROM accounts WHERE name = $1`, name).
		Scan(&id, &hash, &disabled)
	if errors.Is(err, pgx.ErrNoRows) {
		checkPassword(decoyHash, password)
		return Session{}, ErrBadLogin
	}
	if err != nil {
		return Session{}, fmt.Errorf("sign in: %w", err)
	}
	ok, err := checkPassword(hash, password)
	if err != nil {
		return Session{}, fmt.Errorf("sign in %s: %w", name, err)
	}
	if !ok || disabled {
		return Session{}, ErrBadLogin
	}
	token, err := randomToken()
	if err != nil {
		return Session{}, err
	}
	csrf, err := randomToken()
	if err != nil {
		return Session{}, err
	}
	err = pgx.BeginFunc(ctx, a.s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `DELETE FROM sessions WHERE expires_at <= $1`, now); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, `INSERT INTO sessions (token_hash, csrf, account_id, expires_at, created_at)
			VALUES ($1, $2, $3, $4, $5)`, tokenHash(token), csrf, id, now.Add(ttl), now)
		return err
	})
	if err != nil {
		return Session{}, fmt.Errorf("sign in %s: %w", name, err)
	}
	s, found, err := a.Session(ctx, token, now)
	if err == nil && !found {
		err = errors.New("session not found")
	}
	if err != nil {
		return Session{}, fmt.Errorf("sign in %s: %w", name, err)
	}
	return s, nil
}

// SetPassword replaces the account's password (its one-time one first of
// all): the account no longer must change it. A password shorter than
// MinPasswordLen is ErrShortPassword. now is unused (the signature is
// unitdb.Accounts').
func (a *Accounts) SetPassword(ctx context.Context, account int64, password string, now time.Time) error {
	if len([]rune(password)) < MinPasswordLen {
		return ErrShortPassword
	}
	hash, err := hashPassword(password)
	if err != nil {
		return err
	}
	tag, err := a.s.pool.Exec(ctx, `UPDATE accounts SET password_hash = $2, must_change = false WHERE id = $1`,
		account, hash)
	if err != nil {
		return fmt.Errorf("set password: %w", err)
	}
	if tag.RowsAffected() != 1 {
		return fmt.Errorf("set password: no account %d", account)
	}
	return nil
}

// Session returns the session of token unexpired at now, of an account
// not disabled, and whether there is one.
func (a *Accounts) Session(ctx context.Context, token string, now time.Time) (Session, bool, error) {
	s := Session{Token: token}
	err := a.s.pool.QueryRow(ctx, `
		SELECT s.csrf, a.id, a.name, u.code, u.name, a.must_change, s.expires_at
		FROM sessions s JOIN accounts a ON a.id = s.account_id JOIN units u ON u.id = a.unit_id
		WHERE s.token_hash = $1 AND s.expires_at > $2 AND NOT a.disabled`, tokenHash(token), now).
		Scan(&s.CSRF, &s.Account, &s.Name, &s.UnitCode, &s.UnitName, &s.MustChangePassword, &s.Expires)
	if errors.Is(err, pgx.ErrNoRows) {
		return Session{}, false, nil
	}
	if err != nil {
		return Session{}, false, fmt.Errorf("read session: %w", err)
	}
	return s, true, nil
}

// SignOut ends the session of token (none: nothing to do).
func (a *Accounts) SignOut(ctx context.Context, token string) error {
	if _, err := a.s.pool.Exec(ctx, `DELETE FROM sessions WHERE token_hash = $1`, tokenHash(token)); err != nil {
		return fmt.Errorf("sign out: %w", err)
	}
	return nil
}

// StoreFor returns the unit of the session's account, acting as the
// account: its unit's rows, written as the account's (the audit records
// it). A disabled account has none.
func (a *Accounts) StoreFor(ctx context.Context, s Session) (*Unit, error) {
	var unit int64
	err := a.s.pool.QueryRow(ctx, `SELECT unit_id FROM accounts WHERE id = $1 AND NOT disabled`, s.Account).Scan(&unit)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("store for account %d: %w", s.Account, ErrBadLogin)
	}
	if err != nil {
		return nil, fmt.Errorf("store for account %d: %w", s.Account, err)
	}
	u := &Unit{s: a.s, id: unit}
	return u.As(s.Account), nil
}

// UnitsBelow returns the units below the session's unit, at any depth and
// each after the unit above it, each read as the session's unit acting
// for its account: the database lets it read them, never write.
func (a *Accounts) UnitsBelow(ctx context.Context, s Session) ([]UnitBelow, error) {
	u, err := a.StoreFor(ctx, s)
	if err != nil {
		return nil, err
	}
	code, err := a.unitCode(ctx, u.id)
	if err != nil {
		return nil, err
	}
	refs, err := a.s.Below(ctx, code)
	if err != nil {
		return nil, err
	}
	out := make([]UnitBelow, len(refs))
	for i, r := range refs {
		out[i] = UnitBelow{Code: r.Code, Name: r.Name, Parent: r.Parent, Unit: u.UnitAs(r.ID)}
	}
	return out, nil
}

func (a *Accounts) unitCode(ctx context.Context, id int64) (string, error) {
	var code string
	if err := a.s.pool.QueryRow(ctx, `SELECT code FROM units WHERE id = $1`, id).Scan(&code); err != nil {
		return "", fmt.Errorf("unit %d: %w", id, err)
	}
	return code, nil
}

// randomToken returns 32 random bytes, URL-safe base64.
func randomToken() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("random token: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// tokenHash is what sessions keep of a token: its SHA-256.
func tokenHash(token string) []byte {
	h := sha256.Sum256([]byte(token))
	return h[:]
}

// SetDisabled disables the account named name (it can no longer sign in,
// its sessions are refused) or enables it again.
func (a *Accounts) SetDisabled(ctx context.Context, name string, disabled bool) error {
	tag, err := a.s.pool.Exec(ctx, `UPDATE accounts SET disabled = $2 WHERE name = $1`, name, disabled)
	if err != nil {
		return fmt.Errorf("disable account %s: %w", name, err)
	}
	if tag.RowsAffected() != 1 {
		return fmt.Errorf("disable account %s: %w", name, ErrBadLogin)
	}
	return nil
}
