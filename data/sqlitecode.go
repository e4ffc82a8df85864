//go:build cgo

package data

import (
	"errors"

	"github.com/mattn/go-sqlite3"
)

// sqliteProblem returns the problem SQLite's error code in err's chain
// names, or NoProblem.
func sqliteProblem(err error) Problem {
	var se sqlite3.Error
	if !errors.As(err, &se) {
		return NoProblem
	}
	switch se.Code {
	case sqlite3.ErrBusy, sqlite3.ErrLocked:
		return Busy
	case sqlite3.ErrFull:
		return DiskFull
	case sqlite3.ErrCorrupt:
		return Damaged
	case sqlite3.ErrNotADB:
		return NotDatabase
	case sqlite3.ErrReadonly, sqlite3.ErrPerm:
		return ReadOnly
	case sqlite3.ErrCantOpen:
		return CannotOpen
	case sqlite3.ErrIoErr:
		return IOFailure
	}
	return NoProblem
}
