package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/data"
)

// fakeAccounts is unitdb.Accounts in memory over one SQLite database per
// unit (a shared store's units, each in its own file): what the shared
// server's tests sign in with. Its passwords are kept as typed: it is a
// test's, never a server's.
type fakeAccounts struct {
	t        *testing.T
	mu       sync.Mutex
	units    map[string]*fakeUnit // by code
	users    map[string]*fakeUser // by name
	sessions map[string]unitdb.Session
	nextID   int64
}

type fakeUnit struct {
	code, name, parent, db string
	st                     *data.Store
}

type fakeUser struct {
	id             int64
	name, unit, pw string
	must           bool
}

func newFakeAccounts(t *testing.T) *fakeAccounts {
	return &fakeAccounts{t: t, units: map[string]*fakeUnit{}, users: map[string]*fakeUser{}, sessions: map[string]unitdb.Session{}}
}

// addUnit records the unit of the SQLite database db (made by xxgk init)
// below parent ("": none).
func (f *fakeAccounts) addUnit(code, name, parent, db string) {
	f.t.Helper()
	st, err := data.Open(context.Background(), db, data.OpenOptions{BusyWait: 5 * time.Second})
	if err != nil {
		f.t.Fatal(err)
	}
	f.t.Cleanup(func() { st.Close() })
	f.mu.Lock()
	defer f.mu.Unlock()
	f.units[code] = &fakeUnit{code: code, name: name, parent: parent, db: db, st: st}
}

func fakeToken() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}

func (f *fakeAccounts) AddUser(_ context.Context, unitCode, name string, _ time.Time) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.units[unitCode] == nil {
		return "", fmt.Errorf("unit %s: %w", unitCode, unitdb.ErrNoUnit)
	}
	if f.users[name] != nil {
		return "", fmt.Errorf("add user %s: %w", name, unitdb.ErrAccountExists)
	}
	f.nextID++
	pw := fakeToken()[:12]
	f.users[name] = &fakeUser{id: f.nextID, name: name, unit: unitCode, pw: pw, must: true}
	return pw, nil
}

func (f *fakeAccounts) SignIn(_ context.Context, name, password string, now time.Time, ttl time.Duration) (unitdb.Session, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	u := f.users[name]
	if u == nil || u.pw != password {
		return unitdb.Session{}, unitdb.ErrBadLogin
	}
	unit := f.units[u.unit]
	s := unitdb.Session{Token: fakeToken(), CSRF: fakeToken(), Account: u.id, Name: u.name, UnitCode: unit.code,
		UnitName: unit.name, Expires: now.Add(ttl)}
	f.sessions[s.Token] = s
	return f.fresh(s), nil
}

// fresh is s with its account's state now.
func (f *fakeAccounts) fresh(s unitdb.Session) unitdb.Session {
	for _, u := range f.users {
		if u.id == s.Account {
			s.MustChangePassword = u.must
		}
	}
	return s
}

func (f *fakeAccounts) SetPassword(_ context.Context, account int64, password string, _ time.Time) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, u := range f.users {
		if u.id == account {
			u.pw, u.must = password, false
			return nil
		}
	}
	return fmt.Errorf("no account %d", account)
}

func (f *fakeAccounts) Session(_ context.Context, token string, now time.Time) (unitdb.Session, bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, ok := f.sessions[token]
	if !ok || !now.Before(s.Expires) {
		return unitdb.Session{}, false, nil
	}
	return f.fresh(s), true, nil
}

func (f *fakeAccounts) SignOut(_ context.Context, token string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.sessions, token)
	return nil
}

// sharedStore is a unit's store the accounts keep open: closing it is
// the accounts' business.
type sharedStore struct{ unitdb.Store }

func (sharedStore) Close() error { return nil }

func (f *fakeAccounts) StoreFor(_ context.Context, s unitdb.Session) (unitdb.Store, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return sharedStore{f.units[s.UnitCode].st}, nil
}

// UnitsBelow opens each unit below read-only: SQLite refuses its writes.
func (f *fakeAccounts) UnitsBelow(ctx context.Context, s unitdb.Session) ([]unitdb.UnitBelow, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []unitdb.UnitBelow
	for _, code := range fakeSorted(f.units) {
		u := f.units[code]
		if !f.below(u, s.UnitCode) {
			continue
		}
		st, err := data.Open(ctx, u.db, data.OpenOptions{ReadOnly: true})
		if err != nil {
			return nil, err
		}
		out = append(out, unitdb.UnitBelow{Code: u.code, Name: u.name, Parent: u.parent, Store: st})
	}
	return out, nil
}

// below tells whether u is below the unit code.
func (f *fakeAccounts) below(u *fakeUnit, code string) bool {
	for p := u.parent; p != ""; p = f.units[p].parent {
		if p == code {
			return true
		}
	}
	return false
}

func fakeSorted[V any](m map[string]V) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	for i := range keys {
		for j := i + 1; j < len(keys); j++ {
			if keys[j] < keys[i] {
				keys[i], keys[j] = keys[j], keys[i]
			}
		}
	}
	return keys
}

// fakeUnitDB makes a unit's SQLite database in a folder of its own.
func fakeUnitDB(t *testing.T, name, code string) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "unit.db")
	xxgk(t, "init", "--db", db, "--unit", name, "--code", code).must(t)
	return db
}

var _ unitdb.Accounts = (*fakeAccounts)(nil)

// fakeOpener is env.accounts giving acc whatever the database.
func fakeOpener(acc unitdb.Accounts) func(context.Context, string) (unitdb.Accounts, func() error, error) {
	return func(context.Context, string) (unitdb.Accounts, func() error, error) {
		return acc, func() error { return nil }, nil
	}
}
