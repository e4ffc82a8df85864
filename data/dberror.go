package data

import (
	"errors"
	"fmt"
	"io/fs"
)

// Problem is what went wrong with the database file itself, as opposed to
// the data in it: the kinds of failure a user can act on.
type Problem int

// The problems a DBError reports.
const (
	NoProblem   Problem = iota
	Busy                // another connection holds the write lock for too long
	DiskFull            // the disk (or a size limit) is full
	Damaged             // the file is corrupt
	NotDatabase         // the file is not an SQLite database
	ReadOnly            // the file or its folder cannot be written
	CannotOpen          // the file cannot be opened (folder missing, no permission)
	IOFailure           // the disk reported an I/O error
	ForeignWAL          // the -wal file beside the database does not belong to it
)

// DBError is a failure of the database file (not of the data in it): a
// busy, full, damaged, foreign, read-only or unreadable file. Path is the
// database file; WAL is the -wal file when that is what is wrong.
type DBError struct {
	Path    string
	Problem Problem
	WAL     string
	Err     error
}

func (e *DBError) Error() string {
	if e.WAL != "" {
		return fmt.Sprintf("database %s: %s: %v", e.Path, e.WAL, e.Err)
	}
	return fmt.Sprintf("database %s: %v", e.Path, e.Err)
}

func (e *DBError) Unwrap() error { return e.Err }

// ProblemOf returns the database problem err reports, or NoProblem. It
// knows SQLite's error codes, so it also sees through errors no Store
// method wrapped in a DBError.
func ProblemOf(err error) Problem {
	var de *DBError
	if errors.As(err, &de) {
		return de.Problem
	}
	if p := sqliteProblem(err); p != NoProblem {
		return p
	}
	if errors.Is(err, fs.ErrPermission) {
		return ReadOnly
	}
	return NoProblem
}

// PathOf returns the database file a DBError in err's chain names, or "".
func PathOf(err error) string {
	var de *DBError
	if errors.As(err, &de) {
		return de.Path
	}
	return ""
}

// fail wraps err in a DBError naming the store's file when err is a
// problem of the file itself; other errors are returned unchanged.
func (s *Store) fail(err error) error {
	return fileError(s.path, err)
}

func fileError(path string, err error) error {
	if err == nil { // before de, which escapes: an import calls this per row
		return nil
	}
	var de *DBError
	if errors.As(err, &de) {
		return err
	}
	if p := ProblemOf(err); p != NoProblem {
		return &DBError{Path: path, Problem: p, Err: err}
	}
	return err
}
