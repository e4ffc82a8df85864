package web

import (
	"context"

	"github.com/xxgk/xxgk/report/rollup"
)

// RollupOps are the operations the 汇总 page shares with the commands.
type RollupOps interface {
	// Rollup reads and sums the uploaded files of the units (xxgk
	// rollup): the same reading, rules and sums as the command. A list
	// of units that cannot be read refuses it as a whole (*RollupRefused).
	Rollup(ctx context.Context, req RollupRequest) (*rollup.Result, error)
	// RollupFile makes one of the roll-up's files (RollupSumXLSX, …) in
	// memory with the command's renderer, and names it as the command
	// does.
	RollupFile(ctx context.Context, res *rollup.Result, file string) (name string, body []byte, err error)
}

// RollupRequest is a posted 汇总 form: what `xxgk rollup` takes.
type RollupRequest struct {
	Year       int
	Name, Code string   // the summing unit; Name empty: the command's default
	Files      []Upload // the units' export files and hand-filled tables
	Units      *Upload  // the list of expected units; nil: none
}

// RollupRefused is a roll-up refused as a whole; nothing was summed.
type RollupRefused struct {
	Msg string // the command line's message, naming the file
}

func (e *RollupRefused) Error() string { return e.Msg }

// The files of a roll-up offered for download, as `xxgk rollup` writes
// them.
const (
	RollupSumXLSX = "xlsx"    // the summed report's workbook
	RollupSumPDF  = "pdf"     // the summed report's PDF
	RollupDetails = "details" // the 汇总情况 workbook
	RollupExport  = "export"  // the 汇总上报 file the level above sums again
)
