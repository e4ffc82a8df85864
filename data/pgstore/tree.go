package pgstore

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// UnitRef is a unit of the tree as Below lists it.
type UnitRef struct {
	ID     int64
	Code   string
	Name   string
	Parent string // the 统一社会信用代码 of the unit above; "" for a root
	Depth  int    // 1: directly below
}

// Below returns the units below the unit whose 统一社会信用代码 is code,
// at any depth, each after the unit above it (by depth, then code).
func (s *Store) Below(ctx context.Context, code string) ([]UnitRef, error) {
	rows, err := s.pool.Query(ctx, `
		WITH RECURSIVE below(id, code, name, parent, depth) AS (
			SELECT c.id, c.code, c.name, p.code, 1 FROM units c JOIN units p ON c.parent_id = p.id WHERE p.code = $1
			UNION ALL
			SELECT c.id, c.code, c.name, b.code, b.depth + 1 FROM units c JOIN below b ON c.parent_id = b.id
		)
		SELECT id, code, name, parent, depth FROM below ORDER BY depth, code`, code)
	if err != nil {
		return nil, fmt.Errorf("units below %s: %w", code, err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowToStructByPos[UnitRef])
	if err != nil {
		return nil, fmt.Errorf("units below %s: %w", code, err)
	}
	return out, nil
}

// UnitAs returns the unit below whose id is below, read by the unit
// acting (an upper level): the database lets it read, never write, the
// unit's rows.
func (u *Unit) UnitAs(below int64) *Unit {
	return &Unit{s: u.s, id: below, actor: u.actingUnit(), account: u.account}
}

// readBelow runs fn in a read-only transaction of u reading the units
// below it as an upper level does (xxgk_reader: every unit below, no
// applicant, no write), for a query that names the units it reads.
func (u *Unit) readBelow(ctx context.Context, fn func(pgx.Tx) error) error {
	return u.UnitAs(0).read(ctx, fn) // id 0: no unit's rows of its own
}
