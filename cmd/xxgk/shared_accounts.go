package main

import (
	"context"

	"github.com/xxgk/xxgk/cmd/xxgk/unitdb"
)

// openAccounts opens the accounts and sessions of the shared database db
// (postgres://…) for xxgk serve --public and xxgk user add; the function
// it returns closes them. The PostgreSQL store wires it (issue 17); until
// then it refuses.
func openAccounts(ctx context.Context, e *env, db string) (unitdb.Accounts, func() error, error) {
	return nil, nil, inputErrorf(nil, "共享数据库尚未接入：--db %s 暂时无法打开账号。", db)
}

// accountsOf is openAccounts, or the accounts tests give through env.
func accountsOf(ctx context.Context, e *env, db string) (unitdb.Accounts, func() error, error) {
	if e.accounts != nil {
		return e.accounts(ctx, db)
	}
	return openAccounts(ctx, e, db)
}
