package main

import (
	"context"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
	"github.com/xxgk/xxgk/data/pgstore"
)

// openAccounts opens the accounts and sessions of the shared database db
// (postgres://…, as the command holds it) for xxgk serve --public and
// xxgk user add; the function it returns closes them. A database whose
// schema is not the binary's is refused, as every command refuses it.
func openAccounts(ctx context.Context, e *env, db string) (unitdb.Accounts, func() error, error) {
	s, err := pgstore.Open(ctx, e.dsnOf(db))
	if err != nil {
		return nil, nil, sharedOpenError(e, db, err)
	}
	if err := s.RequireCurrent(ctx); err != nil {
		s.Close()
		return nil, nil, sharedOpenError(e, db, err)
	}
	return unitdb.PGAccounts{A: s.Accounts()}, s.Close, nil
}

// accountsOf is openAccounts, or the accounts tests give through env.
func accountsOf(ctx context.Context, e *env, db string) (unitdb.Accounts, func() error, error) {
	if e.accounts != nil {
		return e.accounts(ctx, db)
	}
	return openAccounts(ctx, e, db)
}
