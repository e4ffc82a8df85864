package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Backup writes a consistent copy of the database into dst, an empty or
// missing file, with VACUUM INTO: it reads one snapshot in a single read
// transaction, so others may go on writing meanwhile (in WAL mode readers
// and the writer do not block each other), and it works on a store opened
// ReadOnly. The copy is compacted, has no -wal and gets an identity of its
// own, so that a -wal left beside the database it is restored over is
// refused rather than merged into it. The copy is then checked
// with PRAGMA integrity_check.
func (s *Store) Backup(ctx context.Context, dst string) error {
	src, err := readStamp(ctx, s.db)
	if err != nil {
		return s.fail(err)
	}
	if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", dst); err != nil {
		return s.fail(fmt.Errorf("backup: %w", err))
	}
	return checkBackup(ctx, dst, identityOf(src))
}

// ErrBackupUnsound is wrapped by Backup when the copy fails SQLite's
// integrity check or holds no xxgk schema.
var ErrBackupUnsound = errors.New("backup copy is not sound")

// checkBackup gives the copy at path a new identity (not the source's
// old one) and checks it with PRAGMA integrity_check.
func checkBackup(ctx context.Context, path string, old uint16) error {
	db, err := sql.Open("sqlite3", "file:"+path+"?_busy_timeout=1000&_txlock=immediate")
	if err != nil {
		return fmt.Errorf("check backup: %w", err)
	}
	defer db.Close()
	if err := newStampIn(ctx, db, old); err != nil {
		return fileError(path, fmt.Errorf("check backup: %w", err))
	}
	if why := soundness(ctx, db); why != "" {
		return fmt.Errorf("check backup %s: %w: %s", path, ErrBackupUnsound, why)
	}
	return db.Close()
}

// newStampIn gives the database db a new identity other than old,
// counting this write.
func newStampIn(ctx context.Context, db *sql.DB, old uint16) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stamp, err := newIdentity()
	for err == nil && identityOf(stamp) == old {
		stamp, err = newIdentity()
	}
	if err != nil {
		return err
	}
	if err := writeStamp(ctx, tx, stamp|1); err != nil {
		return err
	}
	return tx.Commit()
}
