package data

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/binary"
	"fmt"
)

// A database's stamp is its PRAGMA application_id (the 4 bytes at offset
// 68 of page 1): the high 16 bits are a random identity, set when xxgk
// first opens the database and given afresh to every backup; the low 16
// bits count write transactions (modulo 2^16). Every write transaction
// rewrites the stamp, which puts page 1, and so the stamp, into each
// transaction of the -wal file: checkWAL compares the log's stamps with
// the file's to refuse a log that belongs to another file, or to a later
// state of this one. (SQLite's own change counter does not move in WAL
// mode, and nothing else in a log names its file.)

// identityOf returns the identity part of a stamp (0: none yet).
func identityOf(stamp uint32) uint16 { return uint16(stamp >> 16) }

// generationOf returns the write-count part of a stamp.
func generationOf(stamp uint32) uint16 { return uint16(stamp) }

// newIdentity returns a stamp with a random non-zero identity and
// generation 0.
func newIdentity() (uint32, error) {
	var b [2]byte
	for {
		if _, err := rand.Read(b[:]); err != nil {
			return 0, fmt.Errorf("new database identity: %w", err)
		}
		if id := binary.BigEndian.Uint16(b[:]); id != 0 {
			return uint32(id) << 16, nil
		}
	}
}

type rowQuerier interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}

// readStamp reads the application id through q (a *sql.DB or *sql.Tx).
func readStamp(ctx context.Context, q rowQuerier) (uint32, error) {
	var v int64
	if err := q.QueryRowContext(ctx, "PRAGMA application_id").Scan(&v); err != nil {
		return 0, fmt.Errorf("read database stamp: %w", err)
	}
	return uint32(v), nil
}

// writeStamp sets the application id in tx.
func writeStamp(ctx context.Context, tx *sql.Tx, stamp uint32) error {
	// PRAGMA takes no bound parameters; stamp is a number, SQLite reads
	// the field as a signed 32-bit integer.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", int32(stamp))); err != nil {
		return fmt.Errorf("write database stamp: %w", err)
	}
	return nil
}

// stampWrite counts the write transaction tx in the stamp; a database
// without an identity gets one. It puts page 1 into the transaction.
func stampWrite(ctx context.Context, tx *sql.Tx) error {
	stamp, err := readStamp(ctx, tx)
	if err != nil {
		return err
	}
	if identityOf(stamp) == 0 {
		if stamp, err = newIdentity(); err != nil {
			return err
		}
	}
	return writeStamp(ctx, tx, stamp&0xffff0000|uint32(generationOf(stamp)+1))
}
