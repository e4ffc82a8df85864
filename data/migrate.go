package data

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrations embed.FS

// TooNewError is wrapped by Open when the database was written by a newer
// xxgk than this one.
type TooNewError struct{ Have, Know int }

func (e *TooNewError) Error() string {
	return fmt.Sprintf("database schema version %d is newer than this binary's %d", e.Have, e.Know)
}

// Migration is one numbered schema migration: its version, the name of
// its file and its SQL.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// LoadMigrations reads the migrations of dir in fsys, files named
// NNNN_what.sql, in the order of their numbers: the SQLite store's here,
// the PostgreSQL store's (data/pgstore) in its own dialect.
func LoadMigrations(fsys fs.FS, dir string) ([]Migration, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, err
	}
	var out []Migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number", e.Name())
		}
		body, err := fs.ReadFile(fsys, dir+"/"+e.Name())
		if err != nil {
			return nil, err
		}
		out = append(out, Migration{v, e.Name(), string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

func loadMigrations() ([]Migration, error) { return LoadMigrations(migrations, "migrations") }

// latestVersion is the schema version of the newest embedded migration.
func latestVersion() int {
	ms, err := loadMigrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].Version
}

// migrate brings the schema up to date and gives the database its
// identity. It runs in one write transaction (BEGIN IMMEDIATE) that
// re-reads PRAGMA user_version once it holds the lock, so that two
// programs opening an old database at once do not both upgrade it: the
// second waits, then finds nothing to do. An up-to-date database is only
// read.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := loadMigrations()
	if err != nil {
		return fmt.Errorf("load migrations: %w", err)
	}
	latest := ms[len(ms)-1].Version
	have, err := s.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	if have > latest {
		return &TooNewError{Have: have, Know: latest}
	}
	stamp, err := readStamp(ctx, s.db)
	if err != nil {
		return err
	}
	if have == latest && identityOf(stamp) != 0 {
		return nil
	}
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := s.upgradeIn(ctx, tx, ms); err != nil {
		return err
	}
	return s.commit(ctx, tx)
}

// upgradeIn applies, in tx, the migrations the database lacks (commit gives
// a database without an identity one).
func (s *Store) upgradeIn(ctx context.Context, tx *sql.Tx, ms []Migration) error {
	var have int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if latest := ms[len(ms)-1].Version; have > latest {
		return &TooNewError{Have: have, Know: latest}
	}
	for _, m := range ms {
		if m.Version <= have {
			continue
		}
		if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.Version)); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	return nil
}

// SchemaVersion returns the database's schema version.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}
