//go:build !cgo

package data

// sqliteProblem knows no SQLite error codes in a build without cgo, where
// the SQLite driver is a stub that opens no database.
func sqliteProblem(error) Problem { return NoProblem }
