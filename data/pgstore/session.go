package pgstore

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Unit is one unit of a Store: its methods read and write that unit's rows
// only, with the signatures of *data.Store's.
//
// Every statement about a unit's rows runs in a transaction that read or
// write began, never on the pool directly: the transaction first says
// which unit it acts for (and which account, for the audit), so that
// the database itself can keep each unit to its own rows.
type Unit struct {
	s  *Store
	id int64 // whose rows it reads and writes
	// actor is the unit acting: 0, the unit itself; an upper level's id
	// when it reads a unit below it (what it may not write).
	actor   int64
	account int64 // the workbench account acting; 0: a command run by the unit
	owns    bool  // Close closes s (OpenCurrentUnit)
}

// As returns the unit acting for the account whose id is account: what
// it writes is recorded as that account's.
func (u *Unit) As(account int64) *Unit {
	v := *u
	v.account, v.owns = account, false
	return &v
}

// Close closes the store's connections when the unit was opened with
// OpenCurrentUnit; a Unit of a Store leaves them to the Store.
func (u *Unit) Close() error {
	if u.owns {
		return u.s.Close()
	}
	return nil
}

// read runs fn in a read-only transaction acting for the unit.
func (u *Unit) read(ctx context.Context, fn func(pgx.Tx) error) error {
	return u.tx(ctx, pgx.TxOptions{AccessMode: pgx.ReadOnly}, fn)
}

// write runs fn in a transaction acting for the unit, committed when fn
// returns nil and rolled back otherwise.
func (u *Unit) write(ctx context.Context, fn func(pgx.Tx) error) error {
	return u.tx(ctx, pgx.TxOptions{}, fn)
}

func (u *Unit) tx(ctx context.Context, opt pgx.TxOptions, fn func(pgx.Tx) error) error {
	err := pgx.BeginTxFunc(ctx, u.s.pool, opt, func(tx pgx.Tx) error {
		if err := u.actFor(ctx, tx); err != nil {
			return err
		}
		return fn(tx)
	})
	var pgErr *pgconn.PgError
	if u.readsBelow() && errors.As(err, &pgErr) && pgErr.Code == "42501" { // insufficient_privilege
		return fmt.Errorf("%w: %w", ErrReadOnly, err)
	}
	return err
}

// ErrReadOnly wraps the database's refusal of a write by an upper level
// to a unit below it (UnitAs): the error says both.
var ErrReadOnly = errors.New("read-only: an upper level cannot write a unit below")

// readsBelow reports whether the unit acting is an upper level reading
// the unit below it.
func (u *Unit) readsBelow() bool { return u.actor != 0 && u.actor != u.id }

// actingUnit is the id of the unit acting.
func (u *Unit) actingUnit() int64 {
	if u.actor != 0 {
		return u.actor
	}
	return u.id
}

// The roles a unit transaction takes (migration 0009): the unit's own
// work, and an upper level reading a unit below it.
const (
	unitRole   = "xxgk_unit"
	readerRole = "xxgk_reader"
)

// actFor sets, for the rest of tx, the unit and the account it acts for
// (the settings xxgk.unit and xxgk.account), then takes the role whose
// grants and row level security bind the transaction: xxgk_unit, which
// reads the acting unit's rows and those of the units below it and writes
// the acting unit's only; xxgk_reader, SELECT only, when an upper level
// reads a unit below it (UnitAs), so that any write is refused by the
// database.
func (u *Unit) actFor(ctx context.Context, tx pgx.Tx) error {
	target := "" // the unit below an upper level reads (UnitAs); none: its own, or all below
	if u.readsBelow() && u.id != 0 {
		target = strconv.FormatInt(u.id, 10)
	}
	_, err := tx.Exec(ctx, `SELECT set_config('xxgk.unit', $1, true), set_config('xxgk.account', $2, true),
		set_config('xxgk.target', $3, true)`,
		strconv.FormatInt(u.actingUnit(), 10), strconv.FormatInt(u.account, 10), target)
	if err != nil {
		return fmt.Errorf("act for unit: %w", err)
	}
	role := unitRole
	if u.readsBelow() {
		role = readerRole
	}
	if _, err := tx.Exec(ctx, "SET LOCAL ROLE "+role); err != nil {
		return fmt.Errorf("act for unit: %w", err)
	}
	return nil
}
