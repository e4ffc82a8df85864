package pgstore

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"net/url"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

//go:embed setup.sql
var setupSQL string

// ErrRoleExists is Setup's owner already a role of the cluster.
var ErrRoleExists = errors.New("role already exists")

// Setup creates a bureau's database in the cluster adminDSN connects to
// (as an administrator, e.g. postgres): the login role owner with a new
// random password, the units' roles xxgk_unit and xxgk_reader granted to
// it, and the database dbName owned by it, which only its owner may
// connect to; then it migrates the database as owner. It returns the DSN
// to run xxgk with (adminDSN's host, owner and its password, dbName) and
// the password, which is kept nowhere else: the command prints it once.
// An owner that already exists is ErrRoleExists: Setup changes no
// existing role's password.
func Setup(ctx context.Context, adminDSN, dbName, owner string) (dsn, password string, err error) {
	if dbName == "" || owner == "" {
		return "", "", errors.New("setup: database and owner must be named")
	}
	if password, err = randomToken(); err != nil {
		return "", "", err
	}
	withPassword, err := ownerDSN(adminDSN, dbName, owner, password)
	if err != nil {
		return "", "", err
	}
	dsn, _ = ownerDSN(adminDSN, dbName, owner, "")
	conn, err := pgx.Connect(ctx, adminDSN)
	if err != nil {
		return "", "", fmt.Errorf("setup: %w", err)
	}
	defer conn.Close(ctx)
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `SELECT set_config('xxgk.setup_owner', $1, true), set_config('xxgk.setup_password', $2, true)`,
			owner, password)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, setupSQL)
		return err
	})
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "42710" { // duplicate_object
		return "", "", fmt.Errorf("setup: %s: %w", owner, ErrRoleExists)
	}
	if err != nil {
		return "", "", fmt.Errorf("setup: roles: %w", err)
	}
	db, own := pgx.Identifier{dbName}.Sanitize(), pgx.Identifier{owner}.Sanitize()
	for _, q := range []string{
		"CREATE DATABASE " + db + " OWNER " + own + " ENCODING 'UTF8' TEMPLATE template0",
		"REVOKE ALL ON DATABASE " + db + " FROM PUBLIC",
		"GRANT CONNECT, TEMPORARY ON DATABASE " + db + " TO " + own,
	} {
		if _, err := conn.Exec(ctx, q); err != nil {
			return "", "", fmt.Errorf("setup: database %s: %w", dbName, err)
		}
	}
	s, err := Open(ctx, withPassword)
	if err != nil {
		return "", "", fmt.Errorf("setup: connect as %s: %w", owner, err)
	}
	defer s.Close()
	if err := s.Migrate(ctx); err != nil {
		return "", "", fmt.Errorf("setup: %w", err)
	}
	return dsn, password, nil
}

// ownerDSN is adminDSN (a URL or key=value words) with owner, password
// ("": none) and dbName in place of its user, password and database.
func ownerDSN(adminDSN, dbName, owner, password string) (string, error) {
	if strings.HasPrefix(adminDSN, "postgres://") || strings.HasPrefix(adminDSN, "postgresql://") {
		u, err := url.Parse(adminDSN)
		if err != nil {
			return "", fmt.Errorf("setup: admin DSN: %w", err)
		}
		q := u.Query()
		for _, k := range []string{"user", "password", "dbname"} {
			q.Del(k)
		}
		u.RawQuery, u.Path, u.User = q.Encode(), "/"+dbName, url.User(owner)
		if password != "" {
			u.User = url.UserPassword(owner, password)
		}
		return u.String(), nil
	}
	quote := func(v string) string {
		return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(v) + "'"
	}
	dsn := adminDSN + " user=" + quote(owner) + " dbname=" + quote(dbName)
	if password != "" {
		dsn += " password=" + quote(password)
	}
	return dsn, nil
}
