package pgstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/xxgk/xxgk/report"
)

// Store is an xxgk database on PostgreSQL.
type Store struct {
	pool *pgxpool.Pool
}

// Open connects to the database dsn names (postgres://… or key=value) and
// checks that this binary knows its schema: a database written by a newer
// xxgk is refused with a *data.TooNewError. It does not migrate (Migrate).
func Open(ctx context.Context, dsn string) (*Store, error) {
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	s := &Store{pool: pool}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	if _, err := s.checkVersion(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the store's connections.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// ErrNoUnit is returned for a 统一社会信用代码 the database has no unit for.
var ErrNoUnit = errors.New("no such unit in database")

// AddUnit records a unit known by u.Code, under the unit whose code is
// parent ("" for a root, e.g. the province's department), and returns it.
// A unit already recorded under that code keeps its place in the tree and
// takes u.Name.
func (s *Store) AddUnit(ctx context.Context, u report.Unit, parent string, now time.Time) (*Unit, error) {
	if u.Code == "" {
		return nil, fmt.Errorf("add unit %q: no 统一社会信用代码", u.Name)
	}
	var parentID *int64
	if parent != "" {
		p, err := s.Unit(ctx, parent)
		if err != nil {
			return nil, fmt.Errorf("add unit %s: parent: %w", u.Code, err)
		}
		parentID = &p.id
	}
	var id int64
	err := s.pool.QueryRow(ctx, `
		INSERT INTO units (name, code, parent_id, created_at) VALUES ($1, $2, $3, $4)
		ON CONFLICT (code) DO UPDATE SET name = excluded.name
		RETURNING id`, u.Name, u.Code, parentID, now).Scan(&id)
	if err != nil {
		return nil, fmt.Errorf("add unit %s: %w", u.Code, err)
	}
	return &Unit{s: s, id: id}, nil
}

// Unit returns the unit whose 统一社会信用代码 is code, or ErrNoUnit.
func (s *Store) Unit(ctx context.Context, code string) (*Unit, error) {
	var id int64
	err := s.pool.QueryRow(ctx, `SELECT id FROM units WHERE code = $1`, code).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("unit %s: %w", code, ErrNoUnit)
	}
	if err != nil {
		return nil, fmt.Errorf("unit %s: %w", code, err)
	}
	return &Unit{s: s, id: id}, nil
}
