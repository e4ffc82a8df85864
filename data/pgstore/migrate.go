package pgstore

import (
	"context"
	"embed"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/xxgk/xxgk/data"
)

//go:embed migrations/*.sql
var migrations embed.FS

func loadMigrations() ([]data.Migration, error) { return data.LoadMigrations(migrations, "migrations") }

// LatestVersion is the schema version of the newest embedded migration.
func LatestVersion() int {
	ms, err := loadMigrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].Version
}

// migrateLock is the key of the advisory lock Migrate holds for its
// transaction, so that two programs migrating at once run one after the
// other: the second then finds nothing to do.
const migrateLock = 0x78786b67 // "xxkg"

// Migrate brings the schema up to date in one transaction: every migration
// the database lacks, and the new version in schema_version, or nothing.
// A database newer than the binary is refused (*data.TooNewError).
func (s *Store) Migrate(ctx context.Context) error {
	ms, err := loadMigrations()
	if err != nil {
		return fmt.Errorf("load migrations: %w", err)
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrateLock); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)`); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		have, err := versionIn(ctx, tx)
		if err != nil {
			return err
		}
		if latest := ms[len(ms)-1].Version; have > latest {
			return &data.TooNewError{Have: have, Know: latest}
		}
		for _, m := range ms {
			if m.Version <= have {
				continue
			}
			if _, err := tx.Exec(ctx, m.SQL); err != nil {
				return fmt.Errorf("migration %s: %w", m.Name, err)
			}
			have = m.Version
		}
		if _, err := tx.Exec(ctx, `DELETE FROM schema_version`); err != nil {
			return fmt.Errorf("migrate: %w", err)
		}
		_, err = tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES ($1)`, have)
		return err
	})
}

// querier is a connection, a pool or a transaction.
type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// versionIn reads the schema version: 0 for a database never migrated.
func versionIn(ctx context.Context, q querier) (int, error) {
	var v int
	err := q.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_version`).Scan(&v)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "42P01" { // undefined_table
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}

// SchemaVersion returns the database's schema version, 0 before Migrate.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	return versionIn(ctx, s.pool)
}

// checkVersion returns the schema version, refusing one newer than the
// binary's.
func (s *Store) checkVersion(ctx context.Context) (int, error) {
	have, err := s.SchemaVersion(ctx)
	if err != nil {
		return 0, err
	}
	if latest := LatestVersion(); have > latest {
		return have, &data.TooNewError{Have: have, Know: latest}
	}
	return have, nil
}
