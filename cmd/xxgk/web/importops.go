package web

import (
	"github.com/xxgk/xxgk/data"
	"github.com/xxgk/xxgk/report"
)

// Upload is one uploaded ledger file: where it was saved and the clerk's
// own name for it (the name the messages use).
type Upload struct {
	Path, Name string
}

// ImportResult is what an import did or, dry, would do.
type ImportResult struct {
	Ledgers []data.LedgerStats  // per ledger: read, added, updated, unchanged, deleted
	Notices []string            // the readers' notes: hidden rows, …
	Absent  []data.Absent       // rows the files no longer hold (deleted with replace)
	Unknown []report.NamedCount // categories outside the unit's 主动公开目录
}

// AbsentCount is how many rows the files no longer hold.
func (r ImportResult) AbsentCount() int {
	n := 0
	for _, a := range r.Absent {
		n += a.Count
	}
	return n
}

// ImportRefused is an import refused as a whole (a file that cannot be
// read, of a kind the readers do not take, …); nothing was written.
type ImportRefused struct {
	Msg string // the command line's message, naming the file
}

func (e *ImportRefused) Error() string { return e.Msg }
