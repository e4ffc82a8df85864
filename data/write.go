package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// busyPolicy is how a write waits for another connection's write lock:
// SQLite's busy timeout waits one round, and begin retries up to tries
// rounds, so that Ctrl+C (which SQLite's wait does not see) stops the
// wait within a round.
type busyPolicy struct {
	round  time.Duration
	tries  int
	onBusy func()
}

func newBusyPolicy(wait time.Duration, onBusy func()) busyPolicy {
	if wait <= 0 {
		wait = DefaultBusyWait
	}
	round := min(wait, time.Second)
	if round < time.Millisecond {
		round = time.Millisecond
	}
	return busyPolicy{round: round, tries: max(1, int(wait/round)), onBusy: onBusy}
}

// errReadOnlyStore is returned by a write on a store opened ReadOnly.
var errReadOnlyStore = errors.New("store opened read-only")

// begin starts a write transaction holding the write lock (BEGIN
// IMMEDIATE), waiting while another connection holds it.
func (s *Store) begin(ctx context.Context) (*sql.Tx, error) {
	return s.beginWith(ctx, s.db.BeginTx)
}

// beginWith is begin on the pool's BeginTx or on one connection's.
func (s *Store) beginWith(ctx context.Context, beginTx func(context.Context, *sql.TxOptions) (*sql.Tx, error)) (*sql.Tx, error) {
	if s.readOnly {
		return nil, &DBError{Path: s.path, Problem: ReadOnly, Err: errReadOnlyStore}
	}
	for try := 1; ; try++ {
		tx, err := beginTx(ctx, nil)
		if err == nil {
			return tx, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if ProblemOf(err) != Busy || try >= s.busy.tries {
			return nil, s.fail(fmt.Errorf("begin write: %w", err))
		}
		if try == 1 && s.busy.onBusy != nil {
			s.busy.onBusy()
		}
	}
}

// retryBusy runs fn again while it fails because another connection holds
// a lock SQLite's busy timeout did not wait for (a new file switching to
// WAL, a recovery), for as long as begin would wait.
func (s *Store) retryBusy(ctx context.Context, fn func() error) error {
	for try := 1; ; try++ {
		err := fn()
		if err == nil || ctx.Err() != nil || ProblemOf(err) != Busy || try >= s.busy.tries {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(s.busy.round / 10):
		}
	}
}

// write runs fn in one write transaction and commits it. Every write
// rewrites the database's stamp (see identity.go), so that page 1 is in
// every transaction the -wal file holds.
func (s *Store) write(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return s.fail(err)
	}
	return s.commit(ctx, tx)
}

// commit counts tx in the database's stamp and commits it.
func (s *Store) commit(ctx context.Context, tx *sql.Tx) error {
	if err := stampWrite(ctx, tx); err != nil {
		return s.fail(err)
	}
	if err := tx.Commit(); err != nil {
		return s.fail(fmt.Errorf("commit: %w", err))
	}
	return nil
}
