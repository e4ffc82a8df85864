package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Snapshot is a record of figures a report produced, kept so that later
// checks can compare against what was published (e.g. last year's
// carried_out against this year's carried_in).
type Snapshot struct {
	Kind     string // "annual"
	Period   string // "2025"
	Produced time.Time
	Figures  []byte // the report's JSON (docs/figures.md §1)
}

// SaveSnapshot records a snapshot.
func (s *Store) SaveSnapshot(ctx context.Context, sn Snapshot) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO snapshots (kind, period, produced_at, figures) VALUES (?, ?, ?, ?)`,
			sn.Kind, sn.Period, sn.Produced.Format(time.RFC3339Nano), string(sn.Figures))
		return err
	})
	if err != nil {
		return fmt.Errorf("save snapshot: %w", err)
	}
	return nil
}

// LatestSnapshot returns the newest snapshot of kind for period, and
// whether there is one.
func (s *Store) LatestSnapshot(ctx context.Context, kind, period string) (Snapshot, bool, error) {
	sn := Snapshot{Kind: kind, Period: period}
	var produced, figures string
	err := s.db.QueryRowContext(ctx, `SELECT produced_at, figures FROM snapshots
		WHERE kind = ? AND period = ? ORDER BY produced_at DESC, id DESC LIMIT 1`, kind, period).Scan(&produced, &figures)
	if errors.Is(err, sql.ErrNoRows) {
		return sn, false, nil
	}
	if err != nil {
		return sn, false, s.fail(fmt.Errorf("read snapshot: %w", err))
	}
	t, err := time.Parse(time.RFC3339Nano, produced)
	if err != nil {
		return sn, false, fmt.Errorf("read snapshot time %q: %w", produced, err)
	}
	sn.Produced, sn.Figures = t, []byte(figures)
	return sn, true, nil
}
