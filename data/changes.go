package data

import (
	"context"
	"database/sql/driver"
	"fmt"
)

// ChangeMark returns a number that changes whenever a transaction that
// changed the database has been committed — by this process's other
// connections or by another program (xxgk import in a terminal while the
// workbench runs) — since the last call. The workbench keys what it keeps
// computed on it.
//
// It is SQLite's PRAGMA data_version read on a connection of its own that
// never writes: the value is unchanged for commits made on the same
// connection and changes for commits made by any other connection, in this
// process or another (sqlite.org/pragma.html#pragma_data_version). Only
// the equality of two marks means something, never their order. Another
// store (PostgreSQL) would build its mark differently, e.g. from a
// counter its writes bump.
func (s *Store) ChangeMark(ctx context.Context) (int64, error) {
	s.markMu.Lock()
	defer s.markMu.Unlock()
	if s.mark == nil {
		c, err := s.db.Conn(ctx)
		if err != nil {
			return 0, s.fail(fmt.Errorf("change mark: %w", err))
		}
		s.mark, s.markEpoch = c, s.markEpoch+1
	}
	var v int64
	if err := s.mark.QueryRowContext(ctx, "PRAGMA data_version").Scan(&v); err != nil {
		s.dropMark()
		return 0, s.fail(fmt.Errorf("change mark: %w", err))
	}
	// A new connection counts afresh: the epoch keeps its marks apart
	// from the old one's.
	return s.markEpoch<<40 | v&(1<<40-1), nil
}

// dropMark gives the mark's connection back (on Close, or after an
// error, so that the next call starts on a sound one). The caller holds
// markMu.
func (s *Store) dropMark() {
	if s.mark != nil {
		s.mark.Raw(func(any) error { return driver.ErrBadConn }) // closed, not pooled
		s.mark.Close()
		s.mark = nil
	}
}
