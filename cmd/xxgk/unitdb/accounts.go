package unitdb

import (
	"context"
	"time"

	"github.com/xxgk/xxgk/data/pgstore"
)

// Accounts keeps the workbench's accounts and sessions on a shared store
// (xxgk serve --public): who may sign in, for which unit, and the store
// each session acts through.
type Accounts interface {
	// AddUser adds an account of the unit whose 统一社会信用代码 is
	// unitCode and returns its one-time password (xxgk user add). The
	// password must be changed at the first sign-in.
	AddUser(ctx context.Context, unitCode, name string, now time.Time) (password string, err error)
	// SignIn checks name and password and opens a session that expires
	// at now+ttl. A wrong name or password is ErrBadLogin, whichever was
	// wrong.
	SignIn(ctx context.Context, name, password string, now time.Time, ttl time.Duration) (Session, error)
	// SetPassword replaces the account's password (its one-time one
	// first of all).
	SetPassword(ctx context.Context, account int64, password string, now time.Time) error
	// Session returns the unexpired session of token, and whether there
	// is one.
	Session(ctx context.Context, token string, now time.Time) (Session, bool, error)
	// SignOut ends the session of token.
	SignOut(ctx context.Context, token string) error
	// StoreFor returns the store the session's account acts through: its
	// unit's rows, written as the account's (the audit records it).
	StoreFor(ctx context.Context, s Session) (Store, error)
	// UnitsBelow returns the units below the session's unit (an upper
	// level's 概览 and live roll-up), each with a read-only store.
	UnitsBelow(ctx context.Context, s Session) ([]UnitBelow, error)
}

// Session is a signed-in account: the PostgreSQL store's own (its
// token, CSRF token, account, unit, whether the one-time password must
// still be changed, expiry), which any Accounts gives.
type Session = pgstore.Session

// UnitBelow is a unit below an upper level's, read through Store (its
// writes are refused by the database).
type UnitBelow struct {
	Code, Name, Parent string
	Store              Store
}

// The refusals of AddUser: a name another account has (names are unique
// in the whole shared database), and a unit the database does not have.
var (
	ErrAccountExists = pgstore.ErrAccountExists
	ErrNoUnit        = pgstore.ErrNoUnit
)

// ErrBadLogin is a name or password that does not match an account.
var ErrBadLogin = pgstore.ErrBadLogin

// ErrReadOnly is what a store returns (wrapped) for a write it refuses:
// an upper level reads the units below and writes none of them. The
// workbench says 「上级单位只能查看，不能修改」 for it.
//
// It is pgstore.ErrReadOnly, which the PostgreSQL store wraps around the
// database's refusal.
var ErrReadOnly = pgstore.ErrReadOnly
