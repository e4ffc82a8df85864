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

// ErrDatabaseExists is Setup's database already in the cluster.
var ErrDatabaseExists = errors.New("database already exists")

// Setup creates a bureau's database in the cluster adminDSN connects to
// (as an administrator, e.g. postgres): the login role owner with a new
// random password, the units' roles xxgk_unit and xxgk_reader granted to
// it, and the database dbName owned by it, which only its owner may
// connect to; then it migrates the database as owner. It returns the DSN
// to run xxgk with (adminDSN's host, owner and its password, dbName) and
// the password, which is kept nowhere else: the command prints it once.
// An owner that already exists is ErrRoleExists: Setup changes no
// existing role's password; a database that exists is ErrDatabaseExists.
// When a step after the role fails, Setup drops what it made (the
// database, the role), so that it can be run again as it was.
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
	var taken bool
	if err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, dbName).Scan(&taken); err != nil {
		return "", "", fmt.Errorf("setup: %w", err)
	}
	if taken {
		return "", "", fmt.Errorf("setup: database %s: %w", dbName, ErrDatabaseExists)
	}
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
	// What follows the role undoes itself when it fails, so that the
	// administrator can run the command again as it was.
	created := false
	undo := func(err error) (string, string, error) {
		bg := context.WithoutCancel(ctx)
		if created {
			if _, e := conn.Exec(bg, "DROP DATABASE IF EXISTS "+db+" WITH (FORCE)"); e != nil {
				return "", "", errors.Join(err, fmt.Errorf("setup: undo: %w", e))
			}
		}
		if _, e := conn.Exec(bg, "DROP ROLE IF EXISTS "+own); e != nil {
			return "", "", errors.Join(err, fmt.Errorf("setup: undo: %w", e))
		}
		return "", "", err
	}
	for i, q := range []string{
		"CREATE DATABASE " + db + " OWNER " + own + " ENCODING 'UTF8' TEMPLATE template0",
		"REVOKE ALL ON DATABASE " + db + " FROM PUBLIC",
		"GRANT CONNECT, TEMPORARY ON DATABASE " + db + " TO " + own,
	} {
		if _, err := conn.Exec(ctx, q); err != nil {
			return undo(fmt.Errorf("setup: database %s: %w", dbName, err))
		}
		created = created || i == 0
	}
	s, err := Open(ctx, withPassword)
	if err != nil {
		return undo(fmt.Errorf("setup: connect as %s: %w", owner, err))
	}
	defer s.Close()
	if err := s.Migrate(ctx); err != nil {
		s.Close()
		return undo(fmt.Errorf("setup: %w", err))
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
