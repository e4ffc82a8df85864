package unitdb

import (
	"context"
	"time"

	"github.com/xxgk/xxgk/data/pgstore"
)

// PGAccounts is Accounts on a PostgreSQL store (pgstore.Accounts): its
// sessions and errors in this package's types.
type PGAccounts struct {
	A *pgstore.Accounts
}

var _ Accounts = PGAccounts{}

// AddUser adds an account and returns its one-time password.
func (p PGAccounts) AddUser(ctx context.Context, unitCode, name string, now time.Time) (string, error) {
	return p.A.AddUser(ctx, unitCode, name, now)
}

// SignIn opens a session; a wrong name or password is ErrBadLogin.
func (p PGAccounts) SignIn(ctx context.Context, name, password string, now time.Time, ttl time.Duration) (Session, error) {
	return p.A.SignIn(ctx, name, password, now, ttl)
}

// SetPassword replaces the account's password.
func (p PGAccounts) SetPassword(ctx context.Context, account int64, password string, now time.Time) error {
	return p.A.SetPassword(ctx, account, password, now)
}

// Session returns the unexpired session of token.
func (p PGAccounts) Session(ctx context.Context, token string, now time.Time) (Session, bool, error) {
	return p.A.Session(ctx, token, now)
}

// SignOut ends the session of token.
func (p PGAccounts) SignOut(ctx context.Context, token string) error {
	return p.A.SignOut(ctx, token)
}

// StoreFor returns the store the session's account acts through.
func (p PGAccounts) StoreFor(ctx context.Context, s Session) (Store, error) {
	u, err := p.A.StoreFor(ctx, s)
	if err != nil {
		return nil, err
	}
	return u, nil
}

// UnitsBelow returns the units below the session's unit, each with a
// read-only store.
func (p PGAccounts) UnitsBelow(ctx context.Context, s Session) ([]UnitBelow, error) {
	below, err := p.A.UnitsBelow(ctx, s)
	if err != nil {
		return nil, err
	}
	out := make([]UnitBelow, len(below))
	for i, b := range below {
		out[i] = UnitBelow{Code: b.Code, Name: b.Name, Parent: b.Parent, Store: b.Unit}
	}
	return out, nil
}
