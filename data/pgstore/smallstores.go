package pgstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/xxgk/xxgk/data"
)

// Calendars returns the holiday notices added, by year. A notice is the
// country's, not a unit's (migration 0003): every unit of the database
// reads the same ones.
func (u *Unit) Calendars(ctx context.Context) ([]data.CalendarFile, error) {
	var out []data.CalendarFile
	err := u.read(ctx, func(tx pgx.Tx) error {
		rows, err := tx.Query(ctx, `SELECT year, source, text, added_at FROM calendars ORDER BY year`)
		if err != nil {
			return err
		}
		out, err = pgx.CollectRows(rows, pgx.RowToStructByPos[data.CalendarFile])
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("read calendars: %w", err)
	}
	return out, nil
}

// SaveCalendar stores a year's holiday notice, replacing the year's
// previous one, for every unit of the database.
func (u *Unit) SaveCalendar(ctx context.Context, c data.CalendarFile) error {
	err := u.write(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `
			INSERT INTO calendars (year, source, text, added_at) VALUES ($1, $2, $3, $4)
			ON CONFLICT (year) DO UPDATE SET source = excluded.source, text = excluded.text, added_at = excluded.added_at`,
			c.Year, c.Source, c.Text, c.Added)
		return err
	})
	if err != nil {
		return fmt.Errorf("save calendar %d: %w", c.Year, err)
	}
	return nil
}

// SaveSnapshot records the figures of a report the unit produced.
func (u *Unit) SaveSnapshot(ctx context.Context, sn data.Snapshot) error {
	err := u.write(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO snapshots (unit_id, kind, period, produced_at, figures)
			VALUES ($1, $2, $3, $4, $5)`, u.id, sn.Kind, sn.Period, sn.Produced, string(sn.Figures))
		return err
	})
	if err != nil {
		return fmt.Errorf("save snapshot: %w", err)
	}
	return nil
}

// LatestSnapshot returns the unit's newest snapshot of kind for period,
// and whether there is one. The time keeps PostgreSQL's microseconds.
func (u *Unit) LatestSnapshot(ctx context.Context, kind, period string) (data.Snapshot, bool, error) {
	sn := data.Snapshot{Kind: kind, Period: period}
	var figures string
	err := u.read(ctx, func(tx pgx.Tx) error {
		return tx.QueryRow(ctx, `SELECT produced_at, figures FROM snapshots
			WHERE unit_id = $1 AND kind = $2 AND period = $3 ORDER BY produced_at DESC, id DESC LIMIT 1`,
			u.id, kind, period).Scan(&sn.Produced, &figures)
	})
	if errors.Is(err, pgx.ErrNoRows) {
		return sn, false, nil
	}
	if err != nil {
		return sn, false, fmt.Errorf("read snapshot: %w", err)
	}
	sn.Figures = []byte(figures)
	return sn, true, nil
}

// ChangeMark returns the unit's change mark: a number that grows whenever
// a change to the unit's rows (or its name) was committed, by this
// program or another (migration 0011's triggers keep it).
func (u *Unit) ChangeMark(ctx context.Context) (int64, error) {
	var n int64
	err := u.read(ctx, func(tx pgx.Tx) error {
		return tx.QueryRow(ctx, `SELECT xxgk_change_mark($1)`, u.id).Scan(&n)
	})
	if err != nil {
		return 0, fmt.Errorf("read change mark: %w", err)
	}
	return n, nil
}

// ErrSharedBackup is Backup's refusal: a unit's rows live in a database
// shared with other units, which its administrator backs up as a whole.
var ErrSharedBackup = errors.New("a unit of a shared PostgreSQL database is backed up by the database's administrator (pg_dump)")

// Backup refuses with ErrSharedBackup, whose UserMessage says in Chinese
// what to do: a copy of one unit's rows would be no backup that a restore
// could put back, and the whole database is the administrator's to back
// up (pg_dump, docs/postgres.md). The unit keeps its own copy of its
// ledgers with xxgk export.
func (u *Unit) Backup(ctx context.Context, dst string) error {
	return sharedBackupError{}
}

// sharedBackupError is ErrSharedBackup with its Chinese message.
type sharedBackupError struct{}

func (sharedBackupError) Error() string        { return ErrSharedBackup.Error() }
func (sharedBackupError) Is(target error) bool { return target == ErrSharedBackup }

// UserMessage says in Chinese who backs up a shared database, and how.
func (sharedBackupError) UserMessage() string {
	return "本单位的数据保存在多个单位共用的 PostgreSQL 数据库中，不能由单位单独备份：" +
		"整个数据库由管理员用 pg_dump 备份、用 pg_restore 恢复（见 docs/postgres.md）。" +
		"如需保留本单位台账的副本，请用 xxgk export 导出。"
}
